import { visitByIndex } from "./sortByIndex";

/**
 * Schools sorted by need index, with schools of equal index pooled into one
 * unit (their pupils summed, their resource pupil-weighted), so that row order
 * can never change a result. Interleaved, to keep a million rows in few
 * arrays: unit u's pupils (weight) at data[2u], its pupil-weighted mean
 * resource (0 for a unit without pupils) at data[2u + 1], ascending by index.
 * `data` is the sort's spare array: valid until the next sort.
 */
export interface PooledUnits {
  count: number;
  data: Float64Array;
  /** Pupils of all units. */
  total: number;
  /** Units with pupils (weight > 0). */
  withPupils: number;
  /** Σ weight × mean resource over the units, summed in index order. */
  weighted: number;
}

/** Each school's weight is its pupils / `scale` (EQUITYGAP scales the largest school to 1). */
export function poolByIndex(
  index: Float64Array,
  resource: Float64Array,
  pupils: Float64Array,
  scale: number,
): PooledUnits {
  const pooled: Pooling = {
    data: new Float64Array(0),
    units: 0,
    total: 0,
    withPupils: 0,
    weighted: 0,
    open: { index: NaN, weight: 0, sum: 0 },
  };
  // The units go into the sort's spare array (unit u at 2u never overtakes the schools handed over).
  visitByIndex(index, resource, pupils, (records, count, spare) => {
    pooled.data = spare;
    pool(records, count, scale, pooled);
  });
  const { data, units, total, open } = pooled;
  let { withPupils, weighted } = pooled;
  if (units > 0) {
    const mean = close(data, units - 1, open.weight, open.sum);
    withPupils += open.weight > 0 ? 1 : 0;
    weighted += open.weight * mean;
  }
  return { count: units, data, total, withPupils, weighted };
}

/** The pooling so far: the units before the open one are in `data`; the open one sums as schools come. */
interface Pooling {
  data: Float64Array;
  /** Units, the open one included. */
  units: number;
  total: number;
  withPupils: number;
  weighted: number;
  /** The last unit's index, its weight and its sum of weight × resource so far. */
  open: { index: number; weight: number; sum: number };
}

/** Adds the next chunk of schools in index order: a school of a new index closes the open unit. */
function pool(records: Float64Array, count: number, scale: number, pooled: Pooling): void {
  const { data, open } = pooled;
  let { units, total, withPupils, weighted } = pooled;
  let { index, weight, sum } = open;
  for (let s = 0; s < count; s++) {
    const x = records[3 * s];
    const w = records[3 * s + 2] / scale;
    if (units === 0 || x !== index) {
      if (units > 0) {
        const mean = close(data, units - 1, weight, sum);
        withPupils += weight > 0 ? 1 : 0;
        weighted += weight * mean;
      }
      units++;
      index = x;
      weight = 0;
      sum = 0;
    }
    weight += w;
    sum += w * records[3 * s + 1];
    total += w;
  }
  Object.assign(pooled, { units, total, withPupils, weighted });
  Object.assign(open, { index, weight, sum });
}

/** Writes unit u with its pupil-weighted mean resource (0 without pupils), and returns that mean. */
function close(data: Float64Array, u: number, weight: number, sum: number): number {
  const mean = weight > 0 ? sum / weight : 0;
  data[2 * u] = weight;
  data[2 * u + 1] = mean;
  return mean;
}
