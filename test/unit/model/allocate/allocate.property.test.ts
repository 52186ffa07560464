/**
 * Invariants of ALLOCATE that must hold for every input the rules accept.
 */
import fc from "fast-check";
import { allocate } from "../../../../src/model/allocate/allocate";
import { LikvardError } from "../../../../src/model/errors";

const school = fc.record({
  pupils: fc.integer({ min: 0, max: 900 }),
  index: fc.double({ min: 20, max: 300, noNaN: true }),
  floorShare: fc.double({ min: 0, max: 1, noNaN: true }),
  capShare: fc.double({ min: 1, max: 3, noNaN: true }),
});

const setup = fc.record({
  schools: fc.array(school, { minLength: 1, maxLength: 60 }),
  potPerPupil: fc.double({ min: 0, max: 60_000, noNaN: true }),
  potIsWhole: fc.boolean(),
  unit: fc.constantFrom(1, 1, 1000, 100, 0.5),
  method: fc.constantFrom("proportional" as const, "threshold" as const, "power" as const),
  withFloor: fc.boolean(),
  withCap: fc.boolean(),
});

type Setup = typeof setup extends fc.Arbitrary<infer T> ? T : never;

function request(s: Setup) {
  const pupils = Float64Array.from(s.schools.map((x) => x.pupils));
  const index = Float64Array.from(s.schools.map((x) => x.index));
  const totalPupils = pupils.reduce((a, b) => a + b, 0);
  const raw = s.potPerPupil * totalPupils;
  const pot = s.potIsWhole ? Math.round(raw) : Math.round(raw * 100) / 100;
  const mean = s.potPerPupil;
  return {
    pupils,
    index,
    pot,
    method: s.method,
    parameter: s.method === "power" ? 1.5 : undefined,
    floor: s.withFloor ? Float64Array.from(s.schools.map((x) => mean * 0.5 * x.floorShare)) : undefined,
    cap: s.withCap ? Float64Array.from(s.schools.map((x) => mean * 2 * x.capShare)) : undefined,
    unit: s.unit,
  };
}

/** Runs the allocation; infeasible setups (a clear LikvardError) are skipped, anything else fails. */
function run(s: Setup): { req: ReturnType<typeof request>; amounts: Float64Array } | undefined {
  const req = request(s);
  try {
    return { req, amounts: allocate(req) };
  } catch (error) {
    if (error instanceof LikvardError) return undefined;
    throw error;
  }
}

const sum = (xs: ArrayLike<number>) => Array.from(xs).reduce((a, b) => a + b, 0);

test("the total equals the pot exactly (to the öre when the pot has öre)", () => {
  fc.assert(
    fc.property(setup, (s) => {
      const r = run(s);
      if (!r) return;
      expect(Math.round(sum(r.amounts) * 100)).toBe(Math.round(r.req.pot * 100));
    }),
    { numRuns: 2000 },
  );
});

test("amounts are multiples of the unit, except at most one partial remainder", () => {
  fc.assert(
    fc.property(setup, (s) => {
      const r = run(s);
      if (!r) return;
      let partial = 0;
      for (const x of r.amounts) {
        const units = x / r.req.unit;
        if (Math.abs(units - Math.round(units)) > 1e-6) partial++;
      }
      expect(partial).toBeLessThanOrEqual(1);
    }),
    { numRuns: 2000 },
  );
});

test("floors and caps hold to within one unit", () => {
  fc.assert(
    fc.property(setup, (s) => {
      const r = run(s);
      if (!r) return;
      const { pupils, floor, cap, unit } = r.req;
      r.amounts.forEach((x, k) => {
        if (floor) expect(x).toBeGreaterThanOrEqual(floor[k] * pupils[k] - unit - 1e-6);
        if (cap) expect(x).toBeLessThanOrEqual(cap[k] * pupils[k] + unit + 1e-6);
        if (pupils[k] === 0) expect(x).toBe(0);
        expect(Number.isFinite(x)).toBe(true);
      });
    }),
    { numRuns: 2000 },
  );
});

test("proportional without per-school limits: a higher index never gets less per pupil (beyond rounding)", () => {
  fc.assert(
    fc.property(setup, (s) => {
      const r = run({ ...s, method: "proportional", withFloor: false, withCap: false });
      if (!r) return;
      const { pupils, index, unit } = r.req;
      for (let i = 0; i < pupils.length; i++) {
        for (let j = 0; j < pupils.length; j++) {
          if (pupils[i] === 0 || pupils[j] === 0 || !(index[i] > index[j])) continue;
          const slack = unit / pupils[i] + unit / pupils[j] + 1e-9;
          expect(r.amounts[i] / pupils[i]).toBeGreaterThanOrEqual(r.amounts[j] / pupils[j] - slack);
        }
      }
    }),
    { numRuns: 1000 },
  );
});

test("permuting the rows permutes the result", () => {
  fc.assert(
    fc.property(
      setup.chain((s) =>
        fc.tuple(
          fc.constant(s),
          fc.shuffledSubarray(
            s.schools.map((_, i) => i),
            { minLength: s.schools.length },
          ),
        ),
      ),
      ([s, order]) => {
        // Distinct indexes: with equal index and equal remainders the documented tie rule looks at row order.
        const distinct = { ...s, schools: s.schools.map((x, i) => ({ ...x, index: x.index + i * 1e-3 })) };
        const r = run(distinct);
        if (!r) return;
        const shuffled = run({ ...distinct, schools: order.map((i) => distinct.schools[i]) });
        expect(shuffled).toBeDefined();
        order.forEach((from, to) => expect(shuffled!.amounts[to]).toBeCloseTo(r.amounts[from], 6));
      },
    ),
    { numRuns: 1000 },
  );
});

test("large pots and many schools: still exact (float noise never decides a krona)", () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 3000 }),
      fc.integer({ min: 1, max: 2 ** 31 }),
      fc.double({ min: 1e6, max: 5e12, noNaN: true }),
      (n, seed, rawPot) => {
        let state = seed;
        const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
        const pupils = Float64Array.from({ length: n }, () => 1 + Math.floor(next() * 800));
        const index = Float64Array.from({ length: n }, () => 40 + next() * 160);
        const pot = Math.round(rawPot);
        const amounts = allocate({ pupils, index, pot });
        expect(sum(amounts)).toBe(pot);
        expect(Array.from(amounts).filter((x) => !Number.isInteger(x))).toEqual([]);
      },
    ),
    { numRuns: 300 },
  );
});
