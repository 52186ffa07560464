/**
 * ln Γ(x) against R's lgamma (test/golden/stats/make-golden.R), from 1e-300
 * to 1e305 (R's limit is about 2.5e305).
 *
 * Tolerance: 16 ε absolute plus 8 ε relative. The Lanczos sum's error is
 * absolute near the zeros of ln Γ at 1 and 2 (ln Γ(1) comes out as −8.9e-16,
 * not 0), which is what matters where ln Γ is used: as a term of an exponent
 * (the incomplete beta's prefactor), where it costs 16 ε relative.
 */
import { logGamma } from "../../../../src/model/stats/logGamma";
import { golden } from "./golden";

const { x, value } = golden.logGamma;

test.each(x.map((xi, i) => [xi, value[i]]))("ln Γ(%p) = %p", (xi, expected) => {
  const error = Math.abs(logGamma(xi) - expected);
  expect(error / Number.EPSILON).toBeLessThanOrEqual(16 + 8 * Math.abs(expected));
});
