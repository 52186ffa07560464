/**
 * The preview's example with components (a base per stage, a need-based pot,
 * a pot for newly arrived pupils, a lump sum tapered by size; a guarantee on
 * the total per pupil against last year's) computed by hand for the tests,
 * with nothing of Likvärd's code: the index, the taper, largest remainders,
 * and the clamped pot by bisection on its multiplier. The settings are typed
 * out as componentsExample.ts states them; only the schools' data is read.
 */
import { Component } from "../../../../src/model/components/components";
import { LAST_YEAR_ROWS } from "../../../../src/model/example/componentsExample";
import { EXAMPLE_SCHOOLS } from "../../../../src/model/example/schools";

export const SCHOOLS = EXAMPLE_SCHOOLS.map((s) => ({
  name: s[0],
  pupils: s[1],
  factors: [s[2], s[3], s[4], s[5]],
  stages: [s[12], s[13], s[14]],
  count: s[15],
}));
/** Last year's total per pupil, per school. */
export const LAST_YEAR = LAST_YEAR_ROWS.slice(1).map((r) => r[1] as number);
export const WEIGHTS = [2, 3, 0.5, 2.5];
export const RATES = [55_300, 58_900, 66_450];
/** The example's base per stage (RATES) as a component, as the tests type it. */
export const PER_STAGE: Component = {
  kind: "perStage",
  key: "GRUND",
  label: "Grundbelopp",
  stages: [
    { key: "F3", label: "F–3", amount: 55_300 },
    { key: "46", label: "4–6", amount: 58_900 },
    { key: "79", label: "7–9", amount: 66_450 },
  ],
};
export const NEED_POT = 64_000_000;
export const ARRIVED_POT = 6_000_000;
export const LUMP = 1_200_000;
/** The lump sum whole up to N1 pupils, nothing from N2, linear between. */
export const [N1, N2] = [100, 250];

export const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** Units to the largest remainders until the total is reached; ties to the higher index, then the earlier row. */
export function largestRemainders(exact: number[], total: number, unit: number, index: number[]): number[] {
  const units = exact.map((x) => Math.floor(x / unit + 1e-9));
  let missing = Math.round(total / unit) - sum(units);
  const order = exact
    .map((x, i) => ({ i, rest: x / unit - units[i] }))
    .sort((a, b) => b.rest - a.rest || index[b.i] - index[a.i] || a.i - b.i);
  for (const { i } of order) if (missing-- > 0) units[i] += 1;
  return units.map((u) => u * unit);
}

/**
 * Each school's amounts: the need-based pot (whole hundreds) clamped to what the total's limits leave it
 * (last year's total per pupil less `decrease`, plus `increase`), the newly arrived pot in whole kronor.
 */
export function exampleByHand({ needPot = NEED_POT, arrivedPot = ARRIVED_POT, decrease = 0.02, increase = 0.05 } = {}) {
  const pupils = SCHOOLS.map((s) => s.pupils);
  const score = SCHOOLS.map((s) => s.factors.reduce((acc, x, j) => acc + WEIGHTS[j] * x, 0));
  const mean = sum(score.map((x, i) => x * pupils[i])) / sum(pupils);
  const index = score.map((x) => (100 * x) / mean);
  const base = SCHOOLS.map((s) => Math.round(s.stages.reduce((acc, c, j) => acc + c * RATES[j], 0)));
  const lump = pupils.map((p) => Math.round(LUMP * (p <= N1 ? 1 : p >= N2 ? 0 : (N2 - p) / (N2 - N1))));
  const counts = SCHOOLS.map((s) => s.count);
  const arrived = largestRemainders(
    counts.map((c) => (arrivedPot * c) / sum(counts)),
    arrivedPot,
    1,
    counts,
  );
  const others = pupils.map((_, i) => base[i] + lump[i] + arrived[i]);
  // What the total's limits leave the need-based pot, in whole hundreds (its unit), per school.
  const lo = pupils.map((p, i) =>
    Math.max(0, Math.ceil(Math.round(((1 - decrease) * LAST_YEAR[i] * p - others[i]) * 100) / 1e4) * 100),
  );
  const hi = pupils.map((p, i) =>
    Math.max(0, Math.floor(Math.round(((1 + increase) * LAST_YEAR[i] * p - others[i]) * 100) / 1e4) * 100),
  );
  const at = (lambda: number) => pupils.map((p, i) => Math.min(hi[i], Math.max(lo[i], lambda * p * index[i])));
  let [a, b] = [0, 1e6];
  for (let k = 0; k < 200; k++) {
    const m = (a + b) / 2;
    if (sum(at(m)) < needPot) a = m;
    else b = m;
  }
  const lambda = (a + b) / 2;
  const need = largestRemainders(at(lambda), needPot, 100, index);
  /** The limit that holds the pot's amount. */
  const limit = pupils.map((p, i) => {
    const free = lambda * p * index[i];
    return free < lo[i] ? "golv" : free > hi[i] ? "tak" : "";
  });
  /** The pot's plain split, before limits and rounding. */
  const plain = pupils.map((p, i) => (needPot * p * index[i]) / sum(pupils.map((q, j) => q * index[j])));
  const total = pupils.map((_, i) => others[i] + need[i]);
  const perPupil = total.map((t, i) => t / pupils[i]);
  return { pupils, index, base, need, arrived, lump, total, perPupil, lo, hi, limit, plain };
}
