/**
 * The complementary error function, accurate in relative terms far into the
 * tail (erfc(27) ≈ 5e-319), so that tiny p-values keep their digits instead
 * of being computed as 1 − something.
 *
 * Below 1: 1 − erf(x) with erf's Taylor series (erfc(x) > 0.157 there, so the
 * subtraction costs under 3 bits; from 1 to 2 it cost up to 9). From 1: the
 * continued fraction of the Gaussian tail (gaussianTail).
 */
export function erfc(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x < 0) return 2 - erfc(-x);
  if (x < SERIES_END) return 1 - erfSeries(x);
  return gaussianTail(x, 1);
}

/** Where erfc switches from the series to the continued fraction (which needs under 200 steps from here). */
export const SERIES_END = 1;

function erfSeries(x: number): number {
  // erf(x) = 2/√π Σ (−1)^n x^(2n+1) / (n! (2n+1))
  const x2 = x * x;
  let term = x;
  let sum = x;
  for (let n = 1; n < 100; n++) {
    term *= -x2 / n;
    const add = term / (2 * n + 1);
    sum += add;
    if (Math.abs(add) < 1e-17 * Math.abs(sum)) break;
  }
  return (2 / Math.sqrt(Math.PI)) * sum;
}

/**
 * 2 √(s/π) ∫ₓ^∞ e^(−s t²) dt for x ≥ 1: erfc(x) with s = 1, the two normal
 * tails P(|Z| ≥ x) with s = ½. By the continued fraction
 * e^(−s x²) / √(π s) · 1/(x + a/(x + 2a/(x + 3a/(x + …)))), a = 1/(2s),
 * evaluated with the modified Lentz method.
 */
export function gaussianTail(x: number, s: number): number {
  if (x > 40) return 0; // below the smallest double for s ≥ ½ (and ∞ − ∞ would be NaN)
  const step = 1 / (2 * s);
  const tiny = 1e-300;
  let f = x;
  let c = x;
  let d = 0;
  for (let n = 1; n < 500; n++) {
    const a = n * step;
    d = x + a * d;
    d = Math.abs(d) < tiny ? tiny : d;
    c = x + a / c;
    c = Math.abs(c) < tiny ? tiny : c;
    d = 1 / d;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  // e^(−s x²) with x² = h² + (x − h)(x + h), h = x cut to 1/16: s h² is exact, so
  // the exponent's rounding (x² ε relative, 1e-13 at x = 26) is gone. The
  // factor that may underflow comes last, so the result keeps every digit
  // down to the subnormal range.
  const h = Math.trunc(x * 16) / 16;
  return (Math.exp(-s * (x - h) * (x + h)) / (Math.sqrt(Math.PI * s) * f)) * Math.exp(-s * h * h);
}
