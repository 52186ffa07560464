/**
 * Schools sorted by need index, with schools of equal index pooled into one
 * unit (their pupils summed, their resource pupil-weighted), so that row order
 * can never change a result.
 */
export interface PooledUnits {
  /** Index of each unit, ascending. */
  index: Float64Array;
  /** Pupils (weights) of each unit. */
  weight: Float64Array;
  /** Pupil-weighted mean resource of each unit (0 for a unit without pupils). */
  mean: Float64Array;
  /** Pupils of all units. */
  total: number;
}

export function poolByIndex(index: Float64Array, resource: Float64Array, weight: Float64Array): PooledUnits {
  const n = index.length;
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => index[a] - index[b]);
  const unitIndex = new Float64Array(n);
  const unitWeight = new Float64Array(n);
  const unitSum = new Float64Array(n);
  let units = 0;
  let total = 0;
  for (let s = 0; s < n; s++) {
    const i = order[s];
    if (units === 0 || index[i] !== unitIndex[units - 1]) {
      unitIndex[units] = index[i];
      units++;
    }
    unitWeight[units - 1] += weight[i];
    unitSum[units - 1] += weight[i] * resource[i];
    total += weight[i];
  }
  const mean = new Float64Array(units);
  for (let u = 0; u < units; u++) mean[u] = unitWeight[u] > 0 ? unitSum[u] / unitWeight[u] : 0;
  return { index: unitIndex.slice(0, units), weight: unitWeight.slice(0, units), mean, total };
}
