/**
 * The total's guarantee turned into the need-based pot's floors and caps.
 *
 * A school's total is its need-based amount plus the other components
 * ("others": per stage, per counted pupil, lump sum), which do not depend on
 * the pot. The guarantee bounds the total per pupil: at least F (the fixed
 * floor LIKVARD_GOLV, or last year's total per pupil × (1 − LIKVARD_MAXMINSKNING),
 * whichever is higher) and at most C (LIKVARD_TAK, or last year × (1 +
 * LIKVARD_MAXOKNING), whichever is lower) — limitFormulas.ts, unchanged. So
 * the pot must give the school at least F·p − others and at most C·p − others
 * kronor; as ALLOCATE's floor and cap per pupil:
 *
 *   pot floor = max(0, ⌈F·p − others⌉ₑ) / p      pot cap = max(0, ⌊C·p − others⌋ₑ) / p
 *
 * with ⌈⌉ₑ, ⌊⌋ₑ rounding up and down to the pot's unit e (after rounding to
 * öre, so float noise such as 7 742,000000001 does not cost a unit). A floor
 * or cap that is a whole number of units is held exactly by ALLOCATE's
 * rounding (every amount is rounded down, then units go to the largest
 * remainders: a school at its floor has no remainder), so the total meets the
 * guarantee to the krona, not within one unit, and the pot still sums
 * exactly.
 *
 * Limits of what a pot can do: where the other components alone give more
 * than C·p, the pot's cap is 0 and the total still exceeds C (say, a base
 * per stage raised more than the largest increase); where the floors need
 * more than the pot, ALLOCATE says so (#NUM!, "Golven kräver …").
 */
import { LimitNames, limitFormulas } from "../pane/limitFormulas";

/** The total's floor and cap per pupil (kronor; "" = none): limitFormulas with last year, else the fixed ones. */
export function totalLimitFormulas(
  lastYearCell: string | undefined,
  names?: LimitNames,
): { floor: string; cap: string } {
  if (lastYearCell) return limitFormulas(lastYearCell, names);
  const [floor, cap] = [names?.floor ?? "LIKVARD_GOLV", names?.cap ?? "LIKVARD_TAK"];
  return { floor: `=IF(ISNUMBER(${floor}),${floor},"")`, cap: `=IF(ISNUMBER(${cap}),${cap},"")` };
}

/**
 * The need-based pot's floor and cap per pupil for one school, as formulas:
 * `pupils` its pupils cell, `totalFloor`/`totalCap` the cells of the total's
 * floor and cap per pupil ("" = none), `others` the other components' cells
 * of the row, `unit` the pot's rounding unit (a name or a cell). "" where
 * there is no limit or no pupils.
 */
export function potLimitFormulas(
  pupils: string,
  totalFloor: string,
  totalCap: string,
  others: string[],
  unit: string,
): { floor: string; cap: string } {
  const rest = others.length === 0 ? "0" : others.length === 1 ? others[0] : `SUM(${others.join(",")})`;
  const limit = (bound: string, round: "ROUNDUP" | "ROUNDDOWN") => {
    const need = `ROUND(${bound}*${pupils}-${rest},2)`;
    return (
      `=IF(AND(ISNUMBER(${pupils}),${pupils}>0,ISNUMBER(${bound})),` +
      `MAX(0,IF(${unit}>0,${round}(${need}/${unit},0)*${unit},${need}))/${pupils},"")`
    );
  };
  return { floor: limit(totalFloor, "ROUNDUP"), cap: limit(totalCap, "ROUNDDOWN") };
}

/** potLimitFormulas in numbers (for previews and tests): NaN for none. */
export function potLimits(
  pupils: number,
  totalFloor: number,
  totalCap: number,
  others: number,
  unit: number,
): { floor: number; cap: number } {
  const limit = (bound: number, round: (x: number) => number) => {
    if (!(pupils > 0) || !Number.isFinite(bound)) return NaN;
    const need = Math.round((bound * pupils - others) * 100) / 100;
    return Math.max(0, unit > 0 ? round(need / unit) * unit : need) / pupils;
  };
  return { floor: limit(totalFloor, Math.ceil), cap: limit(totalCap, Math.floor) };
}
