import { AllocationMethod, pupilWeight, usableWeight } from "./weights";

/** What one pass over the schools adds up, and the first school it could not use. */
export interface SlopeSums {
  /** The first school whose index, pupils, floor or cap cannot be used; −1 for none. */
  problem: number;
  /** Σ floor · pupils. */
  floorTotal: number;
  /** Σ pupils · weight. */
  slopeTotal: number;
  /** The most the schools can take: Σ cap · pupils where the weight is above 0, floor · pupils elsewhere. */
  reachable: number;
  /** The largest pupils · weight. */
  slopeMax: number;
}

/**
 * Each school's slope (pupils × weight) and least and most kronor (floor and
 * cap per pupil × pupils; all 0 for a school without pupils), with the sums
 * the allocation is checked against, in one pass over the columns. A floor
 * of NaN means none (0), a cap of NaN none (Infinity). `floors` and `caps`
 * are per school; they may be `low` and `high` themselves, filled with one
 * value for every school (each entry is read before it is written). Stops at
 * the first school whose numbers cannot be used, for the caller to explain:
 * the loop stays small, which lets the engine compile it well (inside the
 * function with the messages it took four times as long).
 */
export function slopesAndLimits(
  pupils: Float64Array,
  index: Float64Array,
  method: AllocationMethod,
  parameter: number,
  floors: Float64Array,
  caps: Float64Array,
  into: { slope: Float64Array; low: Float64Array; high: Float64Array },
): SlopeSums {
  const { slope, low, high } = into;
  let floorTotal = 0;
  let slopeTotal = 0;
  let reachable = 0;
  let slopeMax = 0;
  const n = pupils.length;
  for (let k = 0; k < n; k++) {
    const p = pupils[k];
    const x = index[k];
    const weight = pupilWeight(x, method, parameter);
    let floor = floors[k];
    let cap = caps[k];
    // The usual school (pupils, an index ≥ 0 with a finite weight, 0 ≤ floor ≤ cap; NaN fails
    // every comparison) needs none of the checks below: one test instead of ten.
    if (!(p > 0 && x >= 0 && weight < Infinity && floor >= 0 && floor <= cap)) {
      if (floor !== floor) floor = 0; // NaN: no floor for this school
      if (cap !== cap) cap = Infinity; // NaN: no cap
      if (!usableWeight(x, weight, method) || !(p >= 0) || floor < 0 || cap < 0 || floor > cap) {
        return { problem: k, floorTotal, slopeTotal, reachable, slopeMax };
      }
      if (p === 0) {
        slope[k] = low[k] = high[k] = 0; // no pupils, no money
        continue;
      }
    }
    const s = p * weight;
    const least = floor * p;
    const most = cap * p;
    slope[k] = s;
    low[k] = least;
    high[k] = most;
    floorTotal += least;
    slopeTotal += s;
    reachable += s > 0 ? most : least;
    slopeMax = s > slopeMax ? s : slopeMax;
  }
  return { problem: -1, floorTotal, slopeTotal, reachable, slopeMax };
}
