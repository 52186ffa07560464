/**
 * The Cholesky inverse against R's chol2inv(chol(A)) (test/golden/stats/
 * make-golden.R): 1 × 1 to 8 × 8, a weighted X'WX as SOCIOFIT builds it,
 * random matrices of condition 1e3 and 1e6, columns on scales from 1e-6 to
 * 1e8, Hilbert matrices; and which column is dependent where one is, as the
 * ranks of R's qr() of the leading blocks say.
 *
 * Tolerance: p κ ε, entry (i, j) relative to √(A⁻¹ᵢᵢ A⁻¹ⱼⱼ), with κ the
 * condition number of A scaled to unit diagonal — the matrix the code
 * factors, so the columns' scales cost nothing (the scaled case has
 * κ(A) = 2e28 but κ = 6). The standard bound for inverting by Cholesky;
 * measured at most 0.014 p κ ε.
 */
import { choleskyInverse } from "../../../../src/model/stats/choleskyInverse";
import { golden } from "./golden";

test.each(golden.choleskyInverse.map((c) => [c.name, c]))("%s", (_, c) => {
  const result = choleskyInverse(Float64Array.from(c.matrix), c.p);
  if (!("inverse" in result)) throw new Error(`column ${result.dependentColumn} found dependent`);
  const expected = c.inverse;
  let worst = 0;
  for (let i = 0; i < c.p; i++) {
    for (let j = 0; j < c.p; j++) {
      const scale = Math.sqrt(expected[i * c.p + i] * expected[j * c.p + j]);
      worst = Math.max(worst, Math.abs(result.inverse[i * c.p + j] - expected[i * c.p + j]) / scale);
    }
  }
  expect(worst / Number.EPSILON).toBeLessThanOrEqual(c.p * c.kappaScaled[0]);
  // Symmetric by construction.
  for (let i = 0; i < c.p; i++)
    for (let j = 0; j < i; j++) expect(result.inverse[i * c.p + j]).toBe(result.inverse[j * c.p + i]);
});

test.each(golden.choleskyDependent.map((c) => [c.name, c]))("%s: the first dependent column", (_, c) => {
  expect(choleskyInverse(Float64Array.from(c.matrix), c.p)).toEqual({ dependentColumn: c.dependentColumn });
});
