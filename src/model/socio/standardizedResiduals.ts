import { FitModel } from "../functions/sociofit";
import { FitResult } from "./fitResult";

/**
 * Each school's standardized residual, as R's rstandard(): for the linear
 * model √w·(y − ŷ) / (σ̂ √(1 − h)); for logit models, rstandard(type =
 * "pearson"), the Pearson residual √w·(y − μ)/√(μ(1 − μ)) over
 * √(φ (1 − h)), with φ 1 (logit) or the Pearson dispersion (quasilogit), h
 * the leverage. A school with leverage 1 (it alone fixes a coefficient) has
 * none: NaN here, for the caller to explain.
 */
export function standardizedResiduals(fit: FitResult, model: FitModel, y: Float64Array, w: Float64Array): Float64Array {
  const n = y.length;
  const out = new Float64Array(n);
  const leverage = fit.leverage();
  for (let i = 0; i < n; i++) {
    const mu = fit.fitted[i];
    const scale = model === "linear" ? 1 : Math.sqrt(mu * (1 - mu));
    const pearson = (Math.sqrt(w[i]) * (y[i] - mu)) / scale;
    const denominator = Math.sqrt(fit.dispersion * (1 - leverage[i]));
    out[i] = denominator > 0 ? pearson / denominator : NaN;
  }
  return out;
}
