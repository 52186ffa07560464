/**
 * Issue 17's "done when": =LIKVARD.ALLOCATE(…;"power";1,6;4000;30000;100;"detail")
 * recalculated by the headless engine gives, for every school, the rounded
 * amount, kr per pupil, the plain split, the binding limit and the share of
 * the pot, equal to an independent computation written out plainly below
 * (bisection on λ, then largest remainders), not by calling the model.
 */
import ExcelJS from "exceljs";
import { evaluateWorkbook } from "../../../src/engine/evaluateWorkbook";
import { openWorkbook } from "../../../src/engine/readWorkbook";

const pupils = [120, 340, 80, 410, 260, 0, 150, 95];
const index = [40, 88, 104, 97, 131, 110, 178, 215];
const POT = 17_460_000;
const EXPONENT = 1.6;
const FLOOR = 4000;
const CAP = 30_000;
const UNIT = 100;

/** The allocation rule, computed independently of src/model. */
function independent() {
  const n = pupils.length;
  const slope = pupils.map((p, i) => p * Math.pow(index[i], EXPONENT));
  const slopeSum = slope.reduce((a, b) => a + b, 0);
  const plain = slope.map((s) => (POT * s) / slopeSum);
  // amount_i(λ) = clamp(λ · slope_i, floor · pupils_i, cap · pupils_i); Σ amount rises with λ: bisect to the pot.
  const amountsAt = (lambda: number) =>
    slope.map((s, i) => Math.min(Math.max(lambda * s, FLOOR * pupils[i]), CAP * pupils[i]));
  const total = (lambda: number) => amountsAt(lambda).reduce((a, b) => a + b, 0);
  let lo = 0;
  let hi = 1;
  while (total(hi) < POT) hi *= 2;
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (total(mid) < POT) lo = mid;
    else hi = mid;
  }
  const exact = amountsAt((lo + hi) / 2);
  // Round down to hundreds; the missing hundreds go to the largest remainders (ties: higher index, earlier row).
  const units = exact.map((x) => Math.floor(x / UNIT + 1e-9));
  let missing = POT / UNIT - units.reduce((a, b) => a + b, 0);
  const order = [...Array(n).keys()]
    .filter((i) => pupils[i] > 0)
    .sort((a, b) => exact[b] / UNIT - units[b] - (exact[a] / UNIT - units[a]) || index[b] - index[a] || a - b);
  for (const i of order) {
    if (missing-- <= 0) break;
    units[i] += 1;
  }
  const amount = units.map((u) => u * UNIT);
  const near = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, b);
  return { exact, amount, plain, near };
}

async function detailWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Budget");
  ws.getRow(1).values = ["Elever", "Index"];
  pupils.forEach((p, i) => (ws.getRow(i + 2).values = [p, index[i]]));
  // As Excel stores the call typed as =LIKVARD.ALLOCATE(A2:A9;B2:B9;17460000;"power";1,6;4000;30000;100;"detail").
  ws.getCell("D2").value = {
    formula: `_xldudf_LIKVARD_ALLOCATE(A2:A9,B2:B9,${POT},"power",${EXPONENT},${FLOOR},${CAP},${UNIT},"detail")`,
  };
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

test('ALLOCATE "detail" through the engine equals an independent computation', async () => {
  const { exact, amount, plain, near } = independent();
  const evaluation = evaluateWorkbook(await openWorkbook(await detailWorkbook(), "sv"), "sv");
  const values = evaluation.results.find((r) => r.cell.address === "D2")!.values;
  expect(values).toHaveLength(pupils.length);

  // The example is meant to show both limits: the lowest-need school at its floor, the highest at its cap.
  const limits = exact.map((x, i) =>
    pupils[i] > 0 && near(x, FLOOR * pupils[i]) ? "golv" : pupils[i] > 0 && near(x, CAP * pupils[i]) ? "tak" : "",
  );
  expect(limits[0]).toBe("golv");
  expect(limits[7]).toBe("tak");

  values.forEach((row, i) => {
    expect(row).toHaveLength(5);
    expect(row[0]).toBe(amount[i]);
    if (pupils[i] === 0) expect(row[1] ?? "").toBe("");
    else expect(row[1]).toBeCloseTo(amount[i] / pupils[i], 9);
    expect(row[2]).toBeCloseTo(plain[i], 6);
    expect(row[3] ?? "").toBe(limits[i]);
    expect(row[4]).toBeCloseTo(amount[i] / POT, 12);
  });
  expect(amount.reduce((a, b) => a + b, 0)).toBe(POT);
});
