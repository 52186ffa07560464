/**
 * The fits' inner loops, in AssemblyScript compiled to WebAssembly with
 * 128-bit SIMD: two schools per instruction. One IRLS pass over a million
 * schools is about 60 multiply-adds and an exp and a log per school; plain
 * JavaScript runs them one at a time, and that was most of SOCIOFIT's time
 * (issue 19). The rules stay in TypeScript (src/model/socio/fitLogit.ts,
 * fitLinear.ts: R's start, iterations and convergence); here is only what a
 * pass computes, per school, written once: the linear predictor, R's logit
 * link with its thresholds (binomial()$linkinv, $mu.eta), the working
 * weights and responses, and the upper triangle of [X'WX | X'Wz].
 *
 * Written by hand because no package does a weighted cross-product with a
 * logit link on SIMD; exp and log are here because WebAssembly has neither
 * (test/unit/model/socio/kernel.test.ts holds them against Math's). Browsers
 * that compile modules over 4 KB only asynchronously on the main thread get
 * it compiled as the page loads (kernel.ts).
 *
 * Memory layout (set by src/model/socio/kernel.ts; every column holds n2
 * doubles, n2 = n rounded up to even, padding rows have weight 0): the k
 * factor columns, y, the weights, fitted μ, two columns of working weights
 * (this pass's and the previous pass's, taking turns); elsewhere k centres,
 * p coefficients, the sums (p × (p + 1), then log-likelihood, Pearson χ²,
 * extreme schools, saturated log-likelihood) and the scratch of one block:
 * 3 × BLOCK doubles and p + 1 pointers.
 */

// Rows a block: its columns (factors, ones, weights, z, η) stay in the first-level cache; 64 measured fastest.
const BLOCK: i32 = 64;
const THRESHOLD: f64 = 30;
const EPSILON: f64 = 2.220446049250313e-16;
const MAGIC: f64 = 6755399441055744.0; // 1.5 · 2^52: adding it rounds to an integer kept in the low bits
const LN2_HI: f64 = 6.9314718036912381649e-1; // ln 2 split so that k · LN2_HI is exact for |k| < 2^11
const LN2_LO: f64 = 1.90821492927058770002e-10;
const LOG2E: f64 = 1.4426950408889634;
const SQRT2: f64 = 1.4142135623730951;

/** Where the caller may put its data: everything above the module's own static data. */
export function heapBase(): usize {
  return (__heap_base + 15) & ~15;
}

/**
 * The constants of vexp and vlog, each twice (one per lane), read from
 * memory: a v128 constant in the code costs several instructions each time
 * it is used, a load one. Named by their byte offsets below.
 */
