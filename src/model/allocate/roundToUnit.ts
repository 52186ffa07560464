import { keyArray } from "./workArrays";

/**
 * Rounds amounts to multiples of `unit` so that they sum exactly to `total`:
 * every amount is rounded down, then the units still missing go one at a time
 * to the largest remainders (ties: higher index first, then earlier row).
 * When `total` is not itself a multiple of the unit, its last, partial
 * remainder goes to the next school in that order. Schools without pupils
 * (`pupils` not above 0) are never given anything. `inPlace`: the result
 * overwrites the amounts (each is read before its school's result is written).
 */
export function roundToUnit(
  amounts: Float64Array,
  total: number,
  unit: number,
  index: Float64Array,
  pupils: Float64Array,
  inPlace?: boolean,
): Float64Array {
  const n = amounts.length;
  /** Whole units per school, turned into kronor at the end; `inPlace`: in the amounts' own array. */
  const result = inPlace ? amounts : new Float64Array(n);
  /**
   * 1 + the remainder as an integer of 1e-9 units (tiny float noise does not decide who gets a
   * unit) for a school with pupils, 0 for one without: no list of candidates is needed.
   */
  const keys = keyArray(n);
  let roundedUnits = 0;
  let others = 0;
  for (let k = 0; k < n; k++) {
    const exact = unit === 1 ? amounts[k] : amounts[k] / unit; // x / 1 is x; a division costs a third of this pass
    const down = floorGuarded(exact);
    result[k] = down;
    roundedUnits += down;
    // A remainder below 0 (the guard rounded up) counts as 0, as roundOrZero gives it.
    const key = pupils[k] > 0 ? 1 + roundOrZero((exact - down) * 1e9) : (others++, NOT_CANDIDATE);
    keys[k] = key;
  }
  const candidates = n - others;
  const totalUnits = total / unit;
  const wholeUnits = floorGuarded(totalUnits);
  const partial = Math.max(0, total - wholeUnits * unit);
  let missing = wholeUnits - roundedUnits;
  if (missing < 0) {
    takeBack(-missing, result, keys, index);
    missing = 0;
  }
  const recipients = missing + (partial > 0 ? 1 : 0);
  const chosen = firstInRuleOrder(keys, candidates, index, recipients, false);
  if ("all" in chosen) {
    // Float error in the amounts can leave more units than schools: deal them round again,
    // whole rounds at once (the count can be large when the amounts fall far short of the total).
    if (unit !== 1) for (let k = 0; k < n; k++) result[k] *= unit; // x · 1 is x: no pass for whole kronor
    const order = chosen.all;
    const rounds = Math.floor(missing / order.length);
    const rest = missing - rounds * order.length;
    for (let r = 0; r < order.length; r++) {
      result[order[r]] +=
        (rounds + (r < rest ? 1 : 0)) * unit + (partial > 0 && r === rest % order.length ? partial : 0);
    }
    return result;
  }
  // One unit to each school past the threshold, in the pass that turns units into kronor
  // (x · 1 + 1 · 0 is x: the same formula serves whole kronor), then to the boundary's chosen,
  // of which the last gets the partial unit instead when there is one.
  const { threshold, boundary } = chosen;
  // extra[1] for a key past the threshold (threshold − key < 0: its sign bit), extra[0] otherwise:
  // no branch on the keys, which half the schools would mispredict.
  const extra = Float64Array.of(0, unit);
  for (let k = 0; k < n; k++) result[k] = result[k] * unit + extra[(threshold - keys[k]) >>> 31];
  for (let b = 0; b < boundary.length; b++) {
    result[boundary[b]] += partial > 0 && b === boundary.length - 1 ? partial : unit;
  }
  return result;
}

/** The key of a school without pupils, never given a unit; a candidate's key is at least 1. */
const NOT_CANDIDATE = 0;
/** Keys are below 2^30 (1 + at most 1e9): 2^15 groups by their high 15 bits. */
const BUCKETS = 1 << 15;

/**
 * Rounds down, but a value a few floating-point steps below a whole number
 * counts as that whole number (2.9999999999999996 units is 3 units).
 */
function floorGuarded(x: number): number {
  return Math.floor(x + 8 * Number.EPSILON * Math.max(1, Math.abs(x)));
}

/**
 * Math.round for x below 2^52, but 0 for any x below 0.5 (negative too):
 * from 0.5 up, x + 0.5 rounds to the same floor exactly; below, it could
 * round up to 1. Math.round branches on the fraction, which a million random
 * remainders mispredict half the time: eight times the cost of this pass.
 */
function roundOrZero(x: number): number {
  return x < 0.5 ? 0 : Math.floor(x + 0.5);
}

/** The rule's order: largest remainder first, then higher index, then earlier row. */
const byRule = (keys: Uint32Array, index: Float64Array) => (a: number, b: number) =>
  keys[b] - keys[a] || index[b] - index[a] || a - b;

