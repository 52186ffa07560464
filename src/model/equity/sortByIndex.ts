import { KeptForNextCall } from "../memory/keptForNextCall";

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
 * `spare` is an array of at least 3n numbers whose first 3 × (schools
 * handed over so far, this chunk included) the sort no longer needs: a
 * caller may write its own results there instead of allocating a
 * million-row array. They last until the next sort (which reuses it).
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
/** At most this many first-level buckets (Excel's 2^20 rows need 512; more schools make larger buckets). */
const MAX_BUCKETS = 4096;
/**
 * Where each bucket begins (START[b + 1] first counts bucket b) and where its
 * next record goes: made once, like the buffers below, for tighter loops.
 */
const START = new Uint32Array(MAX_BUCKETS + 1);
const NEXT = new Uint32Array(MAX_BUCKETS);
/** An insertion sort gives up (for the comparator sort) past this many moves per school. */
const MOVES_PER_SCHOOL = 8;

/**
 * The bucket sort; false, before visiting anything, for input it cannot split.
 * Each pass is a function of its own: V8 keeps a small loop's values in registers.
 */
function bucketSort(index: Float64Array, resource: Float64Array, pupils: Float64Array, visit: Visit): boolean {
  const n = index.length;
  const { min, max } = rangeOf(index);
  const buckets = Math.min(MAX_BUCKETS, Math.ceil(n / PER_BUCKET));
  const scale = buckets / (max - min);
  // NaN, ±Infinity, a range that overflows or underflows, or all equal: not for buckets.
  if (!Number.isFinite(min) || !Number.isFinite(max) || !Number.isFinite(scale) || !(scale > 0)) return false;
  const { ids, records } = workspace(n);
  START.fill(0, 0, buckets + 1);
  countBuckets(index, min, scale, buckets - 1, ids);
  let largest = 0;
  for (let b = 0; b < buckets; b++) {
    largest = Math.max(largest, START[b + 1]);
    START[b + 1] += START[b];
    NEXT[b] = START[b];
  }
  scatter(index, resource, pupils, ids, records);
  sortBuckets(records, buckets, largest, min, scale, visit);
  return true;
}

/**
 * Buckets of up to this many schools are sorted in buffers made once, when
 * the module loads: V8 compiles loops over typed arrays it knows as
 * constants much tighter (about a third off the work per bucket at a million
 * schools). A visitor must therefore not start another sort.
 */
const BUFFERED = 4096;
const SCRATCH = new Float64Array(3 * BUFFERED);
const COUNTS = new Uint32Array(BUFFERED + 1);
const FINE_IDS = new Uint32Array(BUFFERED);

/** Each first-level bucket (START as counted, `largest` schools at most) sorted in cache and handed over. */
function sortBuckets(
  records: Float64Array,
  buckets: number,
  largest: number,
  min: number,
  scale: number,
  visit: Visit,
): void {
  // Larger buckets (indexes bunched together) get buffers of their own.
  const own = largest > BUFFERED ? ownBuffers(largest) : undefined;
  for (let b = 0; b < buckets; b++) {
    const from = START[b];
    const m = START[b + 1] - from;
    if (m === 0) continue;
    // Bucket b spans [min + b / scale, min + (b + 1) / scale), up to rounding (hence the clamp).
    const low = min + b / scale;
    const chunk =
      own === undefined || m <= BUFFERED
        ? sortBucket(records, from, m, low, scale * m, SCRATCH, COUNTS, FINE_IDS)
        : sortBucket(records, from, m, low, scale * m, own.scratch, own.counts, own.fineIds);
    visit(chunk, m, records); // this bucket is in `chunk` now: records before its end are free
  }
}

function ownBuffers(schools: number) {
  return {
    scratch: new Float64Array(3 * schools),
    counts: new Uint32Array(schools + 1),
    fineIds: new Uint32Array(schools),
  };
}

/** Smallest and largest index; NaN if any is NaN (Math.min and Math.max pass it on). */
function rangeOf(index: Float64Array): { min: number; max: number } {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < index.length; i++) {
    min = Math.min(min, index[i]);
    max = Math.max(max, index[i]);
  }
  return { min, max };
}

/** Each school's first-level bucket (of last + 1) into `ids`, and bucket b's count into START[b + 1]. */
function countBuckets(index: Float64Array, min: number, scale: number, last: number, ids: Uint16Array): void {
  for (let i = 0; i < index.length; i++) {
    const b = bucketOf(index[i], min, scale, last);
    ids[i] = b;
    START[b + 1]++;
  }
}

/** Every school's record to the next free place of its bucket (NEXT: where each bucket's free places begin). */
function scatter(
  index: Float64Array,
  resource: Float64Array,
  pupils: Float64Array,
  ids: Uint16Array,
  records: Float64Array,
): void {
  for (let i = 0; i < index.length; i++) {
    const to = 3 * NEXT[ids[i]]++;
    records[to] = index[i];
    records[to + 1] = resource[i];
    records[to + 2] = pupils[i];
  }
}

/**
 * The bucket sort's two large arrays, kept for the next sort
 * (KeptForNextCall says why: at a million schools touching fresh memory
 * costs more than the scatter itself). What a caller wrote into `spare`
 * lasts until the next sort.
 */
interface Workspace {
  ids: Uint16Array;
  records: Float64Array;
}
const kept = new KeptForNextCall<Workspace>(
  (n) => ({ ids: new Uint16Array(n), records: new Float64Array(3 * n) }),
  (held) => held.ids.length,
);

function workspace(n: number): Workspace {
  return kept.take(n);
}

/**
 * The m records at `from`, all in one first-level bucket starting at `low`,
 * sorted: scattered stably into m even buckets (`fine` per unit of index)
 * in `scratch`, then insertion-sorted there, in cache. `fineIds` is free
 * space of at least m places (the first-level ids of schools already
 * scattered, no longer needed).
 */
function sortBucket(
  records: Float64Array,
  from: number,
  m: number,
  low: number,
  fine: number,
  scratch: Float64Array,
  counts: Uint32Array,
  fineIds: Uint32Array,
): Float64Array {
  const to = from + m;
  if (!Number.isFinite(fine) || m < 2) {
    scratch.set(records.subarray(3 * from, 3 * to));
  } else {
    const last = m - 1;
    counts.fill(0, 0, m + 1);
    for (let s = 0; s < m; s++) {
      const b = bucketOf(records[3 * (from + s)], low, fine, last);
      fineIds[s] = b;
      counts[b + 1]++;
    }
    for (let b = 0; b < m; b++) counts[b + 1] += counts[b];
    for (let s = 0; s < m; s++) {
      const at = 3 * counts[fineIds[s]]++;
      const r = 3 * (from + s);
      scratch[at] = records[r];
      scratch[at + 1] = records[r + 1];
      scratch[at + 2] = records[r + 2];
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
