/**
 * Inverse of a symmetric positive-definite p × p matrix (row-major) by
 * Cholesky decomposition, first scaled to unit diagonal so one tolerance
 * fits all. A pivot below `tolerance` means the column is (nearly) a linear
 * combination of the earlier ones: its position is returned instead.
 */
export type InverseResult = { inverse: Float64Array } | { dependentColumn: number };

export function choleskyInverse(matrix: Float64Array, p: number, tolerance = 1e-10): InverseResult {
  const scale = new Float64Array(p);
  for (let j = 0; j < p; j++) {
    const d = matrix[j * p + j];
    if (!(d > 0)) return { dependentColumn: j };
    scale[j] = 1 / Math.sqrt(d);
  }
  // L L' = D A D, with D = diag(scale).
  const L = new Float64Array(p * p);
  for (let j = 0; j < p; j++) {
    let pivot = matrix[j * p + j] * scale[j] * scale[j];
    for (let k = 0; k < j; k++) pivot -= L[j * p + k] * L[j * p + k];
    if (!(pivot > tolerance)) return { dependentColumn: j };
    const root = Math.sqrt(pivot);
    L[j * p + j] = root;
    for (let i = j + 1; i < p; i++) {
      let s = matrix[i * p + j] * scale[i] * scale[j];
      for (let k = 0; k < j; k++) s -= L[i * p + k] * L[j * p + k];
      L[i * p + j] = s / root;
    }
  }
  // Inverse of L (lower triangular), then (D A D)^-1 = L^-T L^-1, then undo the scaling.
  const Linv = new Float64Array(p * p);
  for (let j = 0; j < p; j++) {
    Linv[j * p + j] = 1 / L[j * p + j];
    for (let i = j + 1; i < p; i++) {
      let s = 0;
      for (let k = j; k < i; k++) s -= L[i * p + k] * Linv[k * p + j];
      Linv[i * p + j] = s / L[i * p + i];
    }
  }
  const inverse = new Float64Array(p * p);
  for (let i = 0; i < p; i++) {
    for (let j = 0; j <= i; j++) {
      let s = 0;
      for (let k = i; k < p; k++) s += Linv[k * p + i] * Linv[k * p + j];
      const value = s * scale[i] * scale[j];
      inverse[i * p + j] = value;
      inverse[j * p + i] = value;
    }
  }
  return { inverse };
}
