/**
 * The guarantee on the total as the need-based pot's floors and caps: the
 * formulas compute potLimits in a spreadsheet engine, and for any schools,
 * other components and last year's totals where the pot can meet it, the pot
 * split with those limits (ALLOCATE's model code) sums exactly and puts every
 * school's total per pupil within −d/+u of last year's, to the krona.
 */
import fc from "fast-check";
import { HyperFormula } from "hyperformula";
import { allocate } from "../../../../src/model/allocate/allocate";
import { potLimitFormulas, potLimits, totalLimitFormulas } from "../../../../src/model/components/guarantee";

/** The formulas for one school in HyperFormula: A pupils, B last year, C–D others, E–F total limits, G–H pot's. */
function sheetPotLimits(
  pupils: number,
  lastYear: number | null,
  others: [number, number],
  unit: number,
  fixed: { floor: number | null; cap: number | null; down: number | null; up: number | null },
): { floor: number | ""; cap: number | "" } {
  const total = totalLimitFormulas(lastYear === null ? undefined : "B1");
  const pot = potLimitFormulas("A1", "E1", "F1", ["C1", "D1"], "U");
  const hf = HyperFormula.buildFromSheets(
    {
      S: [[pupils, lastYear, ...others, total.floor, total.cap, pot.floor, pot.cap]],
      M: [[fixed.floor, fixed.cap, fixed.down, fixed.up, unit]],
    },
    { licenseKey: "gpl-v3", smartRounding: false },
    ["LIKVARD_GOLV", "LIKVARD_TAK", "LIKVARD_MAXMINSKNING", "LIKVARD_MAXOKNING", "U"].map((name, c) => ({
      name,
      expression: `=M!$${String.fromCharCode(65 + c)}$1`,
    })),
  );
  const read = (col: number): number | "" => {
    const v = hf.getCellValue({ sheet: hf.getSheetId("S") as number, row: 0, col });
    if (v === "" || typeof v === "number") return v;
    throw new Error(JSON.stringify(v));
  };
  const result = { floor: read(6), cap: read(7) };
  hf.destroy();
  return result;
}

test("hand case: 200 pupils, last year 70 000 per pupil, others 12 300 000, unit 100", () => {
  // Floor: 70 000 × 0,98 × 200 = 13 720 000, less 12 300 000 = 1 420 000 → 7 100 per pupil.
  // Cap: 70 000 × 1,05 × 200 = 14 700 000, less others = 2 400 000 → 12 000 per pupil.
  const fixed = { floor: null, cap: null, down: 0.02, up: 0.05 };
  expect(sheetPotLimits(200, 70_000, [12_000_000, 300_000], 100, fixed)).toEqual({ floor: 7_100, cap: 12_000 });
  expect(potLimits(200, 70_000 * 0.98, 70_000 * 1.05, 12_300_000, 100)).toEqual({ floor: 7_100, cap: 12_000 });
  // Rounded up and down to the unit: 1 420 050 needs 1 420 100; a cap of 2 400 050 allows 2 400 000.
  expect(sheetPotLimits(200, 70_000, [12_000_000, 299_950], 100, fixed)).toEqual({ floor: 7_100.5, cap: 12_000 });
  // Others above the floor: no floor left for the pot (0); no last year: only the fixed ones; no pupils: none.
  expect(sheetPotLimits(200, 50_000, [12_000_000, 300_000], 100, fixed).floor).toBe(0);
  expect(sheetPotLimits(200, null, [12_000_000, 0], 1, { ...fixed, floor: 65_000 })).toEqual({ floor: 5_000, cap: "" });
  expect(sheetPotLimits(0, 70_000, [0, 0], 1, fixed)).toEqual({ floor: "", cap: "" });
});

test("the formulas are potLimits for any school, limits and unit", () => {
  const maybe = (arb: fc.Arbitrary<number>) => fc.oneof(fc.constant(null), arb);
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: 900 }),
      maybe(fc.integer({ min: 30_000, max: 150_000 })),
      fc.tuple(fc.integer({ min: 0, max: 50_000_000 }), fc.integer({ min: 0, max: 3_000_000 })),
      fc.constantFrom(0, 1, 100, 1_000),
      maybe(fc.double({ min: 0, max: 0.2, noNaN: true })),
      maybe(fc.double({ min: 0, max: 0.2, noNaN: true })),
      (pupils, lastYear, others, unit, down, up) => {
        const sheet = sheetPotLimits(pupils, lastYear, others, unit, { floor: null, cap: null, down, up });
        const floor = lastYear !== null && down !== null ? lastYear * (1 - down) : NaN;
        const cap = lastYear !== null && up !== null ? lastYear * (1 + up) : NaN;
        const plain = potLimits(pupils, floor, cap, others[0] + others[1], unit);
        const same = (a: number | "", b: number) => {
          if (Number.isNaN(b)) expect(a).toBe("");
          else expect((a as number) * pupils).toBeCloseTo(b * pupils, 6);
        };
        same(sheet.floor, plain.floor);
        same(sheet.cap, plain.cap);
      },
    ),
    { numRuns: 150 },
  );
});

/** Schools with other components and last year's totals; the pot is what they need, give or take. */
const municipality = fc
  .array(
    fc.record({
      pupils: fc.integer({ min: 1, max: 700 }),
      index: fc.double({ min: 40, max: 250, noNaN: true }),
      othersPerPupil: fc.integer({ min: 40_000, max: 80_000 }),
      lastYear: fc.integer({ min: 45_000, max: 110_000 }),
    }),
    { minLength: 1, maxLength: 15 },
  )
  .chain((schools) => fc.record({ schools: fc.constant(schools), slack: fc.double({ min: 0, max: 1, noNaN: true }) }));

test("with the pot's floors and caps, every total meets the guarantee and the pot sums exactly", () => {
  fc.assert(
    fc.property(municipality, fc.constantFrom(1, 100, 1_000), ({ schools, slack }, unit) => {
      const others = schools.map((s) => s.pupils * s.othersPerPupil);
      const limits = schools.map((s, i) => potLimits(s.pupils, s.lastYear * 0.98, s.lastYear * 1.05, others[i], unit));
      // A pot between what the floors need and what the caps allow, in whole units.
      const least = limits.reduce((sum, l, i) => sum + l.floor * schools[i].pupils, 0);
      const most = limits.reduce((sum, l, i) => sum + l.cap * schools[i].pupils, 0);
      fc.pre(most > least && limits.every((l) => l.cap >= l.floor));
      const pot = Math.round((least + slack * (most - least)) / unit) * unit;
      fc.pre(pot >= least - 1e-6 && pot <= most + 1e-6 && pot > 0);
      const amounts = allocate({
        pupils: Float64Array.from(schools, (s) => s.pupils),
        index: Float64Array.from(schools, (s) => s.index),
        pot,
        floor: Float64Array.from(limits, (l) => l.floor),
        cap: Float64Array.from(limits, (l) => l.cap),
        unit,
      });
      expect(amounts.reduce((a, b) => a + b, 0)).toBe(pot);
      schools.forEach((s, i) => {
        const perPupil = (others[i] + amounts[i]) / s.pupils;
        // Only where the other components leave the pot room: a pot cannot take back what they give.
        if (others[i] <= s.lastYear * 1.05 * s.pupils) expect(perPupil).toBeLessThanOrEqual(s.lastYear * 1.05 + 1e-9);
        expect(perPupil).toBeGreaterThanOrEqual(s.lastYear * 0.98 - 1e-9);
      });
    }),
    { numRuns: 300 },
  );
});
