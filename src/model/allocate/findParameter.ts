import { LikvardError, Text } from "../errors";
import { AllocationRequest, allocate } from "./allocate";
import { RatioMeasure, kronorPerPupilRatio } from "./kronorPerPupilRatio";

/**
 * "Målsök": the parameter of the "power" or "threshold" method whose
 * allocation gives a target ratio of kr per pupil (issue 17).
 *
 * Why a bisection finds it: within floors and caps, both ratios are
 * non-decreasing in the parameter. Hold fixed which schools sit at a floor or
 * cap (their amounts are then constants); the rest of the pot is split among
 * the free schools by slope pupils_i · weight_i, and a group of free schools
 * whose indices are all at or above another group's gets a share of it that
 * does not fall as the parameter rises: for "power" d/dp ln(Σ_A n x^p / Σ_B n x^p)
 * is a difference of means of ln x, A's no smaller than B's; for "threshold"
 * d/dt ln(Σ_A n (x−t) / Σ_B n (x−t)) = 1/mean_B(x−t) − 1/mean_A(x−t) ≥ 0.
 * So the highest-need quarter's mean (or the top free school's kr per pupil)
 * cannot fall and the lowest-need quarter's (or the bottom one's) cannot
 * rise; the allocation is continuous in the parameter, so this holds across
 * the points where a school meets a limit too. Rounding to the unit adds
 * noise of at most a unit per school; the search then ends at the rounded
 * ratio nearest the target, and says so if that misses the tolerance.
 *
 * Where a parameter gives no split (every weight 0 above the largest index,
 * index ^ exponent overflowing) or no ratio (the lowest kr per pupil 0), it
 * lies beyond every reachable ratio and the search treats it as "too high".
 */
export interface ParameterSearch extends Omit<AllocationRequest, "method" | "parameter"> {
  method: "power" | "threshold";
  measure: RatioMeasure;
  /** The ratio to reach, e.g. 3 (kr per pupil in the highest-need quarter three times the lowest's). */
  target: number;
  /** How close the ratio must come (default 0.01). */
  tolerance?: number;
  /**
   * Kronor each school gets beside the pot (a model's other components, which
   * do not depend on the parameter): the ratio is then of the school's total.
   * The quarters' ratio stays non-decreasing (a constant added to both
   * quarters' sums); the max/min ratio of totals need not be, and the search
   * then ends at the nearest ratio it saw.
   */
  others?: Float64Array;
}

export type ParameterSearchResult =
  /** `parameter` gives `ratio`, within the tolerance of the target. */
  | { status: "reached"; parameter: number; ratio: number; message: Text }
  /** The target is out of reach: `ratio` is the nearest the method gives, with the smallest such `parameter`. */
  | { status: "unreachable"; parameter: number; ratio: number; message: Text }
  /** No allocation can be made at all (e.g. the floors need more than the pot), or the target is no number. */
  | { status: "failed"; message: Text };

/** Exponents are searched up to here; index ^ exponent overflows long before for any index above 2. */
const MAX_EXPONENT = 1024;

interface Point {
  parameter: number;
  ratio: number;
}