const K = memory.data<i64>(
  [
    // 0: LOG2E
    reinterpret<i64>(<f64>LOG2E),
    reinterpret<i64>(<f64>LOG2E),
    // 16: MAGIC
    reinterpret<i64>(<f64>MAGIC),
    reinterpret<i64>(<f64>MAGIC),
    // 32: LN2_HI
    reinterpret<i64>(<f64>LN2_HI),
    reinterpret<i64>(<f64>LN2_HI),
    // 48: LN2_LO
    reinterpret<i64>(<f64>LN2_LO),
    reinterpret<i64>(<f64>LN2_LO),
    // 64: ONE
    reinterpret<i64>(<f64>1.0),
    reinterpret<i64>(<f64>1.0),
    // 80: 1/2!
    reinterpret<i64>(<f64>(1.0 / 2.0)),
    reinterpret<i64>(<f64>(1.0 / 2.0)),
    // 96: 1/3!
    reinterpret<i64>(<f64>(1.0 / 6.0)),
    reinterpret<i64>(<f64>(1.0 / 6.0)),
    // 112: 1/4!
    reinterpret<i64>(<f64>(1.0 / 24.0)),
    reinterpret<i64>(<f64>(1.0 / 24.0)),
    // 128: 1/5!
    reinterpret<i64>(<f64>(1.0 / 120.0)),
    reinterpret<i64>(<f64>(1.0 / 120.0)),
    // 144: 1/6!
    reinterpret<i64>(<f64>(1.0 / 720.0)),
    reinterpret<i64>(<f64>(1.0 / 720.0)),
    // 160: 1/7!
    reinterpret<i64>(<f64>(1.0 / 5040.0)),
    reinterpret<i64>(<f64>(1.0 / 5040.0)),
    // 176: 1/8!
    reinterpret<i64>(<f64>(1.0 / 40320.0)),
    reinterpret<i64>(<f64>(1.0 / 40320.0)),
    // 192: 1/9!
    reinterpret<i64>(<f64>(1.0 / 362880.0)),
    reinterpret<i64>(<f64>(1.0 / 362880.0)),
    // 208: 1/10!
    reinterpret<i64>(<f64>(1.0 / 3628800.0)),
    reinterpret<i64>(<f64>(1.0 / 3628800.0)),
    // 224: 1/11!
    reinterpret<i64>(<f64>(1.0 / 39916800.0)),
    reinterpret<i64>(<f64>(1.0 / 39916800.0)),
    // 240: 1/12!
    reinterpret<i64>(<f64>(1.0 / 479001600.0)),
    reinterpret<i64>(<f64>(1.0 / 479001600.0)),
    // 256: 1/13!
    reinterpret<i64>(<f64>(1.0 / 6227020800.0)),
    reinterpret<i64>(<f64>(1.0 / 6227020800.0)),
    // 272: 2^52 + 1023
    reinterpret<i64>(<f64>(4503599627370496.0 + 1023.0)),
    reinterpret<i64>(<f64>(4503599627370496.0 + 1023.0)),
    // 288: SQRT2
    reinterpret<i64>(<f64>SQRT2),
    reinterpret<i64>(<f64>SQRT2),
    // 304: HALF
    reinterpret<i64>(<f64>0.5),
    reinterpret<i64>(<f64>0.5),
    // 320: 1/3
    reinterpret<i64>(<f64>(1.0 / 3.0)),
    reinterpret<i64>(<f64>(1.0 / 3.0)),
    // 336: 1/5
    reinterpret<i64>(<f64>(1.0 / 5.0)),
    reinterpret<i64>(<f64>(1.0 / 5.0)),
    // 352: 1/7
    reinterpret<i64>(<f64>(1.0 / 7.0)),
    reinterpret<i64>(<f64>(1.0 / 7.0)),
    // 368: 1/9
    reinterpret<i64>(<f64>(1.0 / 9.0)),
    reinterpret<i64>(<f64>(1.0 / 9.0)),
    // 384: 1/11
    reinterpret<i64>(<f64>(1.0 / 11.0)),
    reinterpret<i64>(<f64>(1.0 / 11.0)),
    // 400: 1/13
    reinterpret<i64>(<f64>(1.0 / 13.0)),
    reinterpret<i64>(<f64>(1.0 / 13.0)),
    // 416: 1/15
    reinterpret<i64>(<f64>(1.0 / 15.0)),
    reinterpret<i64>(<f64>(1.0 / 15.0)),
    // 432: 1/17
    reinterpret<i64>(<f64>(1.0 / 17.0)),
    reinterpret<i64>(<f64>(1.0 / 17.0)),
    // 448: 1/19
    reinterpret<i64>(<f64>(1.0 / 19.0)),
    reinterpret<i64>(<f64>(1.0 / 19.0)),
    // 464: 1/21
    reinterpret<i64>(<f64>(1.0 / 21.0)),
    reinterpret<i64>(<f64>(1.0 / 21.0)),
    // 480: exponent bits of 2^52
    0x4330000000000000,
    0x4330000000000000,
    // 496: mantissa mask
    0x000fffffffffffff,
    0x000fffffffffffff,
    // 512: exponent bits of 1
    0x3ff0000000000000,
    0x3ff0000000000000,
  ],
  16,
);
const LOG2E_AT = 0;
const MAGIC_AT = 16;
const LN2_HI_AT = 32;
const LN2_LO_AT = 48;
const ONE_AT = 64;
/** 1/2!, 1/3!, …, 1/13!: the term of r^j at EXP_TERMS_AT + 16 (j − 2). */
const EXP_TERMS_AT = 80;
const EXPONENT_BIAS_AT = 272;
const SQRT2_AT = 288;
const HALF_AT = 304;
/** 1/3, 1/5, …, 1/21: the term of s^(2j) at LOG_TERMS_AT + 16 (j − 1). */
const LOG_TERMS_AT = 320;
const EXPONENT_BITS_AT = 480;
const MANTISSA_MASK_AT = 496;
const ONE_BITS_AT = 512;

