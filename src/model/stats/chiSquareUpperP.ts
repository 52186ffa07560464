import { logGamma } from "./logGamma";

/**
 * P(X ≥ x) for a χ² variable with `df` degrees of freedom, as R's
 * pchisq(x, df, lower.tail = FALSE): the regularized upper incomplete gamma
 * Q(df/2, x/2), by its series below a + 1 and its continued fraction
 * (modified Lentz) above, the prefactor in logarithms so tails keep their digits.
 */
export function chiSquareUpperP(x: number, df: number): number {
  if (!(x > 0)) return 1;
  const a = df / 2;
  const z = x / 2;
  const logPrefactor = a * Math.log(z) - z - logGamma(a);
  if (z < a + 1) {
    // P(a, z) = e^−z z^a / Γ(a + 1) · Σ z^n / ((a + 1)…(a + n))
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < 10_000; n++) {
      term *= z / (a + n);
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * 1e-17) break;
    }
    return 1 - Math.exp(logPrefactor + Math.log(sum));
  }
  // Q(a, z) = e^−z z^a / Γ(a) · 1/(z + 1 − a − 1·(1 − a)/(z + 3 − a − …))
  const tiny = 1e-300;
  let b = z + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let f = d;
  for (let n = 1; n < 10_000; n++) {
    const an = -n * (n - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(logPrefactor + Math.log(f));
}
