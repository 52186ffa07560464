/**
 * erfc against R (2·pnorm(−√2·x), the rounding of √2·x corrected in
 * double-double; test/golden/stats/make-golden.R), from 0 to the last
 * subnormal result (x ≈ 27.2) and for negative x.
 *
 * Tolerance 16 ε relative (measured at most 7 ε: the series below 1 and the
 * continued fraction above both round a few dozen times); in the subnormal
 * range, 16 steps of 2^-1074.
 */
import { erfc } from "../../../../src/model/stats/erfc";
import { golden, relativeError } from "./golden";

const { x, value } = golden.erfc;

test.each(x.map((xi, i) => [xi, value[i]]))("erfc(%p) = %p", (xi, expected) => {
  expect(relativeError(erfc(xi), expected) / Number.EPSILON).toBeLessThanOrEqual(16);
});

test("limits: erfc(0) = 1, erfc(−∞) = 2, erfc(∞) = 0, NaN stays NaN", () => {
  expect(erfc(0)).toBe(1);
  expect(erfc(-Infinity)).toBe(2);
  expect(erfc(40)).toBe(0);
  expect(erfc(Number.NaN)).toBeNaN();
});
