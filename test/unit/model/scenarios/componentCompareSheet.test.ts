/**
 * Scenarios with components (issues 17 and 20): the scenario sheet stores a
 * model's components as a block of its column and gives them back, and
 * "Jämför scenarier" evaluated by the headless engine in the preview's
 * workbook agrees with a computation written out by hand (exampleByHand.ts,
 * nothing of Likvärd's code) — each school's total, per pupil, the difference against the
 * first scenario, and the summary on totals — for two scenarios of the
 * example's components with different pots and a different largest increase
 * (so the scenario's own names, not the model sheet's, are what counts).
 * Mixing one-pot and components scenarios keeps both readable.
 */
import { LAST_YEAR_ROWS, LAST_YEAR_SHEET, componentsExample } from "../../../../src/model/example/componentsExample";
import { exampleModel } from "../../../../src/model/example/model";
import { EXAMPLE_HEADERS, EXAMPLE_SCHOOLS, EXAMPLE_SHEET } from "../../../../src/model/example/schools";
import { ModelSettings } from "../../../../src/model/pane/modelSettings";
import { componentCompareWrites } from "../../../../src/model/scenarios/componentCompareSheet";
import { COMPARE_SHEET } from "../../../../src/model/scenarios/compareSheet";
import {
  SCENARIO_SHEET,
  componentBlockKeys,
  readScenarios,
  scenarioColumn,
  scenarioWrites,
} from "../../../../src/model/scenarios/scenarioSheet";
import { modelWrites } from "../../../../src/taskpane/actions/modelWrites";
import { splitColumns } from "../../../../src/taskpane/actions/componentWrites";
import { MemoryWorkbook } from "../../../../src/taskpane/workbook/memoryWorkbook";
import { RANGES, shownAt } from "../explain/paneSheets";
import { LAST_YEAR, SCHOOLS, exampleByHand, sum } from "../components/exampleByHand";

const n = SCHOOLS.length;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const example = componentsExample(exampleModel());
const columns = Object.fromEntries(Object.entries(example.columns).map(([k, r]) => [k, splitColumns(r)]));
const ranges = { ...RANGES, lastYear: example.lastYear };
const NOW = example.settings;
/** Other pots (the need pot 70 Mkr, the newly arrived 4 Mkr) and at most 8 % more per pupil. */
const PROPOSAL: ModelSettings = {
  ...NOW,
  maxIncrease: 0.08,
  components: (NOW.components ?? []).map((c) =>
    c.kind === "needPot" ? { ...c, pot: 70_000_000 } : c.kind === "counted" ? { ...c, amount: 4_000_000 } : c,
  ),
};

async function save(wb: MemoryWorkbook, settings: ModelSettings, name: string, lang: "sv" | "en") {
  const values = (await wb.readSheet(SCENARIO_SHEET)) ?? [];
  const stored = readScenarios(values);
  const { column } = scenarioColumn(stored, name);
  const keepBlock = stored.some((s) => s.column !== column && s.settings.components?.length);
  const { writes, names } = scenarioWrites(settings, name, column, lang, { height: values.length, keepBlock });
  await wb.write(writes, names);
}

async function withScenarios(lang: "sv" | "en", list: [ModelSettings, string][]) {
  const data = [EXAMPLE_HEADERS, ...EXAMPLE_SCHOOLS.map((s) => [...s])];
  const wb = new MemoryWorkbook({ [EXAMPLE_SHEET]: data, [LAST_YEAR_SHEET]: LAST_YEAR_ROWS }, "", lang);
  // The model sheet holds another model: the comparison must read the scenarios' names only.
  const model = modelWrites({ ...NOW, maxIncrease: 0.5 }, lang);
  await wb.write(model.writes, model.names);
  for (const [settings, name] of list) await save(wb, settings, name, lang);
  return wb;
}

