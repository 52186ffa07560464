/**
 * The regularized incomplete beta I_x(a, b) against R's pbeta (TOMS 708;
 * test/golden/stats/make-golden.R): x from 1e-300 to the last double below
 * 1, a and b from 0.001 to 5e5. Tolerance: betaErrorInEpsilons in golden.ts
 * (the prefactor's exp, and the continued fraction near the centre of a wide
 * distribution).
 */
import { incompleteBeta } from "../../../../src/model/stats/incompleteBeta";
import { betaErrorInEpsilons, golden } from "./golden";

const { x, a, b, value } = golden.incompleteBeta;

test.each(x.map((xi, i) => [xi, a[i], b[i], value[i]]))("I_%p(%p, %p) = %p", (xi, ai, bi, expected) => {
  const actual = incompleteBeta(xi, ai, bi);
  if (xi === 0 || xi === 1) return expect(actual).toBe(expected);
  const { error, allowed } = betaErrorInEpsilons(actual, expected, xi, ai, bi);
  expect(error).toBeLessThanOrEqual(allowed);
});

test("1 − x passed separately keeps its digits where x rounds to 1", () => {
  // I_x(1, ½) = 1 − √(1 − x): with 1 − x = 1e-20, 1 − 1e-10 (which a double holds to 1.1e-16).
  expect(Math.abs(1 - incompleteBeta(1, 1, 0.5, 1e-20) - 1e-10)).toBeLessThanOrEqual(Number.EPSILON);
});
