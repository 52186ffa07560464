/**
 * SOCIOFIT and SOCIOINDEX against R (glm, lm, summary, predict), on real
 * Växjö school data and on synthetic municipalities. The expected values were
 * written by test/golden/sociofit/make-golden.R; these tests need no R.
 */
import * as fs from "fs";
import * as path from "path";
import { sociofitCells } from "../../../../src/model/sheet/sociofitCells";
import { socioindexCells } from "../../../../src/model/sheet/socioindexCells";
import { normalTwoSidedP } from "../../../../src/model/stats/normalTwoSidedP";
import { studentTwoSidedP } from "../../../../src/model/stats/studentTwoSidedP";

const dir = path.resolve(__dirname, "../../../golden/sociofit");
/** R's answers (make-golden.R): per data set and model the coefficient table and the fitted index, and p-value tails. */
interface Expected {
  [fit: `${string}_${"logit" | "quasilogit" | "linear"}`]: { table: number[][]; index: number[] };
  normal_two_sided: { z: number[]; p: number[] };
  t_two_sided: { t: number[]; df: number[]; p: number[] };
}
const expected = JSON.parse(fs.readFileSync(path.join(dir, "expected.json"), "utf8")) as Expected;

type Row = Record<string, number | null>;
function readCsv(file: string): Row[] {
  const [header, ...lines] = fs.readFileSync(path.join(dir, file), "utf8").trim().split("\n");
  const names = header.split(",").map((h) => h.replace(/"/g, ""));
  return lines.map((line) => {
    const cells = line.split(",");
    return Object.fromEntries(names.map((n, i) => [n, cells[i] === "" || cells[i] === "NA" ? null : Number(cells[i])]));
  });
}

/** Relative agreement to `digits` significant digits (absolute near zero). */
function agrees(actual: number, wanted: number, digits: number): boolean {
  if (wanted === 0) return Math.abs(actual) < 1e-300;
  return Math.abs(actual - wanted) <= 0.5 * 10 ** (1 - digits) * Math.abs(wanted);
}

function expectTable(actual: unknown[][], wanted: number[][]): void {
  expect(actual.length).toBe(wanted.length);
  actual.forEach((row, i) => {
    const [estimate, se, statistic, p] = row as number[];
    const [wEstimate, wSe, wStatistic, wP] = wanted[i];
    const report = `row ${i}: got ${row.join(", ")}; R ${wanted[i].join(", ")}`;
    expect([
      agrees(estimate, wEstimate, 7),
      agrees(se, wSe, 7),
      agrees(statistic, wStatistic, 7),
      agrees(p, wP, 5),
      report,
    ]).toEqual([true, true, true, true, report]);
  });
}

const column = (values: (number | null)[]) => values.map((v) => [v]);

const vaxjo = readCsv("vaxjo.csv");
const vaxjoLogit = vaxjo.filter(
  (r) => r.foreign !== null && r.parents_post_secondary !== null && r.teachers !== null && r.certified_share !== null,
);
const vaxjoLinear = vaxjo.filter((r) => r.foreign !== null && r.parents_post_secondary !== null && r.merit9 !== null);
const factorsOf = (rows: Row[]) => rows.map((r) => [r.foreign! / 100, 1 - r.parents_post_secondary! / 100]);

describe("SOCIOFIT agrees with R on real Växjö data", () => {
  const factors = factorsOf(vaxjoLogit);
  const y = column(vaxjoLogit.map((r) => r.certified_share! / 100));
  const trials = column(vaxjoLogit.map((r) => r.teachers));

  test("logit = glm(binomial)", () => expectTable(sociofitCells(factors, y, trials), expected.vaxjo_logit.table));
  test("quasilogit = glm(quasibinomial)", () =>
    expectTable(sociofitCells(factors, y, trials, "quasilogit"), expected.vaxjo_quasilogit.table));
  test("linear = lm(weights = pupils)", () =>
    expectTable(
      sociofitCells(
        factorsOf(vaxjoLinear),
        column(vaxjoLinear.map((r) => r.merit9)),
        column(vaxjoLinear.map((r) => r.pupils)),
        "linear",
      ),
      expected.vaxjo_linear.table,
    ));
});

describe("SOCIOFIT agrees with R on a synthetic municipality (with a school of 0 pupils)", () => {
  const rows = readCsv("synthetic.csv");
  const factors = rows.map((r) => [r.x1, r.x2, r.x3, r.x4]);
  const y = column(rows.map((r) => r.y));
  const pupils = column(rows.map((r) => r.pupils));
  for (const model of ["logit", "quasilogit", "linear"] as const) {
    test(model, () => expectTable(sociofitCells(factors, y, pupils, model), expected[`synthetic_${model}`].table));
  }

  test("SOCIOINDEX fed SOCIOFIT's table reproduces predict(type = 'response') normalised to mean 100", () => {
    const table = sociofitCells(factors, y, pupils, "logit");
    const index = socioindexCells(factors, table, pupils, "logit").map((r) => r[0] as number);
    const wanted: number[] = expected.synthetic_logit.index;
    index.forEach((x, i) => expect(agrees(x, wanted[i], 7)).toBe(true));
  });

  test("SOCIOINDEX with the linear fit reproduces lm's fitted values normalised to mean 100", () => {
    const table = sociofitCells(factors, y, pupils, "linear");
    const index = socioindexCells(factors, table, pupils).map((r) => r[0] as number);
    const wanted: number[] = expected.synthetic_linear.index;
    index.forEach((x, i) => expect(agrees(x, wanted[i], 7)).toBe(true));
  });
});

describe("tiny p-values keep their digits", () => {
  const rows = readCsv("tiny-p.csv");
  const factors = rows.map((r) => [r.x1, r.x2]);
  const y = column(rows.map((r) => r.y));
  const pupils = column(rows.map((r) => r.pupils));
  test("logit (p down to 1e-166)", () => expectTable(sociofitCells(factors, y, pupils), expected.tiny_p_logit.table));
  test("linear (p down to 1e-215)", () =>
    expectTable(sociofitCells(factors, y, pupils, "linear"), expected.tiny_p_linear.table));

  test("normal and t tails against R's pnorm and pt", () => {
    const { z, p } = expected.normal_two_sided;
    z.forEach((zi: number, i: number) => expect(agrees(normalTwoSidedP(zi), p[i], 10)).toBe(true));
    const t = expected.t_two_sided;
    t.t.forEach((ti: number, i: number) => {
      // R's last value is subnormal (about 1e-318): only about four digits exist there.
      const digits = t.p[i] < 1e-307 ? 3 : 10;
      expect([i, agrees(studentTwoSidedP(ti, t.df[i]), t.p[i], digits)]).toEqual([i, true]);
    });
  });
});
