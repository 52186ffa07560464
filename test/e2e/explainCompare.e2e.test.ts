/**
 * Issue 17 in the preview page, used as a person would: "Förklara per skola"
 * writes the explanation sheet, scenarios are saved and compared, Målsök
 * finds the parameter for a target ratio and applies it — and the test reads
 * the numbers the preview's workbook calculates (the headless engine) from
 * the sheets' cells: amounts that add up to the pot, kr per pupil, the floor
 * named where it holds, differences against the first scenario, and the
 * comparison's quarter ratio within 0,01 of the target Målsök was given. In
 * Swedish and English; axe-core finds nothing at 320 px.
 */
import { join } from "node:path";
import { Page } from "playwright-core";
import { EXAMPLE_RANGES, EXAMPLE_SCHOOLS } from "../../src/model/example/schools";
import { EXPLAIN_SHEET, explainWrites } from "../../src/model/explain/explainSheet";
import { MODEL_SHEET } from "../../src/model/pane/modelSheet";
import { COMPARE_SHEET, compareWrites } from "../../src/model/scenarios/compareSheet";
import { columnName } from "../../src/model/sheet/addresses";
import { axeViolations, describeInChromium, screenshots, statusMatches, usePreview } from "./chromium";

const POT = 64_000_000;
const n = EXAMPLE_SCHOOLS.length;
const RANGES = { pupils: EXAMPLE_RANGES.pupils, factors: EXAMPLE_RANGES.factors, lastYear: EXAMPLE_RANGES.lastYear };
const FACTORS = ["a", "b", "c", "d"];

