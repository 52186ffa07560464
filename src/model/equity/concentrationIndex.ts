import { PooledUnits } from "./poolByIndex";

/**
 * Concentration index 2 · cov_w(resource, r) / mean_w(resource), where r is
 * the pupil-weighted fractional rank by need index, ascending; a pooled group
 * of equal index shares its mid-rank. Returns the covariance and the mean
 * separately so the caller can explain a zero mean.
 */
export function concentrationParts(units: PooledUnits): { covariance: number; mean: number } {
  const n = units.count;
  const data = units.data;
  const total = units.total;
  let before = 0;
  const mean = units.weighted / total;
  let covariance = 0;
  for (let u = 0; u < n; u++) {
    const weight = data[2 * u];
    const rank = (before + weight / 2) / total;
    covariance += weight * (data[2 * u + 1] - mean) * (rank - 0.5);
    before += weight;
  }
  return { covariance: covariance / total, mean };
}
