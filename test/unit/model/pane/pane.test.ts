/** The pane's pure parts: the model sheet round-trips; the preview is the model's numbers, errors as messages. */
import { MemoryWorkbook } from "../../../../src/taskpane/workbook/memoryWorkbook";
import { DEFAULT_SETTINGS, ModelSettings, schoolLimits } from "../../../../src/model/pane/modelSettings";
import { modelSheetCells, readModelSheet } from "../../../../src/model/pane/modelSheet";
import { computePreview } from "../../../../src/model/pane/preview";

const settings: ModelSettings = {
  ...DEFAULT_SETTINGS,
  factors: [
    { name: "Utbildning", weight: 2 },
    { name: "Nyanlända", weight: 3 },
  ],
  intercept: -1.5,
  scoreModel: "logit",
  pot: 600_000,
  floor: 100,
  cap: NaN,
  maxDecrease: 0.02,
  unit: 1000,
};

test("the model sheet reads back what was written, names pointing at the values", () => {
  const { cells, names } = modelSheetCells(settings);
  expect(readModelSheet(cells)).toEqual(settings);
  const pot = names.find((n) => n.name === "LIKVARD_POTT")!;
  const row = Number(pot.ref.replace(/\D/g, "")) - 1;
  expect(cells[row][1]).toBe(600_000);
  const weights = names.find((n) => n.name === "LIKVARD_VIKTER")!.ref; // intercept first, then the weights
  const [first, last] = weights.split(":").map((r) => Number(r.replace(/\D/g, "")) - 1);
  expect(cells.slice(first, last + 1).map((r) => r[1])).toEqual([-1.5, 2, 3]);
});

test("year-on-year limits combine with the fixed floor and cap", () => {
  // Last year 10 000 kr: −2 % → 9 800 beats the fixed floor 100; no cap.
  expect(schoolLimits(settings, 10_000)).toEqual({ floor: 9_800, cap: Infinity });
  expect(schoolLimits({ ...settings, maxIncrease: 0.1, cap: 10_500 }, 10_000)).toEqual({ floor: 9_800, cap: 10_500 });
});

test("the preview is ALLOCATE's split; a problem is a message", () => {
  // One factor, weight 1: index ∝ x = 0.8, 1.0, 1.2 with pupils 100, 200, 300 → the hand case 75 000 / 187 500 / 337 500.
  const data = { pupils: Float64Array.of(100, 200, 300), factors: [Float64Array.of(0.8, 1.0, 1.2)] };
  const linear: ModelSettings = { ...DEFAULT_SETTINGS, factors: [{ name: "x", weight: 1 }], pot: 600_000, unit: 1 };
  const outcome = computePreview(data, linear, "sv");
  if (!outcome.ok) throw new Error(outcome.message);
  expect(Array.from(outcome.preview.amounts)).toEqual([75_000, 187_500, 337_500]);
  expect([outcome.preview.min, outcome.preview.max]).toEqual([750, 1125]);
  const bad = computePreview(data, { ...linear, floor: 10_000 }, "sv");
  expect(bad.ok).toBe(false);
  expect(bad.ok ? "" : bad.message).toMatch(/Golven kräver 6 000 000 kr men potten är 600 000 kr/);
});

test("the in-memory workbook reports occupied cells and writes in one batch", async () => {
  const wb = new MemoryWorkbook({
    Blad: [
      ["a", null],
      [null, null],
    ],
  });
  const writes = [{ sheet: "Blad", topLeft: "A1", values: [["x", "y"]] }];
  expect(await wb.occupied(writes, [])).toEqual(["Blad!A1"]);
  expect(await wb.occupied(writes, ["Blad"])).toEqual([]);
  await wb.write(writes, [{ name: "N", sheet: "Blad", ref: "$A$1" }]);
  expect(wb.batches).toBe(1);
  expect(await wb.readRange("Blad!A1:B1")).toEqual([["x", "y"]]);
});
