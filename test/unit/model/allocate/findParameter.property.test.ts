/**
 * The target search on random municipalities: a found parameter gives the
 * target within 0,01; an unreachable target's reported nearest ratio is at
 * least as near as any parameter on a grid over the method's range; and the
 * ratios are non-decreasing in the parameter, as findParameter.ts argues.
 */
import fc from "fast-check";
import { allocate } from "../../../../src/model/allocate/allocate";
import { ParameterSearch, findParameter } from "../../../../src/model/allocate/findParameter";
import { kronorPerPupilRatio } from "../../../../src/model/allocate/kronorPerPupilRatio";

const school = fc.record({
  pupils: fc.integer({ min: 10, max: 900 }),
  index: fc.double({ min: 40, max: 250, noNaN: true }),
  floorShare: fc.double({ min: 0, max: 0.9, noNaN: true }),
  capShare: fc.double({ min: 1.1, max: 3, noNaN: true }),
});

const setup = fc.record({
  schools: fc.array(school, { minLength: 2, maxLength: 25 }),
  potPerPupil: fc.double({ min: 20_000, max: 80_000, noNaN: true }),
  limits: fc.constantFrom("none" as const, "single" as const, "perSchool" as const),
  unit: fc.constantFrom(0, 1, 1),
  method: fc.constantFrom("power" as const, "threshold" as const),
  measure: fc.constantFrom("quarters" as const, "maxMin" as const),
  target: fc.double({ min: 1, max: 6, noNaN: true }),
});

type Setup = typeof setup extends fc.Arbitrary<infer T> ? T : never;

/** Floors below and caps above the mean kr per pupil, so that exponent 0 and threshold 0 can always split the pot. */
function search(s: Setup): ParameterSearch {
  const pupils = Float64Array.from(s.schools.map((x) => x.pupils));
  const mean = s.potPerPupil;
  const pot = Math.round(mean * pupils.reduce((a, b) => a + b, 0));
  const perSchool = (share: (x: Setup["schools"][number]) => number) =>
    s.limits === "none"
      ? undefined
      : s.limits === "single"
        ? mean * share(s.schools[0])
        : Float64Array.from(s.schools.map((x) => mean * share(x)));
  return {
    pupils,
    index: Float64Array.from(s.schools.map((x) => x.index)),
    pot,
    floor: perSchool((x) => x.floorShare),
    cap: perSchool((x) => x.capShare),
    unit: s.unit,
    method: s.method,
    measure: s.measure,
    target: s.target,
  };
}

/** The ratio at a parameter, computed from ALLOCATE's amounts; undefined where there is none. */
function ratioAt(request: ParameterSearch, parameter: number): number | undefined {
  try {
    const amounts = allocate({ ...request, parameter });
    const ratio = kronorPerPupilRatio(request.measure, request.pupils, request.index, amounts);
    return typeof ratio === "number" ? ratio : undefined;
  } catch {
    return undefined;
  }
}

/** Parameters across the method's range: exponents 0–40, thresholds 0 to the largest index. */
function grid(request: ParameterSearch): number[] {
  const top = request.method === "power" ? 40 : Math.max(...request.index);
  return Array.from({ length: 161 }, (_, i) => (top * i) / 160);
}

/**
 * How much nearer a grid point may come: the nearest is reported with the
 * smallest parameter within 0,001 of it, and rounding to whole kronor moves
 * kr per pupil by under 1/pupils (unrounded, only float noise).
 */
const slack = (request: ParameterSearch) => 0.001 + (request.unit === 0 ? 1e-9 : 1e-3) * request.target;

test("a found parameter reaches the target within 0,01; an unreachable target's nearest beats the grid", () => {
  fc.assert(
    fc.property(setup, (s) => {
      const request = search(s);
      const result = findParameter(request);
      expect(result.status).not.toBe("failed");
      if (result.status === "failed") return;
      expect(ratioAt(request, result.parameter)).toBe(result.ratio);
      if (result.status === "reached") {
        expect(Math.abs(result.ratio - request.target)).toBeLessThanOrEqual(0.01);
        return;
      }
      const miss = Math.abs(result.ratio - request.target);
      expect(miss).toBeGreaterThan(0.01);
      for (const parameter of grid(request)) {
        const ratio = ratioAt(request, parameter);
        if (ratio !== undefined) expect(Math.abs(ratio - request.target)).toBeGreaterThanOrEqual(miss - slack(request));
      }
    }),
    { numRuns: 150 },
  );
});

test("unrounded, both ratios are non-decreasing in the parameter, whatever the floors and caps", () => {
  fc.assert(
    fc.property(setup, (s) => {
      const request = { ...search(s), unit: 0 };
      let previous = -Infinity;
      for (const parameter of grid(request)) {
        const ratio = ratioAt(request, parameter);
        if (ratio === undefined) continue;
        expect(ratio).toBeGreaterThanOrEqual(previous * (1 - 1e-9));
        previous = ratio;
      }
    }),
    { numRuns: 100 },
  );
});
