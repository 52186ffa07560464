/**
 * Which formulas are Likvärd's: a call in either stored form,
 * `LIKVARD.ALLOCATE(` or Excel's `_xldudf_LIKVARD_ALLOCATE(`. Freezing (in
 * the engine and in the pane) and verifying decide by this one rule.
 */
import { mapOutsideStrings, withoutStrings } from "../formula/outsideStrings";
import { FUNCTIONS } from "../functions";

/** A call of any LIKVARD function (the names from the descriptors, src/model/functions). */
const LIKVARD_CALL = new RegExp(
  `(?:_xldudf_LIKVARD_|LIKVARD\\.)(${FUNCTIONS.map((f) => f.name).join("|")})\\s*\\(`,
  "i",
);

/** True when a formula calls a Likvärd function; text inside "string literals" does not count. */
export function isLikvardFormula(formula: string): boolean {
  return LIKVARD_CALL.test(withoutStrings(formula));
}

/** `_xldudf_LIKVARD_ALLOCATE(` (Excel's stored form of an add-in call) → `LIKVARD.ALLOCATE(`, in code (not strings). */
export function likvardCallsReadable(formula: string): string {
  return mapOutsideStrings(formula, (code) =>
    code.replace(/_xldudf_LIKVARD_([A-Z]+)\s*\(/gi, (_m, name: string) => `LIKVARD.${name.toUpperCase()}(`),
  );
}

/** The formula as a person types it: `=LIKVARD.ALLOCATE(…)`, whichever form the file stored. */
export function readableFormula(formula: string): string {
  const text = formula.startsWith("=") ? formula.slice(1) : formula;
  return `=${likvardCallsReadable(text)}`;
}
