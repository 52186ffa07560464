import { numError } from "../errors";
import { tooFewSchools } from "./fitLinear";
import { ColumnName, FitResult, constantColumnError, defaultColumnName, invertOrExplain, summarize } from "./fitResult";
import { leverage } from "./leverage";
import { standardize } from "./standardize";
import { multiply, weightedNormalEquations } from "./weightedNormalEquations";

const EPSILON = 2.220446049250313e-16;
const THRESHOLD = 30;

/** R's logit inverse link, with its thresholds (binomial()$linkinv). */
function inverseLogit(eta: number): number {
  const t = eta < -THRESHOLD ? EPSILON : eta > THRESHOLD ? 1 / EPSILON : Math.exp(eta);
  return t / (1 + t);
}

/** dμ/dη for the logit link, floored as R floors it (binomial()$mu.eta). */
function muEta(eta: number): number {
  if (eta > THRESHOLD || eta < -THRESHOLD) return EPSILON;
  const e = Math.exp(eta);
  return e / ((1 + e) * (1 + e));
}

function yLogY(y: number, mu: number): number {
  return y !== 0 ? y * Math.log(y / mu) : 0;
}

/** Binomial deviance Σ 2 w (y log(y/μ) + (1−y) log((1−y)/(1−μ))). */
export function deviance(y: Float64Array, mu: Float64Array, w: Float64Array): number {
  let dev = 0;
  for (let i = 0; i < y.length; i++) {
    if (w[i] === 0) continue;
    dev += 2 * w[i] * (yLogY(y[i], mu[i]) + yLogY(1 - y[i], 1 - mu[i]));
  }
  return dev;
}

/**
 * Binomial GLM with logit link on grouped data — outcome a share in [0, 1],
 * weights the pupils (trials) — fitted as R's glm.fit does: IRLS from R's
 * starting values μ = (w·y + ½)/(w + 1), convergence when
 * |dev − dev_old| / (|dev| + 0.1) < 1e-8, at most 25 iterations. Standard
 * errors come from the last weighted least-squares step, as in R's summary().
 * `quasi`: standard errors scaled by the Pearson dispersion, t tests
 * (family = quasibinomial).
 */
export function fitLogit(
  factors: Float64Array[],
  y: Float64Array,
  weights: Float64Array,
  options: { quasi?: boolean; column?: ColumnName } = {},
): FitResult {
  const column = options.column ?? defaultColumnName;
  const k = factors.length;
  const p = k + 1;
  const n = y.length;
  let used = 0;
  for (let i = 0; i < n; i++) if (weights[i] > 0) used++;
  if (used < p + 1) throw tooFewSchools(used, k);
  const standardized = standardize(factors, weights);
  if (standardized.constantColumn !== undefined) throw constantColumnError(column, standardized.constantColumn);
  const Z = standardized.columns;

  const eta = new Float64Array(n);
  const mu = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const start = (weights[i] * y[i] + 0.5) / (weights[i] + 1);
    eta[i] = Math.log(start / (1 - start));
    mu[i] = inverseLogit(eta[i]);
  }
  let devOld = deviance(y, mu, weights);
  const z = new Float64Array(n);
  const working = new Float64Array(n);
  let inverse: Float64Array = new Float64Array(0);
  let beta: Float64Array = new Float64Array(p);
  let converged = false;
  let iterations = 0;
  for (iterations = 1; iterations <= 25; iterations++) {
    for (let i = 0; i < n; i++) {
      const d = muEta(eta[i]);
      const variance = mu[i] * (1 - mu[i]);
      z[i] = eta[i] + (y[i] - mu[i]) / d;
      working[i] = weights[i] > 0 ? (weights[i] * d * d) / variance : 0;
    }
    const { xtwx, xtwz } = weightedNormalEquations(Z, z, working);
    inverse = invertOrExplain(xtwx, p, column);
    beta = multiply(inverse, xtwz);
    for (let i = 0; i < n; i++) {
      let e = beta[0];
      for (let j = 0; j < k; j++) e += beta[j + 1] * Z[j][i];
      eta[i] = e;
      mu[i] = inverseLogit(e);
    }
    const dev = deviance(y, mu, weights);
    if (!Number.isFinite(dev)) break;
    if (Math.abs(dev - devOld) / (Math.abs(dev) + 0.1) < 1e-8) {
      converged = true;
      break;
    }
    devOld = dev;
  }
  if (!converged) {
    throw numError({
      sv: "Den logistiska modellen konvergerar inte (25 iterationer). Ofta betyder det att en faktor skiljer utfallen helt (perfekt separation) eller att utfallen är 0 eller 1 på nästan alla skolor.",
      en: "The logistic model does not converge (25 iterations). Often a factor separates the outcomes completely (perfect separation), or the outcomes are 0 or 1 at nearly every school.",
    });
  }
  const eps = 10 * EPSILON;
  for (let i = 0; i < n; i++) {
    if (weights[i] > 0 && (mu[i] > 1 - eps || mu[i] < eps)) {
      throw numError({
        sv: 'Modellen förutsäger andelar som i praktiken är 0 eller 1 (perfekt separation): en faktor skiljer utfallen helt åt. Ta bort faktorn eller använd modellen "linear".',
        en: 'The model predicts shares that are practically 0 or 1 (perfect separation): a factor separates the outcomes completely. Remove the factor or use the "linear" model.',
      });
    }
  }

  const dfResidual = used - p;
  let dispersion = 1;
  if (options.quasi) {
    // Pearson χ² / df with R's final working weights (from the last step) and residuals (from the final μ).
    let pearson = 0;
    for (let i = 0; i < n; i++) {
      if (working[i] <= 0) continue;
      const r = (y[i] - mu[i]) / muEta(eta[i]);
      pearson += working[i] * r * r;
    }
    dispersion = pearson / dfResidual;
  }
  return summarize(beta, inverse, standardized, dispersion, dfResidual, options.quasi ? "t" : "z", iterations, {
    fitted: mu,
    leverage: leverage(Z, inverse, working),
    deviance: deviance(y, mu, weights),
  });
}
