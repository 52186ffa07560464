/**
 * Factor columns centred and scaled (prior-weighted), so that the normal
 * equations stay well conditioned whatever the units of the factors (shares
 * or percent). Fits are done on these and transformed back.
 */
export interface Standardized {
  /** (x − mean) / scale, one Float64Array per factor. */
  columns: Float64Array[];
  mean: Float64Array;
  scale: Float64Array;
  /** A factor that does not vary among the schools with weight, if any. */
  constantColumn?: number;
}

export function standardize(factors: Float64Array[], weights: Float64Array): Standardized {
  const k = factors.length;
  const n = weights.length;
  const mean = new Float64Array(k);
  const scale = new Float64Array(k);
  let total = 0;
  for (let i = 0; i < n; i++) total += weights[i];
  const columns: Float64Array[] = [];
  let constantColumn: number | undefined;
  for (let j = 0; j < k; j++) {
    const x = factors[j];
    let sum = 0;
    let largest = 0;
    for (let i = 0; i < n; i++) {
      sum += weights[i] * x[i];
      if (weights[i] > 0) largest = Math.max(largest, Math.abs(x[i]));
    }
    const m = sum / total;
    let squares = 0;
    for (let i = 0; i < n; i++) squares += weights[i] * (x[i] - m) * (x[i] - m);
    const s = Math.sqrt(squares / total);
    if (!(s > 1e-12 * Math.max(1, largest))) {
      constantColumn ??= j;
    }
    mean[j] = m;
    scale[j] = s > 0 ? s : 1;
    const z = new Float64Array(n);
    for (let i = 0; i < n; i++) z[i] = (x[i] - m) / scale[j];
    columns.push(z);
  }
  return { columns, mean, scale, constantColumn };
}

/**
 * Coefficients and their covariance on the original scale from those on the
 * standardized scale: b_j = β_j / s_j, b_0 = β_0 − Σ β_j m_j / s_j, Cov = T C T'.
 */
export function unstandardize(
  beta: Float64Array,
  covariance: Float64Array,
  mean: Float64Array,
  scale: Float64Array,
): { coef: Float64Array; covariance: Float64Array } {
  const p = beta.length;
  const T = new Float64Array(p * p);
  T[0] = 1;
  for (let j = 1; j < p; j++) {
    T[j] = -mean[j - 1] / scale[j - 1];
    T[j * p + j] = 1 / scale[j - 1];
  }
  const coef = new Float64Array(p);
  for (let i = 0; i < p; i++) for (let j = 0; j < p; j++) coef[i] += T[i * p + j] * beta[j];
  const TC = new Float64Array(p * p);
  for (let i = 0; i < p; i++)
    for (let j = 0; j < p; j++) {
      let s = 0;
      for (let l = 0; l < p; l++) s += T[i * p + l] * covariance[l * p + j];
      TC[i * p + j] = s;
    }
  const out = new Float64Array(p * p);
  for (let i = 0; i < p; i++)
    for (let j = 0; j < p; j++) {
      let s = 0;
      for (let l = 0; l < p; l++) s += TC[i * p + l] * T[j * p + l];
      out[i * p + j] = s;
    }
  return { coef, covariance: out };
}
