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
  let missing = wholeUnits - roundedUnits;
  if (missing < 0) {
    takeBack(-missing, units, candidates, keys, index);
    missing = 0;
  }
  const recipients = missing + (partial > 0 ? 1 : 0);

  const extra = new Float64Array(n);
  const order = largestRemainderOrder(candidates, keys, index, recipients);
  if (order.length > 0) {
    // Float error in the amounts can leave more units than schools: deal them round again,
    // whole rounds at once (the count can be large when the amounts fall far short of the total).
    const rounds = Math.floor(missing / order.length);
    const rest = missing - rounds * order.length;
    order.forEach((k, r) => (extra[k] = (rounds + (r < rest ? 1 : 0)) * unit));
    if (partial > 0) extra[order[rest % order.length]] += partial;
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

/** The rule's order: largest remainder first, then higher index, then earlier row. */
const byRule = (keys: Float64Array, index: Float64Array) => (a: number, b: number) =>
  keys[b] - keys[a] || index[b] - index[a] || a - b;

/**
 * The first `count` schools in largest-remainder order (`reverse`: in the
 * reverse of it). Only the boundary group needs a full sort: a native numeric
 * sort of the keys finds the threshold, which keeps a million rows fast.
 */
function largestRemainderOrder(
  candidates: number[],
  keys: Float64Array,
  index: Float64Array,
  count: number,
  reverse = false,
): number[] {
  if (count <= 0 || candidates.length === 0) return [];
  const rule = byRule(keys, index);
  const compare = reverse ? (a: number, b: number) => rule(b, a) : rule;
  // More than one each: every school, in full order, to deal round again.
  if (count > candidates.length) return [...candidates].sort(compare);
  const sorted = new Float64Array(candidates.length);
  for (let c = 0; c < candidates.length; c++) sorted[c] = keys[candidates[c]];
  sorted.sort();
  const threshold = reverse ? sorted[count - 1] : sorted[sorted.length - count];
  const past: number[] = [];
  const boundary: number[] = [];
  for (const k of candidates) {
    if (keys[k] === threshold) boundary.push(k);
    else if (reverse ? keys[k] < threshold : keys[k] > threshold) past.push(k);
  }
  // Fewer than `count` schools lie strictly past the threshold, so the last
  // one (the one a partial unit goes to) is always in the boundary group:
  // only that group needs the tie rule.
  boundary.sort(compare);
  return past.concat(boundary).slice(0, count);
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
  const order = largestRemainderOrder(holders, keys, index, count, true);
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