/**
 * The first `count` candidates in the rule's order (`reverse`: in its
 * reverse): every candidate whose key lies past `threshold` (above it;
 * `reverse`: below it), then `boundary`, those of key equal to it that are
 * chosen, in that order, so the last of all is last. Only the boundary group
 * needs the tie rule: a radix selection on the integer keys finds the
 * threshold in two passes over the keys, which
 * keeps a million rows fast. When `count` exceeds the candidates: `all` of
 * them in full order, to deal round again.
 */
function firstInRuleOrder(
  keys: Uint32Array,
  candidates: number,
  index: Float64Array,
  count: number,
  reverse: boolean,
): { threshold: number; boundary: number[] } | { all: number[] } {
  const rule = byRule(keys, index);
  const compare = reverse ? (a: number, b: number) => rule(b, a) : rule;
  // None: a threshold no key lies past.
  if (count <= 0 || candidates === 0) return { threshold: reverse ? NOT_CANDIDATE : Infinity, boundary: [] };
  if (count > candidates) {
    const all: number[] = [];
    for (let k = 0; k < keys.length; k++) if (keys[k] !== NOT_CANDIDATE) all.push(k);
    return { all: all.sort(compare) };
  }
  const threshold = nthSmallestKey(keys, candidates, reverse ? count - 1 : candidates - count);
  let past = 0;
  const boundary: number[] = [];
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k];
    past += Number(reverse ? key < threshold && key !== NOT_CANDIDATE : key > threshold);
    if (key === threshold) boundary.push(k);
  }
  // Fewer than `count` schools lie strictly past the threshold, so the last
  // one (the one a partial unit goes to) is always in the boundary group.
  return { threshold, boundary: firstOfBoundary(boundary, index, count - past, reverse, compare) };
}

/**
 * The `j`-th smallest key (from 0) of the candidates. Keys are whole numbers
 * below 2^30: one pass counts the high 15 bits, a
 * second the low 15 bits inside the bucket that holds it.
 */
function nthSmallestKey(keys: Uint32Array, candidates: number, j: number): number {
  // Counting every key and taking the others (key 0, in group 0) back out is faster than a test;
  // so is a pass of its own: counting inside the rounding pass took twice as long.
  const high = new Uint32Array(BUCKETS);
  for (let k = 0; k < keys.length; k++) high[keys[k] >>> 15]++;
  high[0] -= keys.length - candidates;
  let bucket = 0;
  while (j >= high[bucket]) j -= high[bucket++];
  const low = new Uint32Array(1 << 15);
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k];
    if (key >>> 15 === bucket && key !== NOT_CANDIDATE) low[key & 0x7fff]++;
  }
  let rest = 0;
  while (j >= low[rest]) j -= low[rest++];
  return bucket * (1 << 15) + rest;
}

/**
 * The first `m` of a group of equal remainders in rule order (higher index
 * first, then earlier row; `reverse`: lower index first, then later row), the
 * last of them last. A small group is simply sorted; a large one (many exact
 * amounts have remainder 0) is split at the m-th index by a native sort of
 * the index values instead of a comparator sort.
 */
function firstOfBoundary(
  boundary: number[],
  index: Float64Array,
  m: number,
  reverse: boolean,
  compare: (a: number, b: number) => number,
): number[] {
  const values = new Float64Array(boundary.length);
  for (let b = 0; b < boundary.length; b++) values[b] = index[boundary[b]];
  if (boundary.length <= 64 || values.some(Number.isNaN)) return boundary.sort(compare).slice(0, m);
  values.sort();
  const split = reverse ? values[m - 1] : values[values.length - m];
  const chosen: number[] = [];
  for (const k of boundary) if (reverse ? index[k] < split : index[k] > split) chosen.push(k);
  const rows = reverse ? boundary.reverse() : boundary;
  for (let b = 0; b < rows.length && chosen.length < m; b++) if (index[rows[b]] === split) chosen.push(rows[b]);
  return chosen;
}

/**
 * Float noise can round amounts up too many: take units back in the reverse
 * of the rule (smallest remainder first), one per school a round, until
 * `count` are back or nothing is left to take. Rare: its own copy of the keys
 * keeps only the schools that have a unit to give.
 */
function takeBack(count: number, units: Float64Array, keys: Uint32Array, index: Float64Array): void {
  const holderKeys = keys.map((key, k) => (units[k] >= 1 ? key : NOT_CANDIDATE));
  let holders = 0;
  for (const key of holderKeys) holders += Number(key !== NOT_CANDIDATE);
  const chosen = firstInRuleOrder(holderKeys, holders, index, count, true);
  if (!("all" in chosen)) {
    // One from each chosen holder: exactly `count` of them, each with a unit to give.
    const { threshold, boundary } = chosen;
    for (let k = 0; k < units.length; k++)
      if (holderKeys[k] !== NOT_CANDIDATE && holderKeys[k] < threshold) units[k] -= 1;
    for (const k of boundary) units[k] -= 1;
    return;
  }
  for (let taken = true; count > 0 && taken;) {
    taken = false;
    for (const k of chosen.all) {
      if (count === 0) break;
      if (units[k] < 1) continue;
      units[k] -= 1;
      count--;
      taken = true;
    }
  }
}
