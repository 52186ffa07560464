/**
 * Which formulas are Likvärd's: a call in either stored form,
 * `LIKVARD.ALLOCATE(` or Excel's `_xldudf_LIKVARD_ALLOCATE(`. Freezing (in
 * the engine and in the pane) and verifying decide by this one rule.
 */

const LIKVARD_CALL = /(?:_xldudf_LIKVARD_|LIKVARD\.)(SOCIOINDEX|SOCIOFIT|ALLOCATE|EQUITYGAP)\s*\(/i;

/** True when a formula calls a Likvärd function; text inside "string literals" does not count. */
export function isLikvardFormula(formula: string): boolean {
  return LIKVARD_CALL.test(formula.replace(/"(?:[^"]|"")*"/g, '""'));
}

/** The formula as a person types it: `=LIKVARD.ALLOCATE(…)`, whichever form the file stored. */
export function readableFormula(formula: string): string {
  const text = formula.startsWith("=") ? formula.slice(1) : formula;
  return `=${text.replace(/_xldudf_LIKVARD_([A-Z]+)\s*\(/gi, (_m, name: string) => `LIKVARD.${name.toUpperCase()}(`)}`;
}
