/**
 * The normal equations X'WX β = X'Wz of a weighted least-squares step, as a
 * pass of the kernel (kernel.ts) sums them: the upper triangle of the
 * row-major p × (p + 1) matrix [X'WX | X'Wz].
 */
export class NormalEquations {
  constructor(
    readonly p: number,
    private readonly sums: Float64Array,
  ) {}

  /** X'WX, row-major p × p, both triangles. */
  xtwx(): Float64Array {
    const p = this.p;
    const out = new Float64Array(p * p);
    for (let a = 0; a < p; a++)
      for (let b = a; b < p; b++) out[a * p + b] = out[b * p + a] = this.sums[a * (p + 1) + b];
    return out;
  }

  /** X'Wz. */
  xtwz(): Float64Array {
    const p = this.p;
    return Float64Array.from({ length: p }, (_, a) => this.sums[a * (p + 1) + p]);
  }

  /**
   * The first factor (0-based) that does not vary among the rows with
   * weight, if any: its weighted standard deviation, from the sums, is at
   * most 1e-12 of its mean's size.
   */
  constantFactor(center: Float64Array): number | undefined {
    const p = this.p;
    const total = this.sums[0];
    for (let a = 1; a < p; a++) {
      const mean = this.sums[a] / total;
      const variance = this.sums[a * (p + 1) + a] / total - mean * mean;
      const sd = Math.sqrt(Math.max(0, variance));
      if (!(sd > 1e-12 * Math.max(1, Math.abs(center[a - 1] + mean)))) return a - 1;
    }
    return undefined;
  }
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
