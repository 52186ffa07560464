import { SERIES_END, erfc, gaussianTail } from "./erfc";

/**
 * Two-sided p-value of a z statistic: P(|Z| ≥ |z|) = erfc(|z| / √2), computed
 * in the tail directly — from z itself, since rounding z / √2 would cost a
 * relative z² ε / 2 (1e-13 at z = 37).
 */
export function normalTwoSidedP(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  return x < SERIES_END || Number.isNaN(x) ? erfc(x) : gaussianTail(Math.abs(z), 0.5);
}
