/**
 * "Förklara per skola" for a model with components: the sheet's formulas,
 * evaluated by the headless engine in the preview's workbook with the
 * example's components (a base per stage, a need-based pot, a pot for newly
 * arrived pupils, a tapered lump sum; −2 %/+5 % on the total per pupil),
 * against a computation written out by hand (exampleByHand.ts, nothing of
 * Likvärd's code): the index, the taper, largest remainders, and the clamped
 * pot by bisection on its multiplier. Each component's amount and kr per
 * pupil, the total, the change against last year's total, the pot's plain
 * split and the limit that holds it.
 */
import { componentExplainWrites } from "../../../../src/model/explain/componentExplainSheet";
import { EXPLAIN_SHEET } from "../../../../src/model/explain/explainSheet";
import { LAST_YEAR_ROWS, LAST_YEAR_SHEET, componentsExample } from "../../../../src/model/example/componentsExample";
import { exampleModel } from "../../../../src/model/example/model";
import { EXAMPLE_HEADERS, EXAMPLE_SCHOOLS, EXAMPLE_SHEET } from "../../../../src/model/example/schools";
import { ModelSettings } from "../../../../src/model/pane/modelSettings";
import { modelWrites } from "../../../../src/taskpane/actions/modelWrites";
import { splitColumns } from "../../../../src/taskpane/actions/componentWrites";
import { MemoryWorkbook } from "../../../../src/taskpane/workbook/memoryWorkbook";
import { RANGES, shownAt } from "./paneSheets";
import {
  ARRIVED_POT,
  LAST_YEAR,
  NEED_POT,
  SCHOOLS,
  exampleByHand,
  largestRemainders,
  sum,
} from "../components/exampleByHand";

const n = SCHOOLS.length;

async function componentWorkbook(settings: ModelSettings, lang: "sv" | "en") {
  const data = [EXAMPLE_HEADERS, ...EXAMPLE_SCHOOLS.map((s) => [...s])];
  const wb = new MemoryWorkbook({ [EXAMPLE_SHEET]: data, [LAST_YEAR_SHEET]: LAST_YEAR_ROWS }, "", lang);
  const model = modelWrites(settings, lang);
  await wb.write(model.writes, model.names);
  return wb;
}