/** e^x for |x| ≤ 30 (ln 2 reduction, Taylor series to degree 13: error below 1e-17 before rounding). */
function vexp(x: v128): v128 {
  const shifted = f64x2.add(f64x2.mul(x, load<v128>(K, LOG2E_AT)), load<v128>(K, MAGIC_AT));
  const k = f64x2.sub(shifted, load<v128>(K, MAGIC_AT));
  const r = f64x2.sub(f64x2.sub(x, f64x2.mul(k, load<v128>(K, LN2_HI_AT))), f64x2.mul(k, load<v128>(K, LN2_LO_AT)));
  // Estrin's scheme: the terms in pairs, then in fours, so the CPU works on them side by side.
  const r2 = f64x2.mul(r, r);
  const r4 = f64x2.mul(r2, r2);
  const r8 = f64x2.mul(r4, r4);
  const p01 = f64x2.add(load<v128>(K, ONE_AT), r);
  const p23 = f64x2.add(load<v128>(K, EXP_TERMS_AT), f64x2.mul(r, load<v128>(K, EXP_TERMS_AT + 16)));
  const p45 = f64x2.add(load<v128>(K, EXP_TERMS_AT + 32), f64x2.mul(r, load<v128>(K, EXP_TERMS_AT + 48)));
  const p67 = f64x2.add(load<v128>(K, EXP_TERMS_AT + 64), f64x2.mul(r, load<v128>(K, EXP_TERMS_AT + 80)));
  const p89 = f64x2.add(load<v128>(K, EXP_TERMS_AT + 96), f64x2.mul(r, load<v128>(K, EXP_TERMS_AT + 112)));
  const p1011 = f64x2.add(load<v128>(K, EXP_TERMS_AT + 128), f64x2.mul(r, load<v128>(K, EXP_TERMS_AT + 144)));
  const p1213 = f64x2.add(load<v128>(K, EXP_TERMS_AT + 160), f64x2.mul(r, load<v128>(K, EXP_TERMS_AT + 176)));
  const p03 = f64x2.add(p01, f64x2.mul(r2, p23));
  const p47 = f64x2.add(p45, f64x2.mul(r2, p67));
  const p811 = f64x2.add(p89, f64x2.mul(r2, p1011));
  const p07 = f64x2.add(p03, f64x2.mul(r4, p47));
  const p813 = f64x2.add(p811, f64x2.mul(r4, p1213));
  const q = f64x2.add(p07, f64x2.mul(r8, p813));
  // 2^k: k sits in the low bits of `shifted` (MAGIC's bits plus k); add it to q's exponent.
  const kBits = i64x2.sub(shifted, load<v128>(K, MAGIC_AT));
  return i64x2.add(q, i64x2.shl(kBits, 52));
}

