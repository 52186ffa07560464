import { logGamma } from "./logGamma";

/**
 * The regularized incomplete beta function I_x(a, b), by its continued
 * fraction (modified Lentz), on the side of the symmetry
 * I_x(a, b) = 1 − I_{1−x}(b, a) where it converges fast. The prefactor is
 * formed in logarithms, so values down to 1e-300 keep their digits.
 */
export function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const logPrefactor = a * Math.log(x) + b * Math.log1p(-x) - logBeta(a, b);
  if (x < (a + 1) / (a + b + 2)) return Math.exp(logPrefactor - Math.log(a) + Math.log(continuedFraction(x, a, b)));
  return 1 - Math.exp(logPrefactor - Math.log(b) + Math.log(continuedFraction(1 - x, b, a)));
}

function logBeta(a: number, b: number): number {
  return logGamma(a) + logGamma(b) - logGamma(a + b);
}

function continuedFraction(x: number, a: number, b: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  d = Math.abs(d) < tiny ? tiny : d;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 10000; m++) {
    const m2 = 2 * m;
    // Even step.
    let coefficient = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + coefficient * d;
    d = Math.abs(d) < tiny ? tiny : d;
    c = 1 + coefficient / c;
    c = Math.abs(c) < tiny ? tiny : c;
    d = 1 / d;
    h *= d * c;
    // Odd step.
    coefficient = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + coefficient * d;
    d = Math.abs(d) < tiny ? tiny : d;
    c = 1 + coefficient / c;
    c = Math.abs(c) < tiny ? tiny : c;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return h;
}
