import { visitByIndex } from "./sortByIndex";

/**
 * Schools sorted by need index, with schools of equal index pooled into one
 * unit (their pupils summed, their resource pupil-weighted), so that row order
 * can never change a result. Interleaved, to keep a million rows in few
 * arrays: unit u's pupils (weight) at data[2u], its pupil-weighted mean
 * resource (0 for a unit without pupils) at data[2u + 1], ascending by index.
 */
export interface PooledUnits {
  count: number;
  data: Float64Array;
  /** Pupils of all units. */
  total: number;
}

/** Each school's weight is its pupils / `scale` (EQUITYGAP scales the largest school to 1). */
export function poolByIndex(
  index: Float64Array,
  resource: Float64Array,
  pupils: Float64Array,
  scale: number,
): PooledUnits {
  // The units go into the sort's spare array (unit u at 2u never overtakes the schools handed over).
  let data: Float64Array = new Float64Array(0);
  const pooled = { units: 0, unitIndex: NaN, total: 0 };
  visitByIndex(index, resource, pupils, (records, count, spare) => {
    data = spare;
    const done = Math.max(0, pooled.units - 1);
    pool(records, count, scale, data, pooled);
    // The units this chunk completed (all but the last) get their means while still in cache.
    toMeans(data, done, pooled.units - 1);
  });
  toMeans(data, Math.max(0, pooled.units - 1), pooled.units);
  return { count: pooled.units, data, total: pooled.total };
}

/** Units from..to: the sum of weight × resource becomes the pupil-weighted mean. */
function toMeans(data: Float64Array, from: number, to: number): void {
  for (let u = from; u < to; u++) data[2 * u + 1] = data[2 * u] > 0 ? data[2 * u + 1] / data[2 * u] : 0;
}

/** Adds the next chunk of schools in index order to the units (the sum of weight × resource for now). */
function pool(
  records: Float64Array,
  count: number,
  scale: number,
  data: Float64Array,
  pooled: { units: number; unitIndex: number; total: number },
): void {
  let { units, unitIndex, total } = pooled;
  for (let s = 0; s < count; s++) {
    const x = records[3 * s];
    const weight = records[3 * s + 2] / scale;
    if (units === 0 || x !== unitIndex) {
      unitIndex = x;
      data[2 * units] = 0;
      data[2 * units + 1] = 0;
      units++;
    }
    data[2 * units - 2] += weight;
    data[2 * units - 1] += weight * records[3 * s + 1];
    total += weight;
  }
  pooled.units = units;
  pooled.unitIndex = unitIndex;
  pooled.total = total;
}