/** ln x for normal x > 0 (x = 2^e · m, m in [√½, √2), series in s = (m − 1)/(m + 1) to s^21). */
function vlog(x: v128): v128 {
  const exponent = i64x2.shr_u(x, 52);
  // e as a double: the biased exponent in the low bits of 2^52, minus 2^52 and the bias.
  let e = f64x2.sub(v128.or(exponent, load<v128>(K, EXPONENT_BITS_AT)), load<v128>(K, EXPONENT_BIAS_AT));
  let m = v128.or(v128.and(x, load<v128>(K, MANTISSA_MASK_AT)), load<v128>(K, ONE_BITS_AT));
  const big = f64x2.gt(m, load<v128>(K, SQRT2_AT));
  m = v128.bitselect(f64x2.mul(m, load<v128>(K, HALF_AT)), m, big);
  e = v128.bitselect(f64x2.add(e, load<v128>(K, ONE_AT)), e, big);
  const s = f64x2.div(f64x2.sub(m, load<v128>(K, ONE_AT)), f64x2.add(m, load<v128>(K, ONE_AT)));
  const s2 = f64x2.mul(s, s);
  // 1 + s²/3 + s⁴/5 + … + s²⁰/21 by Estrin's scheme (t = s²), as in vexp.
  const t2 = f64x2.mul(s2, s2);
  const t4 = f64x2.mul(t2, t2);
  const t8 = f64x2.mul(t4, t4);
  const a01 = f64x2.add(load<v128>(K, ONE_AT), f64x2.mul(s2, load<v128>(K, LOG_TERMS_AT)));
  const a23 = f64x2.add(load<v128>(K, LOG_TERMS_AT + 16), f64x2.mul(s2, load<v128>(K, LOG_TERMS_AT + 32)));
  const a45 = f64x2.add(load<v128>(K, LOG_TERMS_AT + 48), f64x2.mul(s2, load<v128>(K, LOG_TERMS_AT + 64)));
  const a67 = f64x2.add(load<v128>(K, LOG_TERMS_AT + 80), f64x2.mul(s2, load<v128>(K, LOG_TERMS_AT + 96)));
  const a89 = f64x2.add(load<v128>(K, LOG_TERMS_AT + 112), f64x2.mul(s2, load<v128>(K, LOG_TERMS_AT + 128)));
  const a03 = f64x2.add(a01, f64x2.mul(t2, a23));
  const a47 = f64x2.add(a45, f64x2.mul(t2, a67));
  const a8 = f64x2.add(a89, f64x2.mul(t2, load<v128>(K, LOG_TERMS_AT + 144)));
  const q = f64x2.add(f64x2.add(a03, f64x2.mul(t4, a47)), f64x2.mul(t8, a8));
  const logM = f64x2.mul(f64x2.add(s, s), q);
  return f64x2.add(f64x2.mul(e, load<v128>(K, LN2_HI_AT)), f64x2.add(f64x2.mul(e, load<v128>(K, LN2_LO_AT)), logM));
}

/** e^x and ln x for one number (the link's rare school-by-school path; the tests compare them with Math). */
export function exp1(x: f64): f64 {
  return f64x2.extract_lane(vexp(f64x2.splat(x)), 0);
}
export function log1(x: f64): f64 {
  return f64x2.extract_lane(vlog(f64x2.splat(x)), 0);
}

// The pass's sums, kept across blocks.
let logLikelihood: f64 = 0;
let pearson: f64 = 0;
let extreme: f64 = 0;
let saturated: f64 = 0;

/** y log y with 0 log 0 = 0, for a pair of schools. */
function xLogX(y: v128): v128 {
  const zero = f64x2.eq(y, f64x2.splat(0));
  return v128.bitselect(f64x2.splat(0), f64x2.mul(y, vlog(y)), zero);
}

/**
 * Subtracts the centres from block rows start … start + length − 1 of the
 * factors, in place: the first pass of a fit does it, and the later passes
 * read the centred columns.
 */
function centreBlock(x: usize, n2: i32, k: i32, center: usize, start: i32, length: i32): void {
  for (let j = 0; j < k; j++) {
    const column = x + ((<usize>j * n2 + start) << 3);
    const c = f64x2.splat(load<f64>(center + ((<usize>j) << 3)));
    for (let i = 0; i < length; i += 2) {
      const at = column + ((<usize>i) << 3);
      store<v128>(at, f64x2.sub(load<v128>(at), c));
    }
  }
}

/** The linear predictor η = β₀ + Σ β_j x_j of block rows start … start + length − 1 into `eta`. */
function predictBlock(x: usize, n2: i32, k: i32, beta: usize, start: i32, length: i32, eta: usize): void {
  const b0 = f64x2.splat(load<f64>(beta));
  for (let i = 0; i < length; i += 2) store<v128>(eta + ((<usize>i) << 3), b0);
  for (let j = 0; j < k; j++) {
    const column = x + ((<usize>j * n2 + start) << 3);
    const b = f64x2.splat(load<f64>(beta + ((<usize>(j + 1)) << 3)));
    for (let i = 0; i < length; i += 2) {
      const at = (<usize>i) << 3;
      store<v128>(eta + at, f64x2.add(load<v128>(eta + at), f64x2.mul(b, load<v128>(column + at))));
    }
  }
}

/**
 * Adds a block to the upper triangle of [X'WX | X'Wz] (row-major p × (p + 1)
 * at `sums`). `columns` holds p + 1 pointers: the ones, the centred factors,
 * z. Four columns at a time share one w·x_a; each block's sums are added to
 * the totals, which keeps the rounding of a million-term sum small.
 */
