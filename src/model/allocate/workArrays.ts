/**
 * Arrays an allocation needs only while it runs: each school's least and
 * most kronor, its slope scaled, and the rounding's remainder keys. They are kept for the next
 * call through a WeakRef: at a million schools a fresh 8 MB array costs about
 * 2 ms in page faults on first touch, more than a pass over it, and a
 * recalculation or Målsök calls ALLOCATE again and again with the same
 * schools. The garbage collector may drop them whenever no call holds them.
 * Calls never overlap (JavaScript runs one at a time and nothing here waits),
 * so one set is enough; each user overwrites every entry it reads.
 */
interface Held {
  scaled: Float64Array;
  low: Float64Array;
  high: Float64Array;
  keys: Uint32Array;
}

let held: WeakRef<Held> | undefined;

/** The kept arrays, grown to at least `n` entries, as views of exactly `n`. */
function workArrays(n: number): Held {
  let arrays = held?.deref();
  if (!arrays || arrays.low.length < n) {
    arrays = {
      scaled: new Float64Array(n),
      low: new Float64Array(n),
      high: new Float64Array(n),
      keys: new Uint32Array(n),
    };
    held = new WeakRef(arrays);
  }
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
