import { LikvardError, Text, numError, valueError } from "../errors";
import { formatNumber, kronorText } from "../format/kronor";
import { clampedShares } from "./clampedShares";
import { roundToUnit } from "./roundToUnit";
import { slopesAndLimits } from "./slopesAndLimits";
import { AllocationMethod, defaultParameter, parameterError, pupilWeight, usableWeight, weightError } from "./weights";
import { limitArrays } from "./workArrays";

/** One allocation: typed columns of equal length, one entry per school. */
export interface AllocationRequest {
  pupils: Float64Array;
  /** Need index per school (100 = average). */
  index: Float64Array;
  /** The total to split, in kronor. */
  pot: number;
  method?: AllocationMethod;
  /** Threshold for "threshold" (default 100), exponent for "power" (default 1). */
  parameter?: number;
  /** Least kronor per pupil: one number, or one per school (NaN = no floor for that school). */
  floor?: number | Float64Array;
  /** Most kronor per pupil: one number, or one per school (NaN or Infinity = no cap). */
  cap?: number | Float64Array;
  /** Rounding unit in kronor; 0 = no rounding (default 1). */
  unit?: number;
  /** Names school k's value of an argument in messages, e.g. "elever, rad 3"; defaults to "skola k+1". */
  where?: (k: number, column: AllocationColumn) => Text;
}

/** The per-school inputs a message can point at. */
export type AllocationColumn = "pupils" | "index" | "floor" | "cap";

/**
 * The largest pot, in kronor and in rounding units, that is split exactly to
 * the krona. Below it every count of units and every amount (whole kronor or
 * halves) is an integer far below 2^53, so floors, sums and products are
 * exact; and roundToUnit's guard against float noise (8 ε relative, at most
 * 0.18 of a unit and of a krona here) never rounds a real remainder of one
 * krona up to a whole unit. That guard reaches a whole krona at 2^49 ≈ 5.6·10^14,
 * where exactness ends (beyond, sums missed the pot by 1–16 kr).
 */
export const EXACT_LIMIT = 1e14;

const defaultWhere = (k: number): Text => ({ sv: `skola ${k + 1}`, en: `school ${k + 1}` });

/** School k's floor or cap per pupil: `none` where the request gives none (omitted, or NaN for that school). */
export function perSchool(value: number | Float64Array | undefined, k: number, none: number): number {
  const x = value === undefined ? none : typeof value === "number" ? value : value[k];
  return Number.isNaN(x) ? none : x;
}

/** An allocation with the steps that led to it, for ALLOCATE's "detail" output. */
export interface Allocation {
  /** Kronor per school, rounded to the unit, summing exactly to the pot. */
  amounts: Float64Array;
  /** The amounts before rounding: clamp(λ · slope_i, floor_i · pupils_i, cap_i · pupils_i). */
  exact: Float64Array;
  /** pupils_i · weight_i (0 for a school without pupils). */
  slope: Float64Array;
}

/**
 * A rounding unit larger than the pot makes the amounts whole multiples of
 * it: among two or more schools one gets the whole pot, the rest nothing,
 * floors ignored. Refused here and under the pane's field (the same text).
 */
export function unitTooLarge(unit: number, pot: number, schools: number): Text | undefined {
  if (!(schools > 1 && unit > 0 && pot > 0 && unit > pot)) return undefined;
  return {
    sv: `Avrundningsenheten (${formatNumber(unit, "sv")} kr) är större än potten (${formatNumber(pot, "sv")} kr): en skola skulle få hela potten. Välj en mindre enhet, t.ex. 1, 100 eller 1000.`,
    en: `The rounding unit (${formatNumber(unit, "en")} kr) is larger than the pot (${formatNumber(pot, "en")} kr): one school would get the whole pot. Choose a smaller unit, such as 1, 100 or 1000.`,
  };
}

/**
 * Splits the pot between schools: amount_i = clamp(λ · pupils_i · weight_i,
 * floor_i · pupils_i, cap_i · pupils_i) with λ such that the amounts sum to
 * the pot, then rounded to the unit with the total kept exact. Problems the
 * numbers cannot resolve are LikvardErrors that say what to change.
 */