function addEquations(columns: usize, p: i32, w: usize, length: i32, sums: usize): void {
  const width = p + 1;
  for (let a = 0; a < p; a++) {
    const xa = load<usize>(columns + ((<usize>a) << 2));
    let b = a;
    for (; b + 4 <= width; b += 4) {
      const c0 = load<usize>(columns + ((<usize>b) << 2));
      const c1 = load<usize>(columns + ((<usize>(b + 1)) << 2));
      const c2 = load<usize>(columns + ((<usize>(b + 2)) << 2));
      const c3 = load<usize>(columns + ((<usize>(b + 3)) << 2));
      let s0 = f64x2.splat(0);
      let s1 = f64x2.splat(0);
      let s2 = f64x2.splat(0);
      let s3 = f64x2.splat(0);
      for (let i = 0; i < length; i += 2) {
        const at = (<usize>i) << 3;
        const v = f64x2.mul(load<v128>(w + at), load<v128>(xa + at));
        s0 = f64x2.add(s0, f64x2.mul(v, load<v128>(c0 + at)));
        s1 = f64x2.add(s1, f64x2.mul(v, load<v128>(c1 + at)));
        s2 = f64x2.add(s2, f64x2.mul(v, load<v128>(c2 + at)));
        s3 = f64x2.add(s3, f64x2.mul(v, load<v128>(c3 + at)));
      }
      const to = sums + ((<usize>(a * width + b)) << 3);
      store<f64>(to, load<f64>(to) + (f64x2.extract_lane(s0, 0) + f64x2.extract_lane(s0, 1)));
      store<f64>(to, load<f64>(to, 8) + (f64x2.extract_lane(s1, 0) + f64x2.extract_lane(s1, 1)), 8);
      store<f64>(to, load<f64>(to, 16) + (f64x2.extract_lane(s2, 0) + f64x2.extract_lane(s2, 1)), 16);
      store<f64>(to, load<f64>(to, 24) + (f64x2.extract_lane(s3, 0) + f64x2.extract_lane(s3, 1)), 24);
    }
    for (; b < width; b++) {
      const c0 = load<usize>(columns + ((<usize>b) << 2));
      let s0 = f64x2.splat(0);
      for (let i = 0; i < length; i += 2) {
        const at = (<usize>i) << 3;
        s0 = f64x2.add(s0, f64x2.mul(f64x2.mul(load<v128>(w + at), load<v128>(xa + at)), load<v128>(c0 + at)));
      }
      const to = sums + ((<usize>(a * width + b)) << 3);
      store<f64>(to, load<f64>(to) + (f64x2.extract_lane(s0, 0) + f64x2.extract_lane(s0, 1)));
    }
  }
}

// Sums of the block being linked: kept apart from the totals to keep a million-term sum's rounding small.
let blockLogLikelihood: f64 = 0;
let blockPearson: f64 = 0;

/**
 * The link for one school, one lane at a time: R's thresholds when η is
 * beyond ±30 or not a number (μ stops at ε/(1 + ε) or 1/(1 + ε), dμ/dη at
 * ε), else as linkBlock. Writes μ and, when `writes`, the working weight and z.
 */
function linkSchool(
  row: usize,
  i: usize,
  y: usize,
  w: usize,
  fitted: usize,
  working: usize,
  previous: usize,
  eta: usize,
  z: usize,
  writes: bool,
): void {
  const e = load<f64>(eta + i);
  const wi = load<f64>(w + row);
  const yi = load<f64>(y + row);
  let mu: f64;
  let d: f64;
  let weight: f64;
  if (e >= -THRESHOLD && e <= THRESHOLD) {
    const t = exp1(e);
    const u = 1 / (1 + t);
    mu = t * u;
    d = mu * u;
    weight = wi * d;
    blockLogLikelihood += wi * (yi * e - log1(1 + t));
  } else {
    const t = e < 0 ? EPSILON : 1 / EPSILON;
    mu = t / (1 + t);
    d = EPSILON;
    weight = wi > 0 ? (wi * d * d) / (mu * (1 - mu)) : 0;
    if (wi != 0) blockLogLikelihood += wi * (yi * log1(mu) + (1 - yi) * log1(1 - mu));
    if (wi > 0 && (mu > 1 - 10 * EPSILON || mu < 10 * EPSILON)) extreme += 1;
  }
  if (!writes) store<f64>(fitted + row, mu);
  const residual = (yi - mu) / d;
  blockPearson += load<f64>(previous + row) * residual * residual;
  if (writes) {
    store<f64>(working + row, weight);
    store<f64>(z + i, e + residual);
  }
}

