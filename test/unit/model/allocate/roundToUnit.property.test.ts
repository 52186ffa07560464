/**
 * roundToUnit finds who gets the missing units with a radix selection and
 * splits large groups of equal remainders by index (issue 19: a million
 * schools). Here it must agree exactly with the rule written out plainly:
 * round every amount down, sort every school with pupils by remainder, then
 * higher index, then earlier row, and deal the missing units (and a partial
 * one) in that order.
 */
import fc from "fast-check";
import { roundToUnit } from "../../../../src/model/allocate/roundToUnit";

const floorGuarded = (x: number) => Math.floor(x + 8 * Number.EPSILON * Math.max(1, Math.abs(x)));

function reference(amounts: number[], total: number, unit: number, index: number[], eligible: boolean[]): number[] {
  const units = amounts.map((a) => floorGuarded(a / unit));
  const keys = amounts.map((a, k) => Math.round(Math.max(0, a / unit - units[k]) * 1e9));
  const wholeUnits = floorGuarded(total / unit);
  const partial = Math.max(0, total - wholeUnits * unit);
  const missing = wholeUnits - units.reduce((s, u) => s + u, 0);
  const rule = amounts
    .map((_, k) => k)
    .filter((k) => eligible[k])
    .sort((a, b) => keys[b] - keys[a] || index[b] - index[a] || a - b);
  const recipients = missing + (partial > 0 ? 1 : 0);
  const order = recipients <= rule.length ? rule.slice(0, recipients) : rule;
  const extra = amounts.map(() => 0);
  if (order.length > 0) {
    const rounds = Math.floor(missing / order.length);
    const rest = missing - rounds * order.length;
    order.forEach((k, r) => (extra[k] = (rounds + (r < rest ? 1 : 0)) * unit));
    if (partial > 0) extra[order[rest % order.length]] += partial;
  }
  return units.map((u, k) => u * unit + extra[k]);
}

const setup = fc.record({
  schools: fc.array(
    fc.record({
      amount: fc.oneof(
        fc.double({ min: 0, max: 1e7, noNaN: true }),
        fc.integer({ min: 0, max: 50 }).map((x) => x * 1000),
        fc.integer({ min: 0, max: 1e6 }).map((x) => x + 0.5),
      ),
      index: fc.oneof(fc.constantFrom(100, 120, 0, -0), fc.double({ min: 40, max: 200, noNaN: true })),
      eligible: fc.integer({ min: 0, max: 9 }).map((x) => x < 8),
    }),
    { minLength: 1, maxLength: 400 },
  ),
  unit: fc.constantFrom(1, 1, 1000, 0.5, 100),
  extraUnits: fc.integer({ min: 0, max: 500 }),
  partial: fc.constantFrom(0, 0, 0.25, 0.5),
});

test("agrees exactly with the rule written out plainly", () => {
  fc.assert(
    fc.property(setup, (s) => {
      const amounts = s.schools.map((x) => x.amount);
      const index = s.schools.map((x) => x.index);
      const eligible = s.schools.map((x) => x.eligible);
      const rounded = amounts.reduce((sum, a) => sum + floorGuarded(a / s.unit) * s.unit, 0);
      const total = rounded + s.extraUnits * s.unit + s.partial * s.unit;
      const result = roundToUnit(
        Float64Array.from(amounts),
        total,
        s.unit,
        Float64Array.from(index),
        Float64Array.from(eligible, (e) => (e ? 1 : 0)),
      );
      const expected = reference(amounts, total, s.unit, index, eligible);
      expect(Array.from(result).every((x, k) => Object.is(x, expected[k]))).toBe(true);
    }),
    { numRuns: 1500 },
  );
});

test("whole amounts (every remainder 0): the units go by index, then row, exactly as the rule says", () => {
  fc.assert(
    fc.property(
      fc.array(fc.record({ units: fc.integer({ min: 0, max: 9 }), index: fc.constantFrom(80, 100, 120, 0, -0) }), {
        minLength: 65,
        maxLength: 300,
      }),
      fc.constantFrom(1, 1000),
      fc.integer({ min: 1, max: 300 }),
      fc.boolean(),
      (schools, unit, extraUnits, withPartial) => {
        const amounts = schools.map((x) => x.units * unit);
        const index = schools.map((x) => x.index);
        const eligible = schools.map(() => true);
        const total = amounts.reduce((a, b) => a + b, 0) + extraUnits * unit + (withPartial ? unit / 2 : 0);
        const result = roundToUnit(
          Float64Array.from(amounts),
          total,
          unit,
          Float64Array.from(index),
          new Float64Array(amounts.length).fill(1),
        );
        const expected = reference(amounts, total, unit, index, eligible);
        expect(Array.from(result).every((x, k) => Object.is(x, expected[k]))).toBe(true);
      },
    ),
    { numRuns: 500 },
  );
});
