/**
 * The two-sided normal p-value P(|Z| ≥ |z|) against R's 2·pnorm(−|z|)
 * (test/golden/stats/make-golden.R), out to z = 39 where it underflows;
 * beyond z = 37.52, where R's pnorm gives 0, R's value comes from
 * pnorm(log.p = TRUE).
 *
 * Tolerance 16 ε relative (measured at most 5 ε); in the subnormal range,
 * 16 steps of 2^-1074.
 */
import { normalTwoSidedP } from "../../../../src/model/stats/normalTwoSidedP";
import { golden, relativeError } from "./golden";

const { z, value } = golden.normalTwoSidedP;

test.each(z.map((zi, i) => [zi, value[i]]))("P(|Z| ≥ |%p|) = %p", (zi, expected) => {
  expect(relativeError(normalTwoSidedP(zi), expected) / Number.EPSILON).toBeLessThanOrEqual(16);
});

test("symmetric in z, 1 at 0, 0 far out", () => {
  expect(normalTwoSidedP(0)).toBe(1);
  expect(normalTwoSidedP(-3.5)).toBe(normalTwoSidedP(3.5));
  expect(normalTwoSidedP(50)).toBe(0);
});
