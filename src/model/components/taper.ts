/**
 * The size taper of a lump sum per school (England's sparsity factor does the
 * same): the full amount for a school of at most N₁ pupils, nothing from N₂
 * pupils on, and linear in between:
 *
 *   taper(p) = 1                   for p ≤ N₁
 *            = (N₂ − p) / (N₂ − N₁) for N₁ < p < N₂
 *            = 0                   for p ≥ N₂
 *
 * N₁ = N₂ is a step (full up to N₁, nothing above); N₁ empty is 0 (tapering
 * from the first pupil); N₂ empty is no taper (1 for every school). In the
 * sheet it is a plain formula over the model sheet's names, no new function:
 * `IF(ISNUMBER(N₂),IF(p<=N₁,1,IF(p>=N₂,0,(N₂-p)/(N₂-N₁))),1)`.
 */

/** The share of the lump sum a school of `pupils` pupils gets; NaN thresholds as above. */
export function taper(pupils: number, from: number, to: number): number {
  if (!Number.isFinite(to)) return 1;
  const n1 = Number.isFinite(from) ? from : 0;
  if (pupils <= n1) return 1;
  if (pupils >= to) return 0;
  return (to - pupils) / (to - n1);
}

/**
 * taper() as an Excel expression (no leading "="): `pupils` a cell, `from`
 * and `to` cells or defined names (LIKVARD_<KEY>_N1, LIKVARD_<KEY>_N2).
 */
export function taperFormula(pupils: string, from: string, to: string): string {
  return `IF(ISNUMBER(${to}),IF(${pupils}<=${from},1,IF(${pupils}>=${to},0,(${to}-${pupils})/(${to}-${from}))),1)`;
}
