/**
 * The hat values of a weighted least-squares fit: h_i = w_i · x_i' (X'WX)⁻¹ x_i,
 * x_i = [1, z_i1, …, z_ik] the school's row of the design, as R's hatvalues().
 * For a GLM, `w` are the working weights of the last IRLS step and
 * `inverse` that step's (X'WX)⁻¹, as R's influence() takes them from the fit.
 * Leverage does not depend on how the columns are centred and scaled, so the
 * standardized columns serve.
 */
export function leverage(columns: Float64Array[], inverse: Float64Array, w: Float64Array): Float64Array {
  const k = columns.length;
  const p = k + 1;
  const n = w.length;
  const h = new Float64Array(n);
  const row = new Float64Array(p);
  row[0] = 1;
  for (let i = 0; i < n; i++) {
    if (w[i] === 0) continue;
    for (let j = 0; j < k; j++) row[j + 1] = columns[j][i];
    let q = 0;
    for (let a = 0; a < p; a++) {
      let s = 0;
      for (let b = 0; b < p; b++) s += inverse[a * p + b] * row[b];
      q += row[a] * s;
    }
    h[i] = w[i] * q;
  }
  return h;
}
