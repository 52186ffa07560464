/**
 * Formula text as Excel stores it in a file, turned into what the engine
 * parses: add-in calls saved as `_xldudf_LIKVARD_ALLOCATE(` become
 * `LIKVARD.ALLOCATE(`, newer functions lose Excel's `_xlfn.` / `_xlws.`
 * prefixes, and a spill reference `D2#` (stored as `_xlfn.ANCHORARRAY(D2)`)
 * becomes the range the spill covers.
 */

export { isLikvardFormula } from "../model/freeze/likvardFormula";

/** Resolves `D2#` (its anchor's address, sheet-qualified or not) to the range it spills over, if known. */
export type SpillLookup = (anchor: string, formulaSheet: string) => string | undefined;

/**
 * The formula (without the leading "=") in the engine's form. Text inside
 * string literals is left alone.
 */
export function toEngineFormula(formula: string, sheet: string, spillOf: SpillLookup): string {
  return mapOutsideStrings(formula, (code) =>
    code
      .replace(/_xlfn\.ANCHORARRAY\(\s*([^()]+?)\s*\)/gi, (whole, anchor: string) => spillOf(anchor, sheet) ?? whole)
      .replace(/_xldudf_LIKVARD_([A-Z]+)\s*\(/gi, (_m, name: string) => `LIKVARD.${name.toUpperCase()}(`)
      .replace(/_xlfn\.(?:_xlws\.)?/gi, "")
      .replace(/_xlws\./gi, ""),
  );
}

/** Applies `map` to the parts of a formula outside "string literals". */
function mapOutsideStrings(formula: string, map: (code: string) => string): string {
  const parts = formula.split(/("(?:[^"]|"")*")/);
  return parts.map((part, i) => (i % 2 === 1 ? part : map(part))).join("");
}