export function allocate(request: AllocationRequest): Float64Array {
  return solveAllocation(request, false).amounts;
}

/**
 * The allocation rule of `allocate`, with the exact amounts and slopes kept
 * (`keep` false: only the amounts are wanted, and the slopes' array becomes
 * the exact amounts and then the rounded ones, in place).
 */
export function solveAllocation(request: AllocationRequest, keep: boolean): Allocation {
  const { pupils, index, pot } = request;
  const n = pupils.length;
  const method = request.method ?? "proportional";
  const parameter = request.parameter ?? defaultParameter(method);
  const unit = request.unit ?? 1;
  const where = request.where ?? defaultWhere;

  if (!Number.isFinite(pot) || pot < 0) {
    throw numError({
      sv: `Potten är negativ (${formatNumber(pot, "sv")} kr); den måste vara 0 eller mer.`,
      en: `The pot is negative (${formatNumber(pot, "en")} kr); it must be 0 or more.`,
    });
  }
  if (!Number.isFinite(unit) || unit < 0) {
    throw valueError({
      sv: `Avrundningsenheten ${formatNumber(unit, "sv")} är ogiltig: ange 0 (ingen avrundning) eller ett positivt belopp, t.ex. 1 eller 1000.`,
      en: `The rounding unit ${formatNumber(unit, "en")} is invalid: give 0 (no rounding) or a positive amount such as 1 or 1000.`,
    });
  }

  const tooLarge = unitTooLarge(unit, pot, n);
  if (tooLarge) throw valueError(tooLarge);

  if (unit > 0 && Math.max(pot, pot / unit) > EXACT_LIMIT) {
    const [potKr, limit] = [kronorText(pot), kronorText(EXACT_LIMIT * Math.min(1, unit))];
    throw numError({
      sv: `Potten (${potKr.sv}) är för stor för att avrundas exakt till hela ${formatNumber(unit, "sv")} kr: högst ${limit.sv} går att fördela exakt. Välj avrundningsenheten 0 (ingen avrundning)${unit < 1 ? ", en större enhet" : ""} eller en mindre pott.`,
      en: `The pot (${potKr.en}) is too large to round exactly to whole units of ${formatNumber(unit, "en")} kr: at most ${limit.en} can be split exactly. Choose rounding unit 0 (no rounding)${unit < 1 ? ", a larger unit" : ""} or a smaller pot.`,
    });
  }

  const parameterProblem = parameterError(method, parameter);
  if (parameterProblem) throw parameterProblem;
  const slope = new Float64Array(n);
  const { low, high } = limitArrays(n);
  // One floor or cap for every school is spread into low or high, so the pass reads arrays only.
  const floors = request.floor instanceof Float64Array ? request.floor : low.fill(perSchool(request.floor, 0, 0));
  const caps = request.cap instanceof Float64Array ? request.cap : high.fill(perSchool(request.cap, 0, Infinity));
  const sums = slopesAndLimits(pupils, index, method, parameter, floors, caps, { slope, low, high });
  if (sums.problem >= 0) throw schoolError(request, method, parameter, sums.problem, where);
  const { floorTotal, slopeTotal, reachable, slopeMax } = sums;

  if (!Number.isFinite(slopeTotal) || !Number.isFinite(floorTotal)) {
    throw numError({
      sv: "Elevantal gånger index eller golv blir för stora tal att räkna med: kontrollera elevantalen och golven.",
      en: "Pupil counts times index or floor give numbers too large to compute with: check the pupil counts and floors.",
    });
  }

  // Amounts are formatted only for a message (kronorText inside each check): a call that succeeds formats nothing.
  if (floorTotal > pot * (1 + 1e-12)) {
    const [need, potKr] = [kronorText(floorTotal), kronorText(pot)];
    throw numError({
      sv: `Golven kräver ${need.sv} men potten är ${potKr.sv}: sänk golven eller öka potten.`,
      en: `The floors need ${need.en} but the pot is ${potKr.en}: lower the floors or raise the pot.`,
    });
  }
  if (slopeTotal === 0 && pot > floorTotal * (1 + 1e-12)) {
    const potKr = kronorText(pot);
    throw numError({
      sv: `Alla skolor har vikten 0 (inga elever, eller inget behov över tröskeln), så ${potKr.sv} kan inte fördelas efter behov.`,
      en: `Every school has weight 0 (no pupils, or no need above the threshold), so ${potKr.en} cannot be split by need.`,
    });
  }
  if (reachable < pot * (1 - 1e-12)) {
    const [room, potKr] = [kronorText(reachable), kronorText(pot)];
    throw numError({
      sv: `Taken rymmer högst ${room.sv} men potten är ${potKr.sv}: höj taken eller minska potten.`,
      en: `The caps allow at most ${room.en} but the pot is ${potKr.en}: raise the caps or lower the pot.`,
    });
  }

  // Schools without pupils add 0 to floorTotal, so it is Σ low.
  const { amounts, lambda } = clampedShares(slope, low, high, Math.min(pot, reachable), !keep, {
    slopeMax,
    lowSum: floorTotal,
  });
  // Every amount is finite when λ is: the slopes are at most 1, the floors finite (both checked
  // above), and a cap is taken only where it is at most λ · slope. So no pass looks unless λ is not.
  for (let k = 0; !Number.isFinite(lambda) && k < n; k++) {
    if (!Number.isFinite(amounts[k])) {
      const w = where(k, "pupils");
      throw numError({
        sv: `${w.sv}: beloppet går inte att räkna ut med så extrema tal; kontrollera elevantal, index och pott.`,
        en: `${w.en}: the amount cannot be computed from such extreme numbers; check the pupil counts, index and pot.`,
      });
    }
  }
  const rounded = unit === 0 ? amounts : roundToUnit(amounts, pot, unit, index, pupils, !keep);
  return { amounts: rounded, exact: amounts, slope };
}

