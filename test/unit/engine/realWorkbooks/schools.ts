/**
 * The data of the fixtures in test/fixtures (the same tables as
 * make-fixtures.py), and the expected results computed here by hand, from the
 * formulas in the README — not by the model code under test.
 */
import { join } from "node:path";

export const FIXTURES = join(__dirname, "..", "..", "..", "fixtures");
export const fixture = (name: string) => join(FIXTURES, name);

export interface School {
  name: string;
  pupils: number;
  /** Need factors in %: foreign background, parents without post-secondary education, newly arrived, income support. */
  factors: [number, number, number, number];
  lastYear: number;
  /** Share of certified teachers, %. */
  certified: number;
}

const row = (
  name: string,
  pupils: number,
  f1: number,
  f2: number,
  f3: number,
  f4: number,
  lastYear: number,
  certified: number,
): School => ({ name, pupils, factors: [f1, f2, f3, f4], lastYear, certified });

/** The twelve schools (Skolor!A2:H13 in openpyxl-full.xlsx). */
export const SCHOOLS: School[] = [
  row("Norrskolan", 412, 18, 22, 3, 6, 3_610_000, 88),
  row("Söderskolan", 287, 46, 41, 11, 14, 6_020_000, 71),
  row("Västerskolan", 356, 27, 30, 5, 8, 4_700_000, 84),
  row("Österskolan", 198, 61, 55, 17, 21, 5_890_000, 64),
  row("Ängsskolan", 455, 12, 15, 2, 4, 2_840_000, 92),
  row("Björkskolan", 231, 38, 36, 9, 12, 4_150_000, 77),
  row("Eklundaskolan", 319, 53, 47, 14, 18, 8_010_000, 69),
  row("Furuskolan", 176, 9, 19, 1, 3, 1_020_000, 95),
  row("Granskolan", 402, 33, 28, 7, 10, 6_230_000, 81),
  row("Hagaskolan", 264, 72, 63, 22, 27, 9_480_000, 58),
  row("Lindskolan", 343, 21, 25, 4, 7, 3_700_000, 86),
  row("Tallbacksskolan", 157, 44, 39, 12, 16, 3_350_000, 73),
];

/** SOCIOINDEX weights without intercept (Skolor!M2:M5). */
export const WEIGHTS = [3, 2, 5, 4];
export const POT = 60_000_000;

/** The index column of unevaluable.xlsx and merged-pupils.xlsx (C2:C13). */
export const INDEX12 = [92, 118, 101, 134, 85, 109, 127, 80, 104, 141, 96, 121];

export const pupils = SCHOOLS.map((s) => s.pupils);

/** score_i = Σ w_j·x_ij — integers for the fixture's data. */
export const scores = SCHOOLS.map((s) => s.factors.reduce((sum, x, j) => sum + WEIGHTS[j] * x, 0));

/** SOCIOINDEX: 100·score_i / (Σ pupils·score / Σ pupils). */
export function socioindex(p: number[], score: number[]): number[] {
  const mean = p.reduce((s, n, i) => s + n * score[i], 0) / p.reduce((s, n) => s + n, 0);
  return score.map((s) => (100 * s) / mean);
}

/**
 * ALLOCATE (proportional, unit 1 krona) in exact integer arithmetic: the
 * exact share pot·w_i/Σw with w_i = pupils_i·weight_i is rounded down, and
 * the kronor left go one at a time to the largest remainders (ties: higher
 * weight, then earlier row). Weights must be integers here; a SOCIOINDEX
 * index is proportional to the integer score, so ALLOCATE(pupils, index)
 * = ALLOCATE(pupils, score).
 */
export function allocate(p: number[], weight: number[], pot: number): number[] {
  const w = p.map((n, i) => BigInt(n) * BigInt(weight[i]));
  const total = w.reduce((a, b) => a + b, 0n);
  const big = BigInt(pot);
  const floor = w.map((wi) => (big * wi) / total);
  const remainder = w.map((wi, i) => big * wi - floor[i] * total); // remainder × total, exact
  let rest = big - floor.reduce((a, b) => a + b, 0n);
  const order = w
    .map((_, i) => i)
    .sort((a, b) =>
      remainder[b] > remainder[a] ? 1 : remainder[b] < remainder[a] ? -1 : weight[b] - weight[a] || a - b,
    );
  const amounts = floor.map(Number);
  for (const i of order) {
    if (rest <= 0n) break;
    amounts[i] += 1;
    rest -= 1n;
  }
  return amounts;
}

/** Pupil-weighted Pearson correlation (EQUITYGAP "correlation"). */
export function weightedCorrelation(x: number[], y: number[], w: number[]): number {
  const sw = w.reduce((a, b) => a + b, 0);
  const mx = x.reduce((s, v, i) => s + w[i] * v, 0) / sw;
  const my = y.reduce((s, v, i) => s + w[i] * v, 0) / sw;
  let cov = 0;
  let vx = 0;
  let vy = 0;
  for (let i = 0; i < x.length; i++) {
    cov += w[i] * (x[i] - mx) * (y[i] - my);
    vx += w[i] * (x[i] - mx) ** 2;
    vy += w[i] * (y[i] - my) ** 2;
  }
  return cov / Math.sqrt(vx * vy);
}

/** openpyxl-full.xlsx and last-row.xlsx: index and amounts over the twelve schools, pot 60 000 000. */
export const EXPECTED_INDEX = socioindex(pupils, scores);
export const EXPECTED_AMOUNTS = allocate(pupils, scores, POT);
