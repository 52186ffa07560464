/**
 * ALLOCATE's passes are fused and written for a million schools (issue 19):
 * one pass for weights, checks and limits, branch-free sums, keys packed with
 * the candidates, a radix selection. Here every result must equal, bit for
 * bit, the rule written out plainly: clamp(λ · slope, floor · pupils, cap ·
 * pupils) with λ found by the same Newton and bisection steps over plain
 * sums, then rounded by sorting every school by remainder, index and row.
 * Errors must be the same kind with the same text.
 */
import fc from "fast-check";
import { allocate } from "../../../../src/model/allocate/allocate";
import { LikvardError } from "../../../../src/model/errors";

type Method = "proportional" | "threshold" | "power";

interface Request {
  pupils: Float64Array;
  index: Float64Array;
  pot: number;
  method: Method;
  parameter: number;
  floor?: number | Float64Array;
  cap?: number | Float64Array;
  unit: number;
}

const weightOf = (x: number, method: Method, parameter: number) =>
  method === "threshold" ? Math.max(0, x - parameter) : method === "power" ? Math.pow(x, parameter) : x;
const limitOf = (value: number | Float64Array | undefined, k: number, none: number) => {
  const x = value === undefined ? none : typeof value === "number" ? value : value[k];
  return Number.isNaN(x) ? none : x;
};

/** λ by the solver's steps: double from pot / Σ slope until the sum reaches the pot, then Newton or bisection. */
function plainShares(slope: number[], low: number[], high: number[], total: number): number[] {
  const slopeMax = slope.reduce((m, s) => Math.max(m, s), 0);
  const scaled = slope.map((s) => (slopeMax > 0 ? s / slopeMax : 0));
  const slopeSum = scaled.reduce((a, s) => a + s, 0);
  let clamped = low.reduce((a, l) => a + l, 0);
  let free = 0;
  let at = 0;
  const sumAt = (lambda: number) => {
    if (lambda !== at) {
      [clamped, free, at] = [0, 0, lambda];
      scaled.forEach((s, i) => {
        const x = lambda * s;
        if (x <= low[i]) clamped += low[i];
        else if (x >= high[i]) clamped += high[i];
        else free += s;
      });
    }
    return clamped + at * free;
  };
  let lambda = 0;
  if (slopeSum > 0 && sumAt(0) < total) {
    let lo = 0;
    let hi = Math.max(total / slopeSum, Number.MIN_VALUE);
    while (sumAt(hi) < total && Number.isFinite(hi * 2)) [lo, hi] = [hi, hi * 2];
    lambda = hi;
    for (let step = 0; step < 200; step++) {
      const sum = sumAt(lambda);
      if (sum === total) break;
      if (sum < total) lo = lambda;
      else hi = lambda;
      const newton = free > 0 ? (total - clamped) / free : NaN;
      if (newton > lo && newton < hi) {
        if (Math.abs(newton - lambda) <= 1e-15 * lambda) break;
        lambda = newton;
      } else {
        const mid = (lo + hi) / 2;
        if (mid <= lo || mid >= hi) break;
        lambda = mid;
      }
    }
  }
  return scaled.map((s, i) => {
    const x = lambda * s;
    return x <= low[i] ? low[i] : x >= high[i] ? high[i] : x;
  });
}

const floorGuarded = (x: number) => Math.floor(x + 8 * Number.EPSILON * Math.max(1, Math.abs(x)));

/** Round down, sort the schools with pupils by remainder, index, row; deal the missing units (and a partial one). */
function plainRounding(amounts: number[], total: number, unit: number, index: Float64Array, pupils: Float64Array) {
  const units = amounts.map((a) => floorGuarded(a / unit));
  const keys = amounts.map((a, k) => Math.round(Math.max(0, a / unit - units[k]) * 1e9));
  const wholeUnits = floorGuarded(total / unit);
  const partial = Math.max(0, total - wholeUnits * unit);
  const rule = amounts
    .map((_, k) => k)
    .filter((k) => pupils[k] > 0)
    .sort((a, b) => keys[b] - keys[a] || index[b] - index[a] || a - b);
  let missing = wholeUnits - units.reduce((s, u) => s + u, 0);
  for (let taken = true; missing < 0 && taken;) {
    taken = false;
    for (const k of [...rule].reverse()) {
      if (missing === 0) break;
      if (units[k] < 1) continue;
      units[k] -= 1;
      missing++;
      taken = true;
    }
  }
  missing = Math.max(0, missing);
  const recipients = missing + (partial > 0 ? 1 : 0);
  const order = recipients <= rule.length ? rule.slice(0, recipients) : rule;
  const extra = amounts.map(() => 0);
  if (order.length > 0) {
    const rounds = Math.floor(missing / order.length);
    const rest = missing - rounds * order.length;
    order.forEach((k, r) => {
      extra[k] = (rounds + (r < rest ? 1 : 0)) * unit + (partial > 0 && r === rest % order.length ? partial : 0);
    });
  }
  return units.map((u, k) => u * unit + extra[k]);
}

