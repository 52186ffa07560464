/**
 * The floor and cap formulas the pane inserts compute what the preview
 * computes (schoolLimits): evaluated by a real spreadsheet engine
 * (HyperFormula) over the model sheet the pane writes, for generated settings.
 */
import fc from "fast-check";
import { HyperFormula } from "hyperformula";
import { limitFormulas } from "../../../../src/model/pane/limitFormulas";
import { DEFAULT_SETTINGS, ModelSettings, schoolLimits } from "../../../../src/model/pane/modelSettings";
import { MODEL_SHEET, modelSheetCells } from "../../../../src/model/pane/modelSheet";

/** The formulas' floor and cap for `lastYear` (null = empty cell); "" read as no limit. */
function sheetLimits(settings: ModelSettings, lastYear: number | null): { floor: number; cap: number } {
  const { cells, names } = modelSheetCells(settings);
  const { floor, cap } = limitFormulas("A1");
  const hf = HyperFormula.buildFromSheets(
    { [MODEL_SHEET]: cells, Skolor: [[lastYear, floor, cap]] },
    { licenseKey: "gpl-v3" },
    names.map((n) => ({ name: n.name, expression: `='${MODEL_SHEET}'!${n.ref}` })),
  );
  const sheet = hf.getSheetId("Skolor") as number;
  const read = (col: number, none: number) => {
    const v = hf.getCellValue({ sheet, row: 0, col });
    if (v === "") return none;
    if (typeof v !== "number") throw new Error(`${col}: ${JSON.stringify(v)}`);
    return v;
  };
  const limits = { floor: read(1, 0), cap: read(2, Infinity) };
  hf.destroy();
  return limits;
}

const maybe = (arb: fc.Arbitrary<number>) => fc.oneof(fc.constant(NaN), arb);

test("hand cases: −2 % against last year beats a lower fixed floor; no limits, no bounds", () => {
  const settings: ModelSettings = { ...DEFAULT_SETTINGS, factors: [], floor: 9_000, maxDecrease: 0.02 };
  expect(sheetLimits(settings, 10_000)).toEqual({ floor: 9_800, cap: Infinity });
  expect(sheetLimits(settings, null)).toEqual({ floor: 9_000, cap: Infinity });
  expect(sheetLimits({ ...settings, cap: 12_000, maxIncrease: 0.1 }, 10_000)).toEqual({ floor: 9_800, cap: 11_000 });
  expect(sheetLimits({ ...DEFAULT_SETTINGS, factors: [] }, 10_000)).toEqual({ floor: 0, cap: Infinity });
});

test("for any settings and last-year amount, the sheet's limits are schoolLimits", () => {
  fc.assert(
    fc.property(
      maybe(fc.integer({ min: 0, max: 60_000 })),
      maybe(fc.integer({ min: 0, max: 90_000 })),
      maybe(fc.double({ min: 0, max: 0.5, noNaN: true })),
      maybe(fc.double({ min: 0, max: 0.5, noNaN: true })),
      maybe(fc.integer({ min: 0, max: 80_000 })),
      (floor, cap, maxDecrease, maxIncrease, lastYear) => {
        const settings: ModelSettings = { ...DEFAULT_SETTINGS, factors: [], floor, cap, maxDecrease, maxIncrease };
        const expected = schoolLimits(settings, lastYear);
        const actual = sheetLimits(settings, Number.isNaN(lastYear) ? null : lastYear);
        expect(actual.floor).toBeCloseTo(expected.floor, 6);
        if (expected.cap === Infinity) expect(actual.cap).toBe(Infinity);
        else expect(actual.cap).toBeCloseTo(expected.cap, 6);
      },
    ),
    { numRuns: 200 },
  );
});
