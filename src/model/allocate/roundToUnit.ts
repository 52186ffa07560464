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
  /** Remainders as integers of 1e-9 units: tiny float noise does not decide who gets a unit. */
  const keys = new Float64Array(n);
  let roundedUnits = 0;
  const eligibleRows = new Int32Array(n);
  let eligibleCount = 0;
  for (let k = 0; k < n; k++) {
    const exact = unit === 1 ? amounts[k] : amounts[k] / unit; // x / 1 is x; a division costs a third of this pass
    const down = floorGuarded(exact);
    result[k] = down;
    roundedUnits += down;
    if (pupils[k] > 0) {
      keys[k] = roundNonNegative(Math.max(0, exact - down) * 1e9);
      eligibleRows[eligibleCount++] = k;
    }
  }
  const candidates = eligibleRows.subarray(0, eligibleCount);
  const totalUnits = total / unit;
  const wholeUnits = floorGuarded(totalUnits);
  const partial = Math.max(0, total - wholeUnits * unit);
  let missing = wholeUnits - roundedUnits;
  if (missing < 0) {
    takeBack(-missing, result, Array.from(candidates), keys, index);
    missing = 0;
  }
  const recipients = missing + (partial > 0 ? 1 : 0);

  const order = largestRemainderOrder(candidates, keys, index, recipients, false);
  // The recipients' kronor first (the keys are no longer needed: they hold them), then everyone's.
  const given = keys;
  if (order.length > 0) {
    // Float error in the amounts can leave more units than schools: deal them round again,
    // whole rounds at once (the count can be large when the amounts fall far short of the total).
    const rounds = Math.floor(missing / order.length);
    const rest = missing - rounds * order.length;
    for (let r = 0; r < order.length; r++) {
      const extra = (rounds + (r < rest ? 1 : 0)) * unit + (partial > 0 && r === rest % order.length ? partial : 0);
      given[r] = result[order[r]] * unit + extra;
    }
  }
  if (unit !== 1) for (let k = 0; k < n; k++) result[k] *= unit; // x · 1 is x: no pass for whole kronor
  for (let r = 0; r < order.length; r++) result[order[r]] = given[r];
  return result;
}

/**
 * Rounds down, but a value a few floating-point steps below a whole number
 * counts as that whole number (2.9999999999999996 units is 3 units).
 */
function floorGuarded(x: number): number {
  return Math.floor(x + 8 * Number.EPSILON * Math.max(1, Math.abs(x)));
}

/**
 * Math.round for 0 ≤ x < 2^52, exactly: there x + 0.5 rounds to the same
 * floor (below 0.5 it could round up to 1). Math.round branches on the
 * fraction, which a million random remainders mispredict half the time:
 * eight times the cost of this pass.
 */
function roundNonNegative(x: number): number {
  return x < 0.5 ? 0 : Math.floor(x + 0.5);
}

/** The rule's order: largest remainder first, then higher index, then earlier row. */
const byRule = (keys: Float64Array, index: Float64Array) => (a: number, b: number) =>
  keys[b] - keys[a] || index[b] - index[a] || a - b;

/**
 * The first `count` schools in largest-remainder order (`reverse`: in the
 * reverse of it), the one last in that order last (it is the one a partial
 * unit goes to); when `count` exceeds the candidates, every candidate in full
 * order. Only the boundary group needs the tie rule: a radix selection on the
 * integer keys finds the threshold in two passes, which keeps a million rows
 * fast.
 */
function largestRemainderOrder(
  candidates: ArrayLike<number>,
  keys: Float64Array,
  index: Float64Array,
  count: number,
  reverse: boolean,
): ArrayLike<number> {
  if (count <= 0 || candidates.length === 0) return [];
  const rule = byRule(keys, index);
  const compare = reverse ? (a: number, b: number) => rule(b, a) : rule;
  // More than one each: every school, in full order, to deal round again.
  if (count > candidates.length) return Array.from(candidates).sort(compare);
  const threshold = nthSmallestKey(candidates, keys, reverse ? count - 1 : candidates.length - count);
  const order = new Int32Array(count);
  let past = 0;
  const boundary: number[] = [];
  // Without branches on the keys (random remainders would mispredict half of them):
  // every school is written at the end, which moves on only past the threshold.
  // Fewer than `count` are past it, so the writes stay inside `order`.
  for (let c = 0; c < candidates.length; c++) {
    const k = candidates[c];
    const key = keys[k];
    order[past] = k;
    past += Number(reverse ? key < threshold : key > threshold);
    if (key === threshold) boundary.push(k);
  }
  // Fewer than `count` schools lie strictly past the threshold, so the last
  // one (the one a partial unit goes to) is always in the boundary group:
  // only that group needs the tie rule.
  order.set(firstOfBoundary(boundary, index, count - past, reverse, compare), past);
  return order;
}

/**
 * The `j`-th smallest key (from 0) of the candidates. Keys are whole numbers
 * in [0, 1e9] (remainders in 1e-9 units), below 2^30: one pass counts the
 * high 15 bits, a second the low 15 bits inside the bucket that holds it.
 */
function nthSmallestKey(candidates: ArrayLike<number>, keys: Float64Array, j: number): number {
  const high = new Uint32Array(1 << 15);
  for (let c = 0; c < candidates.length; c++) high[keys[candidates[c]] >>> 15]++;
  let bucket = 0;
  while (j >= high[bucket]) j -= high[bucket++];
  const low = new Uint32Array(1 << 15);
  for (let c = 0; c < candidates.length; c++) {
    const key = keys[candidates[c]];
    if (key >>> 15 === bucket) low[key & 0x7fff]++;
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
 * `count` are back or nothing is left to take.
 */
function takeBack(
  count: number,
  units: Float64Array,
  candidates: number[],
  keys: Float64Array,
  index: Float64Array,
): void {
  const holders = candidates.filter((k) => units[k] >= 1);
  const order = Array.from(largestRemainderOrder(holders, keys, index, count, true));
  for (let taken = true; count > 0 && taken;) {
    taken = false;
    for (const k of order) {
      if (count === 0) break;
      if (units[k] < 1) continue;
      units[k] -= 1;
      count--;
      taken = true;
    }
  }
}