/** Finds the method's parameter that reaches the target ratio, or the nearest it can reach. */
export function findParameter(search: ParameterSearch): ParameterSearchResult {
  const { method, target } = search;
  const tolerance = search.tolerance ?? 0.01;
  if (!(Number.isFinite(target) && target > 0)) {
    return {
      status: "failed",
      message: {
        sv: `Målet måste vara ett positivt tal, t.ex. 3 (kvoten ${decimal(target, "sv")} går inte att söka).`,
        en: `The target must be a positive number such as 3 (the ratio ${decimal(target, "en")} cannot be searched for).`,
      },
    };
  }

  const seen: Point[] = [];
  /** The ratio at a parameter; undefined where it has none. */
  const ratioAt = (parameter: number): number | undefined => {
    const ratio = evaluate(search, parameter);
    if (ratio instanceof LikvardError) return undefined;
    seen.push({ parameter, ratio });
    return ratio;
  };
  const below = (ratio: number | undefined, level: number) => ratio !== undefined && ratio < level;

  const lowest = lowestParameter(search);
  const atLowest = evaluate(search, lowest);
  if (atLowest instanceof LikvardError) return { status: "failed", message: atLowest.text };
  seen.push({ parameter: lowest, ratio: atLowest });

  // A bracket [lo, hi]: the ratio below the target at lo, at or above it (or none) at hi.
  let lo = lowest;
  let hi = lowest;
  if (atLowest < target) {
    let atHi: number | undefined;
    if (method === "threshold") {
      hi = largestIndex(search);
      atHi = ratioAt(hi);
    } else {
      for (hi = 1; below((atHi = ratioAt(hi)), target) && hi < MAX_EXPONENT; hi *= 2) lo = hi;
    }
    if (!below(atHi, target)) bisect(lo, hi, target, tolerance / 10, ratioAt);
  }

  const nearest = closest(seen, target);
  if (Math.abs(nearest.ratio - target) <= tolerance) {
    // A rounder parameter only where its ratio still shows as the target to two decimals.
    const found = roundest(nearest, target, tolerance / 2, ratioAt);
    return { status: "reached", ...found, message: reachedText(search, found) };
  }
  // Out of reach. Above the top, the ratio may stop rising long before the search did (caps hold every
  // school): report the smallest parameter that gives the nearest ratio.
  let best = nearest;
  if (nearest.ratio < target && nearest.parameter > lowest) {
    const level = nearest.ratio - tolerance / 10;
    if (below(atLowest, level)) {
      const first = bisect(lowest, nearest.parameter, level, 0, ratioAt) ?? nearest;
      best = roundest(first, nearest.ratio, tolerance / 10, ratioAt);
    } else {
      best = { parameter: lowest, ratio: atLowest };
    }
  }
  return { status: "unreachable", ...best, message: unreachableText(search, best) };
}

/** The ratio of the allocation with this parameter, or why it has none. */
function evaluate(search: ParameterSearch, parameter: number): number | LikvardError {
  try {
    const amounts = allocate({ ...search, parameter });
    const others = search.others;
    const totals = others ? amounts.map((x, k) => x + others[k]) : amounts;
    return kronorPerPupilRatio(search.measure, search.pupils, search.index, totals);
  } catch (error) {
    if (error instanceof LikvardError) return error;
    throw error;
  }
}

/**
 * Where the search starts, at the least redistribution: exponent 0 (the same
 * kr per pupil everywhere) or threshold 0 (the proportional split; below the
 * lowest index where an index is negative).
 */
function lowestParameter(search: ParameterSearch): number {
  if (search.method === "power") return 0;
  let least = 0;
  search.index.forEach((x, k) => {
    if (search.pupils[k] > 0) least = Math.min(least, x);
  });
  return least;
}

/** The largest index of a school with pupils: a threshold there gives every school weight 0. */
function largestIndex(search: ParameterSearch): number {
  let largest = -Infinity;
  search.index.forEach((x, k) => {
    if (search.pupils[k] > 0) largest = Math.max(largest, x);
  });
  return largest;
}

/**
 * Bisection on a non-decreasing ratio: from lo (ratio below `level`) and hi
 * (at or above it, or none), halves the bracket until a ratio lies within
 * `precision` of the level or the bracket is as small as doubles allow.
 * Returns that point, or else the last one at or above the level (the
 * smallest parameter found there); undefined if no such point was evaluated.
 */
function bisect(
  lo: number,
  hi: number,
  level: number,
  precision: number,
  ratioAt: (parameter: number) => number | undefined,
): Point | undefined {
  let upper: Point | undefined;
  for (let mid = (lo + hi) / 2; mid > lo && mid < hi; mid = (lo + hi) / 2) {
    const ratio = ratioAt(mid);
    if (ratio !== undefined && Math.abs(ratio - level) <= precision) return { parameter: mid, ratio };
    if (ratio !== undefined && ratio < level) {
      lo = mid;
    } else {
      hi = mid;
      if (ratio !== undefined) upper = { parameter: mid, ratio };
    }
  }
  return upper;
}

