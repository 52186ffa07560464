import { KeptForNextCall } from "../memory/keptForNextCall";

/**
 * Arrays an allocation needs only while it runs: each school's least and
 * most kronor, its slope scaled, and the rounding's remainder keys, kept for
 * the next call (KeptForNextCall says why). Each user overwrites every entry
 * it reads.
 */
interface Held {
  scaled: Float64Array;
  low: Float64Array;
  high: Float64Array;
  keys: Uint32Array;
}

const kept = new KeptForNextCall<Held>(
  (n) => ({
    scaled: new Float64Array(n),
    low: new Float64Array(n),
    high: new Float64Array(n),
    keys: new Uint32Array(n),
  }),
  (held) => held.low.length,
);

/** The kept arrays, grown to at least `n` entries, as views of exactly `n`. */
function workArrays(n: number): Held {
  const arrays = kept.take(n);
  if (n === arrays.low.length) return arrays;
  const { scaled, low, high, keys } = arrays;
  return {
    scaled: scaled.subarray(0, n),
    low: low.subarray(0, n),
    high: high.subarray(0, n),
    keys: keys.subarray(0, n),
  };
}

/** Room for each school's least and most kronor (contents undefined: the caller writes every entry). */
export function limitArrays(n: number): { low: Float64Array; high: Float64Array } {
  return workArrays(n);
}

/** Room for each school's scaled slope (contents undefined: the caller writes every entry). */
export function scaledArray(n: number): Float64Array {
  return workArrays(n).scaled;
}

/** Room for each school's rounding key (contents undefined: the caller writes every entry). */
export function keyArray(n: number): Uint32Array {
  return workArrays(n).keys;
}
