/**
 * Generated school data with a fixed seed: pupils, need index, floor and cap
 * columns, factor shares and a binomial outcome that depends on them.
 */

/** mulberry32: a small, fast, seedable PRNG (uniform in [0, 1)). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Schools {
  n: number;
  pupils: Float64Array;
  index: Float64Array;
  floor: Float64Array;
  cap: Float64Array;
  resource: Float64Array;
  pot: number;
}

export function schools(n: number, seed = 20261124): Schools {
  const random = prng(seed);
  const pupils = new Float64Array(n);
  const index = new Float64Array(n);
  const floor = new Float64Array(n);
  const cap = new Float64Array(n);
  const resource = new Float64Array(n);
  let totalPupils = 0;
  for (let i = 0; i < n; i++) {
    pupils[i] = 50 + Math.floor(random() * 650);
    index[i] = 40 + random() * 160;
    totalPupils += pupils[i];
  }
  const perPupil = 12450;
  for (let i = 0; i < n; i++) {
    const lastYear = perPupil * (index[i] / 100) * (0.9 + 0.2 * random());
    floor[i] = lastYear * 0.5;
    cap[i] = lastYear * 1.6;
    resource[i] = 0.9 - 0.002 * (index[i] - 100) + 0.1 * (random() - 0.5);
  }
  return { n, pupils, index, floor, cap, resource, pot: Math.round(perPupil * totalPupils) };
}

export interface FitData {
  n: number;
  k: number;
  /** Factor columns (shares in [0, 1]). */
  factors: Float64Array[];
  /** Share with the outcome, in [0, 1]. */
  outcome: Float64Array;
  pupils: Float64Array;
}

/** Factor shares and an outcome drawn from a logistic model with known coefficients. */
export function fitData(n: number, k: number, seed = 4711): FitData {
  const random = prng(seed);
  const factors = Array.from({ length: k }, () => new Float64Array(n));
  const outcome = new Float64Array(n);
  const pupils = new Float64Array(n);
  const beta = [-1.5, 1.2, 0.8, -0.6, 0.5, 0.3, -0.2, 0.4, 0.1].slice(0, k + 1);
  for (let i = 0; i < n; i++) {
    let eta = beta[0];
    for (let j = 0; j < k; j++) {
      const x = random();
      factors[j][i] = x;
      eta += beta[j + 1] * x;
    }
    const p = 1 / (1 + Math.exp(-eta));
    const trials = 20 + Math.floor(random() * 180);
    // Binomial draw via the normal approximation, rounded and clamped: fast and deterministic.
    const mean = trials * p;
    const sd = Math.sqrt(trials * p * (1 - p));
    const u1 = Math.max(random(), 1e-12);
    const u2 = random();
    const z = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    const successes = Math.min(trials, Math.max(0, Math.round(mean + sd * z)));
    outcome[i] = successes / trials;
    pupils[i] = trials;
  }
  return { n, k, factors, outcome, pupils };
}
