/**
 * Each single EQUITYGAP method computes only what it needs (slope and
 * correlation without sorting); it must give exactly the summary's number, or
 * throw exactly the summary's error, for any input: ties, schools without
 * pupils, one index for all, a constant resource, and numbers so extreme that
 * the summary's quarter means overflow (then its error comes first).
 */
import fc from "fast-check";
import { EquityMeasure, equityGap, equitySummary } from "../../../../src/model/equity/equityGap";
import { LikvardError } from "../../../../src/model/errors";

const MEASURES: EquityMeasure[] = ["quartile", "ratio", "slope", "correlation", "concentration"];

function outcome(run: () => unknown): unknown {
  try {
    const value = run();
    return value instanceof LikvardError ? `error: ${value.message}` : value;
  } catch (error) {
    if (error instanceof LikvardError) return `error: ${error.message}`;
    throw error;
  }
}

const school = fc.record({
  index: fc.oneof(fc.double({ min: 40, max: 200, noNaN: true }), fc.constantFrom(100, 120, 0, -0)),
  resource: fc.oneof(fc.double({ min: -2, max: 2, noNaN: true }), fc.constantFrom(0, 7, 1e307, -1e307, 1.7e308)),
  pupils: fc.oneof(fc.integer({ min: 0, max: 900 }), fc.constantFrom(0, 1e-310, 1e300)),
});

test("every single method gives exactly the summary's value or error", () => {
  fc.assert(
    fc.property(fc.array(school, { maxLength: 40 }), (schools) => {
      const index = Float64Array.from(schools, (s) => s.index);
      const resource = Float64Array.from(schools, (s) => s.resource);
      const pupils = Float64Array.from(schools, (s) => s.pupils);
      const summary = outcome(() => equitySummary(index, resource, pupils));
      for (const measure of MEASURES) {
        const expected =
          typeof summary === "string" ? summary : outcome(() => (summary as Record<string, unknown>)[measure]);
        expect(outcome(() => equityGap(index, resource, pupils, measure))).toEqual(expected);
      }
    }),
    { numRuns: 3000 },
  );
});

test("one index for all and resources that overflow: the summary's 'too extreme' comes first for every method", () => {
  const index = Float64Array.from([100, 100, 100]);
  const resource = Float64Array.from([1.7e308, 1.7e308, 1]);
  const pupils = Float64Array.from([1, 1, 1]);
  const summary = outcome(() => equitySummary(index, resource, pupils));
  expect(summary).toMatch(/extreme numbers/);
  for (const measure of MEASURES) expect(outcome(() => equityGap(index, resource, pupils, measure))).toEqual(summary);
});
