import { numError } from "../errors";
import { Design, sampleCenter } from "./design";
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
import { FitKernel, PassKind, PassSums } from "./kernel";
import { leverage } from "./leverage";
import { NormalEquations, multiply } from "./weightedNormalEquations";

function yLogY(y: number, mu: number): number {
  return y !== 0 ? y * Math.log(y / mu) : 0;
}

/** Binomial deviance Σ 2 w (y log(y/μ) + (1−y) log((1−y)/(1−μ))) (fitStatistics: the null deviance). */
export function deviance(y: Float64Array, mu: Float64Array, w: Float64Array): number {
  let dev = 0;
  for (let i = 0; i < y.length; i++) {
    if (w[i] === 0) continue;
    dev += 2 * w[i] * (yLogY(y[i], mu[i]) + yLogY(1 - y[i], 1 - mu[i]));
  }
  return dev;
}

/** R's convergence measure |dev − dev_old| / (|dev| + 0.1) (NaN when dev is not finite). */
function relativeChange(dev: number, devOld: number): number {
  return Math.abs(dev - devOld) / (Math.abs(dev) + 0.1);
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
 * Each iteration is one pass over the data (kernel.ts, in WebAssembly) that
 * computes μ, the deviance, the working weights and responses and sums the
 * normal equations for the next step, with R's link formulas
 * (binomial()$linkinv, $mu.eta and their thresholds). The deviance is summed
 * as 2 (Σ w h(y) − Σ w (y η − log(1 + e^η))): one exp and one log per school.
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

  const center = sampleCenter(factors, weights);
  const kernel = new FitKernel(factors, y, weights, center);
  const first = kernel.pass(PassKind.Start);
  const devianceOf = (result: PassSums) => 2 * (first.saturated - result.logLikelihood);
  let equations = new NormalEquations(p, first.equations);
  const constant = equations.constantFactor(center);
  if (constant !== undefined) throw constantColumnError(column, constant);

  let devOld = devianceOf(first);
  let change = Infinity;
  let changeBefore = Infinity;
  let inverse: Float64Array = new Float64Array(0);
  let beta: Float64Array = new Float64Array(p);
  let last: PassSums = first;
  let converged = false;
  /** The β of each pass that wrote working weights (undefined: the start). */
  const weightsAt: (Float64Array | undefined)[] = [undefined];
  /** Whether the last pass only checked convergence (else it wrote working weights of its own). */
  let convergedOnCheck = false;
  let iterations: number;
  for (iterations = 1; iterations <= 25; iterations++) {
    inverse = invertOrExplain(equations.xtwx(), p, column);
    beta = multiply(inverse, equations.xtwz());
    // IRLS converges quadratically, the next change about K·change² with K ≈ change / changeBefore²: when that
    // is well below R's 1e-8, first only check (no normal equations); make the full pass only if that was wrong.
    const likelyConverged = change < 1e-5 || (changeBefore < Infinity && change ** 3 < 1e-9 * changeBefore ** 2);
    const check = likelyConverged ? kernel.pass(PassKind.Check, beta) : undefined;
    if (check && relativeChange(devianceOf(check), devOld) < 1e-8) {
      last = check;
      convergedOnCheck = true;
      converged = true;
      break;
    }
    last = kernel.pass(PassKind.Step, beta);
    weightsAt.push(beta);
    equations = new NormalEquations(p, last.equations);
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
  // R's final working weights are those of the last least-squares step: the ones before β's own pass.
  const back = convergedOnCheck ? 0 : 1;
  const finalWeightsAt = weightsAt[weightsAt.length - 1 - back];
  const finalBeta = beta;
  const finalInverse = inverse;
  /** μ and the final working weights, out of the kernel, or (after a later fit took it over) fitted again. */
  const outputs = once(() => {
    let source = kernel;
    let weightsOut: Float64Array;
    if (kernel.owns()) {
      weightsOut = kernel.workingWeights(back);
      // μ is kept by a check pass only: after a full step, one more check at β.
      if (!convergedOnCheck) kernel.pass(PassKind.Check, finalBeta);
    } else {
      source = new FitKernel(factors, y, weights, center);
      source.pass(PassKind.Start);
      if (finalWeightsAt) source.pass(PassKind.Step, finalWeightsAt);
      weightsOut = source.workingWeights();
      source.pass(PassKind.Check, finalBeta);
    }
    return { fitted: source.fitted(), weights: weightsOut };
  });
  return summarize(beta, inverse, center, dispersion, dfResidual, options.quasi ? "t" : "z", iterations, {
    fitted: () => outputs().fitted,
    leverage: once(() => leverage(new Design(factors, center, n), finalInverse, outputs().weights)),
    deviance: devianceOf(last),
  });
}
