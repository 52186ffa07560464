/**
 * Scenarios and their comparison: the scenario sheet gives back the models it
 * stored, and the comparison's live formulas, evaluated by the headless
 * engine in the preview's workbook, agree with a hand computation for two
 * scenarios whose split has a closed form (no limits, no rounding):
 * proportional, and power 2 with other weights — per school and in the
 * summary (min / median / max, the quarter ratio, losers, largest loss,
 * EQUITYGAP). A changed weight in a scenario's cell changes the comparison.
 */
import { exampleModel } from "../../../../src/model/example/model";
import { ModelSettings } from "../../../../src/model/pane/modelSettings";
import { COMPARE_SHEET, compareWrites } from "../../../../src/model/scenarios/compareSheet";
import {
  SCENARIO_SHEET,
  readScenarios,
  scenarioClear,
  scenarioColumn,
  scenarioWrites,
} from "../../../../src/model/scenarios/scenarioSheet";
import { MemoryWorkbook } from "../../../../src/taskpane/workbook/memoryWorkbook";
import { PUPILS, RANGES, SHARES, exampleWorkbook, shownAt } from "../explain/paneSheets";

const n = PUPILS.length;
const NOW: ModelSettings = { ...exampleModel(), maxDecrease: NaN, unit: 0 };
const PROPOSAL: ModelSettings = {
  ...NOW,
  method: "power",
  parameter: 2,
  factors: NOW.factors.map((f, j) => ({ ...f, weight: [1, 4, 0, 2][j] })),
};

/** Hand computation: index = 100 · score / pupil-weighted mean score; amount = pot · n·w / Σ n·w. */
function byHand(settings: ModelSettings) {
  const score = SHARES.map((row) => row.reduce((s: number, x, j) => s + x * settings.factors[j].weight, 0));
  const total = PUPILS.reduce((a, b) => a + b, 0);
  const mean = score.reduce((s, x, r) => s + x * PUPILS[r], 0) / total;
  const index = score.map((x) => (100 * x) / mean);
  const w = index.map((x) => (settings.method === "power" ? x ** settings.parameter : x));
  const sum = w.reduce((s, x, r) => s + x * PUPILS[r], 0);
  const amount = w.map((x, r) => (settings.pot * PUPILS[r] * x) / sum);
  return { index, amount, perPupil: amount.map((a, r) => a / PUPILS[r]) };
}

