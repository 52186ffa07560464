import { erfc } from "./erfc";

/** Two-sided p-value of a z statistic: P(|Z| ≥ |z|) = erfc(|z| / √2), computed in the tail directly. */
export function normalTwoSidedP(z: number): number {
  return erfc(Math.abs(z) / Math.SQRT2);
}