describe("scenarios with components", () => {
  test("a scenario whose pot fails: the count of losers and every total and difference show the error, as in the one-pot comparison", async () => {
    const wb = await withScenarios("sv", [
      [NOW, "Nuvarande"],
      [{ ...PROPOSAL, floor: 1e9 }, "Omöjligt"],
    ]);
    const scenarios = readScenarios((await wb.readSheet(SCENARIO_SHEET)) ?? []);
    const layout = componentCompareWrites(scenarios, ranges, columns, "sv");
    await wb.write(layout.writes, [], [], layout.formats);
    const at = shownAt(wb, COMPARE_SHEET.sv);
    expect(at(layout.summaryRow + 4, 2)).toMatchObject({ error: "#NUM!" });
    // Every school's total, per pupil, difference and %: the error, never a sum without the pot.
    const b = layout.blocks[1];
    for (let r = 0; r < n; r++)
      for (const c of [b.total, b.perPupil, b.difference as number, b.percent as number])
        expect([r, c, at(layout.firstRow + r, c)]).toEqual([r, c, expect.objectContaining({ error: "#NUM!" })]);
  });

  test("the scenario sheet gives back each scenario's components, a one-pot scenario beside them has none", async () => {
    const wb = await withScenarios("sv", [
      [NOW, "Nuvarande"],
      [exampleModel(), "En pott"],
      [PROPOSAL, "Förslag"],
    ]);
    const values = (await wb.readSheet(SCENARIO_SHEET)) ?? [];
    const read = readScenarios(values);
    expect(read.map((s) => [s.name, s.column])).toEqual([
      ["Nuvarande", 1],
      ["En pott", 2],
      ["Förslag", 3],
    ]);
    expect(read[0].settings.components).toEqual(NOW.components);
    expect(read[1].settings.components).toBeUndefined();
    expect(read[2].settings.components).toEqual(PROPOSAL.components);
    expect(read[2].settings.maxIncrease).toBe(0.08);
    expect(componentBlockKeys(values)[0]).toMatchObject({ label: "Grundbelopp", key: "GRUND_TYP" });
    expect(wb.shown(SCENARIO_SHEET)[componentBlockKeys(values)[1].row][0]).toBe("F–3 (GRUND_F3)");
    // Saving the one-pot scenario again leaves the block's labels (the others' components) readable.
    await save(wb, { ...exampleModel(), pot: 1 }, "En pott", "sv");
    const again = readScenarios((await wb.readSheet(SCENARIO_SHEET)) ?? []);
    expect(again.map((s) => s.settings.components?.length ?? 0)).toEqual([4, 0, 4]);
    expect(again[1].settings.pot).toBe(1);
    // A components scenario saved as one pot empties its block: no components left over.
    await save(wb, exampleModel(), "Förslag", "sv");
    const last = readScenarios((await wb.readSheet(SCENARIO_SHEET)) ?? []);
    expect(last[2].settings.components).toBeUndefined();
  });

  test("the comparison's totals, per pupil, differences and summary agree with a hand computation", async () => {
    const wb = await withScenarios("sv", [
      [NOW, "Nuvarande"],
      [PROPOSAL, "Förslag"],
    ]);
    const scenarios = readScenarios((await wb.readSheet(SCENARIO_SHEET)) ?? []);
    const layout = componentCompareWrites(scenarios, ranges, columns, "sv");
    await wb.write(layout.writes, [], [], layout.formats);
    const at = shownAt(wb, COMPARE_SHEET.sv);
    const want = [
      exampleByHand({ needPot: 64_000_000, arrivedPot: 6_000_000, decrease: 0.02, increase: 0.05 }),
      exampleByHand({ needPot: 70_000_000, arrivedPot: 4_000_000, decrease: 0.02, increase: 0.08 }),
    ];
    const [b0, b1] = layout.blocks;
    expect(at(layout.firstRow - 1, b0.total)).toBe("Totalt (kr)");
    expect(at(layout.firstRow - 2, b1.index)).toBe("Förslag");
    for (let r = 0; r < n; r++) {
      const row = layout.firstRow + r;
      for (const [k, b] of [b0, b1].entries()) {
        expect([k, r, at(row, b.total)]).toEqual([k, r, want[k].total[r]]);
        expect(at(row, b.perPupil)).toBeCloseTo(want[k].perPupil[r], 9);
        expect(at(row, b.index)).toBeCloseTo(want[k].index[r], 9);
      }
      expect(at(row, b1.difference as number)).toBe(want[1].total[r] - want[0].total[r]);
      expect(at(row, b1.percent as number)).toBeCloseTo((want[1].total[r] - want[0].total[r]) / want[0].total[r], 12);
    }
    // The proposal's cap (+8 %) is not the model sheet's (+50 %) nor the first scenario's (+5 %).
    expect(at(layout.firstRow, b1.cap)).toBeCloseTo(LAST_YEAR[0] * 1.08, 9);
    expect(at(layout.firstRow, b0.cap)).toBeCloseTo(LAST_YEAR[0] * 1.05, 9);
    const s = layout.summaryRow;
    for (const [k, w] of want.entries()) {
      expect(at(s, 1 + k)).toBeCloseTo(Math.min(...w.perPupil), 9);
      expect(at(s + 1, 1 + k)).toBeCloseTo(median(w.perPupil), 9);
      expect(at(s + 2, 1 + k)).toBeCloseTo(Math.max(...w.perPupil), 9);
    }
    const loss = want[1].total.map((t, r) => t - want[0].total[r]);
    expect(at(s + 4, 2)).toBe(loss.filter((d) => d < 0).length);
    expect(at(s + 5, 2)).toBe(Math.min(0, ...loss));
    expect(at(s + 4, 1)).toBe("(jämförelsens bas)");
    // Sums: the pots are exact in each scenario.
    expect(sum(want[1].total) - sum(want[0].total)).toBe(70_000_000 - 64_000_000 + 4_000_000 - 6_000_000);
  });

  test("a changed pot in a scenario's cell changes the comparison (live formulas)", async () => {
    const wb = await withScenarios("en", [
      [NOW, "Now"],
      [PROPOSAL, "Proposal"],
    ]);
    const scenarios = readScenarios((await wb.readSheet(SCENARIO_SHEET)) ?? []);
    const layout = componentCompareWrites(scenarios, ranges, columns, "en");
    await wb.write(layout.writes, [], [], layout.formats);
    const at = shownAt(wb, COMPARE_SHEET.en);
    const before = Array.from({ length: n }, (_, r) => at(layout.firstRow + r, layout.blocks[1].total) as number);
    const row = componentBlockKeys((await wb.readSheet(SCENARIO_SHEET)) ?? []).find((b) => b.key === "SOCIO_POTT");
    await wb.write([{ sheet: SCENARIO_SHEET, topLeft: `C${(row?.row ?? 0) + 1}`, values: [[72_000_000]] }], []);
    const now = shownAt(wb, COMPARE_SHEET.en);
    const after = Array.from({ length: n }, (_, r) => now(layout.firstRow + r, layout.blocks[1].total) as number);
    expect(sum(after) - sum(before)).toBe(2_000_000);
    expect(now(layout.firstRow - 1, layout.blocks[1].total)).toBe("Total (kr)");
  });

  test("a missing data column is a message naming the component", async () => {
    const wb = await withScenarios("sv", [
      [NOW, "A"],
      [PROPOSAL, "B"],
    ]);
    const scenarios = readScenarios((await wb.readSheet(SCENARIO_SHEET)) ?? []);
    expect(() => componentCompareWrites(scenarios, ranges, { GRUND: columns.GRUND }, "sv")).toThrow(
      "Ange NYANL: kolumn 1.",
    );
  });
});
