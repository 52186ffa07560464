/**
 * Issue 20's Done-when in the preview, as a person would do it: pick the
 * example with components (a base per stage, a need-based pot, a pot for
 * newly arrived pupils, a lump sum tapered by size), insert the formulas,
 * and read what the preview's engine computed from them. The totals equal
 * the computation by hand to the krona (exampleByHand.ts, nothing of
 * Likvärd's code in it: the index, the taper, largest remainders, and the
 * clamped pot by bisection on its multiplier); every school's total per pupil is within
 * −2 %/+5 % of last year's; each pot sums exactly. Then the section's
 * messages, axe-core at 320 px, and a screenshot.
 */
import { join } from "node:path";
import { Page } from "playwright-core";
import {
  OpenOptions,
  axeViolations,
  describeInChromium,
  shownNumber,
  eventually,
  screenshots,
  statusMatches,
  usePreview,
} from "./chromium";
import { EXAMPLE_RANGES } from "../../src/model/example/schools";
import { componentsExample } from "../../src/model/example/componentsExample";
import { componentExplainWrites } from "../../src/model/explain/componentExplainSheet";
import { componentCompareWrites } from "../../src/model/scenarios/componentCompareSheet";
import { exampleModel } from "../../src/model/example/model";
import { columnName } from "../../src/model/sheet/addresses";
import { splitColumns } from "../../src/taskpane/actions/componentWrites";
import {
  ARRIVED_POT,
  LAST_YEAR,
  LUMP,
  NEED_POT,
  SCHOOLS,
  exampleByHand,
  sum,
} from "../unit/model/components/exampleByHand";

// The machine is shared: clicks and the engine's recalculation can take seconds.
jest.setTimeout(60_000);

const n = SCHOOLS.length;

