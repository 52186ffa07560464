/**
 * Solves the allocation rule exactly:
 *   amount_i = clamp(λ · slope_i, low_i, high_i),  with λ ≥ 0 such that Σ amount_i = total.
 *
 * Σ amount(λ) is continuous, non-decreasing and piecewise linear in λ, so a
 * Newton step from any λ lands exactly on the root when the same schools are
 * clamped there; bisection keeps the steps inside a shrinking bracket when it
 * would not. A handful of passes over the data, no sorting.
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
): Float64Array {
  const n = slope.length;
  // Scale the slopes so the largest is 1: λ then stays a well-sized number
  // even for subnormal or huge pupil weights.
  let slopeMax = 0;
  let lowSum = 0;
  for (let i = 0; i < n; i++) {
    slopeMax = Math.max(slopeMax, slope[i]);
    lowSum += low[i];
  }
  // One array: the scaled slopes, overwritten by the amounts at the end; `inPlace`: the slopes'
  // own array (a caller that no longer needs them saves a million-row array).
  const scaled = inPlace ? slope : new Float64Array(n);
  let slopeSum = 0;
  for (let i = 0; i < n; i++) {
    scaled[i] = slopeMax > 0 ? slope[i] / slopeMax : 0;
    slopeSum += scaled[i];
  }

  /** Σ amount(λ), split into the clamped part and the slope of the free part. */
  let clampedSum = 0;
  let freeSlope = 0;
  // At λ = 0 every school sits at its floor (low ≥ 0): Σ amount(0) = Σ low, no pass needed.
  let evaluated = 0;
  let evaluatedSum = lowSum;
  const evaluate = (lambda: number): number => {
    // The search often asks again for the λ it has just tried.
    if (lambda === evaluated) return evaluatedSum;
    clampedSum = 0;
    freeSlope = 0;
    for (let i = 0; i < n; i++) {
      const x = lambda * scaled[i];
      if (x <= low[i]) clampedSum += low[i];
      else if (x >= high[i]) clampedSum += high[i];
      else freeSlope += scaled[i];
    }
    evaluated = lambda;
    evaluatedSum = clampedSum + lambda * freeSlope;
    return evaluatedSum;
  };
  clampedSum = lowSum;

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
      const newton = freeSlope > 0 ? (total - clampedSum) / freeSlope : NaN;
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
  const amounts = scaled;
  for (let i = 0; i < n; i++) {
    const x = lambda * scaled[i];
    amounts[i] = x <= low[i] ? low[i] : x >= high[i] ? high[i] : x;
  }
  return amounts;
}
