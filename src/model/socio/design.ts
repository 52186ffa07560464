/**
 * The design matrix of a fit, [1, x₁ − c₁, …, x_k − c_k], read in blocks of
 * rows copied into small column buffers. A pass over a million schools then
 * reads each factor once, works in cache on contiguous columns and
 * allocates nothing per row. The centres c (means of a sample of rows) keep
 * the normal equations as well conditioned as standardized columns would;
 * the Cholesky inverse scales each column itself, so no scaling is needed.
 * Written by hand: the fits need a weighted cross-product of a few columns,
 * which no small package does on typed arrays in blocks.
 */
export const BLOCK = 512;

export class Design {
  readonly k: number;
  /** Terms: intercept and k factors. */
  readonly p: number;
  readonly n: number;
  /** The current block's columns: x[0] all ones, x[j + 1] factor j minus its centre. */
  readonly x: Float64Array[];

  constructor(
    readonly factors: Float64Array[],
    readonly center: Float64Array,
    n: number,
  ) {
    this.k = factors.length;
    this.p = this.k + 1;
    this.n = n;
    this.x = Array.from({ length: this.p }, () => new Float64Array(BLOCK));
    this.x[0].fill(1);
  }

  /**
   * Loads rows start … start + length − 1 into x and, when `beta` is given,
   * their linear predictor x·β into `eta` in the same sweep.
   */
  load(start: number, length: number, beta?: Float64Array, eta?: Float64Array): void {
    if (beta && eta) eta.fill(beta[0], 0, length);
    for (let j = 0; j < this.k; j++) {
      const source = this.factors[j];
      const column = this.x[j + 1];
      const c = this.center[j];
      if (beta && eta) {
        const b = beta[j + 1];
        for (let i = 0; i < length; i++) {
          const v = source[start + i] - c;
          column[i] = v;
          eta[i] += b * v;
        }
      } else {
        for (let i = 0; i < length; i++) column[i] = source[start + i] - c;
      }
    }
  }
}

/**
 * Centres for the design: the weighted mean of each factor over at most 1 024
 * evenly spaced rows (unweighted if none of them has weight). Only
 * conditioning depends on them, and a sample's mean is as good as the exact
 * mean for that, at no cost.
 */
export function sampleCenter(factors: Float64Array[], weights: Float64Array): Float64Array {
  const n = weights.length;
  const step = Math.max(1, Math.floor(n / 1024));
  let total = 0;
  for (let i = 0; i < n; i += step) total += weights[i] > 0 ? weights[i] : 0;
  return Float64Array.from(factors, (x) => {
    let sum = 0;
    let count = 0;
    for (let i = 0; i < n; i += step) {
      const w = total > 0 ? (weights[i] > 0 ? weights[i] : 0) : 1;
      sum += w * x[i];
      count += w;
    }
    return count > 0 ? sum / count : 0;
  });
}

/**
 * Coefficients and their covariance for the factors as given from those for
 * the centred design: b_j = β_j, b_0 = β_0 − Σ β_j c_j, Cov = T C T' with
 * T = [[1, −c'], [0, I]].
 */
export function uncenter(
  beta: Float64Array,
  covariance: Float64Array,
  center: Float64Array,
): { coef: Float64Array; covariance: Float64Array } {
  const p = beta.length;
  const coef = Float64Array.from(beta);
  for (let j = 1; j < p; j++) coef[0] -= beta[j] * center[j - 1];
  // Row 0 of T C, then (T C) T': only row and column 0 change.
  const out = Float64Array.from(covariance);
  for (let b = 0; b < p; b++) {
    let s = covariance[b];
    for (let j = 1; j < p; j++) s -= center[j - 1] * covariance[j * p + b];
    out[b] = s;
  }
  for (let a = 0; a < p; a++) {
    let s = out[a * p];
    for (let j = 1; j < p; j++) s -= center[j - 1] * out[a * p + j];
    out[a * p] = s;
    if (a > 0) out[a] = s;
  }
  return { coef, covariance: out };
}
