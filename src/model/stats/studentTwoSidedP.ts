import { incompleteBeta } from "./incompleteBeta";

/**
 * Two-sided p-value of a t statistic with `df` degrees of freedom:
 * P(|T| ≥ |t|) = I_{df/(df+t²)}(df/2, ½), computed in the tail directly.
 */
export function studentTwoSidedP(t: number, df: number): number {
  const x = df / (df + t * t);
  return incompleteBeta(x, df / 2, 0.5);
}
