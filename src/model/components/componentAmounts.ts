/**
 * The components' amounts computed by the model code, for the pane's preview:
 * the same numbers the inserted formulas (componentLayout.ts) give in the
 * sheet — each component per school, the total, and the need-based pot's
 * floors and caps from the guarantee (guarantee.ts). Tested against the
 * formulas in the headless engine.
 */
import { allocate } from "../allocate/allocate";
import { ModelSettings, schoolLimits } from "../pane/modelSettings";
import { socioIndex } from "../socio/socioIndex";
import { Component } from "./components";
import { potLimits } from "./guarantee";
import { taper } from "./taper";

export interface ComponentData {
  pupils: Float64Array;
  /** Factor shares, one array per factor (for the need index). */
  factors: Float64Array[];
  /** Last year's total kronor per pupil (NaN = none for that school); undefined = no column. */
  lastYear?: Float64Array;
  /** Per component key: its data columns, one per stage or the count. */
  columns: Record<string, Float64Array[]>;
}

export interface ComponentAmounts {
  /** The need index, when there is a need-based pot. */
  index?: Float64Array;
  /** Kronor per school for each component, by key. */
  amounts: Record<string, Float64Array>;
  total: Float64Array;
  /** The total's floor and cap per pupil (NaN = none). */
  floor: Float64Array;
  cap: Float64Array;
  /** The need-based pot's floor and cap per pupil (NaN = none). */
  potFloor?: Float64Array;
  potCap?: Float64Array;
}

/**
 * Every component's amounts. `settings` gives the index (factors' weights,
 * intercept, score model) and the guarantee (floor, cap, largest decrease and
 * increase); the pots' own settings are the components'. Throws ALLOCATE's
 * errors (floors that need more than the pot, …) as the sheet would show them.
 */
export function componentAmounts(
  data: ComponentData,
  settings: ModelSettings,
  components: Component[],
): ComponentAmounts {
  const n = data.pupils.length;
  const perSchool = (f: (i: number) => number) => Float64Array.from({ length: n }, (_, i) => f(i));
  const amounts: Record<string, Float64Array> = {};
  for (const c of components) {
    const cols = data.columns[c.key] ?? [];
    switch (c.kind) {
      case "perStage":
        amounts[c.key] = perSchool((i) =>
          Math.round(c.stages.reduce((sum, s, j) => sum + (cols[j]?.[i] || 0) * s.amount, 0)),
        );
        break;
      case "counted":
        amounts[c.key] =
          c.basis === "pot"
            ? allocate({ pupils: cols[0], index: cols[0], pot: c.amount, method: "power", parameter: 0, unit: c.unit })
            : perSchool((i) => Math.round((cols[0][i] || 0) * c.amount));
        break;
      case "lumpSum":
        amounts[c.key] = perSchool((i) =>
          data.pupils[i] > 0 ? Math.round(c.amount * taper(data.pupils[i], c.taperFrom, c.taperTo)) : 0,
        );
        break;
      case "needPot":
        break;
    }
  }
  // The total's limits as the sheet's columns have them: NaN ("") where neither a fixed one nor last year's applies.
  const floor = new Float64Array(n);
  const cap = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const last = data.lastYear ? data.lastYear[i] : NaN;
    const l = schoolLimits(settings, last);
    const yearOnYear = (change: number) => Number.isFinite(last) && Number.isFinite(change);
    floor[i] = Number.isFinite(settings.floor) || yearOnYear(settings.maxDecrease) ? l.floor : NaN;
    cap[i] = Number.isFinite(settings.cap) || yearOnYear(settings.maxIncrease) ? l.cap : NaN;
  }
  const result: ComponentAmounts = { amounts, total: new Float64Array(n), floor, cap };
  const pot = components.find((c) => c.kind === "needPot");
  if (pot) {
    const weights = Float64Array.from(settings.factors, (f) => f.weight);
    const index = socioIndex(data.factors, weights, settings.intercept, data.pupils, settings.scoreModel);
    const others = perSchool((i) => components.reduce((sum, c) => (c === pot ? sum : sum + amounts[c.key][i]), 0));
    const bounds = Array.from({ length: n }, (_, i) =>
      potLimits(data.pupils[i], floor[i], cap[i], others[i], pot.unit),
    );
    const potFloor = Float64Array.from(bounds, (b) => b.floor);
    const potCap = Float64Array.from(bounds, (b) => b.cap);
    amounts[pot.key] = allocate({
      pupils: data.pupils,
      index,
      pot: pot.pot,
      method: pot.method,
      parameter: pot.parameter,
      floor: potFloor,
      cap: potCap,
      unit: pot.unit,
    });
    Object.assign(result, { index, potFloor, potCap });
  }
  for (let i = 0; i < n; i++) result.total[i] = components.reduce((sum, c) => sum + amounts[c.key][i], 0);
  return result;
}