/** Mean of `values` in the quarter of pupils with the lowest (or highest) index, a boundary school split. */
function quarterMean(index: number[], values: number[], highest: boolean): number {
  const order = index.map((_, r) => r).sort((a, b) => (highest ? index[b] - index[a] : index[a] - index[b]));
  const quarter = PUPILS.reduce((a, b) => a + b, 0) / 4;
  let taken = 0;
  let sum = 0;
  for (const r of order) {
    const part = Math.min(PUPILS[r], quarter - taken);
    if (part <= 0) break;
    taken += part;
    sum += part * values[r];
  }
  return sum / quarter;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function withScenarios(lang: "sv" | "en", first: ModelSettings = NOW): Promise<MemoryWorkbook> {
  const wb = await exampleWorkbook(NOW, lang);
  for (const [settings, name] of [
    [first, "Nuvarande"],
    [PROPOSAL, "Förslag A"],
  ] as const) {
    const { column } = scenarioColumn(readScenarios((await wb.readSheet(SCENARIO_SHEET)) ?? []), name);
    const { writes, names } = scenarioWrites(settings, name, column, lang);
    await wb.write(writes, names);
  }
  return wb;
}

describe("scenarios", () => {
  test("the sheet gives back what it stored; a deleted scenario frees its column, the others keep theirs", async () => {
    const wb = await withScenarios("sv");
    const read = readScenarios((await wb.readSheet(SCENARIO_SHEET)) ?? []);
    expect(read.map((s) => [s.name, s.column])).toEqual([
      ["Nuvarande", 1],
      ["Förslag A", 2],
    ]);
    expect(read[0].settings).toEqual(NOW);
    expect(read[1].settings).toEqual(PROPOSAL);
    expect(scenarioColumn(read, "förslag a")).toEqual({ column: 2, exists: true });
    await wb.write([scenarioClear(1, 4)], []);
    const after = readScenarios((await wb.readSheet(SCENARIO_SHEET)) ?? []);
    expect(after.map((s) => [s.name, s.column])).toEqual([["Förslag A", 2]]);
    expect(scenarioColumn(after, "Förslag B")).toEqual({ column: 1, exists: false });
    expect(wb.names.get("LIKVARD_SCENARIO2_VIKTER")?.ref).toBe("$C$13:$C$17");
  });

  test("the comparison agrees with a hand computation, and follows a changed weight", async () => {
    const wb = await withScenarios("sv");
    const scenarios = readScenarios((await wb.readSheet(SCENARIO_SHEET)) ?? []);
    const layout = compareWrites(scenarios, { ...RANGES, lastYear: "" }, "sv");
    await wb.write(layout.writes, [], [], layout.formats);
    let at = shownAt(wb, COMPARE_SHEET.sv);
    const [now, proposal] = [byHand(NOW), byHand(PROPOSAL)];
    const [a, b] = layout.blocks;
    expect(at(layout.summaryRow - 1, 1)).toBe("Nuvarande");
    expect(at(layout.firstRow - 2, b.index)).toBe("Förslag A");
    expect(at(1, 0)).toBe("Skillnader och förluster räknas mot det första scenariot, Nuvarande.");
    for (let r = 0; r < n; r++) {
      const row = layout.firstRow + r;
      expect(at(row, layout.name as number)).toMatch(/skolan$/);
      expect(at(row, a.index)).toBeCloseTo(now.index[r], 9);
      expect(at(row, b.index)).toBeCloseTo(proposal.index[r], 9);
      expect(at(row, a.amount)).toBeCloseTo(now.amount[r], 4);
      expect(at(row, b.amount)).toBeCloseTo(proposal.amount[r], 4);
      expect(at(row, b.perPupil)).toBeCloseTo(proposal.perPupil[r], 6);
      expect(at(row, b.difference as number)).toBeCloseTo(proposal.amount[r] - now.amount[r], 4);
      expect(at(row, b.percent as number)).toBeCloseTo((proposal.amount[r] - now.amount[r]) / now.amount[r], 9);
    }
    const s = layout.summaryRow;
    for (const [k, hand] of [
      [0, now],
      [1, proposal],
    ] as const) {
      expect(at(s, 1 + k)).toBeCloseTo(Math.min(...hand.perPupil), 6);
      expect(at(s + 1, 1 + k)).toBeCloseTo(median(hand.perPupil), 6);
      expect(at(s + 2, 1 + k)).toBeCloseTo(Math.max(...hand.perPupil), 6);
      const high = quarterMean(hand.index, hand.perPupil, true);
      const low = quarterMean(hand.index, hand.perPupil, false);
      expect(at(s + 3, 1 + k)).toBeCloseTo(high / low, 9);
      expect(at(s + 7, 1 + k)).toBeCloseTo(high - low, 6);
    }
    const losses = proposal.amount.map((x, r) => x - now.amount[r]);
    expect(at(s + 4, 1)).toBe("(jämförelsens bas)");
    expect(at(s + 4, 2)).toBe(losses.filter((x) => x < 0).length);
    expect(at(s + 5, 2)).toBeCloseTo(Math.min(0, ...losses), 4);
    expect(at(s + 6, 2)).toBeCloseTo(Math.min(0, ...losses.map((x, r) => x / now.amount[r])), 9);

    // A weight typed into the proposal's column: the comparison follows (live formulas).
    const changed = {
      ...PROPOSAL,
      factors: PROPOSAL.factors.map((f, j) => ({ ...f, weight: j === 2 ? 3 : f.weight })),
    };
    await wb.write([{ sheet: SCENARIO_SHEET, topLeft: "C16", values: [[3]] }], []);
    at = shownAt(wb, COMPARE_SHEET.sv);
    expect(at(layout.firstRow, b.amount)).toBeCloseTo(byHand(changed).amount[0], 4);
  });

  test("a failing first scenario: every difference, loser count and loss shows its error, never 0", async () => {
    // A floor no pot can pay: the first scenario's ALLOCATE is #NUM!, the cells under it empty.
    const wb = await withScenarios("sv", { ...NOW, floor: 1e9 });
    const scenarios = readScenarios((await wb.readSheet(SCENARIO_SHEET)) ?? []);
    const layout = compareWrites(scenarios, { ...RANGES, lastYear: "" }, "sv");
    await wb.write(layout.writes, [], [], layout.formats);
    const at = shownAt(wb, COMPARE_SHEET.sv);
    const [a, b] = layout.blocks;
    const isError: unknown = expect.objectContaining({ error: "#NUM!" });
    expect(at(layout.firstRow, a.amount)).toEqual(isError);
    for (let r = 0; r < n; r++) {
      const row = layout.firstRow + r;
      expect([r, at(row, a.perPupil)]).toEqual([r, isError]);
      expect([r, at(row, b.difference as number)]).toEqual([r, isError]);
      expect([r, at(row, b.percent as number)]).toEqual([r, isError]);
      expect(typeof at(row, b.perPupil)).toBe("number");
    }
    const s = layout.summaryRow;
    for (const m of [0, 1, 2]) expect([m, at(s + m, 1)]).toEqual([m, isError]);
    for (const m of [4, 5, 6]) expect([m, at(s + m, 2)]).toEqual([m, isError]);
  });

  test("English, with last year's limits: floors per scenario from its own limits", async () => {
    const wb = await exampleWorkbook(NOW, "en");
    const limited = { ...NOW, maxDecrease: 0.02, unit: 100 };
    for (const [settings, name, column] of [
      [limited, "Now", 1],
      [{ ...limited, maxDecrease: 0.05 }, "Proposal", 2],
    ] as const) {
      const { writes, names } = scenarioWrites(settings, name, column, "en");
      await wb.write(writes, names);
    }
    const layout = compareWrites(readScenarios((await wb.readSheet(SCENARIO_SHEET)) ?? []), RANGES, "en");
    await wb.write(layout.writes, [], [], layout.formats);
    const at = shownAt(wb, COMPARE_SHEET.en);
    const [a, b] = layout.blocks;
    expect(at(layout.firstRow - 1, a.floor as number)).toBe("Floor per pupil (kr)");
    expect(at(layout.summaryRow + 4, 0)).toBe("Schools that get less than in the first");
    // Almskolan, last year 7 900 kr per pupil: floors 7 742 (2 %) and 7 505 (5 %).
    expect(at(layout.firstRow, a.floor as number)).toBeCloseTo(7_742, 9);
    expect(at(layout.firstRow, b.floor as number)).toBeCloseTo(7_505, 9);
    let total = 0;
    for (let r = 0; r < n; r++) {
      const amount = at(layout.firstRow + r, b.amount) as number;
      expect(amount % 100).toBe(0);
      total += amount;
    }
    expect(total).toBe(NOW.pot);
  });
});
