import { LikvardError, Text, numError, valueError } from "../errors";
import { formatNumber } from "../format/kronor";

/** How need turns into money: the weight of one pupil at a school. */
export type AllocationMethod = "proportional" | "threshold" | "power";

/** Accepted spellings of each method (English and Swedish). */
export const METHOD_NAMES: Record<string, AllocationMethod> = {
  proportional: "proportional",
  proportionell: "proportional",
  threshold: "threshold",
  tröskel: "threshold",
  troskel: "threshold",
  power: "power",
  potens: "power",
};

/** The default parameter of each method: threshold 100, exponent 1. */
export function defaultParameter(method: AllocationMethod): number {
  return method === "threshold" ? 100 : 1;
}

/**
 * The weight of a pupil at a school with need index x:
 * proportional: x; threshold: max(0, x − parameter); power: x ^ parameter.
 */
export function pupilWeight(x: number, method: AllocationMethod, parameter: number): number {
  if (method === "threshold") return x > parameter ? x - parameter : 0;
  return method === "power" ? Math.pow(x, parameter) : x;
}

/**
 * Whether index x gives a weight to compute with: "proportional" and "power"
 * need an index that is not negative and a finite weight; "threshold" takes any.
 */
export function usableWeight(x: number, weight: number, method: AllocationMethod): boolean {
  return method === "threshold" || (!(x < 0) && Number.isFinite(weight));
}

/** An exponent the "power" method cannot use (negative), as an error to throw; undefined if it can. */
export function parameterError(method: AllocationMethod, parameter: number): LikvardError | undefined {
  if (!(method === "power" && parameter < 0)) return undefined;
  return numError({
    sv: `Exponenten ${formatNumber(parameter, "sv")} är negativ: metoden "power" kräver en exponent ≥ 0 (över 1 ger en mer progressiv fördelning).`,
    en: `The exponent ${formatNumber(parameter, "en")} is negative: method "power" needs an exponent ≥ 0 (above 1 makes the split more progressive).`,
  });
}

/** Why index x at a school (`w` names it) gives no usable weight (usableWeight is false), as an error to throw. */
export function weightError(x: number, method: AllocationMethod, parameter: number, w: Text): LikvardError {
  if (x < 0) {
    return valueError({
      sv: `${w.sv}: negativt index (${formatNumber(x, "sv")}) går inte med metoden "${method}"; använd "threshold" eller rätta indexet.`,
      en: `${w.en}: a negative index (${formatNumber(x, "en")}) does not work with method "${method}"; use "threshold" or correct the index.`,
    });
  }
  return numError({
    sv: `${w.sv}: index ${formatNumber(x, "sv")} upphöjt till ${formatNumber(parameter, "sv")} blir för stort att räkna med.`,
    en: `${w.en}: index ${formatNumber(x, "en")} to the power ${formatNumber(parameter, "en")} is too large to compute with.`,
  });
}
