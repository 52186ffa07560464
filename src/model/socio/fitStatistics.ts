import { FitModel } from "../functions/sociofit";
import { binomialLogLikelihood } from "../stats/binomialLogLikelihood";
import { chiSquareUpperP } from "../stats/chiSquareUpperP";
import { fisherUpperP } from "../stats/fisherUpperP";
import { FitResult } from "./fitResult";
import { deviance as binomialDeviance } from "./fitLogit";

/** The numbers SOCIOFIT's `stats` adds under the coefficient table, as R's summary(), AIC() and anova() give them. */
export interface FitStatistics {
  /** Schools in the fit with a positive weight (R's nobs()). */
  schools: number;
  /** Sum of the weights (pupils). */
  pupils: number;
  /** Incomplete rows left out (R's na.action). */
  leftOut: number;
  dfResidual: number;
  /** Residual deviance; linear: weighted residual sum of squares. */
  deviance: number;
  /** Deviance of the intercept-only model; linear: weighted total sum of squares about the weighted mean. */
  nullDeviance: number;
  /** 1 (logit), Pearson χ²/df (quasilogit), σ² (linear). */
  dispersion: number;
  /** R's AIC(); quasilogit has none. */
  aic: number | undefined;
  /** linear: summary.lm's r.squared; logit models: 1 − deviance / null deviance. */
  rSquared: number;
  /** Whole-model test: F (linear, quasilogit) or likelihood-ratio χ² (logit). */
  statistic: number;
  /** Its numerator degrees of freedom: the number of factors. */
  df: number;
  p: number;
}

/**
 * Fit statistics from a finished fit and its data (y, weights w), in the
 * three rows of four SOCIOFIT shows: schools, pupils, rows left out, residual
 * df; deviance, null deviance, dispersion, AIC; R², test statistic, its df, p.
 */
export function fitStatistics(
  fit: FitResult,
  model: FitModel,
  y: Float64Array,
  w: Float64Array,
  leftOut: number,
): FitStatistics {
  const n = y.length;
  const k = fit.coef.length - 1;
  let schools = 0;
  let pupils = 0;
  let weightedY = 0;
  for (let i = 0; i < n; i++) {
    if (w[i] > 0) schools++;
    pupils += w[i];
    weightedY += w[i] * y[i];
  }
  const meanY = weightedY / pupils;
  const common = { schools, pupils, leftOut, dfResidual: fit.dfResidual, deviance: fit.deviance, df: k };

  if (model === "linear") {
    // summary.lm: mss about the weighted mean of the fitted values; logLik.lm over the schools with weight.
    let meanFitted = 0;
    for (let i = 0; i < n; i++) meanFitted += (w[i] * fit.fitted[i]) / pupils;
    let mss = 0;
    let tss = 0;
    let logW = 0;
    for (let i = 0; i < n; i++) {
      mss += w[i] * (fit.fitted[i] - meanFitted) ** 2;
      tss += w[i] * (y[i] - meanY) ** 2;
      if (w[i] > 0) logW += Math.log(w[i]);
    }
    const rss = fit.deviance;
    const logLik = 0.5 * (logW - schools * (Math.log(2 * Math.PI) + 1 - Math.log(schools) + Math.log(rss)));
    const f = mss / k / fit.dispersion;
    return {
      ...common,
      nullDeviance: tss,
      dispersion: fit.dispersion,
      aic: -2 * logLik + 2 * (k + 2),
      rSquared: mss / (mss + rss),
      statistic: f,
      p: fisherUpperP(f, k, fit.dfResidual),
    };
  }

  const nullDeviance = binomialDeviance(y, new Float64Array(n).fill(meanY), w);
  const drop = nullDeviance - fit.deviance;
  const rSquared = 1 - fit.deviance / nullDeviance;
  if (model === "quasilogit") {
    const f = drop / (k * fit.dispersion);
    return {
      ...common,
      nullDeviance,
      dispersion: fit.dispersion,
      aic: undefined,
      rSquared,
      statistic: f,
      p: fisherUpperP(f, k, fit.dfResidual),
    };
  }
  return {
    ...common,
    nullDeviance,
    dispersion: 1,
    aic: -2 * binomialLogLikelihood(y, w, fit.fitted) + 2 * (k + 1),
    rSquared,
    statistic: drop,
    p: chiSquareUpperP(drop, k),
  };
}
