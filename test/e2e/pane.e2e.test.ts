/**
 * The pane in real headless Chromium, used as a person would: the preview
 * page (npm run preview) runs it on its example workbook beside that
 * workbook's cells, every request to another host is blocked and recorded,
 * and the test changes weights and settings, picks a preset, saves the model,
 * inserts formulas (answering the overwrite question), shares as values and
 * reads the cells. Screenshots go to a temporary folder, or to the folder in
 * LIKVARD_SCREENSHOTS: `npm run docs:screenshots` refreshes docs/ that way.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Page } from "playwright-core";
import {
  axeViolations,
  describeInChromium,
  shownNumber,
  eventually,
  screenshots,
  statusMatches,
  usePreview,
} from "./chromium";

const shots = screenshots;

describeInChromium("the task pane in Chromium", () => {
  const preview = usePreview("pane");
  const { foreign } = preview;
  let page: Page;

  beforeAll(async () => {
    page = await preview.open();
  }, 60_000);

  const text = (selector: string) => page.locator(selector).innerText();
  /** A cell of the sheet the workbook view shows. */
  const cell = (address: string) => text(`#workbook-view td[data-cell="${address}"]`);
  /** The formula of a cell of that sheet ("" for a plain value). */
  const formula = async (address: string) =>
    (await page.locator(`#workbook-view td[data-cell="${address}"]`).getAttribute("title")) ?? "";
  const number = (shown: string) => shownNumber(shown);

  test("shows the example and a live preview", async () => {
    expect(await text("#demo")).toMatch(/påhittat exempel/);
    expect(await text("#preview-perpupil")).toMatch(/^[\d\s ]+ \/ [\d\s ]+ \/ [\d\s ]+ kr$/);
    expect(Number((await text("#preview-ratio")).replace(",", "."))).toBeGreaterThan(1);
  });

  test("a weight change updates the preview at once", async () => {
    const before = await text("#preview-perpupil");
    await page.getByLabel("Vikt 2").fill("0");
    await eventually(
      () => text("#preview-perpupil"),
      (v) => expect(v).not.toBe(before),
    );
  });

  test("a preset replaces the factors; a bad setting gives a message, not NaN", async () => {
    await page.selectOption("#preset", "equal");
    expect(await page.locator("#factor-rows tr").count()).toBe(4);
    await page.locator("#floor").fill("30000");
    await eventually(
      () => text("#preview-body"),
      (v) => expect(v).toMatch(/Golven kräver .* men potten är/),
    );
    await page.locator("#floor").fill("");
    await eventually(
      () => text("#preview-body"),
      (v) => expect(v).not.toMatch(/NaN/),
    );
    await page.selectOption("#preset", "template");
  });

  test("fits weights from outcomes and shows estimates with p-values", async () => {
    await page.click("#fit");
    await eventually(
      () => page.locator("table.fit tbody tr").count(),
      (v) => expect(v).toBe(5),
    );
    expect(await text("#status")).toMatch(/Skattningen visas/);
    await page.click("#fit-apply");
    expect(await text("#status")).toMatch(/skattade vikterna används/);
  });

  test("saves the model and inserts formulas, asking before overwriting", async () => {
    await page.click("#save");
    await eventually(
      () => text("#status"),
      (v) => expect(v).toMatch(/sparad/),
    );
    // Column B holds pupils: inserting there must ask, and "Avbryt" writes nothing.
    await page.locator("#target").fill("Skolor!B2");
    await page.click("#insert");
    await page.waitForSelector("#confirm-cancel");
    expect(await text(".dialog")).toMatch(/Skolor!B2/);
    await page.click("#confirm-cancel");
    expect(await text("#status")).toMatch(/Inget skrevs/);
    // Beside the data the cells are empty: no question.
    await page.locator("#target").fill("Skolor!Q2");
    await page.click("#insert");
    await eventually(
      () => text("#status"),
      (v) => expect(v).toMatch(/infogade/),
    );
    // The workbook beside the pane now holds the formulas, referring to the model's names, and their results.
    expect(await cell("Q1")).toBe("Behovsindex");
    expect(await formula("Q2")).toBe("=LIKVARD.SOCIOINDEX(C2:F14,LIKVARD_VIKTER,B2:B14,LIKVARD_MODELL)");
    expect(await formula("R2")).toMatch(
      /^=LIKVARD\.ALLOCATE\(B2:B14,Q2:Q14,LIKVARD_POTT,.*T2:T14,U2:U14,LIKVARD_ENHET\)$/,
    );
    expect(await formula("T2")).toMatch(/LIKVARD_MAXMINSKNING/);
    const total = async () => {
      const amounts = await Promise.all(Array.from({ length: 13 }, (_, r) => cell(`R${r + 2}`)));
      return amounts.map(number).reduce((a, b) => a + b, 0);
    };
    await eventually(total, (sum) => expect(sum).toBe(64_000_000)); // the pot, to the krona
    // Almskolan: last year 7 900 kr per pupil, at most 2 % less: a floor of 7 742 kr.
    expect(number(await cell("T2"))).toBeCloseTo(7_742, 6);
    // Formatted as Excel will show them: the index with one decimal, kronor whole.
    expect(await cell("Q2")).toMatch(/^\d+,\d$/);
    expect(await cell("S2")).toMatch(/^[\d\s\u00a0]+$/);
    await page.locator("#app").screenshot({ path: join(shots, "pane-screenshot.png") });
  });

  test("the model sheet holds the settings under their names", async () => {
    await page.click('#workbook-view button[data-sheet="Likvärd modell"]');
    const sheet = await text("#workbook-view table.cells");
    expect(sheet).toMatch(/LIKVARD_POTT/);
    expect(sheet).toMatch(/64[\s\u00a0]000[\s\u00a0]000/);
  });

  test("shares as values: a copy of the sheet and the provenance sheet", async () => {
    await page.click('#workbook-view button[data-sheet="Skolor"]');
    const before = await cell("R2");
    await page.click("#share");
    await eventually(
      () => text("#status"),
      (v) => expect(v).toMatch(/Kopian "Skolor \(värden\)" visar 3 Likvärd-områden/),
    );
    expect(await page.locator('#workbook-view button[aria-selected="true"]').innerText()).toBe("Skolor (värden)");
    // Frozen: the same numbers, no formula behind them; an ordinary formula stays.
    expect(await formula("R2")).toBe("");
    expect(await cell("R2")).toBe(before);
    expect(await formula("S2")).toBe('=IF(ISERROR($R$2),$R$2,IF(B2>0,R2/B2,""))');
    await page.click('#workbook-view button[data-sheet="Likvärd – källa"]');
    expect(await text("#workbook-view table.cells")).toMatch(/Skolor \(värden\)\s+R2:R14\s+=LIKVARD\.ALLOCATE/);
    await page.click('#workbook-view button[data-sheet="Skolor"]');
    await page.locator(".cells-scroll").evaluate((e) => (e.scrollLeft = e.scrollWidth));
    await page.screenshot({ path: join(shots, "preview-screenshot.png") });
  });

  /** A fresh pane on the example workbook (the tests above changed it). */
  async function fresh() {
    await page.reload();
    await page.waitForSelector("#preview-perpupil");
  }
  const sheetTab = (name: string) => page.click(`#workbook-view button[data-sheet="${name}"]`);

  test("problem 1: results on another sheet read the data's sheet; the default target is the data sheet's first free column", async () => {
    await fresh();
    expect(await page.inputValue("#target")).toBe("Skolor!Q2");
    await page.locator("#target").fill("Resultat!B2");
    await page.click("#insert");
    await eventually(
      () => text("#status"),
      (v) => expect(v).toMatch(/infogade/),
    );
    await sheetTab("Resultat");
    expect(await formula("B2")).toBe("=LIKVARD.SOCIOINDEX(Skolor!C2:F14,LIKVARD_VIKTER,Skolor!B2:B14,LIKVARD_MODELL)");
    expect(await formula("C2")).toMatch(/^=LIKVARD\.ALLOCATE\(Skolor!B2:B14,B2:B14,LIKVARD_POTT,/);
    expect(await formula("D2")).toBe('=IF(ISERROR($C$2),$C$2,IF(Skolor!B2>0,C2/Skolor!B2,""))');
    await sheetTab("Skolor");
  });

  test("problem 2: inserting formulas saves the model and its names in the same batch; unsaved changes are shown", async () => {
    await fresh();
    expect(await text("#unsaved")).toMatch(/inte är sparade/);
    expect(await page.locator('#workbook-view button[data-sheet="Likvärd modell"]').count()).toBe(0);
    await page.click("#insert"); // no "Spara modellen" first
    await eventually(
      () => text("#status"),
      (v) => expect(v).toMatch(/infogade/),
    );
    expect(await text("#unsaved")).toMatch(/aktuell/);
    await sheetTab("Likvärd modell");
    expect(await text("#workbook-view table.cells")).toMatch(/LIKVARD_POTT/);
    await sheetTab("Skolor");
    await page.locator("#pot").fill("65 000 000");
    await eventually(
      () => text("#unsaved"),
      (v) => expect(v).toMatch(/inte är sparade/),
    );
  });

  test("problem 3: Swedish numbers; a bad or empty field is a message under it, never a wrong or stale number", async () => {
    await fresh();
    const pot = page.locator("#pot");
    await pot.fill("");
    await pot.pressSequentially("65.000.000");
    await eventually(
      () => text("#preview-pot"),
      (v) => expect(number(v.split("/")[1].replace("kr", ""))).toBe(65_000_000),
    );
    await pot.fill("64 000 000 kr");
    await eventually(
      () => text("#preview-pot"),
      (v) => expect(number(v.split("/")[1].replace("kr", ""))).toBe(64_000_000),
    );
    await pot.blur();
    expect((await pot.inputValue()).replace(/\s/g, " ")).toBe("64 000 000");
    await pot.fill("");
    await eventually(
      () => text("#pot-error"),
      (v) => expect(v).toMatch(/Ange ett tal/),
    );
    await eventually(
      () => text("#summary"),
      (v) => expect(v).toMatch(/Rätta det markerade fältet först: Pott/),
    );
    expect(await text("#app")).not.toMatch(/NaN/);
    await page.click("#save");
    expect(await text("#status")).toMatch(/Rätta/);
    await pot.fill("64 000 000");
    await page.getByLabel("Vikt 2").fill("");
    await eventually(
      () => text("#weight-2-error"),
      (v) => expect(v).toMatch(/Ange ett tal/),
    );
    await page.click("#insert");
    expect(await text("#status")).toMatch(/Rätta det markerade fältet först: Vikt 2/);
    await page.getByLabel("Vikt 2").fill("1,234");
    expect(await text("#weight-2-error")).toMatch(/kan läsas på två sätt/);
    await page.getByLabel("Vikt 2").fill("3");
    await eventually(
      () => text("#summary"),
      (v) => expect(v).not.toMatch(/Rätta/),
    );
  }, 30_000);

  test("a floor no pot can pay: kr per pupil shows ALLOCATE's error, never 0, and the status says so", async () => {
    await fresh();
    await page.locator("#floor").fill("30 000");
    await page.click("#insert");
    await eventually(
      () => text("#status"),
      (v) => expect(v).toMatch(/infogade.*R2 visar #NUM!/),
    );
    expect(await page.locator("#status").getAttribute("class")).toBe("error");
    await eventually(
      () => cell("R2"),
      (v) => expect(v).toBe("#NUM!"),
    );
    for (const r of [2, 3, 14]) expect(await cell(`S${r}`)).toBe("#NUM!");
    // Values a user expects refused: a message under the field, and nothing is inserted from them.
    for (const [id, value, message] of [
      ["#floor", "-5", /Golvet kan inte vara negativt/],
      ["#max-decrease", "-2", /Största minskning kan inte vara negativ/],
      ["#unit", "1 000 000 000", /Avrundningsenheten \(1 000 000 000 kr\) är större än potten/],
    ] as const) {
      await page.locator(id).fill(value);
      expect(await text(`${id}-error`)).toMatch(message);
    }
  }, 30_000);

  test("problem 4: one weight per factor column, named by its header; no reordering", async () => {
    await fresh();
    expect(await page.locator("#factor-rows button").count()).toBe(0);
    const rows = await page.locator("#factor-rows tr").allInnerTexts();
    expect(rows.map((r) => r.split("\t")[0].trim())).toEqual(["C", "D", "E", "F"]);
    expect(await text("#factor-1")).toBe("Föräldrar högst gymnasial");
    expect(await text("#factor-4")).toBe("Försörjningsstöd");
    // Widening the range adds a factor, with an empty weight that must be filled in.
    await page.locator("#range-factors").fill("Skolor!C2:G14");
    await page.locator("#range-factors").dispatchEvent("change");
    await eventually(
      () => page.locator("#factor-rows tr").count(),
      (v) => expect(v).toBe(5),
    );
    expect(await text("#factor-5")).toBe("Ej behöriga till gymnasiet");
    expect(await text("#weight-5-error")).toMatch(/Ange ett tal/);
    expect(await page.getByLabel("Vikt 2").inputValue()).toBe("3");
  });

  test("problem 5: wrong ranges get their own message naming the range", async () => {
    await fresh();
    const range = async (id: string, value: string) => {
      await page.locator(id).fill(value);
      await page.locator(id).dispatchEvent("change");
    };
    await range("#range-pupils", "Skolor!B1:B14");
    await eventually(
      () => text("#summary"),
      (v) => expect(v).toMatch(/Elever \(Skolor!B1:B14\) börjar med rubriken "Elever"/),
    );
    await range("#range-pupils", "Skolor!B2:B13");
    await eventually(
      () => text("#summary"),
      (v) => expect(v).toMatch(/har 13 rader men Elever \(Skolor!B2:B13\) har 12/),
    );
    expect(await text("#summary")).not.toMatch(/vikt/i);
    await range("#range-pupils", "Skolor!B2:B14");
    await eventually(
      () => text("#summary"),
      (v) => expect(v).toMatch(/kr/),
    );
  });

  test("problem 6: the fit is a report first (schools, R², flags); weights change only on Använd, with undo", async () => {
    await fresh();
    const before = await page.getByLabel("Vikt 1").inputValue();
    await page.click("#fit");
    await page.waitForSelector("table.fit");
    expect(await text("#fit-report")).toMatch(
      /^Skattat på 13 skolor, 0 rader utelämnade \(saknade värden\), R² = [01],\d\d$/,
    );
    expect(await page.getByLabel("Vikt 1").inputValue()).toBe(before);
    expect(await text("table.fit")).toMatch(/\d,\d/); // Swedish decimals
    await page.click("#fit-apply");
    expect(await page.getByLabel("Vikt 1").inputValue()).not.toBe(before);
    await page.click("#fit-undo");
    expect(await page.getByLabel("Vikt 1").inputValue()).toBe(before);
  });

  test("problem 8: the charts the pane says it added are drawn beside the cells", async () => {
    await fresh();
    // Before the formulas there is nothing to draw: the pane says so and draws nothing.
    await page.click("#charts");
    await eventually(
      () => text("#status"),
      (v) => expect(v).toMatch(/Infoga formler först/),
    );
    expect(await page.locator("#workbook-view figure.chart").count()).toBe(0);
    await page.click("#insert");
    await eventually(
      () => text("#status"),
      (v) => expect(v).toMatch(/infogade/),
    );
    await page.click("#charts");
    await eventually(
      () => page.locator("#workbook-view figure.chart").count(),
      (v) => expect(v).toBe(2),
    );
    expect(await page.locator("#workbook-view figure.chart circle").count()).toBe(26);
    expect(await page.locator("#workbook-view figure.chart figcaption").allInnerTexts()).toEqual([
      "Kr per elev mot behovsindex",
      "Behöriga lärare mot behovsindex",
    ]);
  });

  test("a per-school table: name, pupils, index, kr, kr per pupil, change against last year; sortable", async () => {
    await fresh();
    const rows = page.locator("#school-table tbody tr");
    expect(await rows.count()).toBe(13);
    expect(await rows.first().locator("th").innerText()).toBe("Almskolan");
    const byPerPupil = page.locator('#school-table thead button:text-is("Kr per elev")');
    await byPerPupil.click(); // highest first
    expect(await page.locator("#school-table thead th").nth(4).getAttribute("aria-sort")).toBe("descending");
    expect(await rows.first().locator("th").innerText()).toBe("Lindskolan");
    expect(await rows.first().locator("td").nth(5).innerText()).toMatch(/^−?\d+,\d %$/);
    // The amounts add up to the pot.
    const amounts = await page.locator("#school-table tbody tr td:nth-of-type(3)").allInnerTexts();
    expect(amounts.map(number).reduce((a, b) => a + b, 0)).toBe(64_000_000);
  });

  test("problem 8: in English the pane, its numbers and the model description are English", async () => {
    const english = await preview.open({ lang: "en" });
    const pane = await english.locator("#app").innerText();
    expect(pane).not.toMatch(/\b(Upp|Ned|Vikt|Pott|Proportionell|Tröskel|Potens)\b/);
    expect(pane).toMatch(/Proportional — by index/);
    expect(await english.inputValue("#pot")).toBe("64,000,000");
    expect(await english.locator("#preview-pot").innerText()).toBe("64,000,000 kr / 64,000,000 kr");
    await english.click("#describe");
    await statusMatches(english, /The sheet "Model description" is written/);
    const sheet = await english.locator("#workbook-view table.cells").innerText();
    expect(sheet).toMatch(/Model description/);
    expect(sheet).toMatch(/What the model does/);
    expect(sheet).not.toMatch(/Vad modellen gör|ingen gräns|Vikt:|Indexmodell|inget/);
    await english.close();
  });

  test("in English no Swedish is left in what the pane shows: sections, fit report, dialog, statuses, charts", async () => {
    const english = await preview.open({ lang: "en" });
    const seen: string[] = [];
    const look = async () => seen.push(await english.locator("#app").innerText());
    const status = (pattern: RegExp) => statusMatches(english, pattern);
    // The user's data (school and factor names from the example's sheet) and the product's name may be Swedish.
    const data = [
      ...(await english.locator("#school-table tbody th").allInnerTexts()),
      ...(await english.locator("#factor-rows td:nth-child(2)").allInnerTexts()),
      "Skolor", // the data's sheet: the overwrite question lists its cells, the values copy is named after it
      // Likvärd's own sheets have one name in every language (formulas and the verifier find them by it).
      "Likvärd modell",
      "Likvärd – källa",
      "Likvärd",
    ];
    await look();
    await english.click("#fit");
    await english.waitForSelector("table.fit");
    await look();
    await english.click("#insert");
    await status(/inserted/);
    await english.click("#charts");
    await status(/charts are added/);
    await look();
    seen.push(await english.locator("#workbook-view figure.chart figcaption").first().innerText());
    await english.click("#insert"); // the cells hold the results now: the overwrite question
    await english.waitForSelector("dialog[open]");
    seen.push(await english.locator("dialog").innerText());
    await english.keyboard.press("Escape");
    await status(/Nothing was written/);
    for (const [action, done] of [
      ["#save", /saved/],
      ["#describe", /written/],
      ["#share", /as values/],
    ] as const) {
      await english.click(action);
      await status(done);
      seen.push(await english.locator("#status").innerText());
    }
    await english.locator("#pot").fill("x");
    await english.waitForSelector("#summary-error");
    await look();
    await english.close();
    const shown = data.reduce((all, name) => all.split(name.trim()).join(""), seen.join("\n"));
    expect(shown).not.toMatch(/[åäöÅÄÖ]/);
    expect(shown).not.toMatch(
      /\b(och|eller|elev|elever|skola|skolor|kr per elev|Ange|Spara|Infoga|Skriv|Förhandsvisning|Mall|Skatta|Vikt|Pott|Golv|Tak|Metod|Rad|Avbryt|Inget|Bladet|resursens|Behovsindex|Modellbeskrivning|värden)\b/i,
    );
  });

  test("at 320 px: the summary is visible without scrolling; axe-core finds no violations; the dialog is modal", async () => {
    // The preview page at Excel's narrowest pane width: the pane first, the example's cells below it.
    const narrow = await preview.open({ width: 320, height: 700 });
    const box = await narrow.locator("#summary").boundingBox();
    expect(box && box.y + box.height).toBeLessThan(700);
    await narrow.screenshot({ path: join(shots, "pane-320.png") });
    const check = () => axeViolations(narrow, "#app");
    expect(await check()).toEqual([]);
    // Sections fold away; the summary stays.
    await narrow.click("#section-data > summary");
    expect(await narrow.locator("#range-pupils").isVisible()).toBe(false);
    await narrow.click("#section-data > summary");
    expect(await narrow.locator("#range-pupils").isVisible()).toBe(true);
    // The overwrite question: modal, focus on "Avbryt", Esc cancels.
    await narrow.locator("#target").fill("Skolor!B2");
    await narrow.click("#insert");
    await narrow.waitForSelector("dialog[open]");
    expect(await narrow.evaluate(() => document.activeElement?.id)).toBe("confirm-cancel");
    expect(await narrow.locator("dialog").getAttribute("aria-modal")).toBe("true");
    await narrow.screenshot({ path: join(shots, "pane-320-dialog.png") });
    expect(await check()).toEqual([]);
    await narrow.keyboard.press("Escape");
    await eventually(
      () => narrow.locator("#status").innerText(),
      (v) => expect(v).toMatch(/Inget skrevs/),
    );
    expect(await narrow.locator("dialog").count()).toBe(0);
    await narrow.close();
  });

  test("no request left the machine; the pane's own page only tries to load Office.js and carries no example", async () => {
    expect(foreign).toEqual([]);
    const tried: string[] = [];
    const pane = await preview.open({
      path: "/taskpane.html",
      width: 320,
      height: 900,
      locale: null,
      ready: null,
      seen: tried,
    });
    await statusMatches(pane, /Öppna tillägget i Excel/);
    expect(tried.length).toBeGreaterThan(0);
    expect(tried.every((url) => url.startsWith("https://appsforoffice.microsoft.com/"))).toBe(true);
    await pane.close();
    // The production pane's bundle has no example workbook; the preview page's has.
    expect(readFileSync(join(preview.build, "taskpane.js"), "utf8")).not.toMatch(/Almskolan|Lönnskolan|Ogiltig cell/);
    expect(readFileSync(join(preview.build, "preview.js"), "utf8")).toMatch(/Almskolan/);
  });
});
