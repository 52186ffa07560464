import { numError } from "../errors";
import { BLOCK, Design, sampleCenter } from "./design";
import {
  ColumnName,
  FitResult,
  constantColumnError,
  defaultColumnName,
  invertOrExplain,
  once,
  summarize,
} from "./fitResult";
import { leverage } from "./leverage";
import { NormalEquations, multiply } from "./weightedNormalEquations";

/**
 * Weighted least squares, as R's lm(y ~ x1 + … + xk, weights = w): schools
 * with weight 0 do not count in the residual degrees of freedom; t statistics
 * with n − k − 1 degrees of freedom. Two passes over the data: the normal
 * equations, then fitted values and residual sum of squares.
 */
export function fitLinear(
  factors: Float64Array[],
  y: Float64Array,
  weights: Float64Array,
  column: ColumnName = defaultColumnName,
): FitResult {
  const k = factors.length;
  const p = k + 1;
  const n = y.length;
  let used = 0;
  for (let i = 0; i < n; i++) if (weights[i] > 0) used++;
  if (used < p + 1) throw tooFewSchools(used, k);

  const design = new Design(factors, sampleCenter(factors, weights), n);
  const equations = new NormalEquations(p);
  for (let start = 0; start < n; start += BLOCK) {
    const length = Math.min(BLOCK, n - start);
    design.load(start, length);
    equations.add(design.x, weights.subarray(start, start + length), y.subarray(start, start + length), length);
  }
  const constant = equations.constantFactor(design.center);
  if (constant !== undefined) throw constantColumnError(column, constant);
  const inverse = invertOrExplain(equations.xtwx(), p, column);
  const beta = multiply(inverse, equations.xtwz());

  const fitted = new Float64Array(n);
  let rss = 0;
  for (let start = 0; start < n; start += BLOCK) {
    const length = Math.min(BLOCK, n - start);
    const block = fitted.subarray(start, start + length);
    design.predict(start, length, beta, block);
    for (let i = 0; i < length; i++) {
      const w = weights[start + i];
      const r = y[start + i] - block[i];
      if (w !== 0) rss += w * r * r;
    }
  }
  const df = used - p;
  return summarize(beta, inverse, design.center, rss / df, df, "t", 0, {
    fitted,
    leverage: once(() => leverage(design, inverse, weights)),
    deviance: rss,
  });
}

export function tooFewSchools(used: number, k: number) {
  return numError({
    sv: `För få skolor: ${used} skolor med elever räcker inte för ${k} faktorer (minst ${k + 2} behövs).`,
    en: `Too few schools: ${used} schools with pupils are not enough for ${k} factors (at least ${k + 2} are needed).`,
  });
}
