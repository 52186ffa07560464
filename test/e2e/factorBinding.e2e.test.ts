/**
 * The trial's findings on "Faktorer och vikter", in headless Chromium at
 * Excel's narrowest pane width (320 px), as a person would meet them:
 * changing the factor range keeps each weight with its column and the summary
 * follows; "Använd vikterna" shows the index model and the constant it brings
 * (editable, undone with the weights), so typing the template's weights with
 * the template's model gives the template's numbers; the fit table scrolls in
 * in its own box at most, and at 320 px it fits without.
 */
import { join } from "node:path";
import { Page } from "playwright-core";
import { axeViolations, describeInChromium, eventually, screenshots, usePreview } from "./chromium";

describeInChromium("factors and weights in Chromium at 320 px", () => {
  const preview = usePreview("factor-binding");
  let page: Page;

  beforeAll(async () => {
    page = await preview.open({ width: 320, height: 900 });
  }, 60_000);

  beforeEach(async () => {
    await page.reload();
    await page.waitForSelector("#preview-perpupil");
  });

  const text = (selector: string) => page.locator(selector).innerText();
  const weights = async () =>
    Promise.all(
      Array.from({ length: await page.locator("#factor-rows tr").count() }, (_, i) =>
        page.inputValue(`#weight-${i + 1}`),
      ),
    );
  const names = () => page.locator("#factor-rows td:nth-child(2)").allInnerTexts();

  async function factorRange(value: string, count: number) {
    await page.locator("#range-factors").fill(value);
    await page.locator("#range-factors").dispatchEvent("change");
    await eventually(
      () => page.locator("#factor-rows tr").count(),
      (n) => expect(n).toBe(count),
    );
  }

  /** The summary once the preview has caught up (the preview waits 120 ms after a change). */
  async function summaryAfterChange(): Promise<string> {
    await page.waitForTimeout(400);
    return text("#summary");
  }

  test("a narrower range keeps each weight with its column, and the summary follows", async () => {
    const template = await text("#preview-ratio");
    await factorRange("Skolor!D2:F14", 3);
    expect(await names()).toEqual(["Nyanlända", "Pojkar", "Försörjningsstöd"]);
    expect(await weights()).toEqual(["3", "0,5", "2,5"]);
    const summary = await summaryAfterChange();
    expect(summary).not.toMatch(/Vikt|Rätta/);
    expect(await text("#preview-ratio")).not.toBe(template);
    // Narrowed to C:D and widened back: E and F get their weights back, and so do the numbers.
    await factorRange("Skolor!C2:D14", 2);
    expect(await weights()).toEqual(["2", "3"]);
    await factorRange("Skolor!C2:F14", 4);
    expect(await weights()).toEqual(["2", "3", "0,5", "2,5"]);
    await eventually(
      () => text("#preview-ratio"),
      (v) => expect(v).toBe(template),
    );
  });

  test("a new column asks for its weight; dropping it again leaves no field waiting", async () => {
    await factorRange("Skolor!C2:G14", 5);
    expect(await weights()).toEqual(["2", "3", "0,5", "2,5", ""]);
    expect(await text("#weight-5-error")).toMatch(/Ange ett tal/);
    expect(await summaryAfterChange()).toMatch(/Vikt 5/);
    await factorRange("Skolor!C2:E14", 3);
    expect(await summaryAfterChange()).not.toMatch(/Vikt|Rätta/);
    expect(await text("#preview-perpupil")).toMatch(/kr$/);
  });

  test("Använd vikterna shows the index model and constant; undo restores both; the template's model gives its numbers", async () => {
    const templatePerPupil = await text("#preview-perpupil");
    const templateRatio = await text("#preview-ratio");
    expect(await page.inputValue("#score-model")).toBe("linear");
    expect(await page.inputValue("#intercept")).toBe("0");
    expect(await text("#score-model-hint")).toMatch(/konstant/);
    await page.click("#fit");
    await page.waitForSelector("table.fit");
    await page.click("#fit-apply");
    expect(await page.inputValue("#score-model")).toBe("logit");
    const constant = (await page.locator("table.fit tbody tr").first().locator("td").nth(1).innerText()).trim();
    expect(await page.inputValue("#intercept")).toMatch(/^−?-?\d/);
    expect(Number((await page.inputValue("#intercept")).replace(",", ".").replace("−", "-"))).toBeCloseTo(
      Number(constant.replace(",", ".").replace("−", "-")),
      2,
    );
    await page.click("#fit-undo");
    expect(await page.inputValue("#score-model")).toBe("linear");
    expect(await page.inputValue("#intercept")).toBe("0");
    // Applied again, then the template's weights typed by hand with its model and constant: its numbers.
    await page.click("#fit-apply");
    for (const [i, w] of ["2", "3", "0,5", "2,5"].entries()) await page.locator(`#weight-${i + 1}`).fill(w);
    await page.locator("#score-model").selectOption("linear");
    await page.locator("#intercept").fill("0");
    await eventually(
      () => Promise.all([text("#preview-perpupil"), text("#preview-ratio")]),
      (v) => expect(v).toEqual([templatePerPupil, templateRatio]),
    );
    await page.locator("#intercept").fill("x");
    expect(await summaryAfterChange()).toMatch(/Konstant/);
  });

  test("the fit table fits 320 px (its own scroll box besides); axe-core finds no violations", async () => {
    await page.click("#fit");
    await page.waitForSelector("table.fit");
    await page.locator("#section-factors").screenshot({ path: join(screenshots, "factors-fit-320.png") });
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      box: (document.getElementById("fit-table") as HTMLElement).getBoundingClientRect().right,
      table: (document.querySelector("table.fit") as HTMLElement).getBoundingClientRect().right,
    }));
    expect(widths.page).toBeLessThanOrEqual(320);
    expect(widths.box).toBeLessThanOrEqual(320);
    // Four columns, the flags under the names: the whole table fits, nothing to scroll to.
    expect(widths.table).toBeLessThanOrEqual(widths.box);
    expect(await text("table.fit")).toMatch(/negativ vikt/);
    expect(await axeViolations(page, "#section-factors")).toEqual([]);
  });
});
