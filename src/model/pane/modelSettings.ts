/**
 * The allocation model an economist sets up in the pane: factors and
 * weights, the pot and the rules. Plain data, stored in the workbook (see
 * modelSheet.ts) so a shared workbook carries its model.
 */
import { AllocationMethod } from "../allocate/weights";
import { Component } from "../components/components";

export interface Factor {
  name: string;
  weight: number;
}

export interface ModelSettings {
  factors: Factor[];
  /** b0 of the score; 0 for chosen weights, the fitted constant for fitted ones. */
  intercept: number;
  /** How the score is formed: b0 + Σ b·x ("linear"), or its logistic transform ("logit", for logit fits). */
  scoreModel: "linear" | "logit";
  pot: number;
  method: AllocationMethod;
  /** Threshold ("threshold") or exponent ("power"). */
  parameter: number;
  /** Kronor per pupil; empty (NaN) = none. */
  floor: number;
  cap: number;
  /** Largest decrease and increase per pupil against last year, as shares (0.02 = 2 %); NaN = none. */
  maxDecrease: number;
  maxIncrease: number;
  /** Rounding unit in kronor (0 = none). */
  unit: number;
  /**
   * The model's components (issue 20, src/model/components/): none or empty is
   * today's model of one pot (pot, method, parameter, unit above). With
   * components the school's money is their sum, and floor, cap and the limits
   * against last year apply to that total.
   */
  components?: Component[];
}

export const DEFAULT_SETTINGS: ModelSettings = {
  factors: [],
  intercept: 0,
  scoreModel: "linear",
  pot: 0,
  method: "proportional",
  parameter: 1,
  floor: NaN,
  cap: NaN,
  maxDecrease: NaN,
  maxIncrease: NaN,
  unit: 1,
};

/** Floor and cap per pupil for one school: the fixed ones and the year-on-year limits, whichever binds. */
export function schoolLimits(settings: ModelSettings, lastYear: number): { floor: number; cap: number } {
  let floor = Number.isFinite(settings.floor) ? settings.floor : 0;
  let cap = Number.isFinite(settings.cap) ? settings.cap : Infinity;
  if (Number.isFinite(lastYear)) {
    if (Number.isFinite(settings.maxDecrease)) floor = Math.max(floor, lastYear * (1 - settings.maxDecrease));
    if (Number.isFinite(settings.maxIncrease)) cap = Math.min(cap, lastYear * (1 + settings.maxIncrease));
  }
  return { floor, cap };
}
