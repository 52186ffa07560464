import { Text, numError, valueError } from "../errors";
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
 * The weight of a pupil at each school:
 * proportional: index; threshold: max(0, index − parameter); power: index ^ parameter.
 * `where(k)` names school k in error messages.
 */
export function pupilWeights(
  index: Float64Array,
  method: AllocationMethod,
  parameter: number,
  where: (k: number) => Text,
): Float64Array {
  const n = index.length;
  const weights = new Float64Array(n);
  if (method === "threshold") {
    for (let k = 0; k < n; k++) weights[k] = index[k] > parameter ? index[k] - parameter : 0;
    return weights;
  }
  if (method === "power" && parameter < 0) {
    throw numError({
      sv: `Exponenten ${formatNumber(parameter, "sv")} är negativ: metoden "power" kräver en exponent ≥ 0 (över 1 ger en mer progressiv fördelning).`,
      en: `The exponent ${formatNumber(parameter, "en")} is negative: method "power" needs an exponent ≥ 0 (above 1 makes the split more progressive).`,
    });
  }
  for (let k = 0; k < n; k++) {
    const x = index[k];
    if (x < 0) {
      const w = where(k);
      throw valueError({
        sv: `${w.sv}: negativt index (${formatNumber(x, "sv")}) går inte med metoden "${method}"; använd "threshold" eller rätta indexet.`,
        en: `${w.en}: a negative index (${formatNumber(x, "en")}) does not work with method "${method}"; use "threshold" or correct the index.`,
      });
    }
    const weight = method === "power" ? Math.pow(x, parameter) : x;
    if (!Number.isFinite(weight)) {
      const w = where(k);
      throw numError({
        sv: `${w.sv}: index ${formatNumber(x, "sv")} upphöjt till ${formatNumber(parameter, "sv")} blir för stort att räkna med.`,
        en: `${w.en}: index ${formatNumber(x, "en")} to the power ${formatNumber(parameter, "en")} is too large to compute with.`,
      });
    }
    weights[k] = weight;
  }
  return weights;
}
