/**
 * EXPECTED against R (issue 15): fitted(), y − fitted() and rstandard() —
 * type "pearson" for the logit models — for linear, logit and quasilogit,
 * on Växjö's data with its gaps ("skip": empty cells where R has NA) and on
 * its complete rows alone (the default). Expected values:
 * test/golden/missing/make-golden.R; these tests need no R.
 */
import fc from "fast-check";
import { LikvardError } from "../../../../src/model/errors";
import { ErrorCell, Grid } from "../../../../src/model/sheet/cells";
import { expectedCells } from "../../../../src/model/sheet/expectedCells";
import { sociofitCells } from "../../../../src/model/sheet/sociofitCells";
import { Column, FitExpected, close, column, expected, rows, synthetic, table } from "../missing/vaxjo";

const share = fc.double({ min: 0, max: 1, noNaN: true });

const cases: { name: string; model: string; outcome: Column; pupils?: Column; wanted: FitExpected }[] = [
  {
    name: "linear (meritvärde, pupils as weights)",
    model: "linear",
    outcome: "merit9",
    pupils: "pupils",
    wanted: expected.linear,
  },
  { name: "linear, every school once", model: "linjär", outcome: "merit9", wanted: expected.linear_unweighted },
  {
    name: "logit (certified share, teachers as trials)",
    model: "logit",
    outcome: "certified",
    pupils: "teachers",
    wanted: expected.logit,
  },
  { name: "quasilogit", model: "kvasilogit", outcome: "certified", pupils: "teachers", wanted: expected.quasilogit },
];

/** R's three columns, row by row; null where R has NA (a row left out). */
const wantedRows = (w: FitExpected) => w.expected.map((e, i) => [e, w.residual[i], w.standardized[i]]);

function expectGrid(actual: Grid, wanted: (number | null)[][], tolerance: number): void {
  expect(actual.length).toBe(wanted.length);
  const wrong: string[] = [];
  wanted.forEach((row, i) =>
    row.forEach((w, j) => {
      const a = actual[i][j];
      if (w === null ? a !== "" : !close(a, w, tolerance)) wrong.push(`[${i}][${j}]: got ${JSON.stringify(a)}, R ${w}`);
    }),
  );
  expect(wrong).toEqual([]);
}

describe.each(cases)("EXPECTED = R's fitted, residuals and rstandard: $name", ({ model, outcome, pupils, wanted }) => {
  const used: Column[] = ["x1", "x2", outcome, ...(pupils ? [pupils] : [])];
  for (const marker of [undefined, ".."]) {
    test(`with gaps ${marker ? `as "${marker}"` : "as empty cells"} and "utelämna": empty cells for the rows left out`, () =>
      expectGrid(
        expectedCells(
          table(["x1", "x2"], marker),
          column(outcome, marker),
          pupils && column(pupils, marker),
          model,
          "utelämna",
        ),
        wantedRows(wanted),
        1e-9,
      ));
  }

  test("on the complete rows alone, without gaps", () => {
    const complete = rows.flatMap((r, i) => (used.every((c) => r[c] !== null) ? [i] : []));
    const pick = (g: Grid) => complete.map((i) => g[i]);
    expectGrid(
      expectedCells(pick(table(["x1", "x2"])), pick(column(outcome)), pupils && pick(column(pupils)), model),
      complete.map((i) => wantedRows(wanted)[i]),
      1e-9,
    );
  });
});

test.each(["logit", "quasilogit", "linear"] as const)(
  "%s on a synthetic municipality of 120 schools, one with 0 pupils (no standardized residual)",
  (model) => {
    const wanted = expected[`synthetic_${model}`];
    expectGrid(expectedCells(synthetic.factors, synthetic.y, synthetic.pupils, model), wantedRows(wanted), 1e-9);
  },
);

test("EXPECTED fits what SOCIOFIT fits: the same coefficients give its expected values", () => {
  const fit = sociofitCells(table(["x1", "x2"]), column("merit9"), column("pupils"), "linear", "skip");
  const result = expectedCells(table(["x1", "x2"]), column("merit9"), column("pupils"), "linear", "skip");
  const [b0, b1, b2] = fit.map((row) => row[0] as number);
  rows.forEach((r, i) => {
    if (result[i][0] === "") return;
    expect(result[i][0]).toBeCloseTo(b0 + b1 * r.x1! + b2 * r.x2!, 10);
  });
});

test("a school with no pupils: expected value and residual, but no standardized residual (R leaves it out)", () => {
  // R: d <- data.frame(x = 1:6, y = c(1, 3, 2, 5, 4, 6), w = c(1, 2, 0, 1, 1, 2))
  //    fitted(lm(y ~ x, d, weights = w)); rstandard(lm(y ~ x, d, weights = w))
  const result = expectedCells(
    [[1], [2], [3], [4], [5], [6]],
    [[1], [3], [2], [5], [4], [6]],
    [[1], [2], [0], [1], [1], [2]],
    "linear",
  );
  const fitted = [1.758427, 2.58427, 3.410112, 4.235955, 5.061798, 5.88764];
  const standardized = [-1.0698013, 0.8987265, null, 0.8785109, -1.2676002, 0.3065337];
  result.forEach((row, i) => {
    expect(row[0]).toBeCloseTo(fitted[i], 6);
    expect(row[1]).toBeCloseTo([1, 3, 2, 5, 4, 6][i] - fitted[i], 6);
    if (standardized[i] === null) expect(row[2]).toBe("");
    else expect(row[2]).toBeCloseTo(standardized[i], 6);
  });
});

test("never NaN or Infinity: a number, an explained error or an empty cell in every cell", () => {
  fc.assert(
    fc.property(
      fc.array(fc.tuple(share, share, share, fc.integer({ min: 0, max: 500 })), { minLength: 4, maxLength: 25 }),
      fc.constantFrom("linear", "logit", "quasilogit"),
      (schools, model) => {
        let result: Grid;
        try {
          result = expectedCells(
            schools.map(([x1, x2]) => [x1, x2]),
            schools.map(([, , y]) => [y]),
            schools.map(([, , , n]) => [n]),
            model,
          );
        } catch (error) {
          return expect(error).toBeInstanceOf(LikvardError);
        }
        for (const row of result) {
          expect(row).toHaveLength(3);
          for (const cell of row) expect(Number.isFinite(cell) || cell instanceof ErrorCell || cell === "").toBe(true);
        }
      },
    ),
    { numRuns: 100 },
  );
});
