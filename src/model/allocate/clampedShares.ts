import { scaledArray } from "./workArrays";

/**
 * Solves the allocation rule exactly:
 *   amount_i = clamp(λ · slope_i, low_i, high_i),  with λ ≥ 0 such that Σ amount_i = total.
 *
 * Σ amount(λ) is continuous, non-decreasing and piecewise linear in λ, so a
 * Newton step from any λ lands exactly on the root when the same schools are
 * clamped there; bisection keeps the steps inside a shrinking bracket when it
 * would not. A handful of passes over the data, no sorting. Returns the
 * amounts with the λ that gives them.
 *
 * Preconditions (checked by the caller, which knows how to explain them):
 * 0 ≤ low_i ≤ high_i, slope_i ≥ 0, and Σ low ≤ total ≤ Σ (slope_i > 0 ? high_i : low_i).
 */
export function clampedShares(
  slope: Float64Array,
  low: Float64Array,
  high: Float64Array,
  total: number,
  inPlace?: boolean,
  known?: { slopeMax: number; lowSum: number },
): { amounts: Float64Array; lambda: number } {
  const n = slope.length;
  // Scale the slopes so the largest is 1: λ then stays a well-sized number
  // even for subnormal or huge pupil weights. `known`: the caller has summed them already.
  let slopeMax = known?.slopeMax ?? 0;
  let lowSum = known?.lowSum ?? 0;
  if (!known) {
    for (let i = 0; i < n; i++) {
      slopeMax = Math.max(slopeMax, slope[i]);
      lowSum += low[i];
    }
  }
  // `inPlace`: the amounts overwrite the slopes (a caller that no longer needs them saves a
  // million-row array) and the scaled slopes go to a work array; else one new array holds the
  // scaled slopes, then the amounts.
  const scaled = inPlace ? scaledArray(n) : new Float64Array(n);
  const amounts = inPlace ? slope : scaled;
  let slopeSum = 0;
  if (slopeMax > 0) {
    for (let i = 0; i < n; i++) {
      scaled[i] = slope[i] / slopeMax;
      slopeSum += scaled[i];
    }
  } else scaled.fill(0);

  // At λ = 0 every school sits at its floor (low ≥ 0): Σ amount(0) = Σ low, no pass needed.
  let at: Sums = { lambda: 0, clamped: lowSum, freeSlope: 0 };
  // The first λ tried, total / Σ slope, is often the answer (no school at a floor or cap there):
  // its pass also writes its amounts where they have their own array, which saves a pass.
  let written = NaN;
  /** Σ amount(λ) = clamped + λ · freeSlope; the search often asks again for the λ it has just tried. */
  const evaluate = (lambda: number): number => {
    if (lambda !== at.lambda) {
      const first = inPlace && Number.isNaN(written);
      at = sumsAt(lambda, scaled, low, high, first ? amounts : undefined);
      if (first) written = lambda;
    }
    return at.clamped + at.lambda * at.freeSlope;
  };

  let lambda = 0;
  if (slopeSum > 0 && evaluate(0) < total) {
    // Bracket the root: [lo, hi] with Σ amount(lo) < total ≤ Σ amount(hi).
    let lo = 0;
    let hi = Math.max(total / slopeSum, Number.MIN_VALUE);
    while (evaluate(hi) < total && Number.isFinite(hi * 2)) {
      // Doubling from a positive start ends: hi * 2 overflows within ~2 100 steps.
      lo = hi;
      hi *= 2;
    }
    lambda = hi;
    for (let iteration = 0; iteration < 200; iteration++) {
      const sum = evaluate(lambda);
      if (sum === total) break;
      if (sum < total) lo = lambda;
      else hi = lambda;
      const newton = at.freeSlope > 0 ? (total - at.clamped) / at.freeSlope : NaN;
      if (newton > lo && newton < hi) {
        if (Math.abs(newton - lambda) <= 1e-15 * lambda) break;
        lambda = newton;
      } else {
        const mid = (lo + hi) / 2;
        if (mid <= lo || mid >= hi) break;
        lambda = mid;
      }
    }
  }
  if (lambda !== written) for (let i = 0; i < n; i++) amounts[i] = clampedAmount(lambda * scaled[i], low[i], high[i]);
  return { amounts, lambda };
}

/** A school's amount: its share x = λ · slope, held between its least and most kronor. */
function clampedAmount(x: number, low: number, high: number): number {
  return x <= low ? low : x >= high ? high : x;
}

/** Σ amount(λ) split into the clamped schools' total and the free schools' total slope. */
interface Sums {
  lambda: number;
  clamped: number;
  freeSlope: number;
}

/**
 * One pass at λ (`amounts`: also writing each school's amount there). With
 * few branches on the data (where many schools sit at a floor or cap, which
 * one a school is at is a coin toss the processor would mispredict): each
 * school adds its floor, its cap or 0 to `clamped` and its slope or 0 to
 * `freeSlope`. Adding 0 leaves a sum as it was, so the sums are those of the
 * plain rule, bit for bit. x = λ · slope is finite (λ is, the slope at most
 * 1), so min(cap, x) is too even where the cap is Infinity.
 */
function sumsAt(
  lambda: number,
  scaled: Float64Array,
  low: Float64Array,
  high: Float64Array,
  amounts: Float64Array | undefined,
): Sums {
  let clamped = 0;
  let freeSlope = 0;
  for (let i = 0; i < scaled.length; i++) {
    const s = scaled[i];
    const x = lambda * s;
    const atLow = Number(x <= low[i]);
    const atHigh = Number(x >= high[i]) * (1 - atLow);
    clamped += atLow * low[i] + atHigh * Math.min(high[i], x);
    freeSlope += (1 - atLow - atHigh) * s;
    if (amounts) amounts[i] = clampedAmount(x, low[i], high[i]);
  }
  return { lambda, clamped, freeSlope };
}
