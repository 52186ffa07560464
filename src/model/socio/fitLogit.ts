import { numError } from "../errors";
import { BLOCK, Design, sampleCenter } from "./design";
import { tooFewSchools } from "./fitLinear";
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

const EPSILON = 2.220446049250313e-16;
const THRESHOLD = 30;

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

/** What one pass over the data found at the current coefficients. */
interface Pass {
  /** Σ w (y log μ + (1 − y) log(1 − μ)): the deviance is 2 (Σ w h(y) − this). */
  logLikelihood: number;
  /** Pearson χ² with the previous pass's working weights and this pass's μ. */
  pearson: number;
  /** Schools with weight whose μ is practically 0 or 1. */
  extreme: number;
}

/** R's convergence measure |dev − dev_old| / (|dev| + 0.1) (NaN when dev is not finite). */
function relativeChange(dev: number, devOld: number): number {
  return Math.abs(dev - devOld) / (Math.abs(dev) + 0.1);
}

/** The buffers a fit's passes share: n-long outputs, block-long scratch. */
interface Buffers {
  fitted: Float64Array;
  /** Working weights this pass writes. */
  working: Float64Array;
  /** Working weights of the pass before (R's final weights are the last step's). */
  previous: Float64Array;
  eta: Float64Array;
  z: Float64Array;
}

/** R's starting η = logit((w·y + ½)/(w + 1)) for a block; returns its Σ w h(y), h(y) = y log y + (1 − y) log(1 − y). */
function startBlock(start: number, length: number, y: Float64Array, weights: Float64Array, eta: Float64Array): number {
  let saturated = 0;
  for (let i = 0; i < length; i++) {
    const w = weights[start + i];
    const yi = y[start + i];
    const m = (w * yi + 0.5) / (w + 1);
    eta[i] = Math.log(m / (1 - m));
    if (w !== 0) saturated += w * ((yi !== 0 ? yi * Math.log(yi) : 0) + (yi !== 1 ? (1 - yi) * Math.log(1 - yi) : 0));
  }
  return saturated;
}

/**
 * μ, the deviance and Pearson terms for a block at η (R's binomial()$linkinv
 * and $mu.eta, with their thresholds) and, when `z` is given, the working
 * weights and responses of the next step. Sums go into `sums` (Pass order).
 */
function linkBlock(
  start: number,
  length: number,
  y: Float64Array,
  weights: Float64Array,
  b: Buffers,
  z: Float64Array | undefined,
  sums: Float64Array,
): void {
  const { eta, fitted, working, previous } = b;
  let logLikelihood = 0;
  let pearson = 0;
  let extreme = 0;
  for (let i = 0; i < length; i++) {
    const row = start + i;
    const w = weights[row];
    const yi = y[row];
    const e = eta[i];
    let mu: number;
    let d: number;
    let weight: number;
    if (e >= -THRESHOLD && e <= THRESHOLD) {
      // μ = t/(1 + t), dμ/dη = μ(1 − μ) = the variance, so the working weight is w·dμ/dη;
      // log μ = η − log(1 + t), log(1 − μ) = −log(1 + t). Rows without weight add zeros.
      const t = Math.exp(e);
      const u = 1 / (1 + t);
      mu = t * u;
      d = mu * u;
      weight = w * d;
      logLikelihood += w * (yi * e - Math.log1p(t));
    } else {
      // R's thresholds: μ stops at ε/(1 + ε) or 1/(1 + ε), dμ/dη at ε.
      const t = e < 0 ? EPSILON : 1 / EPSILON;
      mu = t / (1 + t);
      d = EPSILON;
      weight = w > 0 ? (w * d * d) / (mu * (1 - mu)) : 0;
      if (w !== 0) logLikelihood += w * (yi * Math.log(mu) + (1 - yi) * Math.log(1 - mu));
      if (w > 0 && (mu > 1 - 10 * EPSILON || mu < 10 * EPSILON)) extreme++;
    }
    fitted[row] = mu;
    const residual = (yi - mu) / d;
    pearson += previous[row] * residual * residual;
    if (z) {
      working[row] = weight;
      z[i] = e + residual;
    }
  }
  sums[0] += logLikelihood;
  sums[1] += pearson;
  sums[2] += extreme;
}

/**
 * One pass over the data at β (R's start when β is undefined): μ and the
 * deviance and, when `equations` are given, the working weights and the next
 * step's normal equations. Without them it only tells whether the fit has
 * converged, at a third of the cost.
 */
