/**
 * The size taper: 1 up to N₁, 0 from N₂, linear between; the formula the
 * pane writes computes taper() in a spreadsheet engine (HyperFormula), with
 * N₁ and N₂ as defined names that may be empty.
 */
import fc from "fast-check";
import { HyperFormula } from "hyperformula";
import { taper, taperFormula } from "../../../../src/model/components/taper";

/** taperFormula in HyperFormula: pupils in A1, N₁ and N₂ in the names N_FROM, N_TO (null = empty cell). */
function sheetTaper(pupils: number, from: number | null, to: number | null): number {
  const hf = HyperFormula.buildFromSheets(
    { S: [[pupils, from, to, `=${taperFormula("A1", "N_FROM", "N_TO")}`]] },
    { licenseKey: "gpl-v3", smartRounding: false },
    [
      { name: "N_FROM", expression: "=S!$B$1" },
      { name: "N_TO", expression: "=S!$C$1" },
    ],
  );
  const v = hf.getCellValue({ sheet: 0, row: 0, col: 3 });
  hf.destroy();
  if (typeof v !== "number") throw new Error(JSON.stringify(v));
  return v;
}

test("hand cases: full up to N₁, half way, nothing from N₂; a step; no taper", () => {
  expect(taper(40, 50, 250)).toBe(1);
  expect(taper(50, 50, 250)).toBe(1);
  expect(taper(150, 50, 250)).toBe(0.5);
  expect(taper(250, 50, 250)).toBe(0);
  expect(taper(99, 100, 100)).toBe(1);
  expect(taper(100, 100, 100)).toBe(1);
  expect(taper(101, 100, 100)).toBe(0);
  expect(taper(1_000, NaN, NaN)).toBe(1);
  expect(taper(100, NaN, 400)).toBe(0.75);
  expect(sheetTaper(150, 50, 250)).toBe(0.5);
  expect(sheetTaper(101, 100, 100)).toBe(0);
  expect(sheetTaper(1_000, null, null)).toBe(1);
  expect(sheetTaper(100, null, 400)).toBe(0.75);
});

const thresholds = fc
  .tuple(fc.integer({ min: 0, max: 1_000 }), fc.integer({ min: 0, max: 1_000 }))
  .map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const);

test("1 at or below N₁, 0 at or above N₂, between them linear and non-increasing", () => {
  fc.assert(
    fc.property(
      thresholds,
      fc.integer({ min: 0, max: 1_200 }),
      fc.integer({ min: 0, max: 1_200 }),
      ([n1, n2], p, q) => {
        const t = taper(p, n1, n2);
        if (p <= n1) expect(t).toBe(1);
        else if (p >= n2) expect(t).toBe(0);
        else {
          expect(t).toBeCloseTo((n2 - p) / (n2 - n1), 12);
          // Linear: equal steps in pupils give equal steps in the share.
          if (p + 1 < n2) expect(taper(p, n1, n2) - taper(p + 1, n1, n2)).toBeCloseTo(1 / (n2 - n1), 12);
        }
        expect(t).toBeGreaterThanOrEqual(0);
        expect(t).toBeLessThanOrEqual(1);
        if (p <= q) expect(taper(p, n1, n2)).toBeGreaterThanOrEqual(taper(q, n1, n2));
      },
    ),
    { numRuns: 500 },
  );
});

test("the formula is taper() for any thresholds (either may be empty) and size", () => {
  const maybe = (arb: fc.Arbitrary<number>) => fc.oneof(fc.constant(null), arb);
  fc.assert(
    fc.property(
      maybe(fc.integer({ min: 0, max: 500 })),
      maybe(fc.integer({ min: 0, max: 1_000 })),
      fc.double({ min: 0, max: 1_200, noNaN: true }),
      (from, to, pupils) => {
        fc.pre(to === null || to >= (from ?? 0));
        expect(sheetTaper(pupils, from, to)).toBeCloseTo(taper(pupils, from ?? NaN, to ?? NaN), 9);
      },
    ),
    { numRuns: 150 },
  );
});
