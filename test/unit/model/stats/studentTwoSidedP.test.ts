/**
 * The two-sided t p-value P(|T| ≥ |t|) against R (test/golden/stats/
 * make-golden.R): 2·pt(−|t|, df) for df 1, 2, 3 and 30, t from 1e-8 to
 * 1e150; for df = 1e6, where R's pt switches to a normal approximation, R's
 * pbeta of the same tail with the argument's rounding corrected.
 *
 * Tolerance as for the incomplete beta it is computed from (betaErrorInEpsilons
 * in golden.ts, with a = df/2, b = ½, x = df/(df + t²)), and never more than
 * 2.5e-10 relative; measured at most 309 ε for df ≤ 30 and 1.2e-10 relative
 * (5e5 ε, the continued fraction near x = 1) for df = 1e6.
 */
import { studentTwoSidedP } from "../../../../src/model/stats/studentTwoSidedP";
import { betaErrorInEpsilons, golden, relativeError } from "./golden";

const { t, df, value } = golden.studentTwoSidedP;

test.each(t.map((ti, i) => [ti, df[i], value[i]]))("t = %p, df = %p: p = %p", (ti, dfi, expected) => {
  const actual = studentTwoSidedP(ti, dfi);
  if (ti === 0) return expect(actual).toBe(1);
  const t2 = ti * ti;
  const { error, allowed } = betaErrorInEpsilons(actual, expected, dfi / (dfi + t2), dfi / 2, 0.5, t2 / (dfi + t2));
  expect(error).toBeLessThanOrEqual(allowed);
  expect(relativeError(actual, expected)).toBeLessThan(2.5e-10);
});

test("a tiny t keeps its digits (x = df/(df + t²) rounds to 1, so p came out as exactly 1)", () => {
  const i = t.findIndex((ti, k) => ti === 1e-8 && df[k] === 1);
  // R: 1 − p = 6.4e-9; a double near 1 holds it to 1.1e-16.
  expect(Math.abs(1 - studentTwoSidedP(1e-8, 1) - (1 - value[i]))).toBeLessThanOrEqual(Number.EPSILON);
});