describeInChromium("the components of a model in the preview", () => {
  const preview = usePreview("components");
  const { foreign } = preview;
  let page: Page;

  beforeAll(async () => {
    page = await preview.open();
  }, 60_000);

  const text = (selector: string) => page.locator(selector).innerText();
  const cell = (address: string) => text(`#workbook-view td[data-cell="${address}"]`);
  const number = (shown: string) => shownNumber(shown);
  /** A page of its own with the example with components chosen. */
  async function withComponents(options: OpenOptions = {}): Promise<Page> {
    const fresh = await preview.open(options);
    await fresh.click("#components-example");
    await fresh.waitForSelector("#component-4-fields");
    return fresh;
  }
  /** Column `col` of the results on Skolor, one number per school. */
  const column = (col: string) => Promise.all(SCHOOLS.map((_, r) => cell(`${col}${r + 2}`).then(number)));

  test("the example with components: four components, last year's totals on their own sheet", async () => {
    expect(await text("#component-list")).toMatch(/Inga komponenter/);
    await page.click("#components-example");
    await eventually(
      () => page.locator("#component-list fieldset").count(),
      (v) => expect(v).toBe(4),
    );
    expect(await page.locator("#component-list fieldset legend").allInnerTexts()).toEqual([
      "Grundbelopp — Per elev och stadium",
      "Socioekonomiskt tillägg — Behovspott efter index",
      "Nyanlända — Per räknad elev",
      "Småskoletillägg — Klumpsumma per skola",
    ]);
    expect(await page.inputValue("#range-lastYear")).toBe("Fjolåret!B2:B14");
    expect(await page.inputValue("#component-1-columns")).toBe("Skolor!M2:O14");
    expect(await page.inputValue("#total-max-increase")).toBe("5");
    expect(await page.inputValue("#max-increase")).toBe("5"); // the Fördelning section shows the same setting
    // The live preview follows the components: the summary and the per-school table show the schools' totals.
    const want = exampleByHand();
    const all = sum(want.total);
    const perPupil = want.total.map((t, i) => t / SCHOOLS[i].pupils);
    await eventually(
      () => text("#components-totals"),
      (v) => expect(number(v.replace(/^Totalt (.*?) kr;.*$/, "$1"))).toBe(all),
    );
    expect(number((await text("#preview-pot")).replace(" kr", ""))).toBe(all);
    const [min, , max] = (await text("#preview-perpupil")).replace(" kr", "").split(" / ").map(number);
    expect(min).toBe(Math.round(Math.min(...perPupil)));
    expect(max).toBe(Math.round(Math.max(...perPupil)));
    const names = await page.locator("#school-table tbody th").allInnerTexts();
    const amounts = await page.locator("#school-table tbody tr td:nth-of-type(3)").allInnerTexts();
    const byName = Object.fromEntries(names.map((name, r) => [name, number(amounts[r])]));
    expect(SCHOOLS.map((s) => byName[s.name])).toEqual(want.total);
  });

  test("Infoga formler: the engine's totals equal the computation to the krona, within −2 %/+5 %, pots exact", async () => {
    expect(await page.inputValue("#target")).toBe("Skolor!Q2");
    await page.click("#insert");
    await eventually(
      () => text("#status"),
      (v) => expect(v).toMatch(/infogade/),
    );
    // Q index, R base, S need-based pot, T newly arrived, U lump sum, V total, W per pupil, X–Y the total's limits.
    expect(await cell("V1")).toBe("Totalt (kr)");
    const want = exampleByHand();
    await eventually(
      () => column("V"),
      (total) => expect(total).toEqual(want.total),
    );
    expect(await column("R")).toEqual(want.base);
    expect(await column("S")).toEqual(want.need);
    expect(await column("T")).toEqual(want.arrived);
    expect(await column("U")).toEqual(want.lump);
    const total = await column("V");
    SCHOOLS.forEach((s, i) => {
      expect(total[i] / s.pupils).toBeGreaterThanOrEqual(LAST_YEAR[i] * 0.98 - 1e-9);
      expect(total[i] / s.pupils).toBeLessThanOrEqual(LAST_YEAR[i] * 1.05 + 1e-9);
    });
    expect(sum(await column("S"))).toBe(NEED_POT);
    expect(sum(await column("T"))).toBe(ARRIVED_POT);
    // The guarantee binds here: some schools sit at −2 %, some at +5 % (to the pot's unit).
    const ratio = total.map((t, i) => t / SCHOOLS[i].pupils / LAST_YEAR[i]);
    expect(ratio.some((r) => r < 0.9805)).toBe(true);
    expect(ratio.some((r) => r > 1.0495)).toBe(true);
    // Byskolan (58 pupils) gets the whole lump sum; the formulas read the model sheet's names.
    expect(want.lump[n - 1]).toBe(LUMP);
    expect(await page.locator('#workbook-view td[data-cell="U14"]').getAttribute("title")).toMatch(
      /LIKVARD_SMA_BELOPP\*IF\(ISNUMBER\(LIKVARD_SMA_N2\)/,
    );
    await page.click('#workbook-view button[data-sheet="Likvärd modell"]');
    expect(await text("#workbook-view table.cells")).toMatch(/LIKVARD_SMA_N2/);
    await page.click('#workbook-view button[data-sheet="Skolor"]');
  });

  test("Förklara per skola: each component, the total and its change against last year, the pot's binding limit", async () => {
    await page.click("#explain");
    await eventually(
      () => text("#status"),
      (v) => expect(v).toMatch(/Förklaringen per skola står på bladet "Likvärd förklaring"/),
    );
    await page.click('#workbook-view button[data-sheet="Likvärd förklaring"]');
    const example = componentsExample(exampleModel());
    const columns = Object.fromEntries(Object.entries(example.columns).map(([k, r]) => [k, splitColumns(r)]));
    const ranges = { pupils: EXAMPLE_RANGES.pupils, factors: EXAMPLE_RANGES.factors, lastYear: example.lastYear };
    const c = componentExplainWrites(ranges, columns, example.settings.components ?? [], [], "sv").columns;
    const at = (col: number | undefined, row: number) => `${columnName(col as number)}${row}`;
    const k = c.components;
    expect(await cell(at(k.SOCIO.amount, 1))).toBe("Socioekonomiskt tillägg (kr)");
    expect(await cell(at(c.total, 1))).toBe("Totalt (kr)");
    const want = exampleByHand();
    const amountsOf = { GRUND: want.base, SOCIO: want.need, NYANL: want.arrived, SMA: want.lump };
    let limits = 0;
    for (let r = 0; r < n; r++) {
      const row = r + 2;
      const pupils = SCHOOLS[r].pupils;
      expect(await cell(at(c.name, row))).toBe(SCHOOLS[r].name);
      for (const [key, amounts] of Object.entries(amountsOf)) {
        expect([key, r, await cell(at(k[key].amount, row)).then(number)]).toEqual([key, r, amounts[r]]);
        expect(Math.abs((await cell(at(k[key].perPupil, row)).then(number)) - amounts[r] / pupils)).toBeLessThanOrEqual(
          0.5,
        );
      }
      expect(await cell(at(c.total, row)).then(number)).toBe(want.total[r]);
      const change = await cell(at(c.change, row)).then(number);
      expect(Math.abs(change - (want.total[r] / pupils - LAST_YEAR[r]))).toBeLessThanOrEqual(0.5);
      // The pot's limit that holds: the guarantee's floor or cap on the pot, met to the krona.
      const limit = await cell(at(k.SOCIO.limit, row));
      if (limit !== "") limits++;
      if (limit === "golv") expect(want.total[r] / pupils).toBeLessThan(LAST_YEAR[r] * 0.98 + 100 / pupils);
      if (limit === "tak") expect(want.total[r] / pupils).toBeGreaterThan(LAST_YEAR[r] * 1.05 - 100 / pupils);
    }
    expect(limits).toBeGreaterThan(0);
    expect(await cell(at(c.name, n + 2))).toBe("Kommunen");
    expect(await cell(at(k.SOCIO.amount, n + 2)).then(number)).toBe(NEED_POT);
    expect(await cell(at(c.total, n + 2)).then(number)).toBe(want.total.reduce((a, b) => a + b, 0));
    await page.screenshot({ path: join(screenshots, "components-explain.png") });
    await page.click('#workbook-view button[data-sheet="Skolor"]');
  });

  test("a bad field is a message under it; nothing is inserted while it is there", async () => {
    await page.locator("#component-4-n2").fill("två hundra");
    await eventually(
      () => text("#component-4-n2-error"),
      (v) => expect(v).toMatch(/inte ett tal/),
    );
    await page.click("#insert");
    expect(await text("#status")).toMatch(/Rätta det markerade fältet först: Småskoletillägg: Inget belopp/);
    // A taper that ends before it starts: a message under N₂, and Insert refuses.
    await page.locator("#component-4-n2").fill("50");
    await eventually(
      () => text("#component-4-n2-error"),
      (v) => expect(v).toBe("N₂ ska vara minst N₁ (100)."),
    );
    await page.click("#insert");
    expect(await text("#status")).toMatch(/Rätta det markerade fältet först: Småskoletillägg: Inget belopp/);
    await page.locator("#component-4-n1").fill("40");
    await eventually(
      () => text("#component-4-n2-error"),
      (v) => expect(v).toBe(""),
    );
    await page.locator("#component-4-n1").fill("100");
    await page.locator("#component-4-n2").fill("250");
    expect(await text("#component-4-n2-error")).toBe("");
    await page.locator("#component-1-name").fill("4–6");
    await page.locator("#component-1-name").dispatchEvent("change");
    await eventually(
      () => text("#component-1-name-error"),
      (v) => expect(v).toMatch(/börja med en bokstav/),
    );
    await page.locator("#component-1-name").fill("Grundbelopp");
    await page.locator("#component-1-name").dispatchEvent("change");
    await eventually(
      () => text("#component-1-name-error"),
      (v) => expect(v).toBe(""),
    );
    // Removing and adding: at most one need-based pot can be chosen.
    expect(await page.locator('#component-kind option[value="needPot"]').isDisabled()).toBe(true);
    await page.click("#component-4-remove");
    await eventually(
      () => page.locator("#component-list fieldset").count(),
      (v) => expect(v).toBe(3),
    );
    await page.selectOption("#component-kind", "lumpSum");
    await page.click("#component-add");
    expect(await page.inputValue("#component-4-name")).toBe("Småskoletillägg");
  });

  test("in English: the section, its messages and the model sheet are English; the user's names stay", async () => {
    const english = await withComponents({ lang: "en" });
    await english.locator("#component-1-columns").fill("Skolor!M2:N14");
    await english.locator("#component-1-columns").dispatchEvent("change");
    expect(await english.locator("#component-1-columns-error").innerText()).toBe(
      "The range has 2 columns but the component reads 3.",
    );
    await english.locator("#component-1-columns").fill("Skolor!M2:O14");
    await english.locator("#component-1-columns").dispatchEvent("change");
    await english.waitForFunction(() =>
      /^Total [\d,]+ kr; kr per pupil/.test(document.getElementById("components-totals")?.textContent ?? ""),
    );
    // The example's component names are the user's (Swedish) data; everything else is English.
    const own = ["Grundbelopp", "Socioekonomiskt tillägg", "Nyanlända", "Småskoletillägg", "Skolor", "Fjolåret"];
    const shown = own.reduce(
      (all, name) => all.split(name).join(""),
      await english.locator("#section-components").innerText(),
    );
    expect(shown).not.toMatch(/[åäöÅÄÖ]|\b(och|eller|elev|elever|skola|Pott|Namn|Ta bort|Lägg till)\b/);
    await english.click("#insert");
    await statusMatches(english, /inserted/);
    await english.click('#workbook-view button[data-sheet="Likvärd modell"]');
    const sheet = await english.locator("#workbook-view table.cells").innerText();
    expect(sheet).toMatch(/Pot \(kr\)\s+64,000,000/);
    expect(sheet).toMatch(/Nothing from \(pupils\)\s+250\s+N₂/);
    expect(sheet).not.toMatch(/Förklaring|Värde|klumpsumma/);
    await english.close();
  });

  test("Målsök searches the need-based pot for the totals' ratio and applies it there; the model saves as a scenario", async () => {
    const fresh = await withComponents();
    const status = (pattern: RegExp) => statusMatches(fresh, pattern);
    // Max/min of the schools' total kr per pupil: 1,5 is within reach of the pot's exponent.
    await fresh.selectOption("#search-measure", "maxMin");
    await fresh.locator("#search-target").fill("1,5");
    await fresh.click("#search");
    await status(/^Socioekonomiskt tillägg, räknat på skolornas totala kr per elev: Med exponenten [\d,]+ blir/);
    await fresh.click("#search-apply");
    await fresh.waitForFunction(
      () => (document.getElementById("component-2-method") as HTMLSelectElement)?.value === "power",
    );
    const parameter = Number((await fresh.inputValue("#component-2-parameter")).replace(",", "."));
    expect(parameter).toBeGreaterThan(1);
    expect(await fresh.inputValue("#parameter")).toBe("1"); // the one pot's setting is not the one searched
    // Inserted, the engine's totals give the target: highest over lowest total kr per pupil, by hand.
    await fresh.click("#insert");
    await status(/infogade/);
    const totals = await Promise.all(
      SCHOOLS.map((_, r) => fresh.locator(`#workbook-view td[data-cell="V${r + 2}"]`).innerText()),
    );
    const perPupil = totals.map((t, r) => number(t) / SCHOOLS[r].pupils);
    expect(Math.abs(Math.max(...perPupil) / Math.min(...perPupil) - 1.5)).toBeLessThanOrEqual(0.01);
    await fresh.locator("#scenario-name").fill("Nuvarande");
    await fresh.click("#scenario-save");
    await status(/^Scenariot "Nuvarande" är sparat/);
    await fresh.close();
  });

  test("two scenarios with components and other pots: Jämför scenarier shows each school's total, by hand", async () => {
    const fresh = await withComponents();
    const status = (pattern: RegExp) => statusMatches(fresh, pattern);
    await fresh.locator("#scenario-name").fill("Nuvarande");
    await fresh.click("#scenario-save");
    await status(/^Scenariot "Nuvarande" är sparat/);
    // The proposal: 70 Mkr by need, 4 Mkr for the newly arrived.
    await fresh.locator("#component-2-pot").fill("70000000");
    await fresh.locator("#component-3-amount").fill("4000000");
    await fresh.locator("#scenario-name").fill("Förslag");
    await fresh.click("#scenario-save");
    await status(/^Scenariot "Förslag" är sparat/);
    await fresh.click("#compare");
    await status(/Jämförelsen av 2 scenarier står på bladet "Likvärd jämförelse"/);
    await fresh.click('#workbook-view button[data-sheet="Likvärd jämförelse"]');
    const example = componentsExample(exampleModel());
    const proposal = (example.settings.components ?? []).map((c) =>
      c.kind === "needPot" ? { ...c, pot: 70_000_000 } : c.kind === "counted" ? { ...c, amount: 4_000_000 } : c,
    );
    const columns = Object.fromEntries(Object.entries(example.columns).map(([k, r]) => [k, splitColumns(r)]));
    const ranges = { pupils: EXAMPLE_RANGES.pupils, factors: EXAMPLE_RANGES.factors, lastYear: example.lastYear };
    const layout = componentCompareWrites(
      [
        { name: "Nuvarande", column: 1, settings: example.settings },
        { name: "Förslag", column: 2, settings: { ...example.settings, components: proposal } },
      ],
      ranges,
      columns,
      "sv",
    );
    const want = [exampleByHand(), exampleByHand({ needPot: 70_000_000, arrivedPot: 4_000_000 })];
    const shown = (col: number | undefined, r: number) =>
      fresh
        .locator(`#workbook-view td[data-cell="${columnName(col as number)}${layout.firstRow + 1 + r}"]`)
        .innerText();
    const [b0, b1] = layout.blocks;
    for (let r = 0; r < n; r++) {
      expect([r, await shown(b0.total, r).then(number)]).toEqual([r, want[0].total[r]]);
      expect([r, await shown(b1.total, r).then(number)]).toEqual([r, want[1].total[r]]);
      expect(await shown(b1.difference, r).then(number)).toBe(want[1].total[r] - want[0].total[r]);
    }
    await fresh.screenshot({ path: join(screenshots, "components-compare.png") });
    await fresh.close();
  });

  test("at 320 px with the components: axe-core finds no violations; screenshot", async () => {
    const narrow = await withComponents({ width: 320, height: 900 });
    await narrow.locator("#component-4-n2").fill("x");
    await narrow.locator("#section-components").screenshot({ path: join(screenshots, "components-320.png") });
    expect(await axeViolations(narrow, "#app")).toEqual([]);
    const width = await narrow.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(320);
    await narrow.close();
    expect(foreign).toEqual([]);
  });
});