/** The allocation of a request that the checks accept (setups below give only such requests). */
function plainAllocate(r: Request): number[] {
  const n = r.pupils.length;
  const slope: number[] = [];
  const low: number[] = [];
  const high: number[] = [];
  for (let k = 0; k < n; k++) {
    const p = r.pupils[k];
    const has = p > 0;
    slope.push(has ? p * weightOf(r.index[k], r.method, r.parameter) : 0);
    low.push(has ? limitOf(r.floor, k, 0) * p : 0);
    high.push(has ? limitOf(r.cap, k, Infinity) * p : 0);
  }
  const reachable = slope.reduce((a, s, k) => a + (r.pupils[k] > 0 ? (s > 0 ? high[k] : low[k]) : 0), 0);
  const exact = plainShares(slope, low, high, Math.min(r.pot, reachable));
  return r.unit === 0 ? exact : plainRounding(exact, r.pot, r.unit, r.index, r.pupils);
}

const limitColumn = (n: number) =>
  fc.oneof(
    fc.constant(undefined),
    fc.double({ min: 0, max: 30_000, noNaN: true }),
    fc.array(fc.oneof(fc.double({ min: 0, max: 30_000, noNaN: true }), fc.constant(NaN), fc.constant(8000)), {
      minLength: n,
      maxLength: n,
    }),
  );

const setup = fc.integer({ min: 1, max: 80 }).chain((n) =>
  fc.record({
    pupils: fc.array(fc.oneof(fc.integer({ min: 0, max: 900 }), fc.constantFrom(0, 120, 120.5)), {
      minLength: n,
      maxLength: n,
    }),
    index: fc.array(fc.oneof(fc.double({ min: 0, max: 300, noNaN: true }), fc.constantFrom(100, 100, 150, 0)), {
      minLength: n,
      maxLength: n,
    }),
    floor: limitColumn(n),
    cap: limitColumn(n),
    potPerPupil: fc.oneof(fc.double({ min: 0, max: 60_000, noNaN: true }), fc.constantFrom(0, 10_000, 12_345.5)),
    unit: fc.constantFrom(1, 1, 0, 1000, 100, 0.5, 0.01, 7),
    method: fc.constantFrom<Method>("proportional", "threshold", "power"),
    parameter: fc.oneof(fc.constantFrom(1, 100, 2), fc.double({ min: 0, max: 3, noNaN: true })),
  }),
);

type Setup = typeof setup extends fc.Arbitrary<infer T> ? T : never;

function requestOf(s: Setup): Request {
  const pupils = Float64Array.from(s.pupils);
  const totalPupils = pupils.reduce((a, b) => a + b, 0);
  const column = (c: number | number[] | undefined) => (Array.isArray(c) ? Float64Array.from(c) : c);
  return {
    pupils,
    index: Float64Array.from(s.index),
    pot: Math.round(s.potPerPupil * totalPupils * 100) / 100,
    method: s.method,
    parameter: s.method === "threshold" ? s.parameter * 60 : s.parameter,
    floor: column(s.floor),
    cap: column(s.cap),
    unit: s.unit,
  };
}

test("every amount equals the plainly written rule, bit for bit", () => {
  let compared = 0;
  fc.assert(
    fc.property(setup, (s) => {
      const r = requestOf(s);
      let amounts: Float64Array;
      try {
        amounts = allocate(r);
      } catch (error) {
        if (error instanceof LikvardError) return; // refused: floors above the pot, caps below it, …
        throw error;
      }
      compared++;
      const expected = plainAllocate(r);
      expect(Array.from(amounts)).toEqual(expected);
    }),
    { numRuns: 3000 },
  );
  expect(compared).toBeGreaterThan(1000);
});

describe("a problem is reported as before: a bad index anywhere first, then row by row", () => {
  const messageOf = (f: () => unknown) => {
    try {
      f();
    } catch (error) {
      return (error as LikvardError).text.en;
    }
    return "no error";
  };
  test.each([
    [
      "a negative index in a later row beats a negative pupil count",
      [10, -5, 10],
      [100, 100, -3],
      undefined,
      undefined,
      /^school 3: a negative index/,
    ],
    [
      "NaN index under proportional",
      [10, 10],
      [100, NaN],
      undefined,
      undefined,
      /^school 2: index NaN to the power 1 /,
    ],
    [
      "negative pupils before a floor above the cap in a later row",
      [10, -1, 10],
      [100, 100, 100],
      [0, 0, 900],
      [1000, 1000, 800],
      /^school 2: a negative pupil count/,
    ],
    [
      "a floor above the cap",
      [10, 10],
      [100, 100],
      [0, 900],
      [1000, 800],
      /^school 2: the floor \(900 kr per pupil\) is above the cap \(800/,
    ],
    [
      "a NaN floor is none, a negative cap is refused",
      [10, 10],
      [100, 100],
      [0, NaN],
      [1000, -2],
      /^school 2: the cap per pupil is negative/,
    ],
  ])("%s", (_, pupils, index, floor, cap, expected) => {
    const column = (xs: number[] | undefined) => (xs ? Float64Array.from(xs) : undefined);
    const request = {
      pupils: Float64Array.from(pupils),
      index: Float64Array.from(index),
      pot: 1e6,
      floor: column(floor),
      cap: column(cap),
    };
    expect(messageOf(() => allocate(request))).toMatch(expected);
  });
});
