/**
 * The follow-up ("Följ upp", issue 15) in headless Chromium, as a person uses
 * it on the preview page: "Skriv uppföljning" writes the sheet, the preview's
 * workbook calculates it with the headless engine, and the test reads what
 * the sheet shows — expected values, residuals, the schools clearly above or
 * below expectation, the rows left out, the EQUITYGAP figures — against R
 * (test/golden/followUp/make-golden.R), in Swedish (meritvärde, linear) and
 * in English (a share, quasilogit). The charts it adds are drawn; the pane
 * at 320 px is axe-clean; writing again asks first.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Page } from "playwright-core";
import { EXAMPLE_SCHOOLS } from "../../src/model/example/schools";
import { SUMMARY_ROWS } from "../../src/model/functions/equitygap";
import {
  axeViolations,
  describeInChromium,
  shownNumber,
  root,
  screenshots,
  statusMatches,
  usePreview,
} from "./chromium";

interface Fit {
  expected: (number | null)[];
  residual: (number | null)[];
  standardized: (number | null)[];
}
const R = JSON.parse(readFileSync(join(root, "test", "golden", "followUp", "expected.json"), "utf8")) as {
  merit9_linear: Fit;
  not_eligible_quasilogit: Fit;
  equitygap_summary: Record<string, number[]>;
};
const n = EXAMPLE_SCHOOLS.length;
const FIRST = 7; // the per-school table's first row on the sheet
const BYSKOLAN = EXAMPLE_SCHOOLS.findIndex((s) => s[0] === "Byskolan");
const RONNSKOLAN = EXAMPLE_SCHOOLS.findIndex((s) => s[0] === "Rönnskolan");
/** The preview's resources, in order, and R's name for each. */
const RESOURCES = ["certified", "pupils_per_teacher", "lead_per_100", "last_year"];

