/**
 * The pooling (src/model/equity/poolByIndex.ts: units written once, with
 * their means, as the sort streams the schools by) against the plainest
 * reference: the rows sorted by a stable Array sort, equal indexes grouped,
 * each group's sums taken in row order. Every number must be exactly the
 * same, across the sort's chunks (more than 2 048 schools) and with many ties,
 * schools without pupils and pupils far from 1.
 */
import fc from "fast-check";
import { poolByIndex } from "../../../../src/model/equity/poolByIndex";

function reference(index: Float64Array, resource: Float64Array, pupils: Float64Array, scale: number) {
  const rows = Array.from(index, (_, i) => i).sort((a, b) => (index[a] < index[b] ? -1 : index[a] > index[b] ? 1 : 0));
  const data: number[] = [];
  let total = 0;
  let withPupils = 0;
  let weighted = 0;
  for (let r = 0; r < rows.length;) {
    let weight = 0;
    let sum = 0;
    let next = r;
    for (; next < rows.length && index[rows[next]] === index[rows[r]]; next++) {
      const w = pupils[rows[next]] / scale;
      weight += w;
      sum += w * resource[rows[next]];
      total += w;
    }
    const mean = weight > 0 ? sum / weight : 0;
    data.push(weight, mean);
    if (weight > 0) withPupils++;
    weighted += weight * mean;
    r = next;
  }
  return { count: data.length / 2, data, total, withPupils, weighted };
}

function pooled(index: Float64Array, resource: Float64Array, pupils: Float64Array, scale: number) {
  const units = poolByIndex(index, resource, pupils, scale);
  const data = Array.from(units.data.subarray(0, 2 * units.count));
  return { count: units.count, data, total: units.total, withPupils: units.withPupils, weighted: units.weighted };
}

function same(a: unknown, b: unknown): void {
  expect(a).toEqual(b);
}

test("small inputs: exactly the reference's units, totals and sums", () => {
  const school = fc.record({
    index: fc.oneof(fc.double({ min: 40, max: 200, noNaN: true }), fc.constantFrom(100, 120, 0, -0)),
    resource: fc.oneof(fc.double({ min: -2, max: 2, noNaN: true }), fc.constantFrom(0, 7, 1e300)),
    pupils: fc.oneof(fc.integer({ min: 0, max: 900 }), fc.constantFrom(0, 1e-310, 1e300)),
  });
  fc.assert(
    fc.property(fc.array(school, { minLength: 1, maxLength: 60 }), (schools) => {
      const index = Float64Array.from(schools, (s) => s.index);
      const resource = Float64Array.from(schools, (s) => s.resource);
      const pupils = Float64Array.from(schools, (s) => s.pupils);
      const scale = Math.max(...pupils) || 1;
      same(pooled(index, resource, pupils, scale), reference(index, resource, pupils, scale));
    }),
    { numRuns: 2000 },
  );
});

test("many schools (several chunks of the sort), with ties and schools without pupils", () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 2049, max: 12_000 }),
      fc.integer({ min: 1, max: 2 ** 31 - 1 }),
      fc.constantFrom("uniform", "ties", "few"),
      (n, seed, shape) => {
        let state = seed;
        const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
        const index = Float64Array.from({ length: n }, () => {
          const u = next();
          return shape === "ties" ? Math.floor(u * 500) : shape === "few" ? Math.floor(u * 3) : 40 + u * 160;
        });
        const resource = Float64Array.from({ length: n }, () => next() * 2 - 0.5);
        const pupils = Float64Array.from({ length: n }, () => (next() < 0.1 ? 0 : Math.floor(next() * 700)));
        same(pooled(index, resource, pupils, 700), reference(index, resource, pupils, 700));
      },
    ),
    { numRuns: 40 },
  );
});