describeInChromium("explain, scenarios and Målsök in the preview", () => {
  const preview = usePreview("explain");
  const { foreign } = preview;

  /** Helpers on one page: a cell of the sheet shown, as text and as a number (either language's digits). */
  function on(page: Page) {
    const cell = (address: string) => page.locator(`#workbook-view td[data-cell="${address}"]`).innerText();
    const number = async (address: string) => {
      const shown = (await cell(address)).replace(/[\s\u00a0]/g, "").replace("−", "-");
      const percent = shown.endsWith("%");
      const plain = page.url().includes("lang=en") ? shown.replace(/,/g, "") : shown.replace(/,/g, ".");
      const x = Number(plain.replace("%", ""));
      if (!Number.isFinite(x)) throw new Error(`${address} shows "${shown}", no number`);
      return percent ? x / 100 : x;
    };
    const sheet = (name: string) => page.click(`#workbook-view button[data-sheet="${name}"]`);
    const status = (pattern: RegExp) => statusMatches(page, pattern);
    return { cell, number, sheet, status };
  }

  test("Förklara per skola: the sheet's numbers add up and explain each school", async () => {
    const page = await preview.open();
    const { cell, number, sheet, status } = on(page);
    await page.click("#explain");
    await status(/Förklaringen per skola står på bladet "Likvärd förklaring"/);
    await sheet(EXPLAIN_SHEET.sv);
    const c = explainWrites(RANGES, FACTORS, "sv").columns;
    const at = (col: number | undefined, row: number) => `${columnName(col as number)}${row}`;
    expect(await cell("A1")).toBe("Skola");
    expect(await cell(at(c.limit, 1))).toBe("Gräns som håller");
    let total = 0;
    let atFloor = 0;
    for (let r = 0; r < n; r++) {
      const row = r + 2;
      expect(await cell(at(c.name, row))).toBe(EXAMPLE_SCHOOLS[r][0]);
      const amount = await number(at(c.amount, row));
      const pupils = EXAMPLE_SCHOOLS[r][1];
      total += amount;
      expect(Math.abs((await number(at(c.perPupil, row))) - amount / pupils)).toBeLessThanOrEqual(0.5);
      // Last year less 2 %: a school named "golv" gets its floor, to the rounding unit (100 kr).
      const floor = EXAMPLE_SCHOOLS[r][7] * 0.98;
      const limit = await cell(at(c.limit, row));
      if (limit === "golv") {
        atFloor++;
        expect(Math.abs(amount - floor * pupils)).toBeLessThanOrEqual(100);
      } else {
        expect(limit).toBe("");
        expect(amount).toBeGreaterThan(floor * pupils - 100);
      }
      const change = await number(at(c.change, row));
      expect(Math.abs(change - (amount / pupils - EXAMPLE_SCHOOLS[r][7]))).toBeLessThanOrEqual(0.5);
    }
    expect(total).toBe(POT);
    expect(atFloor).toBeGreaterThan(0);
    expect(await cell(at(c.name, n + 2))).toBe("Kommunen");
    expect(await number(at(c.amount, n + 2))).toBe(POT);
    expect(await cell(at(c.index, n + 2))).toBe("100,0");
    // Formatted as kronor, the index with one decimal, the change in % with one decimal.
    expect(await cell(at(c.amount, 2))).toMatch(/^\d{1,3}([\s\u00a0]\d{3})+$/);
    expect(await cell(at(c.index, 2))).toMatch(/^\d+,\d$/);
    expect(await cell(at(c.changePercent, 2))).toMatch(/^−?\d+,\d[\s\u00a0]?%$/);
    await page.screenshot({ path: join(screenshots, "explain-sheet.png") });
    await page.close();
  }, 60_000);

  test("scenarios saved, compared and Målsök's parameter reaching 3,0 within 0,01", async () => {
    const page = await preview.open();
    const { cell, number, sheet, status } = on(page);
    // "Nuvarande": the example as it is.
    await page.locator("#scenario-name").fill("Nuvarande");
    await page.click("#scenario-save");
    await status(/Scenariot "Nuvarande" är sparat/);
    // Målsök: the power exponent for a quarter ratio of 3,0.
    await page.selectOption("#method", "power");
    await page.locator("#search-target").fill("3,0");
    await page.click("#search");
    await status(/Med exponenten [\d,]+ blir kvoten .* 3,00 \(mål 3,00\)/);
    expect(await page.locator("#search-result").innerText()).toMatch(/3,00/);
    await page.click("#search-apply");
    await status(/Metoden är nu power med parametern/);
    const exponent = Number((await page.inputValue("#parameter")).replace(",", "."));
    expect(exponent).toBeGreaterThan(0);
    // The preview follows the applied parameter: its quarter ratio is the target, to 0,01.
    await page.waitForFunction(() => {
      const ratio = Number((document.getElementById("preview-ratio")?.textContent ?? "").replace(",", "."));
      return Math.abs(ratio - 3) <= 0.01;
    });
    // A name Excel would take for a formula is refused, and nothing is saved.
    await page.locator("#scenario-name").fill("=Förslag A");
    await page.click("#scenario-save");
    await status(/kan inte börja med =/);
    await page.locator("#scenario-name").fill("Förslag A");
    await page.click("#scenario-save");
    await status(/Scenariot "Förslag A" är sparat/);
    expect(await page.locator("#scenario-list option").allInnerTexts()).toEqual(["Nuvarande", "Förslag A"]);

    await page.click("#compare");
    await status(/Jämförelsen av 2 scenarier står på bladet "Likvärd jämförelse"/);
    await sheet(COMPARE_SHEET.sv);
    const layout = compareWrites(
      [
        { name: "Nuvarande", column: 1 },
        { name: "Förslag A", column: 2 },
      ],
      RANGES,
      "sv",
    );
    const [now, proposal] = layout.blocks;
    const at = (col: number | undefined, row: number) => `${columnName(col as number)}${row + 1}`;
    expect(await cell(at(1, layout.summaryRow - 1))).toBe("Nuvarande");
    expect(await cell(at(2, layout.summaryRow - 1))).toBe("Förslag A");
    // The comparison's own quarter ratio (EQUITYGAP in the sheet) for Förslag A: Målsök's target.
    const reached = await number(at(2, layout.summaryRow + 3));
    expect(Math.abs(reached - 3)).toBeLessThanOrEqual(0.01);
    expect(Math.abs((await number(at(1, layout.summaryRow + 3))) - 3.14)).toBeLessThanOrEqual(0.01);
    let [totalNow, totalProposal, losers, largestLoss] = [0, 0, 0, 0];
    for (let r = 0; r < n; r++) {
      const row = layout.firstRow + r;
      const a = await number(at(now.amount, row));
      const b = await number(at(proposal.amount, row));
      totalNow += a;
      totalProposal += b;
      expect(await number(at(proposal.difference, row))).toBe(b - a);
      if (b < a) losers++;
      largestLoss = Math.min(largestLoss, b - a);
    }
    expect([totalNow, totalProposal]).toEqual([POT, POT]);
    expect(await cell(at(1, layout.summaryRow + 4))).toBe("(jämförelsens bas)");
    expect(await number(at(2, layout.summaryRow + 4))).toBe(losers);
    expect(await number(at(2, layout.summaryRow + 5))).toBe(largestLoss);
    await page.screenshot({ path: join(screenshots, "compare-sheet.png") });

    // Loading "Nuvarande" puts its method back into the pane.
    await page.selectOption("#scenario-list", "Nuvarande");
    await page.click("#scenario-load");
    await status(/Scenariot "Nuvarande" är hämtat/);
    expect(await page.inputValue("#method")).toBe("proportional");
    // Deleting asks first.
    await page.selectOption("#scenario-list", "Förslag A");
    await page.click("#scenario-delete");
    await page.waitForSelector("dialog[open]");
    await page.click("#confirm-overwrite");
    await status(/Scenariot "Förslag A" är borttaget/);
    expect(await page.locator("#scenario-list option").allInnerTexts()).toEqual(["Nuvarande"]);
    await page.close();
  }, 90_000);

  test("out of reach: Målsök says so and names the nearest", async () => {
    const page = await preview.open();
    const { status } = on(page);
    await page.selectOption("#search-measure", "maxMin");
    await page.locator("#search-target").fill("10");
    await page.click("#search");
    await status(/går inte att nå 10,00 .* närmast är \d+,\d\d/);
    expect(await page.locator("#search-apply").isVisible()).toBe(true);
    await page.close();
  });

  test("in English: headers, limit words, the search and its messages", async () => {
    const page = await preview.open({ lang: "en" });
    const { cell, number, sheet, status } = on(page);
    await page.click("#explain");
    await status(/The explanation per school is on the sheet "Likvärd explanation"/);
    await sheet(EXPLAIN_SHEET.en);
    const c = explainWrites(RANGES, FACTORS, "en").columns;
    const at = (col: number | undefined, row: number) => `${columnName(col as number)}${row}`;
    expect(await cell("A1")).toBe("School");
    expect(await cell(at(c.weight, 1))).toBe("Weight per pupil (average = 1)");
    const limits = await Promise.all(Array.from({ length: n }, (_, r) => cell(at(c.limit, r + 2))));
    expect(limits).toContain("floor");
    expect(await number(at(c.amount, n + 2))).toBe(POT);
    // The model sheet written in the same batch is in the pane's language too.
    await sheet(MODEL_SHEET);
    expect(await page.locator("#workbook-view table.cells").innerText()).toMatch(/Pot \(kr\)/);
    await page.selectOption("#method", "power");
    await page.locator("#search-target").fill("2.5");
    await page.click("#search");
    await status(/With exponent [\d.]+, the ratio .* is 2\.50 \(target 2\.50\)/);
    const text = await page.locator("#section-search").innerText();
    expect(text.split("Likvärd").join("")).not.toMatch(/[åäöÅÄÖ]/);
    await page.locator("#scenario-name").fill("Now");
    await page.click("#scenario-save");
    await status(/The scenario "Now" is saved/);
    await page.close();
  }, 60_000);

  test("at 320 px axe-core finds no violations in the new sections, with a search answer shown", async () => {
    const page = await preview.open({ width: 320 });
    const { status } = on(page);
    await page.locator("#scenario-name").fill("Nuvarande");
    await page.click("#scenario-save");
    await status(/sparat/);
    await page.click("#search");
    await status(/kvoten/);
    expect(await axeViolations(page, "#app")).toEqual([]);
    await page.locator("#section-search").scrollIntoViewIfNeeded();
    await page.locator("#section-search").screenshot({ path: join(screenshots, "search-320.png") });
    await page.locator("#section-scenarios").screenshot({ path: join(screenshots, "scenarios-320.png") });
    await page.close();
    expect(foreign).toEqual([]);
  }, 60_000);
});
