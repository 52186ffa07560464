import { numError } from "../errors";
import { ColumnName, FitResult, constantColumnError, defaultColumnName, invertOrExplain, summarize } from "./fitResult";
import { leverage } from "./leverage";
import { standardize } from "./standardize";
import { multiply, weightedNormalEquations } from "./weightedNormalEquations";

/**
 * Weighted least squares, as R's lm(y ~ x1 + … + xk, weights = w): schools
 * with weight 0 do not count in the residual degrees of freedom; t statistics
 * with n − k − 1 degrees of freedom.
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
  const standardized = standardize(factors, weights);
  if (standardized.constantColumn !== undefined) throw constantColumnError(column, standardized.constantColumn);
  const { xtwx, xtwz } = weightedNormalEquations(standardized.columns, y, weights);
  const inverse = invertOrExplain(xtwx, p, column);
  const beta = multiply(inverse, xtwz);
  let rss = 0;
  const fitted = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let f = beta[0];
    for (let j = 0; j < k; j++) f += beta[j + 1] * standardized.columns[j][i];
    fitted[i] = f;
    if (weights[i] !== 0) rss += weights[i] * (y[i] - f) * (y[i] - f);
  }
  const df = used - p;
  const h = leverage(standardized.columns, inverse, weights);
  return summarize(beta, inverse, standardized, rss / df, df, "t", 0, { fitted, leverage: h, deviance: rss });
}

export function tooFewSchools(used: number, k: number) {
  return numError({
    sv: `För få skolor: ${used} skolor med elever räcker inte för ${k} faktorer (minst ${k + 2} behövs).`,
    en: `Too few schools: ${used} schools with pupils are not enough for ${k} factors (at least ${k + 2} are needed).`,
  });
}