/**
 * Why school k's numbers cannot be used (slopesAndLimits stopped there), with
 * the problems in the order they are reported: a bad index at any school
 * first, then, at school k, its pupils, a negative floor or cap, a floor above the cap.
 */
function schoolError(
  request: AllocationRequest,
  method: AllocationMethod,
  parameter: number,
  k: number,
  where: (k: number, column: AllocationColumn) => Text,
): LikvardError {
  const { pupils, index } = request;
  for (let j = k; j < index.length; j++) {
    const x = index[j];
    if (!usableWeight(x, pupilWeight(x, method, parameter), method))
      return weightError(x, method, parameter, where(j, "index"));
  }
  const p = pupils[k];
  if (!(p >= 0)) {
    const w = where(k, "pupils");
    return valueError({
      sv: `${w.sv}: negativt elevantal (${formatNumber(p, "sv")}).`,
      en: `${w.en}: a negative pupil count (${formatNumber(p, "en")}).`,
    });
  }
  const floor = perSchool(request.floor, k, 0);
  const cap = perSchool(request.cap, k, Infinity);
  if (floor < 0 || cap < 0) {
    const w = where(k, floor < 0 ? "floor" : "cap");
    const which = floor < 0 ? { sv: "golvet", en: "floor" } : { sv: "taket", en: "cap" };
    return valueError({
      sv: `${w.sv}: ${which.sv} per elev är negativt (${formatNumber(Math.min(floor, cap), "sv")} kr).`,
      en: `${w.en}: the ${which.en} per pupil is negative (${formatNumber(Math.min(floor, cap), "en")} kr).`,
    });
  }
  const w = where(k, "floor");
  return numError({
    sv: `${w.sv}: golvet (${formatNumber(floor, "sv")} kr per elev) är högre än taket (${formatNumber(cap, "sv")} kr per elev).`,
    en: `${w.en}: the floor (${formatNumber(floor, "en")} kr per pupil) is above the cap (${formatNumber(cap, "en")} kr per pupil).`,
  });
}
