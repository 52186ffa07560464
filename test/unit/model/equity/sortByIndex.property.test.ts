/**
 * EQUITYGAP's sort (a hand-written bucket sort, src/model/equity/sortByIndex.ts)
 * against the plainest reference: Array.prototype.sort, which is stable, on
 * the rows. The order must be exactly the same, ties in row order, whatever
 * the spread of the indexes: many ties, ±0, clusters, huge and tiny ranges,
 * and inputs the buckets cannot take (NaN, ±Infinity).
 */
import fc from "fast-check";
import { visitByIndex } from "../../../../src/model/equity/sortByIndex";

/** The records visitByIndex hands over, concatenated. */
function visited(index: Float64Array, resource: Float64Array, pupils: Float64Array): number[] {
  const out: number[] = [];
  visitByIndex(index, resource, pupils, (records, count) => {
    for (let r = 0; r < 3 * count; r++) out.push(records[r]);
  });
  return out;
}

function reference(index: Float64Array, resource: Float64Array, pupils: Float64Array): number[] {
  const rows = Array.from(index, (_, i) => i).sort((a, b) => (index[a] < index[b] ? -1 : index[a] > index[b] ? 1 : 0));
  return rows.flatMap((i) => [index[i], resource[i], pupils[i]]);
}

/** Resource = row number and pupils = its negative, so a misplaced row always shows. */
function columns(index: number[]) {
  return {
    index: Float64Array.from(index),
    resource: Float64Array.from(index, (_, i) => i),
    pupils: Float64Array.from(index, (_, i) => -i),
  };
}

const same = (a: number[], b: number[]) => a.length === b.length && a.every((x, i) => Object.is(x, b[i]));

const value = fc.oneof(
  fc.double({ min: 40, max: 200, noNaN: true }),
  fc.constantFrom(100, 120, 0, -0, 1e-300, 5e-324, -1e300, 1e300),
  fc.integer({ min: -3, max: 3 }),
);

test("small inputs: the same order as a stable sort of the rows, ties in row order", () => {
  fc.assert(
    fc.property(fc.array(value, { maxLength: 300 }), (index) => {
      const c = columns(index);
      expect(same(visited(c.index, c.resource, c.pupils), reference(c.index, c.resource, c.pupils))).toBe(true);
    }),
    { numRuns: 2000 },
  );
});

test("many rows (several first-level buckets), clustered or spread, with ties", () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 2049, max: 20_000 }),
      fc.integer({ min: 1, max: 2 ** 31 - 1 }),
      fc.constantFrom("uniform", "ties", "cluster", "exponential"),
      (n, seed, shape) => {
        let state = seed;
        const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
        const index = Array.from({ length: n }, () => {
          const u = next();
          if (shape === "ties") return Math.floor(u * 50);
          if (shape === "cluster") return u < 0.9 ? 100 + u * 1e-9 : u * 1e6;
          if (shape === "exponential") return Math.exp(u * 200);
          return 40 + u * 160;
        });
        const c = columns(index);
        expect(same(visited(c.index, c.resource, c.pupils), reference(c.index, c.resource, c.pupils))).toBe(true);
      },
    ),
    { numRuns: 60 },
  );
});

test("NaN or ±Infinity: the comparator sort, exactly the old order", () => {
  for (const odd of [Infinity, -Infinity]) {
    const c = columns([3, odd, 1, 2, 1, odd]);
    expect(same(visited(c.index, c.resource, c.pupils), reference(c.index, c.resource, c.pupils))).toBe(true);
  }
  const c = columns([3, NaN, 1]);
  // With NaN no order is defined; every row is handed over once.
  expect(
    visited(c.index, c.resource, c.pupils)
      .filter((_, r) => r % 3 === 1)
      .sort(),
  ).toEqual([0, 1, 2]);
});