/**
 * μ, the log-likelihood and Pearson terms for a block at η and, when
 * `writes`, the working weights (w·dμ/dη) and responses z of the next step:
 * μ = t/(1 + t) with t = e^η, dμ/dη = μ(1 − μ), log-likelihood
 * w (y η − log(1 + t)), Pearson with the previous pass's working weights.
 * A pair with an η beyond ±30 goes school by school (linkSchool).
 * `oddsInZ`: z holds e^η already (the start).
 */
function linkBlock(
  start: i32,
  length: i32,
  y: usize,
  w: usize,
  fitted: usize,
  working: usize,
  previous: usize,
  eta: usize,
  z: usize,
  writes: bool,
  oddsInZ: bool,
): void {
  let ll = f64x2.splat(0);
  let chi = f64x2.splat(0);
  const one = f64x2.splat(1.0);
  blockLogLikelihood = 0;
  blockPearson = 0;
  for (let i = 0; i < length; i += 2) {
    const at = (<usize>i) << 3;
    const row = (<usize>(start + i)) << 3;
    const e = load<v128>(eta + at);
    if (!i64x2.all_true(f64x2.le(f64x2.abs(e), f64x2.splat(THRESHOLD)))) {
      linkSchool(row, at, y, w, fitted, working, previous, eta, z, writes);
      linkSchool(row + 8, at + 8, y, w, fitted, working, previous, eta, z, writes);
      continue;
    }
    const wi = load<v128>(w + row);
    const yi = load<v128>(y + row);
    const t = oddsInZ ? load<v128>(z + at) : vexp(e);
    const onePlusT = f64x2.add(one, t);
    const u = f64x2.div(one, onePlusT);
    const mu = f64x2.mul(t, u);
    const d = f64x2.mul(mu, u);
    ll = f64x2.add(ll, f64x2.mul(wi, f64x2.sub(f64x2.mul(yi, e), vlog(onePlusT))));
    // μ is kept by a CHECK only (the fit's last pass, mostly); a STEP's μ is used within the pass.
    if (!writes) store<v128>(fitted + row, mu);
    const residual = f64x2.div(f64x2.sub(yi, mu), d);
    chi = f64x2.add(chi, f64x2.mul(load<v128>(previous + row), f64x2.mul(residual, residual)));
    if (writes) {
      store<v128>(working + row, f64x2.mul(wi, d));
      store<v128>(z + at, f64x2.add(e, residual));
    }
  }
  logLikelihood += blockLogLikelihood + (f64x2.extract_lane(ll, 0) + f64x2.extract_lane(ll, 1));
  pearson += blockPearson + (f64x2.extract_lane(chi, 0) + f64x2.extract_lane(chi, 1));
}

/**
 * R's start for a block: η = logit((w·y + ½)/(w + 1)), and e^η = the odds
 * into `odds` (linkBlock takes them instead of computing e^η again); adds
 * the saturated log-likelihood Σ w (y log y + (1 − y) log(1 − y)).
 */
function startBlock(start: i32, length: i32, y: usize, w: usize, eta: usize, odds: usize): void {
  const one = f64x2.splat(1.0);
  let sat = f64x2.splat(0);
  for (let i = 0; i < length; i += 2) {
    const at = (<usize>i) << 3;
    const row = (<usize>(start + i)) << 3;
    const wi = load<v128>(w + row);
    const yi = load<v128>(y + row);
    const m = f64x2.div(f64x2.add(f64x2.mul(wi, yi), f64x2.splat(0.5)), f64x2.add(wi, one));
    const t = f64x2.div(m, f64x2.sub(one, m));
    store<v128>(eta + at, vlog(t));
    store<v128>(odds + at, t);
    const h = f64x2.add(xLogX(yi), xLogX(f64x2.sub(one, yi)));
    sat = f64x2.add(sat, v128.bitselect(f64x2.splat(0), f64x2.mul(wi, h), f64x2.eq(wi, f64x2.splat(0))));
  }
  saturated += f64x2.extract_lane(sat, 0) + f64x2.extract_lane(sat, 1);
}

