/**
 * The pane remembers in the workbook, as a person meets it: in the preview
 * with ?keep (the workbook lives on in the tab, so a reload reopens it as
 * Excel reopens a saved workbook), pick data ranges other than the example's,
 * save the model, reload, and find every range as picked — the one-pot
 * ranges, a component's columns, the follow-up's outcome and resources — and
 * the block "Dataområden" on the model sheet. Then rename a component, save,
 * and find its old LIKVARD_<KEY>_… names gone from the workbook while the
 * new ones are there. Without ?keep a reload starts from the example again.
 */
import { join } from "node:path";
import { Page } from "playwright-core";
import { axeViolations, describeInChromium, eventually, screenshots, usePreview } from "./chromium";
import { EXAMPLE_RANGES } from "../../src/model/example/schools";

// The machine is shared: clicks and the engine's recalculation can take seconds.
jest.setTimeout(60_000);

describeInChromium("the pane's ranges and names stored in the workbook (preview, ?keep)", () => {
  const preview = usePreview("persistence");
  const { foreign } = preview;
  let page: Page;

  beforeAll(async () => {
    page = await preview.open({ path: "/?keep" });
  }, 60_000);

  const text = (selector: string) => page.locator(selector).innerText();
  const set = async (selector: string, value: string) => {
    await page.locator(selector).fill(value);
    await page.locator(selector).dispatchEvent("change");
  };
  const save = async () => {
    await page.evaluate(() => (document.getElementById("status") as HTMLElement).replaceChildren());
    await page.click("#save");
    await eventually(
      () => text("#status"),
      (v) => expect(v).toMatch(/sparad/),
    );
  };
  const reopen = async () => {
    await page.reload();
    await eventually(
      () => text("#status"),
      (v) => expect(v).toMatch(/lästes från arbetsboken/),
      15_000,
    );
    await page.waitForSelector("#preview-perpupil");
  };
  /** The names the workbook holds (the preview's kept workbook). */
  const names = () =>
    page.evaluate(
      () =>
        (
          JSON.parse(sessionStorage.getItem("likvard-preview-workbook") ?? "{}") as { names?: { name: string }[] }
        ).names?.map((n) => n.name) ?? [],
    );

  test("picked ranges come back after saving and reopening; the model sheet shows them under Dataområden", async () => {
    // The example with components (it sets last year's range), then other columns than the example's.
    await page.click("#components-example");
    await page.waitForSelector("#component-3-fields");
    await set("#component-3-columns", "Skolor!L2:L14");
    await set("#range-resource", EXAMPLE_RANGES.pupilsPerTeacher);
    await set("#range-outcome", EXAMPLE_RANGES.meritValue);
    await set("#follow-up-outcome", EXAMPLE_RANGES.pupilsPerTeacher);
    await set("#follow-up-resource-1", EXAMPLE_RANGES.leadTeachers);
    await save();

    await reopen();
    expect(await page.inputValue("#range-resource")).toBe(EXAMPLE_RANGES.pupilsPerTeacher);
    expect(await page.inputValue("#range-outcome")).toBe(EXAMPLE_RANGES.meritValue);
    expect(await page.inputValue("#range-lastYear")).toBe("'Fjolåret'!B2:B14");
    expect(await page.inputValue("#range-factors")).toBe(EXAMPLE_RANGES.factors);
    expect(await page.inputValue("#follow-up-outcome")).toBe(EXAMPLE_RANGES.pupilsPerTeacher);
    expect(await page.inputValue("#follow-up-resource-1")).toBe(EXAMPLE_RANGES.leadTeachers);
    // The components came back from the model sheet, their columns from the stored ranges.
    expect(await page.inputValue("#component-3-name")).toBe("Nyanlända");
    expect(await page.inputValue("#component-3-columns")).toBe("Skolor!L2:L14");
    expect(await page.inputValue("#component-1-columns")).toBe(EXAMPLE_RANGES.stages);

    await page.click('#workbook-view button[data-sheet="Likvärd modell"]');
    const sheet = await text("#workbook-view table.cells");
    expect(sheet).toMatch(/Dataområden/);
    expect(sheet).toMatch(new RegExp(`Elever\\s+${EXAMPLE_RANGES.pupils}\\s+LIKVARD_OMR_ELEVER`));
    expect(await names()).toEqual(
      expect.arrayContaining(["LIKVARD_OMR_ELEVER", "LIKVARD_OMR_KOMP_NYANL", "LIKVARD_OMR_UPPF_RESURS1"]),
    );

    // "Förklara per skola" rewrites the model sheet in its batch: the stored ranges stay with it.
    await page.click("#explain");
    await page.waitForSelector('#workbook-view button[data-sheet="Likvärd förklaring"]');
    await page.click('#workbook-view button[data-sheet="Likvärd modell"]');
    expect(await text("#workbook-view table.cells")).toMatch(
      new RegExp(`Elever\\s+${EXAMPLE_RANGES.pupils}\\s+LIKVARD_OMR_ELEVER`),
    );
  });

  test("a renamed component's old names are gone after saving; the user's model reads the new ones", async () => {
    expect(await names()).toEqual(expect.arrayContaining(["LIKVARD_NYANL_POTT", "LIKVARD_NYANL_TYP"]));
    await set("#component-3-name", "Nyinflyttade");
    await save();
    const after = await names();
    expect(after.filter((n) => n.startsWith("LIKVARD_NYANL_") || n === "LIKVARD_OMR_KOMP_NYANL")).toEqual([]);
    expect(after).toEqual(
      expect.arrayContaining([
        "LIKVARD_NYINFLYTTADE_POTT",
        "LIKVARD_NYINFLYTTADE_TYP",
        "LIKVARD_OMR_KOMP_NYINFLYTTADE",
      ]),
    );
    // The other components' names and the settings' names stay.
    expect(after).toEqual(expect.arrayContaining(["LIKVARD_POTT", "LIKVARD_GRUND_F3", "LIKVARD_SMA_N2"]));
    await reopen();
    expect(await page.inputValue("#component-3-name")).toBe("Nyinflyttade");
    expect(await page.inputValue("#component-3-columns")).toBe("Skolor!L2:L14");
  });

  test("at 320 px after reopening: axe-core finds no violations; screenshot", async () => {
    await page.setViewportSize({ width: 320, height: 900 });
    await page.locator("#section-data").screenshot({ path: join(screenshots, "persistence-320.png") });
    expect(await axeViolations(page, "#app")).toEqual([]);
  });

  test("a deleted scenario's names go with its column", async () => {
    // A tab of its own starts from the example (one pot: scenarios hold one-pot models).
    const tab = await preview.open({ path: "/?keep" });
    const tabNames = () =>
      tab.evaluate(
        () =>
          (
            JSON.parse(sessionStorage.getItem("likvard-preview-workbook") ?? "{}") as { names?: { name: string }[] }
          ).names?.map((n) => n.name) ?? [],
      );
    for (const name of ["Nuvarande", "Förslag A"]) {
      await tab.locator("#scenario-name").fill(name);
      await tab.click("#scenario-save");
      await tab.waitForFunction((n) => document.getElementById("status")?.textContent?.includes(n), name);
    }
    expect(await tabNames()).toEqual(expect.arrayContaining(["LIKVARD_SCENARIO1_POTT", "LIKVARD_SCENARIO2_POTT"]));
    await tab.selectOption("#scenario-list", "Förslag A");
    await tab.click("#scenario-delete");
    await tab.waitForSelector("dialog[open]");
    await tab.click("#confirm-overwrite");
    await tab.waitForFunction(() => document.getElementById("status")?.textContent?.includes("borttaget"));
    const after = await tabNames();
    expect(after.filter((n) => n.startsWith("LIKVARD_SCENARIO2_"))).toEqual([]);
    expect(after).toContain("LIKVARD_SCENARIO1_POTT");
    await tab.close();
  });

  test("without ?keep every load starts from the example", async () => {
    await page.goto(`${preview.base}/`);
    await page.waitForSelector("#preview-perpupil");
    expect(await page.inputValue("#range-lastYear")).toBe(EXAMPLE_RANGES.lastYear);
    expect(foreign).toEqual([]);
  });
});
