/**
 * Missing data against R (issue 14): SOCIOFIT with "skip" is R's fit with
 * na.omit — coefficient table and the stats rows (summary(), AIC(), the
 * whole-model test) —, SOCIOINDEX "skip" and "mean", EQUITYGAP "summary", on
 * Växjö's real data with its gaps, as empty cells and as Skolverket's "..".
 * Expected values: test/golden/missing/make-golden.R; these tests need no R.
 */
import { socioindexCells } from "../../../../src/model/sheet/socioindexCells";
import { sociofitCells } from "../../../../src/model/sheet/sociofitCells";
import { equitygapCells } from "../../../../src/model/sheet/equitygapCells";
import { Grid } from "../../../../src/model/sheet/cells";
import { column, close, expected, synthetic, table } from "./vaxjo";

/** Every cell of a result against R's numbers; null in R is an empty cell. */
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

const column1 = (values: (number | null)[]) => values.map((v) => [v]);

for (const marker of [undefined, ".."]) {
  const gaps = marker ? `gaps as "${marker}"` : "gaps as empty cells";
  const factors = table(["x1", "x2"], marker);

  describe(`SOCIOFIT "utelämna" with stats = R's na.omit fit, ${gaps}`, () => {
    test("logit", () =>
      expectGrid(
        sociofitCells(factors, column("certified", marker), column("teachers", marker), "logit", "utelämna", true),
        [...expected.logit.table, ...expected.logit.stats],
        1e-9,
      ));
    test("quasilogit (AIC empty: it has none)", () =>
      expectGrid(
        sociofitCells(factors, column("certified", marker), column("teachers", marker), "kvasilogit", "skip", true),
        [...expected.quasilogit.table, ...expected.quasilogit.stats],
        1e-9,
      ));
    test("linear, pupils as weights", () =>
      expectGrid(
        sociofitCells(factors, column("merit9", marker), column("pupils", marker), "linjär", "utelämna", true),
        [...expected.linear.table, ...expected.linear.stats],
        1e-9,
      ));
    test("linear, every school once", () =>
      expectGrid(
        sociofitCells(factors, column("merit9", marker), undefined, "linear", "skip", true),
        [...expected.linear_unweighted.table, ...expected.linear_unweighted.stats],
        1e-9,
      ));
  });

  describe(`SOCIOINDEX, ${gaps}`, () => {
    const weights = column1(expected.socioindex.weights);
    test('"utelämna": empty cells for schools left out, mean 100 over the rest', () =>
      expectGrid(
        socioindexCells(factors, weights, column("pupils", marker), "linear", "utelämna"),
        column1(expected.socioindex.skip),
        1e-12,
      ));
    test('"medel": a missing share is the factor\'s pupil-weighted mean', () =>
      expectGrid(
        socioindexCells(factors, weights, column("pupils", marker), "linear", "medel"),
        column1(expected.socioindex.mean),
        1e-12,
      ));
    test("fed SOCIOFIT's table with its stats rows, logit, skip", () => {
      const fit = sociofitCells(
        factors,
        column("certified", marker),
        column("teachers", marker),
        "logit",
        "skip",
        true,
      );
      expectGrid(
        socioindexCells(factors, fit, column("pupils", marker), "logit", "skip"),
        column1(expected.socioindex.logit_skip),
        1e-9,
      );
    });
  });

  test(`EQUITYGAP "summary" with "utelämna" counts the rows left out, ${gaps}`, () => {
    const index = socioindexCells(factors, column1(expected.socioindex.weights), column("pupils"), "linear", "medel");
    const summary = equitygapCells(index, column("certified", marker), column("pupils"), "sammanfattning", "utelämna");
    expectGrid(
      summary.map((row) => [row[1]]),
      column1(expected.equitygap_summary),
      1e-12,
    );
  });
}

describe("SOCIOFIT stats with a school of 0 pupils (outside nobs(), the dispersion and AIC), synthetic", () => {
  for (const model of ["logit", "quasilogit", "linear"] as const) {
    test(model, () => {
      const wanted = expected[`synthetic_${model}`];
      expectGrid(
        sociofitCells(synthetic.factors, synthetic.y, synthetic.pupils, model, undefined, true),
        [...wanted.table, ...wanted.stats],
        1e-9,
      );
    });
  }
});
