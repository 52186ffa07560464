/**
 * Hands the schools over in need-index order, ascending and stable (equal
 * indexes keep their row order), in consecutive chunks of interleaved
 * records: record r of a chunk has its index at [3r], its resource at
 * [3r + 1] and its pupils at [3r + 2].
 *
 * Written by hand because no package sorts three typed columns by one key
 * stably, and at a million rows both a comparator sort (~0,4 s) and scattering
 * straight into place (every write a cache miss) are far from one pass over
 * the data. Here: a stable scatter of whole records into ~n/2048 buckets that
 * split the index range evenly (few write streams), then each bucket, now in
 * cache, the same way into as many buckets as it has schools, an insertion
 * sort of that almost sorted chunk, and the chunk handed over. An even split
 * sends x < y to the same or an earlier bucket, so this is exactly the order
 * the stable comparator sort gives. Inputs it cannot split (NaN, infinite, a
 * range too wide or too narrow to scale) take the comparator sort, the
 * reference path, and so does a bucket whose insertion sort runs long.
 *
 * `spare` is an array of 3n numbers whose first 3 × (schools handed over
 * so far, this chunk included) the sort no longer needs: a caller may write
 * its own results there instead of allocating a million-row array.
 */
export type Visit = (records: Float64Array, count: number, spare: Float64Array) => void;

export function visitByIndex(index: Float64Array, resource: Float64Array, pupils: Float64Array, visit: Visit): void {
  if (!bucketSort(index, resource, pupils, visit)) {
    const n = index.length;
    const sorted = sortedRecords(interleave(index, resource, pupils, 0, n), n);
    visit(sorted, n, new Float64Array(3 * n));
  }
}

/** Schools per first-level bucket, on average: a bucket's records fit in the fastest caches. */
const PER_BUCKET = 2048;
/** An insertion sort gives up (for the comparator sort) past this many moves per school. */
const MOVES_PER_SCHOOL = 8;

/** The bucket sort; false, before visiting anything, for input it cannot split. */
function bucketSort(index: Float64Array, resource: Float64Array, pupils: Float64Array, visit: Visit): boolean {
  const n = index.length;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const x = index[i];
    if (x < min) min = x;
    if (x > max) max = x;
    if (x !== x) return false; // NaN
  }
  const buckets = Math.ceil(n / PER_BUCKET);
  const scale = buckets / (max - min);
  // ±Infinity, a range that overflows or underflows, or all equal: not for buckets.
  if (!Number.isFinite(min) || !Number.isFinite(max) || !Number.isFinite(scale) || !(scale > 0)) return false;
  const last = buckets - 1;
  // start[b + 1] counts bucket b; after the prefix sum start[b] is where bucket b begins.
  const start = new Uint32Array(buckets + 1);
  // Each school's bucket, kept from the count for the scatter (Excel's 2^20 rows need ≤ 512 buckets).
  const ids = buckets <= 1 << 16 ? new Uint16Array(n) : new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const b = bucketOf(index[i], min, scale, last);
    ids[i] = b;
    start[b + 1]++;
  }
  for (let b = 0; b < buckets; b++) start[b + 1] += start[b];
  const next = start.slice(0, buckets);
  const records = new Float64Array(3 * n);
  for (let i = 0; i < n; i++) {
    const to = 3 * next[ids[i]]++;
    records[to] = index[i];
    records[to + 1] = resource[i];
    records[to + 2] = pupils[i];
  }
  let largest = 0;
  for (let b = 0; b < buckets; b++) largest = Math.max(largest, start[b + 1] - start[b]);
  const scratch = new Float64Array(3 * largest);
  const counts = new Uint32Array(largest + 1);
  for (let b = 0; b < buckets; b++) {
    const m = start[b + 1] - start[b];
    if (m === 0) continue;
    // Bucket b spans [min + b / scale, min + (b + 1) / scale), up to rounding (hence the clamp).
    const chunk = sortBucket(records, start[b], m, min + b / scale, scale * m, scratch, counts);
    visit(chunk, m, records); // this bucket is in `chunk` now: records before its end are free
  }
  return true;
}

/**
 * The m records at `from`, all in one first-level bucket starting at `low`,
 * sorted: scattered stably into m even buckets (`fine` per unit of index)
 * in `scratch`, then insertion-sorted there, in cache.
 */
function sortBucket(
  records: Float64Array,
  from: number,
  m: number,
  low: number,
  fine: number,
  scratch: Float64Array,
  counts: Uint32Array,
): Float64Array {
  const to = from + m;
  if (!Number.isFinite(fine) || m < 2) {
    scratch.set(records.subarray(3 * from, 3 * to));
  } else {
    const last = m - 1;
    counts.fill(0, 0, m + 1);
    for (let s = from; s < to; s++) counts[bucketOf(records[3 * s], low, fine, last) + 1]++;
    for (let b = 0; b < m; b++) counts[b + 1] += counts[b];
    for (let s = from; s < to; s++) {
      const x = records[3 * s];
      const at = 3 * counts[bucketOf(x, low, fine, last)]++;
      scratch[at] = x;
      scratch[at + 1] = records[3 * s + 1];
      scratch[at + 2] = records[3 * s + 2];
    }
  }
  // Stopped early, the insertion sort leaves equal indexes in row order: the comparator sort finishes.
  return insertionSort(scratch, m, MOVES_PER_SCHOOL * m) ? scratch : sortedRecords(scratch, m);
}

/**
 * The bucket of x among last + 1 even ones from `low`, `scale` buckets per
 * unit: ⌊(x − low) · scale⌋ clamped to 0..last, which never decreases as x
 * grows. The product is below 2^31 (at most a rounding past last + 1), so
 * truncating with | 0 is the floor, for non-negative values, and cheaper.
 */
function bucketOf(x: number, low: number, scale: number, last: number): number {
  const b = ((x - low) * scale) | 0;
  return b < 0 ? 0 : b > last ? last : b;
}

/** Stable insertion sort of the first n records by index; false if it would take more than `budget` moves. */
function insertionSort(records: Float64Array, n: number, budget: number): boolean {
  let moves = 0;
  for (let s = 1; s < n; s++) {
    const key = records[3 * s];
    if (!(records[3 * s - 3] > key)) continue;
    const resource = records[3 * s + 1];
    const pupils = records[3 * s + 2];
    let t = s;
    while (t > 0 && records[3 * t - 3] > key) {
      records[3 * t] = records[3 * t - 3];
      records[3 * t + 1] = records[3 * t - 2];
      records[3 * t + 2] = records[3 * t - 1];
      t--;
    }
    records[3 * t] = key;
    records[3 * t + 1] = resource;
    records[3 * t + 2] = pupils;
    moves += s - t;
    if (moves > budget) return false;
  }
  return true;
}

function interleave(index: Float64Array, resource: Float64Array, pupils: Float64Array, from: number, to: number) {
  const records = new Float64Array(3 * (to - from));
  for (let i = from; i < to; i++) {
    records[3 * (i - from)] = index[i];
    records[3 * (i - from) + 1] = resource[i];
    records[3 * (i - from) + 2] = pupils[i];
  }
  return records;
}

/** The reference path: the first n records, sorted stably by a comparator sort of their positions (any input). */
export function sortedRecords(records: Float64Array, n: number): Float64Array {
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => records[3 * a] - records[3 * b]);
  const sorted = new Float64Array(3 * n);
  for (let s = 0; s < n; s++) {
    const i = order[s];
    sorted[3 * s] = records[3 * i];
    sorted[3 * s + 1] = records[3 * i + 1];
    sorted[3 * s + 2] = records[3 * i + 2];
  }
  return sorted;
}
