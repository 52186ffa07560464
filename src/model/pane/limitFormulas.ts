/**
 * schoolLimits (modelSettings.ts) as Excel formulas over the model sheet's
 * names, for the floor and cap columns the pane inserts beside ALLOCATE when
 * there is a column of last year's kronor per pupil: the fixed floor or the
 * largest decrease, whichever is higher; the fixed cap or the largest
 * increase, whichever is lower; "" (none) when neither applies. Tested
 * against schoolLimits in a spreadsheet engine, so the sheet and the pane's
 * preview agree.
 */

function limit(lastYear: string, fixed: string, change: string, sign: "-" | "+", pick: "MAX" | "MIN"): string {
  const yearOnYear = `${lastYear}*(1${sign}${change})`;
  return (
    `=IF(AND(ISNUMBER(${lastYear}),ISNUMBER(${change})),` +
    `IF(ISNUMBER(${fixed}),${pick}(${fixed},${yearOnYear}),${yearOnYear}),` +
    `IF(ISNUMBER(${fixed}),${fixed},""))`
  );
}

/** The names a model's limits are read from: the model sheet's, or a scenario's (scenarioSheet.ts). */
export interface LimitNames {
  floor: string;
  cap: string;
  maxDecrease: string;
  maxIncrease: string;
}

const MODEL_LIMITS: LimitNames = {
  floor: "LIKVARD_GOLV",
  cap: "LIKVARD_TAK",
  maxDecrease: "LIKVARD_MAXMINSKNING",
  maxIncrease: "LIKVARD_MAXOKNING",
};

/** One school's floor and cap per pupil, given the cell of its last-year kronor per pupil ("H2"). */
export function limitFormulas(lastYearCell: string, names: LimitNames = MODEL_LIMITS): { floor: string; cap: string } {
  return {
    floor: limit(lastYearCell, names.floor, names.maxDecrease, "-", "MAX"),
    cap: limit(lastYearCell, names.cap, names.maxIncrease, "+", "MIN"),
  };
}
