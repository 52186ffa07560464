import { PooledUnits } from "./poolByIndex";

/**
 * Mean resource in the quarter of pupils with the lowest need and in the
 * quarter with the highest need. Quarters are of pupils, not schools: a unit
 * straddling a boundary counts with the part of its pupils on each side.
 */
export function quarterMeans(units: PooledUnits): { low: number; high: number } {
  const quarter = units.total / 4;
  return { low: quarterMean(units, quarter, 1), high: quarterMean(units, quarter, -1) };
}

function quarterMean(units: PooledUnits, quarter: number, direction: 1 | -1): number {
  const n = units.count;
  const data = units.data;
  let taken = 0;
  let sum = 0;
  for (let s = 0; s < n && taken < quarter; s++) {
    const u = direction === 1 ? s : n - 1 - s;
    const part = Math.min(data[2 * u], quarter - taken);
    taken += part;
    sum += part * data[2 * u + 1];
  }
  return sum / quarter;
}