describeInChromium("the follow-up in Chromium", () => {
  const preview = usePreview("follow-up");
  const { foreign } = preview;
  /** The preview, its follow-up section ready. */
  const open = (lang: "sv" | "en", width = 1280) => preview.open({ lang, width, ready: "#write-follow-up" });

  const statusIs = (page: Page, pattern: RegExp) => statusMatches(page, pattern, 20_000);

  /** What a cell of the sheet the view shows reads. */
  const cell = (page: Page, address: string) => page.locator(`#workbook-view td[data-cell="${address}"]`).innerText();
  const number = (shown: string, lang: "sv" | "en") => shownNumber(shown, lang);
  const column = (page: Page, col: string) =>
    Promise.all(Array.from({ length: n }, (_, r) => cell(page, `${col}${FIRST + r}`)));

  /** Shown numbers agree with R's to the decimals shown; a row R leaves out is empty. */
  function agree(shown: string[], expected: (number | null)[], decimals: number, lang: "sv" | "en") {
    expected.forEach((e, i) => {
      if (e === null) expect(shown[i]).toBe("");
      else expect(Math.abs(number(shown[i], lang) - e)).toBeLessThanOrEqual(0.5 * 10 ** -decimals + 1e-9);
    });
  }

  async function summaries(page: Page, lang: "sv" | "en") {
    for (const [i, key] of RESOURCES.entries()) {
      const top = FIRST + n + 2 + i * (SUMMARY_ROWS.length + 3); // its title, the table, the verdict
      const labels = await Promise.all(SUMMARY_ROWS.map((_, r) => cell(page, `A${top + r}`)));
      expect(labels).toEqual(SUMMARY_ROWS.map((row) => row.label[lang]));
      const values = await Promise.all(SUMMARY_ROWS.map((_, r) => cell(page, `B${top + r}`)));
      // Shown in each row's number format (kronor whole, shares in percent): agree to the decimals shown.
      values.forEach((text, r) => {
        const percent = text.includes("%");
        const digits =
          text
            .replace(/%/g, "")
            .split(lang === "sv" ? "," : ".")[1]
            ?.replace(/\D/g, "").length ?? 0;
        const value = number(text.replace(/%/g, "").trim(), lang) / (percent ? 100 : 1);
        const tolerance = (0.5 * 10 ** -digits) / (percent ? 100 : 1) + 1e-9;
        expect([r, Math.abs(value - R.equitygap_summary[key][r]) <= tolerance]).toEqual([r, true]);
      });
      // Under it, in words, by the resource's direction: fewer pupils per teacher where need is high follows need.
      const follows = key === "pupils_per_teacher" || key === "last_year";
      expect([key, await cell(page, `B${top + SUMMARY_ROWS.length}`)]).toEqual([
        key,
        follows
          ? lang === "sv"
            ? "följer behovet"
            : "follows need"
          : lang === "sv"
            ? "går mot behovet"
            : "goes against need",
      ]);
    }
  }

  test("in Swedish: meritvärde against expectation (linear), Rönnskolan clearly above, Byskolan left out; resources against need", async () => {
    const page = await open("sv");
    expect(await page.locator("#follow-up-outcome").inputValue()).toBe("Skolor!J2:J14");
    expect(await page.locator("#follow-up-resources input").count()).toBe(4);
    await page.click("#write-follow-up");
    await statusIs(page, /Bladet "Uppföljning" är skrivet med linjär modell/);
    expect(await page.locator('#workbook-view [role="tab"][aria-selected="true"]').innerText()).toBe("Uppföljning");
    expect(await cell(page, "A1")).toBe("Uppföljning: Meritvärde åk 9 mot förväntan");
    expect(await page.locator('#workbook-view td[data-cell="C7"]').getAttribute("title")).toBe(
      '=LIKVARD.EXPECTED(Skolor!C2:F14,Skolor!J2:J14,Skolor!B2:B14,"linjär","utelämna")',
    );
    expect(await column(page, "A")).toEqual(EXAMPLE_SCHOOLS.map((s) => s[0]));
    agree(await column(page, "C"), R.merit9_linear.expected, 1, "sv");
    agree(await column(page, "D"), R.merit9_linear.residual, 1, "sv");
    agree(await column(page, "E"), R.merit9_linear.standardized, 2, "sv");
    const verdicts = await column(page, "F");
    expect(verdicts[RONNSKOLAN]).toBe("klart över förväntan");
    expect(verdicts[BYSKOLAN]).toBe("utelämnad (saknat värde)");
    expect(verdicts.filter((v) => v !== "")).toHaveLength(2);
    // Rows left out, schools clearly above, clearly below.
    expect([await cell(page, "B3"), await cell(page, "B4"), await cell(page, "B5")]).toEqual(["1", "1", "0"]);
    await summaries(page, "sv");
    // The charts it added: actual against expected with the 45° line (12 schools: Byskolan has no meritvärde),
    // and each resource against the need index (13 schools).
    const charts = page.locator("#workbook-view figure.chart");
    expect(await charts.count()).toBe(5);
    expect(await charts.first().locator("figcaption").innerText()).toBe("Meritvärde åk 9: utfall mot förväntat");
    expect(await charts.first().locator("circle.dot").count()).toBe(12);
    expect(await charts.first().locator("polyline.line").count()).toBe(1);
    expect(await charts.nth(1).locator("figcaption").innerText()).toBe("Behöriga lärare mot behovsindex");
    expect(await charts.nth(1).locator("circle.dot").count()).toBe(13);
    await page.locator("#workbook-view").screenshot({ path: join(screenshots, "follow-up-sheet.png") });
    // Writing again asks before overwriting the sheet; "Avbryt" leaves it as it was.
    await page.click("#write-follow-up");
    await page.waitForSelector("dialog[open]");
    await page.click("#confirm-cancel");
    await statusIs(page, /Inget skrevs/);
    expect(await cell(page, "F14")).toBe("klart över förväntan");
    // With one resource fewer and "Skriv över": the old sheet is cleared (no fourth summary left behind) and each
    // chart replaced, not added again.
    await page.locator('#follow-up-resources button[aria-label="Ta bort: Resurs 4"]').click();
    await page.click("#write-follow-up");
    await page.waitForSelector("dialog[open]");
    await page.click("#confirm-overwrite");
    await statusIs(page, /Bladet "Uppföljning" är skrivet/);
    expect(await cell(page, "F14")).toBe("klart över förväntan");
    const fourth = FIRST + n + 1 + 3 * (SUMMARY_ROWS.length + 3); // the fourth summary's title, before
    expect(await cell(page, `A${fourth - SUMMARY_ROWS.length - 3}`)).toBe(
      "Förstelärare per 100 elever: följer resursen behovet?",
    );
    expect(await cell(page, `A${fourth}`)).toBe("");
    expect(await cell(page, `B${fourth + 1}`)).toBe("");
    expect(await charts.count()).toBe(5); // the fourth resource's chart stays: charts are replaced by title, not removed
    await page.close();
  }, 60_000);

  test("in English: a share (not eligible) gets the quasilogit model from its data; Byskolan clearly below", async () => {
    const page = await open("en");
    await page.locator("#follow-up-outcome").fill("Skolor!G2:G14");
    await page.locator("#follow-up-outcome").dispatchEvent("change");
    await page.click("#write-follow-up");
    await statusIs(page, /The sheet "Follow-up" is written with the quasilogit model/);
    expect(await cell(page, "A1")).toBe("Follow-up: Ej behöriga till gymnasiet against expectation");
    expect(await cell(page, "F6")).toBe("Assessment");
    const fit = R.not_eligible_quasilogit;
    agree(await column(page, "C"), fit.expected, 3, "en");
    agree(await column(page, "D"), fit.residual, 3, "en");
    agree(await column(page, "E"), fit.standardized, 2, "en");
    const verdicts = await column(page, "F");
    expect(verdicts[BYSKOLAN]).toBe("clearly below expectation");
    expect(verdicts.filter((v) => v !== "")).toHaveLength(1);
    expect([await cell(page, "B3"), await cell(page, "B4"), await cell(page, "B5")]).toEqual(["0", "0", "1"]);
    await summaries(page, "en");
    expect(await page.locator("#workbook-view figure.chart figcaption").first().innerText()).toBe(
      "Ej behöriga till gymnasiet: actual against expected",
    );
    await page.close();
  }, 60_000);

  test("at 320 px: the section and its resource list work by keyboard; axe-core finds no violations", async () => {
    const page = await open("sv", 320);
    await page.click("#follow-up-add");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("follow-up-resource-5");
    await page.click('#follow-up-resources button[aria-label="Ta bort: Resurs 5"]');
    expect(await page.locator("#follow-up-resources input").count()).toBe(4);
    // A range of the wrong length is refused with a message naming it; nothing is written.
    await page.locator("#follow-up-resource-2").fill("Skolor!K2:K10");
    await page.locator("#follow-up-resource-2").dispatchEvent("change");
    await page.click("#write-follow-up");
    await statusIs(page, /Resurs 2 \(Skolor!K2:K10\)/);
    expect(await page.locator('#workbook-view [data-sheet="Uppföljning"]').count()).toBe(0);
    await page.locator("#section-followUp").scrollIntoViewIfNeeded();
    await page.locator("#section-followUp").screenshot({ path: join(screenshots, "follow-up-320.png") });
    expect(await axeViolations(page, "#app")).toEqual([]);
    await page.close();
  }, 60_000);

  test("no request left the machine", () => {
    expect(foreign).toEqual([]);
  });
});
