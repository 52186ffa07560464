import { incompleteBeta } from "./incompleteBeta";

/**
 * P(F ≥ f) for an F variable with (d1, d2) degrees of freedom, as R's
 * pf(f, d1, d2, lower.tail = FALSE): I_x(d2/2, d1/2) with x = d2/(d2 + d1·f),
 * 1 − x passed as well so that large f keeps its digits.
 */
export function fisherUpperP(f: number, d1: number, d2: number): number {
  if (!(f > 0)) return 1;
  const denominator = d2 + d1 * f;
  return incompleteBeta(d2 / denominator, d2 / 2, d1 / 2, (d1 * f) / denominator);
}
