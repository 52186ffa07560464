/**
 * One pass over the rows: X'WX and X'Wz for the design [1, Z] (intercept
 * first), with Z the standardized factor columns. Row-major p × p, p = k + 1.
 */
export function weightedNormalEquations(
  columns: Float64Array[],
  z: Float64Array,
  w: Float64Array,
): { xtwx: Float64Array; xtwz: Float64Array } {
  const k = columns.length;
  const p = k + 1;
  const n = z.length;
  const xtwx = new Float64Array(p * p);
  const xtwz = new Float64Array(p);
  const row = new Float64Array(p);
  row[0] = 1;
  for (let i = 0; i < n; i++) {
    const wi = w[i];
    if (wi === 0) continue;
    for (let j = 0; j < k; j++) row[j + 1] = columns[j][i];
    const wz = wi * z[i];
    for (let a = 0; a < p; a++) {
      const wa = wi * row[a];
      xtwz[a] += wz * row[a];
      for (let b = a; b < p; b++) xtwx[a * p + b] += wa * row[b];
    }
  }
  for (let a = 0; a < p; a++) for (let b = 0; b < a; b++) xtwx[a * p + b] = xtwx[b * p + a];
  return { xtwx, xtwz };
}

/** β = (X'WX)^-1 X'Wz from an inverse already computed. */
export function multiply(inverse: Float64Array, vector: Float64Array): Float64Array {
  const p = vector.length;
  const out = new Float64Array(p);
  for (let i = 0; i < p; i++) {
    let s = 0;
    for (let j = 0; j < p; j++) s += inverse[i * p + j] * vector[j];
    out[i] = s;
  }
  return out;
}