describe("the explanation sheet with components", () => {
  const example = componentsExample(exampleModel());
  const components = example.settings.components ?? [];
  const columns = Object.fromEntries(Object.entries(example.columns).map(([k, r]) => [k, splitColumns(r)]));
  const ranges = { ...RANGES, lastYear: example.lastYear };

  test("every component, the total and its change against last year agree with a hand computation", async () => {
    const wb = await componentWorkbook(example.settings, "sv");
    const layout = componentExplainWrites(ranges, columns, components, ["a", "b", "c", "d"], "sv");
    await wb.write(layout.writes, [], [], layout.formats);
    const at = shownAt(wb, EXPLAIN_SHEET.sv);
    const c = layout.columns;
    const want = exampleByHand();
    const k = c.components;
    expect(at(0, k.GRUND.amount)).toBe("Grundbelopp (kr)");
    expect(at(0, k.SOCIO.limit as number)).toBe("Socioekonomiskt tillägg, gräns som håller");
    expect(at(0, c.total)).toBe("Totalt (kr)");
    expect(at(1, c.name as number)).toBe("Almskolan");
    const amountsOf = { GRUND: want.base, SOCIO: want.need, NYANL: want.arrived, SMA: want.lump };
    for (let r = 0; r < n; r++) {
      const row = 1 + r;
      const p = want.pupils[r];
      expect(at(row, c.pupils)).toBe(p);
      expect(at(row, c.index as number)).toBeCloseTo(want.index[r], 9);
      for (const [key, amounts] of Object.entries(amountsOf)) {
        expect([key, r, at(row, k[key].amount)]).toEqual([key, r, amounts[r]]);
        expect(at(row, k[key].perPupil)).toBeCloseTo(amounts[r] / p, 9);
      }
      expect(at(row, k.SOCIO.plain as number)).toBeCloseTo(want.plain[r], 4);
      expect([r, at(row, k.SOCIO.limit as number)]).toEqual([r, want.limit[r]]);
      expect(at(row, k.SOCIO.share as number)).toBeCloseTo(want.need[r] / NEED_POT, 12);
      expect(at(row, c.total)).toBe(want.total[r]);
      expect(at(row, c.totalPerPupil)).toBeCloseTo(want.total[r] / p, 9);
      expect(at(row, c.floor)).toBeCloseTo(LAST_YEAR[r] * 0.98, 9);
      expect(at(row, c.cap)).toBeCloseTo(LAST_YEAR[r] * 1.05, 9);
      expect(at(row, c.potFloor as number)).toBeCloseTo(want.lo[r] / p, 9);
      expect(at(row, c.potCap as number)).toBeCloseTo(want.hi[r] / p, 9);
      expect(at(row, c.lastYear as number)).toBe(LAST_YEAR[r]);
      expect(at(row, c.change as number)).toBeCloseTo(want.total[r] / p - LAST_YEAR[r], 9);
      expect(at(row, c.changePercent as number)).toBeCloseTo((want.total[r] / p - LAST_YEAR[r]) / LAST_YEAR[r], 12);
    }
    // The guarantee binds both ways here, and the sheet says which limit holds.
    expect(want.limit).toContain("golv");
    expect(want.limit).toContain("tak");
    // The municipality: pots exact, the total the components' sum.
    const last = 1 + n;
    expect(at(last, c.name as number)).toBe("Kommunen");
    expect(at(last, k.SOCIO.amount)).toBe(NEED_POT);
    expect(at(last, k.NYANL.amount)).toBe(ARRIVED_POT);
    expect(at(last, c.total)).toBe(sum(want.total));
    expect(at(last, c.totalPerPupil)).toBeCloseTo(sum(want.total) / sum(want.pupils), 9);
    expect(at(last, c.index as number)).toBeCloseTo(100, 9);
    expect(wb.formatOf(EXPLAIN_SHEET.sv, `${String.fromCharCode(65 + c.total)}2`)).toBe("#,##0");
  });

  test("English: headers and limit words in English, the same amounts", async () => {
    const wb = await componentWorkbook(example.settings, "en");
    const layout = componentExplainWrites(ranges, columns, components, ["a", "b", "c", "d"], "en");
    await wb.write(layout.writes, [], [], layout.formats);
    const at = shownAt(wb, EXPLAIN_SHEET.en);
    const c = layout.columns;
    const want = exampleByHand();
    expect(at(0, c.totalPerPupil)).toBe("Total kr per pupil");
    expect(at(0, c.change as number)).toBe("Change in total kr per pupil");
    const words: Record<string, string> = { golv: "floor", tak: "cap", "": "" };
    for (let r = 0; r < n; r++) {
      expect(at(1 + r, c.total)).toBe(want.total[r]);
      expect(at(1 + r, c.components.SOCIO.limit as number)).toBe(words[want.limit[r]]);
    }
  });

  test("without last year's column and fixed limits: no guarantee, the pot split as plain need", async () => {
    const settings = { ...example.settings, maxDecrease: NaN, maxIncrease: NaN };
    const wb = await componentWorkbook(settings, "sv");
    const layout = componentExplainWrites({ ...ranges, lastYear: "" }, columns, components, [], "sv");
    await wb.write(layout.writes, [], [], layout.formats);
    const at = shownAt(wb, EXPLAIN_SHEET.sv);
    const c = layout.columns;
    expect(c.lastYear).toBeUndefined();
    expect(c.change).toBeUndefined();
    const want = exampleByHand();
    // No limits: the pot is the plain split, in whole hundreds by largest remainders.
    const need = largestRemainders(want.plain, NEED_POT, 100, want.index);
    for (let r = 0; r < n; r++) {
      expect(at(1 + r, c.floor)).toBe("");
      expect(at(1 + r, c.potCap as number)).toBe("");
      expect(at(1 + r, c.components.SOCIO.limit as number)).toBe("");
      expect(at(1 + r, c.components.SOCIO.amount)).toBe(need[r]);
      expect(at(1 + r, c.total)).toBe(want.base[r] + want.arrived[r] + want.lump[r] + need[r]);
    }
  });

  test("a need-based pot whose ALLOCATE fails: every school's total shows its error, never a sum without it", async () => {
    // A floor no pot can pay: the pot's ALLOCATE is an error, the cells under its anchor empty.
    const settings = { ...example.settings, floor: 1e9, maxDecrease: NaN };
    const wb = await componentWorkbook(settings, "sv");
    const layout = componentExplainWrites({ ...ranges, lastYear: "" }, columns, components, [], "sv");
    await wb.write(layout.writes, [], [], layout.formats);
    const at = shownAt(wb, EXPLAIN_SHEET.sv);
    const c = layout.columns;
    const anchor = at(1, c.components.SOCIO.amount);
    expect(anchor).toHaveProperty("error");
    for (let r = 0; r < n; r++) {
      expect([r, at(1 + r, c.total)]).toEqual([r, anchor]);
      expect([r, at(1 + r, c.totalPerPupil)]).toEqual([r, anchor]);
    }
  });

  test("a missing data column is a message naming the component", () => {
    expect(() => componentExplainWrites(ranges, { GRUND: columns.GRUND }, components, [], "sv")).toThrow(
      "Ange NYANL: kolumn 1.",
    );
  });
});
