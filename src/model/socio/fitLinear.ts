import { numError } from "../errors";
import { Design, sampleCenter } from "./design";
import {
  ColumnName,
  FitResult,
  constantColumnError,
  defaultColumnName,
  invertOrExplain,
  once,
  summarize,
} from "./fitResult";
import { FitKernel, PassKind } from "./kernel";
import { leverage } from "./leverage";
import { NormalEquations, multiply } from "./weightedNormalEquations";

/**
 * Weighted least squares, as R's lm(y ~ x1 + … + xk, weights = w): schools
 * with weight 0 do not count in the residual degrees of freedom; t statistics
 * with n − k − 1 degrees of freedom. Two passes over the data (kernel.ts):
 * the normal equations, then fitted values and residual sum of squares.
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

  const center = sampleCenter(factors, weights);
  const kernel = new FitKernel(factors, y, weights, center);
  const equations = new NormalEquations(p, kernel.pass(PassKind.Linear).equations);
  const constant = equations.constantFactor(center);
  if (constant !== undefined) throw constantColumnError(column, constant);
  const inverse = invertOrExplain(equations.xtwx(), p, column);
  const beta = multiply(inverse, equations.xtwz());
  const rss = kernel.pass(PassKind.Predict, beta).logLikelihood;
  /** Xβ, out of the kernel or (after a later fit took it over) computed again. */
  const fitted = () => {
    if (kernel.owns()) return kernel.fitted();
    const again = new FitKernel(factors, y, weights, center);
    again.pass(PassKind.Linear);
    again.pass(PassKind.Predict, beta);
    return again.fitted();
  };
  const df = used - p;
  return summarize(beta, inverse, center, rss / df, df, "t", 0, {
    fitted,
    leverage: once(() => leverage(new Design(factors, center, n), inverse, weights)),
    deviance: rss,
  });
}

export function tooFewSchools(used: number, k: number) {
  return numError({
    sv: `För få skolor: ${used} skolor med elever räcker inte för ${k} faktorer (minst ${k + 2} behövs).`,
    en: `Too few schools: ${used} schools with pupils are not enough for ${k} factors (at least ${k + 2} are needed).`,
  });
}
