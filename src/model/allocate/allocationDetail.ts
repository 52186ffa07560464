import { AllocationRequest, perSchool, solveAllocation } from "./allocate";

/** What ALLOCATE returns: the amounts, or the five explaining columns. */
export type AllocationOutput = "amount" | "detail";

/** Accepted spellings of each output (English and Swedish). */
export const OUTPUT_NAMES: Record<string, AllocationOutput> = {
  amount: "amount",
  belopp: "amount",
  detail: "detail",
  detalj: "detail",
};

/** The limit that holds a school's amount. */
export type BindingLimit = "floor" | "cap";

/** Each school's allocation explained, one entry per school; NaN where a value has no meaning. */
export interface AllocationDetail {
  /** Kronor, rounded, as ALLOCATE returns them. */
  amount: Float64Array;
  /** amount / pupils; NaN for a school without pupils. */
  perPupil: Float64Array;
  /** The split before floors, caps and rounding: pot · slope_i / Σ slope; NaN when every slope is 0. */
  plain: Float64Array;
  /** The floor or cap its exact (unrounded) amount equals; undefined for none, or no pupils. */
  limit: (BindingLimit | undefined)[];
  /** amount / pot; NaN when the pot is 0. */
  share: Float64Array;
}

/**
 * Splits the pot as `allocate` does and explains each school's amount. A
 * limit holds a school when its exact amount equals floor · pupils (or cap ·
 * pupils) to within float noise, whether or not the clamp was needed to put it
 * there; only a limit the request gives counts, and the floor is named first
 * when floor and cap are equal.
 */
export function allocationDetail(request: AllocationRequest): AllocationDetail {
  const { pupils, pot } = request;
  const { amounts, exact, slope } = solveAllocation(request, true);
  const n = pupils.length;
  let slopeSum = 0;
  for (let k = 0; k < n; k++) slopeSum += slope[k];

  const perPupil = new Float64Array(n);
  const plain = new Float64Array(n);
  const share = new Float64Array(n);
  const limit: (BindingLimit | undefined)[] = new Array<BindingLimit | undefined>(n).fill(undefined);
  for (let k = 0; k < n; k++) {
    const p = pupils[k];
    perPupil[k] = p > 0 ? amounts[k] / p : NaN;
    plain[k] = slopeSum > 0 ? pot * (slope[k] / slopeSum) : NaN;
    share[k] = pot > 0 ? amounts[k] / pot : NaN;
    if (p > 0) {
      const floor = perSchool(request.floor, k, NaN);
      const cap = perSchool(request.cap, k, NaN);
      if (sameAmount(exact[k], floor * p)) limit[k] = "floor";
      else if (sameAmount(exact[k], cap * p)) limit[k] = "cap";
    }
  }
  return { amount: amounts, perPupil, plain, limit, share };
}

/** Equal up to float noise in the solver (relative 1e-9); false for NaN or an infinite limit. */
function sameAmount(amount: number, limit: number): boolean {
  return Number.isFinite(limit) && Math.abs(amount - limit) <= 1e-9 * Math.max(1, Math.abs(limit));
}
