/**
 * Pupil-weighted means, variances and covariance of need index and resource
 * (population form: divided by the total weight), in two passes for accuracy.
 * Each school's weight is its pupils / `scale`, computed on the fly (no
 * array of weights to allocate at a million rows). No default parameter
 * values in hot functions: with one, V8 (under tsx, as the bench runs) kept
 * re-entering stale optimized code, 2–3× slower.
 */
export interface WeightedMoments {
  meanX: number;
  meanY: number;
  varX: number;
  varY: number;
  covXY: number;
  /** At least two distinct indexes among schools with weight > 0: the relation can be measured. */
  varies: boolean;
  /**
   * Every weight in [0, 1] and finite, every index and resource finite, and
   * Σ weight·|resource| far from overflow: then no pupil-weighted mean of any
   * part of the resource (such as a quarter's) can overflow either.
   */
  tame: boolean;
}

export function weightedMoments(
  x: Float64Array,
  y: Float64Array,
  pupils: Float64Array,
  scale: number,
): WeightedMoments {
  const n = x.length;
  let total = 0;
  let sx = 0;
  let sy = 0;
  let absY = 0;
  let tame = true;
  let varies = false;
  let first = NaN;
  for (let i = 0; i < n; i++) {
    const w = pupils[i] / scale;
    total += w;
    sx += w * x[i];
    sy += w * y[i];
    absY += w * Math.abs(y[i]);
    if (!(w >= 0 && w <= 1) || !Number.isFinite(x[i]) || !Number.isFinite(y[i])) tame = false;
    if (w > 0) {
      if (first !== first) first = x[i];
      else if (x[i] !== first) varies = true;
    }
  }
  const meanX = sx / total;
  const meanY = sy / total;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    const w = pupils[i] / scale;
    const dx = x[i] - meanX;
    const dy = y[i] - meanY;
    sxx += w * dx * dx;
    syy += w * dy * dy;
    sxy += w * dx * dy;
  }
  tame = tame && absY < 1e300;
  return { meanX, meanY, varX: sxx / total, varY: syy / total, covXY: sxy / total, varies, tame };
}
