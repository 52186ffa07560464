/**
 * R's values for the statistics (test/golden/stats/expected.json, written by
 * make-golden.R there), and how far a computed value is from one of them.
 */
import * as fs from "fs";
import * as path from "path";
import { logGamma } from "../../../../src/model/stats/logGamma";

export interface Golden {
  erfc: { x: number[]; value: number[] };
  normalTwoSidedP: { z: number[]; value: number[] };
  logGamma: { x: number[]; value: number[] };
  incompleteBeta: { x: number[]; a: number[]; b: number[]; value: number[] };
  studentTwoSidedP: { t: number[]; df: number[]; value: number[] };
  choleskyInverse: { name: string; p: number; matrix: number[]; inverse: number[]; kappaScaled: number[] }[];
  choleskyDependent: { name: string; p: number; matrix: number[]; dependentColumn: number }[];
}

export const golden = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, "../../../golden/stats/expected.json"), "utf8"),
) as Golden;

/** The smallest normal double: below it values are subnormal and keep fewer digits. */
export const MIN_NORMAL = 2.2250738585072014e-308;

/**
 * Relative error of `actual` against R's `expected`; below the normal range
 * the error is counted in units of the smallest normal number's ε-spacing
 * (2^-1074, the subnormal step), which is all the precision there is.
 */
export function relativeError(actual: number, expected: number): number {
  if (actual === expected) return 0;
  const scale = Math.max(Math.abs(expected), MIN_NORMAL);
  return Math.abs(actual - expected) / scale;
}

/**
 * The error of I_x(a, b) that the algorithm allows, in units of ε relative
 * to I — or to 1 − I where it computes I as 1 − I_y(b, a), y = 1 − x:
 * 16 + 2 E + a + b, where E = |a ln x| + |b ln y| + |ln B(a, b)|.
 * - The prefactor x^a y^b / B(a, b) is formed as the exp of a sum of
 *   magnitude E, which loses E ε (484 ε at x = 1e-100, a = 3).
 * - Near the centre of a wide distribution the continued fraction's steps
 *   cancel, losing up to about (a + b) ε / 4 (1.7e-11 at a = 5e5,
 *   x = 0.99999; TOMS 708, R's pbeta, uses asymptotic expansions there).
 */
export function betaErrorInEpsilons(actual: number, expected: number, x: number, a: number, b: number, y = 1 - x) {
  const magnitude =
    Math.abs(a * Math.log(x)) + Math.abs(b * Math.log(y)) + Math.abs(logGamma(a) + logGamma(b) - logGamma(a + b));
  const complement = x >= (a + 1) / (a + b + 2);
  const scale = Math.max(complement ? Math.max(expected, 1 - expected) : expected, MIN_NORMAL);
  return { error: Math.abs(actual - expected) / (scale * Number.EPSILON), allowed: 16 + 2 * magnitude + a + b };
}
