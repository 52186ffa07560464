import { PooledUnits } from "./poolByIndex";

/**
 * Concentration index 2 · cov_w(resource, r) / mean_w(resource), where r is
 * the pupil-weighted fractional rank by need index, ascending; a pooled group
 * of equal index shares its mid-rank. Returns the covariance and the mean
 * separately so the caller can explain a zero mean.
 */
export function concentrationParts(units: PooledUnits): { covariance: number; mean: number } {
  const n = units.weight.length;
  const total = units.total;
  let before = 0;
  let mean = 0;
  for (let u = 0; u < n; u++) mean += units.weight[u] * units.mean[u];
  mean /= total;
  let covariance = 0;
  for (let u = 0; u < n; u++) {
    const rank = (before + units.weight[u] / 2) / total;
    covariance += units.weight[u] * (units.mean[u] - mean) * (rank - 0.5);
    before += units.weight[u];
  }
  return { covariance: covariance / total, mean };
}
