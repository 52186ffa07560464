import { BLOCK, Design } from "./design";

/**
 * The hat values of a weighted least-squares fit: h_i = w_i · x_i' (X'WX)⁻¹ x_i,
 * x_i the school's row of the design, as R's hatvalues(). For a GLM, `w`
 * are the working weights of the last IRLS step and `inverse` that step's
 * (X'WX)⁻¹, as R's influence() takes them from the fit. Leverage does not
 * depend on how the columns are centred, so the fit's design serves. The
 * quadratic form uses the upper triangle only: Σ_a C_aa x_a² + 2 Σ_{a<b} C_ab x_a x_b.
 */
export function leverage(design: Design, inverse: Float64Array, w: Float64Array): Float64Array {
  const { n, p, x } = design;
  const h = new Float64Array(n);
  const q = new Float64Array(BLOCK);
  for (let start = 0; start < n; start += BLOCK) {
    const length = Math.min(BLOCK, n - start);
    design.load(start, length);
    q.fill(0, 0, length);
    for (let a = 0; a < p; a++) {
      const xa = x[a];
      for (let b = a; b < p; b++) {
        const xb = x[b];
        const c = (a === b ? 1 : 2) * inverse[a * p + b];
        for (let i = 0; i < length; i++) q[i] += c * xa[i] * xb[i];
      }
    }
    for (let i = 0; i < length; i++) h[start + i] = w[start + i] === 0 ? 0 : w[start + i] * q[i];
  }
  return h;
}
