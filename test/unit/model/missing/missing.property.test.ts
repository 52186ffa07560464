/**
 * Properties of the `missing` argument: with "skip", an incomplete row gives
 * the same results as deleting the row (R's na.omit); "mean" on complete data
 * changes nothing.
 */
import fc from "fast-check";
import { Cell, Grid } from "../../../../src/model/sheet/cells";
import { equitygapCells } from "../../../../src/model/sheet/equitygapCells";
import { sociofitCells } from "../../../../src/model/sheet/sociofitCells";
import { socioindexCells } from "../../../../src/model/sheet/socioindexCells";

const share = fc.double({ min: 0.01, max: 0.99, noNaN: true });
const pupils = fc.integer({ min: 1, max: 600 });
const school = fc.record({ x1: share, x2: share, y: share, pupils });
const gap = fc.constantFrom<Cell>(null, "", ".", "..", "-", "–", "*", " .. ");

/** Schools, and which cell of which of them is missing (column 0–3: x1, x2, y, pupils). */
const data = fc.record({
  schools: fc.array(school, { minLength: 8, maxLength: 30 }),
  holes: fc.array(fc.record({ at: fc.nat(), column: fc.nat({ max: 3 }), marker: gap }), { maxLength: 5 }),
});

type Data = {
  schools: { x1: number; x2: number; y: number; pupils: number }[];
  holes: { at: number; column: number; marker: Cell }[];
};

/**
 * The columns with the holes punched into the columns a function uses
 * (`used`, among 0–3: x1, x2, y, pupils), and the same data with the
 * incomplete rows deleted.
 */
function columns({ schools, holes }: Data, used: number[]) {
  const cells: Cell[][] = schools.map((s) => [s.x1, s.x2, s.y, s.pupils]);
  const hit = new Set<number>();
  for (const h of holes) {
    const i = h.at % schools.length;
    cells[i][used[h.column % used.length]] = h.marker;
    hit.add(i);
  }
  const complete = cells.filter((_, i) => !hit.has(i));
  const pick = (rows: Cell[][], j: number): Grid => rows.map((r) => [r[j]]);
  const of = (rows: Cell[][]) => ({
    factors: rows.map((r) => [r[0], r[1]]),
    x1: pick(rows, 0),
    y: pick(rows, 2),
    pupils: pick(rows, 3),
  });
  return { withGaps: of(cells), deleted: of(complete), hit };
}

/** The same outcome: equal results, or the same error. */
function outcome(run: () => Grid): Grid | string {
  try {
    return run();
  } catch (error) {
    return (error as Error).message;
  }
}

describe('"skip" equals deleting the incomplete rows', () => {
  test("SOCIOFIT, every model, with stats (but for the count of rows left out)", () => {
    fc.assert(
      fc.property(data, fc.constantFrom("logit", "quasilogit", "linear"), (d, model) => {
        const { withGaps, deleted, hit } = columns(d, [0, 1, 2, 3]);
        const a = outcome(() => sociofitCells(withGaps.factors, withGaps.y, withGaps.pupils, model, "skip", true));
        const b = outcome(() => sociofitCells(deleted.factors, deleted.y, deleted.pupils, model, "error", true));
        if (typeof a === "string" || typeof b === "string") return expect(typeof a).toBe(typeof b);
        const stats = a.length - 3;
        expect(a[stats][2]).toBe(hit.size);
        a[stats][2] = 0;
        expect(a).toEqual(b);
      }),
      { numRuns: 60 },
    );
  });

  test("SOCIOINDEX: the same index at every school kept, an empty cell at those left out", () => {
    fc.assert(
      fc.property(data, (d) => {
        const { withGaps, deleted, hit } = columns(d, [0, 1, 3]);
        const weights = [[1], [2], [1.5]];
        const a = outcome(() => socioindexCells(withGaps.factors, weights, withGaps.pupils, "linear", "skip"));
        const b = outcome(() => socioindexCells(deleted.factors, weights, deleted.pupils));
        if (typeof a === "string" || typeof b === "string") return expect(typeof a).toBe(typeof b);
        expect(a.filter((_, i) => !hit.has(i))).toEqual(b);
        for (const i of hit) expect(a[i]).toEqual([""]);
      }),
      { numRuns: 60 },
    );
  });

  test("EQUITYGAP summary (but for the count of rows left out)", () => {
    fc.assert(
      fc.property(data, (d) => {
        const { withGaps, deleted, hit } = columns(d, [0, 2, 3]);
        const a = outcome(() => equitygapCells(withGaps.x1, withGaps.y, withGaps.pupils, "summary", "skip", "en"));
        const b = outcome(() => equitygapCells(deleted.x1, deleted.y, deleted.pupils, "summary", "error", "en"));
        if (typeof a === "string" || typeof b === "string") return expect(typeof a).toBe(typeof b);
        expect(a[a.length - 1]).toEqual(["Rows left out (missing values)", hit.size]);
        expect(a.slice(0, -1)).toEqual(b.slice(0, -1));
      }),
      { numRuns: 60 },
    );
  });
});

test('"mean" on complete data changes nothing', () => {
  fc.assert(
    fc.property(
      fc.array(school, { minLength: 2, maxLength: 30 }),
      fc.constantFrom("linear", "logit"),
      (schools, model) => {
        const factors = schools.map((s) => [s.x1, s.x2]);
        const p = schools.map((s) => [s.pupils]);
        const weights = [[-1], [2], [1.5]];
        expect(outcome(() => socioindexCells(factors, weights, p, model, "medel"))).toEqual(
          outcome(() => socioindexCells(factors, weights, p, model)),
        );
      },
    ),
  );
});