/** The point whose ratio is nearest the target (ties: the smaller parameter). */
function closest(points: Point[], target: number): Point {
  let best = points[0];
  for (const p of points) {
    const gap = Math.abs(p.ratio - target) - Math.abs(best.ratio - target);
    if (gap < 0 || (gap === 0 && p.parameter < best.parameter)) best = p;
  }
  return best;
}

/**
 * The parameter with the fewest decimals (up to 6) near `found` whose ratio
 * is still within `allowed` of the goal: 1,6 rather than 1,6013 when both do.
 */
function roundest(
  found: Point,
  goal: number,
  allowed: number,
  ratioAt: (parameter: number) => number | undefined,
): Point {
  for (let decimals = 0; decimals <= 6; decimals++) {
    const scale = 10 ** decimals;
    const parameter = Math.round(found.parameter * scale) / scale;
    if (parameter === found.parameter) return found;
    const ratio = ratioAt(parameter);
    if (ratio !== undefined && Math.abs(ratio - goal) <= allowed) return { parameter, ratio };
  }
  return found;
}

const PARAMETER_NAME = {
  power: { sv: "exponenten", en: "exponent" },
  threshold: { sv: "tröskeln", en: "threshold" },
} as const;

const MEASURE_NAME = {
  quarters: {
    sv: "kvoten mellan kr per elev i kvartilen med högst och den med lägst behov",
    en: "the ratio of kr per pupil in the highest-need quarter to the lowest-need quarter",
  },
  maxMin: {
    sv: "kvoten mellan högsta och lägsta kr per elev",
    en: "the ratio of the highest to the lowest kr per pupil",
  },
} as const;

function reachedText(search: ParameterSearch, found: Point): Text {
  const [name, measure] = [PARAMETER_NAME[search.method], MEASURE_NAME[search.measure]];
  return {
    sv: `Med ${name.sv} ${decimal(found.parameter, "sv", 6)} blir ${measure.sv} ${decimal(found.ratio, "sv")} (mål ${decimal(search.target, "sv")}).`,
    en: `With ${name.en} ${decimal(found.parameter, "en", 6)}, ${measure.en} is ${decimal(found.ratio, "en")} (target ${decimal(search.target, "en")}).`,
  };
}

function unreachableText(search: ParameterSearch, best: Point): Text {
  const [name, measure] = [PARAMETER_NAME[search.method], MEASURE_NAME[search.measure]];
  const [capitalSv, capitalEn] = [
    measure.sv[0].toUpperCase() + measure.sv.slice(1),
    measure.en[0].toUpperCase() + measure.en.slice(1),
  ];
  return {
    sv: `${capitalSv} går inte att nå ${decimal(search.target, "sv")} med metoden "${search.method}" inom golven och taken: närmast är ${decimal(best.ratio, "sv")}, med ${name.sv} ${decimal(best.parameter, "sv", 6)}.`,
    en: `${capitalEn} cannot reach ${decimal(search.target, "en")} with method "${search.method}" within the floors and caps: the nearest is ${decimal(best.ratio, "en")}, with ${name.en} ${decimal(best.parameter, "en", 6)}.`,
  };
}

/**
 * A number as text with a decimal comma in Swedish: a ratio with two decimals
 * (3,00), a parameter with as many as it has, up to `digits` (1,585; 50).
 */
function decimal(value: number, lang: "sv" | "en", digits?: number): string {
  if (!Number.isFinite(value)) return String(value);
  const text = digits === undefined ? value.toFixed(2) : String(Number(value.toFixed(digits)));
  return lang === "sv" ? text.replace(".", ",").replace("-", "−") : text;
}
