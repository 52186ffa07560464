import { Text, numError, valueError } from "../errors";
import { choleskyInverse } from "../stats/choleskyInverse";
import { normalTwoSidedP } from "../stats/normalTwoSidedP";
import { studentTwoSidedP } from "../stats/studentTwoSidedP";
import { uncenter } from "./design";

/** A fitted model as R's summary() prints it: one entry per term, intercept first. */
export interface FitResult {
  coef: Float64Array;
  se: Float64Array;
  /** z (logit) or t (quasilogit, linear). */
  statistic: Float64Array;
  p: Float64Array;
  statisticKind: "z" | "t";
  dfResidual: number;
  dispersion: number;
  /** IRLS iterations (0 for least squares). */
  iterations: number;
  /** Each school's fitted value (R's fitted(): the predicted share for logit models), computed on first read. */
  readonly fitted: Float64Array;
  /** Each school's leverage (R's hatvalues()), computed on first call: only EXPECTED needs it. */
  leverage: () => Float64Array;
  /** Residual deviance (linear: the weighted residual sum of squares). */
  deviance: number;
}

/** What a fit adds to its summary: fitted values (computed when first read), leverage and deviance. */
export type FitDetails = Pick<FitResult, "leverage" | "deviance"> & { fitted: () => Float64Array };

/** Names factor j (0-based) in messages; set by the cell layer ("faktorer, kolumn 3"). */
export type ColumnName = (j: number) => Text;

export const defaultColumnName: ColumnName = (j) => ({ sv: `faktor ${j + 1}`, en: `factor ${j + 1}` });

export function constantColumnError(column: ColumnName, j: number) {
  const c = column(j);
  return valueError({
    sv: `${c.sv} har samma värde på alla skolor och kan inte skattas; ta bort den.`,
    en: `${c.en} has the same value at every school and cannot be estimated; remove it.`,
  });
}

/** (X'WX)^-1, or the #VALUE! that names the collinear factor. */
export function invertOrExplain(xtwx: Float64Array, p: number, column: ColumnName): Float64Array {
  const result = choleskyInverse(xtwx, p);
  if ("inverse" in result) return result.inverse;
  const j = result.dependentColumn;
  if (j === 0) {
    throw numError({
      sv: "Modellen kan inte skattas: vikterna (elever) är noll för nästan alla skolor.",
      en: "The model cannot be fitted: the weights (pupils) are zero for almost every school.",
    });
  }
  const c = column(j - 1);
  throw valueError({
    sv: `${c.sv} är (nästan) en linjär kombination av de andra faktorerna (kolinjäritet); ta bort den eller slå ihop faktorerna.`,
    en: `${c.en} is (nearly) a linear combination of the other factors (collinearity); remove it or combine the factors.`,
  });
}

/** Coefficients on the original scale, with standard errors, statistics and p-values. */
export function summarize(
  beta: Float64Array,
  unscaledCovariance: Float64Array,
  center: Float64Array,
  dispersion: number,
  dfResidual: number,
  statisticKind: "z" | "t",
  iterations: number,
  details: FitDetails,
): FitResult {
  const { coef, covariance } = uncenter(beta, unscaledCovariance, center);
  const p = coef.length;
  const se = new Float64Array(p);
  const statistic = new Float64Array(p);
  const pValue = new Float64Array(p);
  for (let j = 0; j < p; j++) {
    se[j] = Math.sqrt(Math.max(0, covariance[j * p + j] * dispersion));
    statistic[j] = coef[j] / se[j];
    pValue[j] = statisticKind === "z" ? normalTwoSidedP(statistic[j]) : studentTwoSidedP(statistic[j], dfResidual);
  }
  const { fitted, leverage, deviance } = details;
  const result = {
    coef,
    se,
    statistic,
    p: pValue,
    statisticKind,
    dfResidual,
    dispersion,
    iterations,
    leverage,
    deviance,
  };
  // Only EXPECTED reads the fitted values: a million of them are copied out of the fit's kernel when first read.
  return Object.defineProperty(result, "fitted", { get: once(fitted), enumerable: true }) as FitResult;
}

/** A value computed on the first call and kept. */
export function once<T>(compute: () => T): () => T {
  let value: T | undefined;
  let done = false;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value as T;
  };
}
