/**
 * The fits read their rows in blocks (64 in the kernel, 512 for leverage); here 1 300 schools (several blocks,
 * the last one short), some without pupils at block edges, and a year-like
 * factor 2 020 ± 1 that only stays well conditioned if the design is centred.
 * Against R's glm()/lm(), hatvalues() and fitted() (make-blocks.R); the
 * tests need no R.
 */
import * as fs from "fs";
import * as path from "path";
import { FitResult } from "../../../../src/model/socio/fitResult";
import { fitLinear } from "../../../../src/model/socio/fitLinear";
import { fitLogit } from "../../../../src/model/socio/fitLogit";

const dir = path.resolve(__dirname, "../../../golden/sociofit");
interface Golden {
  coef: number[];
  se: number[];
  deviance: number;
  dispersion: number;
  iterations: number;
  rows: number[];
  leverage: number[];
  fitted: number[];
}
const expected = JSON.parse(fs.readFileSync(path.join(dir, "blocks.json"), "utf8")) as Record<string, Golden>;

const [header, ...lines] = fs.readFileSync(path.join(dir, "blocks.csv"), "utf8").trim().split("\n");
const names = header.split(",").map((h) => h.replace(/"/g, ""));
const column = (name: string) => Float64Array.from(lines, (line) => Number(line.split(",")[names.indexOf(name)]));
const factors = ["x1", "x2", "x3"].map(column);
const pupils = column("pupils");

function relative(actual: ArrayLike<number>, wanted: number[]): number {
  return Math.max(...wanted.map((w, j) => Math.abs(actual[j] - w) / Math.abs(w)));
}

function expectAgrees(fit: FitResult, golden: Golden): void {
  expect(relative(fit.coef, golden.coef)).toBeLessThan(1e-10);
  expect(relative(fit.se, golden.se)).toBeLessThan(1e-8);
  expect(relative([fit.deviance], [golden.deviance])).toBeLessThan(1e-10);
  expect(relative([fit.dispersion], [golden.dispersion])).toBeLessThan(1e-8);
  expect(fit.iterations).toBe(golden.iterations);
  const leverage = fit.leverage();
  expect(
    relative(
      Array.from(golden.rows, (i) => leverage[i]),
      golden.leverage,
    ),
  ).toBeLessThan(1e-8);
  expect(
    relative(
      Array.from(golden.rows, (i) => fit.fitted[i]),
      golden.fitted,
    ),
  ).toBeLessThan(1e-10);
  // Schools without pupils have no leverage (R leaves them out of hatvalues()).
  pupils.forEach((w, i) => w === 0 && expect(leverage[i]).toBe(0));
}

describe("SOCIOFIT over several blocks of rows agrees with R", () => {
  test("logit = glm(binomial)", () => expectAgrees(fitLogit(factors, column("share"), pupils), expected.logit));
  test("quasilogit = glm(quasibinomial)", () =>
    expectAgrees(fitLogit(factors, column("share"), pupils, { quasi: true }), expected.quasilogit));
  test("linear = lm(weights = pupils)", () =>
    expectAgrees(fitLinear(factors, column("merit"), pupils), expected.linear));
});
