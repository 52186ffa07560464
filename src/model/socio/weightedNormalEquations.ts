/**
 * X'WX and X'Wz summed block by block (design.ts), only the upper triangle,
 * X'Wz as one more column of it. Four columns at a time share one w·x_a and
 * keep four independent sums, which is what makes this fast in JavaScript;
 * summing per block, then over blocks, also keeps the rounding error of a
 * million-term sum small.
 */
export class NormalEquations {
  /** Row-major p × (p + 1): [X'WX | X'Wz], upper triangle filled. */
  private readonly sums: Float64Array;
  private readonly columns: Float64Array[];

  constructor(readonly p: number) {
    this.sums = new Float64Array(p * (p + 1));
    this.columns = new Array<Float64Array>(p + 1);
  }

  /** Adds a block of rows: design columns x (x[0] all ones), weights w, responses z. */
  add(x: Float64Array[], w: Float64Array, z: Float64Array, length: number): void {
    const p = this.p;
    const columns = this.columns;
    for (let a = 0; a < p; a++) columns[a] = x[a];
    columns[p] = z;
    const sums = this.sums;
    const width = p + 1;
    // Row 0 is the intercept's: Σ w·x_b.
    for (let b = 0; b <= p; b++) {
      const c = columns[b];
      let s = 0;
      for (let i = 0; i < length; i++) s += w[i] * c[i];
      sums[b] += s;
    }
    for (let a = 1; a < p; a++) {
      const xa = x[a];
      let b = a;
      for (; b + 3 <= p; b += 4) {
        const c0 = columns[b];
        const c1 = columns[b + 1];
        const c2 = columns[b + 2];
        const c3 = columns[b + 3];
        let s0 = 0;
        let s1 = 0;
        let s2 = 0;
        let s3 = 0;
        for (let i = 0; i < length; i++) {
          const v = w[i] * xa[i];
          s0 += v * c0[i];
          s1 += v * c1[i];
          s2 += v * c2[i];
          s3 += v * c3[i];
        }
        const at = a * width + b;
        sums[at] += s0;
        sums[at + 1] += s1;
        sums[at + 2] += s2;
        sums[at + 3] += s3;
      }
      for (; b + 1 <= p; b += 2) {
        const c0 = columns[b];
        const c1 = columns[b + 1];
        let s0 = 0;
        let s1 = 0;
        for (let i = 0; i < length; i++) {
          const v = w[i] * xa[i];
          s0 += v * c0[i];
          s1 += v * c1[i];
        }
        sums[a * width + b] += s0;
        sums[a * width + b + 1] += s1;
      }
      if (b === p) {
        const c0 = columns[b];
        let s0 = 0;
        for (let i = 0; i < length; i++) s0 += w[i] * xa[i] * c0[i];
        sums[a * width + b] += s0;
      }
    }
  }

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
