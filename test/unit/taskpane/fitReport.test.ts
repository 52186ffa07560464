/**
 * The pane's fit report (issue 14): a fit over data with a gap works, leaving
 * the row out as R's na.omit does, and the report's schools, rows left out
 * and R² are SOCIOFIT's stats rows.
 */
import { fitReport } from "../../../src/model/pane/fitReport";
import { sociofitCells } from "../../../src/model/sheet/sociofitCells";
import { EXAMPLE_SCHOOLS } from "../../../src/model/example/schools";
import { Grid } from "../../../src/model/sheet/cells";

const pupils: Grid = EXAMPLE_SCHOOLS.map((s) => [s[1]]);
const factors: Grid = EXAMPLE_SCHOOLS.map((s) => s.slice(2, 6));
const outcome: Grid = EXAMPLE_SCHOOLS.map((s) => [s[6]]);

/** The same data with the cells of row `i` replaced, as Excel reads them (an empty cell is ""). */
function withGap(i: number, factor: string | undefined, y: string | undefined) {
  const f = factors.map((r) => [...r]);
  const o = outcome.map((r) => [...r]);
  if (factor !== undefined) f[i][1] = factor;
  if (y !== undefined) o[i][0] = y;
  return { f, o };
}
const without = (grid: Grid, i: number) => grid.filter((_, r) => r !== i);

describe.each(["logit", "quasilogit", "linear"])("%s", (model) => {
  test.each([
    ["an empty factor cell", "", undefined],
    ['".." as the outcome', undefined, ".."],
  ])("a gap (%s) leaves the row out and the report says so", (_, factor, y) => {
    const { f, o } = withGap(3, factor, y);
    const report = fitReport(f, o, pupils, model, "sv");
    // The same as deleting the row: coefficients and R² from SOCIOFIT's own stats rows.
    const deleted = sociofitCells(without(factors, 3), without(outcome, 3), without(pupils, 3), model, "error", true);
    expect(report.table).toEqual(deleted.slice(0, 5));
    expect(report.schools).toBe(12);
    expect(report.leftOut).toBe(1);
    expect(report.rSquared).toBe(deleted[7][0]);
    const r2 = (deleted[7][0] as number).toFixed(2).replace(".", ",");
    expect(report.text).toBe(`Skattat på 12 skolor, 1 rad utelämnad (saknade värden), R² = ${r2}`);
  });
});

test("complete data: nothing left out; English when the pane is English", () => {
  const report = fitReport(factors, outcome, pupils, "linear", "en");
  expect(report.schools).toBe(13);
  expect(report.leftOut).toBe(0);
  expect(report.text).toMatch(/^Fitted on 13 schools, 0 rows left out \(missing values\), R² = \d\.\d\d$/);
});

test("two rows left out: plural", () => {
  const f = factors.map((r) => [...r]);
  f[0][0] = "..";
  f[5][2] = null;
  expect(fitReport(f, outcome, pupils, "logit", "sv").text).toMatch(
    /^Skattat på 11 skolor, 2 rader utelämnade \(saknade värden\), R² = \d,\d\d$/,
  );
});
