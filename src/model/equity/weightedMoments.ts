/**
 * Pupil-weighted means, variances and covariance of need index and resource
 * (population form: divided by the total weight), in two passes for accuracy.
 */
export interface WeightedMoments {
  meanX: number;
  meanY: number;
  varX: number;
  varY: number;
  covXY: number;
}

export function weightedMoments(x: Float64Array, y: Float64Array, w: Float64Array): WeightedMoments {
  const n = x.length;
  let total = 0;
  let sx = 0;
  let sy = 0;
  for (let i = 0; i < n; i++) {
    total += w[i];
    sx += w[i] * x[i];
    sy += w[i] * y[i];
  }
  const meanX = sx / total;
  const meanY = sy / total;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i] - meanX;
    const dy = y[i] - meanY;
    sxx += w[i] * dx * dx;
    syy += w[i] * dy * dy;
    sxy += w[i] * dx * dy;
  }
  return { meanX, meanY, varX: sxx / total, varY: syy / total, covXY: sxy / total };
}
