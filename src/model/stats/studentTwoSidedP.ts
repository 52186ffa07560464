import { incompleteBeta } from "./incompleteBeta";

/**
 * Two-sided p-value of a t statistic with `df` degrees of freedom:
 * P(|T| ≥ |t|) = I_x(df/2, ½) with x = df/(df + t²), computed in the tail
 * directly. 1 − x = t²/(df + t²) is passed as well: for small t, x rounds to
 * 1 and only it keeps the digits (t = 1e-8 gave p = 1 instead of 1 − 6e-9).
 */
export function studentTwoSidedP(t: number, df: number): number {
  const t2 = t * t;
  return incompleteBeta(df / (df + t2), df / 2, 0.5, t2 / (df + t2));
}