function irlsPass(
  design: Design,
  beta: Float64Array | undefined,
  y: Float64Array,
  weights: Float64Array,
  b: Buffers,
  equations: NormalEquations | undefined,
): Pass & { saturated: number } {
  const n = design.n;
  const sums = new Float64Array(3);
  let saturated = 0;
  for (let start = 0; start < n; start += BLOCK) {
    const length = Math.min(BLOCK, n - start);
    if (!beta) {
      design.load(start, length);
      saturated += startBlock(start, length, y, weights, b.eta);
    } else if (equations) design.load(start, length, beta, b.eta);
    else design.predict(start, length, beta, b.eta);
    linkBlock(start, length, y, weights, b, equations ? b.z : undefined, sums);
    equations?.add(design.x, b.working.subarray(start, start + length), b.z, length);
  }
  return { logLikelihood: sums[0], pearson: sums[1], extreme: sums[2], saturated };
}

/**
 * Binomial GLM with logit link on grouped data — outcome a share in [0, 1],
 * weights the pupils (trials) — fitted as R's glm.fit does: IRLS from R's
 * starting values μ = (w·y + ½)/(w + 1), convergence when
 * |dev − dev_old| / (|dev| + 0.1) < 1e-8, at most 25 iterations. Standard
 * errors come from the last weighted least-squares step, as in R's summary().
 * `quasi`: standard errors scaled by the Pearson dispersion, t tests
 * (family = quasibinomial).
 *
 * Each iteration is one pass over the data (design.ts) that computes μ,
 * the deviance, the working weights and responses and sums the normal
 * equations for the next step, with R's link formulas (binomial()$linkinv,
 * $mu.eta and their thresholds). The deviance is summed as
 * 2 (Σ w h(y) − Σ w (y η − log(1 + e^η))): one exp and one log per school.
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

  const design = new Design(factors, sampleCenter(factors, weights), n);
  const b: Buffers = {
    fitted: new Float64Array(n),
    working: new Float64Array(n),
    previous: new Float64Array(n),
    eta: new Float64Array(BLOCK),
    z: new Float64Array(BLOCK),
  };
  let equations = new NormalEquations(p);
  const first = irlsPass(design, undefined, y, weights, b, equations);
  const devianceOf = (result: Pass) => 2 * (first.saturated - result.logLikelihood);
  const constant = equations.constantFactor(design.center);
  if (constant !== undefined) throw constantColumnError(column, constant);

  let devOld = devianceOf(first);
  let change = Infinity;
  let changeBefore = Infinity;
  let inverse: Float64Array = new Float64Array(0);
  let beta: Float64Array = new Float64Array(p);
  let last: Pass = first;
  let converged = false;
  let iterations: number;
  for (iterations = 1; iterations <= 25; iterations++) {
    inverse = invertOrExplain(equations.xtwx(), p, column);
    beta = multiply(inverse, equations.xtwz());
    [b.working, b.previous] = [b.previous, b.working];
    // IRLS converges quadratically, the next change about K·change² with K ≈ change / changeBefore²: when that
    // is well below R's 1e-8, first only check (no normal equations); make the full pass only if that was wrong.
    const likelyConverged = change < 1e-5 || (changeBefore < Infinity && change ** 3 < 1e-9 * changeBefore ** 2);
    const check = likelyConverged ? irlsPass(design, beta, y, weights, b, undefined) : undefined;
    if (check && relativeChange(devianceOf(check), devOld) < 1e-8) {
      last = check;
      converged = true;
      break;
    }
    equations = new NormalEquations(p);
    last = irlsPass(design, beta, y, weights, b, equations);
    const dev = devianceOf(last);
    if (!Number.isFinite(dev)) break;
    changeBefore = change;
    change = relativeChange(dev, devOld);
    if (change < 1e-8) {
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
  if (last.extreme > 0) {
    throw numError({
      sv: 'Modellen förutsäger andelar som i praktiken är 0 eller 1 (perfekt separation): en faktor skiljer utfallen helt åt. Ta bort faktorn eller använd modellen "linear".',
      en: 'The model predicts shares that are practically 0 or 1 (perfect separation): a factor separates the outcomes completely. Remove the factor or use the "linear" model.',
    });
  }

  const dfResidual = used - p;
  // Pearson χ² / df with R's final working weights (from the last step) and residuals (from the final μ).
  const dispersion = options.quasi ? last.pearson / dfResidual : 1;
  const finalWeights = b.previous;
  const finalInverse = inverse;
  return summarize(beta, inverse, design.center, dispersion, dfResidual, options.quasi ? "t" : "z", iterations, {
    fitted: b.fitted,
    leverage: once(() => leverage(design, finalInverse, finalWeights)),
    deviance: devianceOf(last),
  });
}
