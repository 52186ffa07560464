/**
 * Rounds amounts to multiples of `unit` so that they sum exactly to `total`:
 * every amount is rounded down, then the units still missing go one at a time
 * to the largest remainders (ties: higher index first, then earlier row).
 * When `total` is not itself a multiple of the unit, its last, partial
 * remainder goes to the next school in that order. Schools marked ineligible
 * (no pupils) are never given anything.
 */
export function roundToUnit(
  amounts: Float64Array,
  total: number,
  unit: number,
  index: Float64Array,
  eligible: (k: number) => boolean,
): Float64Array {
  const n = amounts.length;
  const units = new Float64Array(n);
  /** Remainders as integers of 1e-9 units: tiny float noise does not decide who gets a unit. */
  const keys = new Float64Array(n);
  let roundedUnits = 0;
  const candidates: number[] = [];
  for (let k = 0; k < n; k++) {
    const exact = amounts[k] / unit;
    const down = floorGuarded(exact);
    units[k] = down;
    roundedUnits += down;
    if (eligible(k)) {
      keys[k] = Math.round(Math.max(0, exact - down) * 1e9);
      candidates.push(k);
    }
  }
  const totalUnits = total / unit;
  const wholeUnits = floorGuarded(totalUnits);
  const partial = Math.max(0, total - wholeUnits * unit);
  const missing = wholeUnits - roundedUnits;
  const recipients = missing + (partial > 0 ? 1 : 0);

  const extra = new Float64Array(n);
  // Float noise costs at most a unit per school; never loop longer than that.
  if (missing < 0) takeBack(Math.min(-missing, candidates.length), units, candidates, keys, index);
  const order = largestRemainderOrder(candidates, keys, index, recipients);
  for (let r = 0; r < recipients && r < order.length; r++) {
    const k = order[r];
    if (r < missing) extra[k] += unit;
    else extra[k] += partial;
  }
  const result = new Float64Array(n);
  for (let k = 0; k < n; k++) result[k] = units[k] * unit + extra[k];
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
 * The first `count` schools in largest-remainder order. Only the boundary
 * group needs a full sort: a native numeric sort of the keys finds the
 * threshold, which keeps a million rows fast.
 */
function largestRemainderOrder(candidates: number[], keys: Float64Array, index: Float64Array, count: number): number[] {
  if (count <= 0 || candidates.length === 0) return [];
  const take = Math.min(count, candidates.length);
  const sorted = new Float64Array(candidates.length);
  for (let c = 0; c < candidates.length; c++) sorted[c] = keys[candidates[c]];
  sorted.sort();
  const threshold = sorted[sorted.length - take];
  const above: number[] = [];
  const boundary: number[] = [];
  for (const k of candidates) {
    if (keys[k] > threshold) above.push(k);
    else if (keys[k] === threshold) boundary.push(k);
  }
  // Fewer than `take` schools lie strictly above the threshold, so the last
  // recipient (the one a partial unit goes to) is always in the boundary
  // group: only that group needs the tie rule.
  boundary.sort((a, b) => index[b] - index[a] || a - b);
  return above.concat(boundary).slice(0, take);
}

/**
 * Float noise can round one amount up too many: take units back from the
 * smallest remainders (the reverse of the rule) so the total stays exact.
 */
function takeBack(
  count: number,
  units: Float64Array,
  candidates: number[],
  keys: Float64Array,
  index: Float64Array,
): void {
  for (let r = 0; r < count; r++) {
    let best = -1;
    for (const k of candidates) {
      if (units[k] < 1) continue;
      if (
        best < 0 ||
        keys[k] < keys[best] ||
        (keys[k] === keys[best] && (index[k] < index[best] || (index[k] === index[best] && k > best)))
      )
        best = k;
    }
    if (best < 0) return;
    units[best] -= 1;
  }
}