/** The pass kinds of `pass`. */
const START: i32 = 0; // logit: R's start η, then the link and the normal equations
const STEP: i32 = 1; // logit: η = Xβ, the link and the normal equations of the next step
const CHECK: i32 = 2; // logit: η = Xβ and the link only: μ and the deviance, to see whether the fit has converged
const LINEAR: i32 = 3; // weighted least squares: the normal equations with the weights W and the response y
const PREDICT: i32 = 4; // weighted least squares: fitted Xβ and the residual sum of squares Σ w (y − Xβ)²

/**
 * One pass over all n2 rows (layout in the header). The sums (at `sums`:
 * equations, then log-likelihood or residual sum of squares, Pearson,
 * extreme, saturated) start from zero. A fit's first pass (START or LINEAR)
 * centres the factors in place; the others read them centred.
 */
export function pass(
  kind: i32,
  writeTo: i32,
  n2: i32,
  k: i32,
  x: usize,
  center: usize,
  beta: usize,
  sums: usize,
  scratch: usize,
): void {
  const p = k + 1;
  const y = x + ((<usize>k * n2) << 3);
  const w = y + ((<usize>n2) << 3);
  const fitted = w + ((<usize>n2) << 3);
  // The two working-weight columns (0 and 1) take turns: a pass writes `writeTo` and reads the other's weights.
  const working = fitted + ((<usize>(1 + writeTo) * n2) << 3);
  const previous = fitted + ((<usize>(2 - writeTo) * n2) << 3);
  // The scratch: a column of ones, z, η, then addEquations' column pointers (the ones, the k factors' rows
  // of the block, z).
  const ones = scratch;
  const z = ones + ((<usize>BLOCK) << 3);
  const blockEta = z + ((<usize>BLOCK) << 3);
  const columns = blockEta + ((<usize>BLOCK) << 3);
  const one = f64x2.splat(1.0);
  for (let i = 0; i < BLOCK; i += 2) store<v128>(ones + ((<usize>i) << 3), one);
  store<usize>(columns, ones);
  store<usize>(columns + ((<usize>p) << 2), z);
  memory.fill(sums, 0, (<usize>(p * (p + 1) + 4)) << 3);
  logLikelihood = 0;
  pearson = 0;
  extreme = 0;
  saturated = 0;
  const logit = kind <= CHECK;
  const first = kind == START || kind == LINEAR;
  for (let start = 0; start < n2; start += BLOCK) {
    const length = min(BLOCK, n2 - start);
    const row = (<usize>start) << 3;
    for (let j = 0; j < k; j++) store<usize>(columns + ((<usize>(j + 1)) << 2), x + ((<usize>j * n2 + start) << 3));
    // PREDICT writes η straight into the fitted column.
    const eta = kind == PREDICT ? fitted + row : blockEta;
    if (first) centreBlock(x, n2, k, center, start, length);
    else predictBlock(x, n2, k, beta, start, length, eta);
    // START leaves e^η in z, which linkBlock reads before it writes z.
    if (kind == START) startBlock(start, length, y, w, eta, z);
    if (logit) linkBlock(start, length, y, w, fitted, working, previous, eta, z, kind != CHECK, kind == START);
    if (kind == LINEAR) memory.copy(z, y + row, (<usize>length) << 3);
    if (kind == PREDICT) logLikelihood += squaredResiduals(y + row, w + row, eta, length);
    else if (kind != CHECK) addEquations(columns, p, (logit ? working : w) + row, length, sums);
  }
  const tail = sums + ((<usize>(p * (p + 1))) << 3);
  store<f64>(tail, logLikelihood);
  store<f64>(tail, pearson, 8);
  store<f64>(tail, extreme, 16);
  store<f64>(tail, saturated, 24);
}

/** Σ w (y − fitted)² over a block. */
function squaredResiduals(y: usize, w: usize, fitted: usize, length: i32): f64 {
  let s = f64x2.splat(0);
  for (let i = 0; i < length; i += 2) {
    const at = (<usize>i) << 3;
    const r = f64x2.sub(load<v128>(y + at), load<v128>(fitted + at));
    s = f64x2.add(s, f64x2.mul(load<v128>(w + at), f64x2.mul(r, r)));
  }
  return f64x2.extract_lane(s, 0) + f64x2.extract_lane(s, 1);
}
