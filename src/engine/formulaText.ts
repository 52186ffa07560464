/**
 * Formula text as Excel stores it in a file, turned into what the engine
 * parses: add-in calls saved as `_xldudf_LIKVARD_ALLOCATE(` become
 * `LIKVARD.ALLOCATE(`, newer functions lose Excel's `_xlfn.` / `_xlws.`
 * prefixes, a spill reference `D2#` (stored as `_xlfn.ANCHORARRAY(D2)`)
 * becomes the range the spill covers, and a reference to the sheet's last
 * row (`$B$2:$B$1048576`) ends at the last used row, so it costs what the
 * used range costs.
 */
import { mapOutsideStrings } from "../model/formula/outsideStrings";

export { isLikvardFormula } from "../model/freeze/likvardFormula";

/** Resolves `D2#` (its anchor's address, sheet-qualified or not) to the range it spills over, if known. */
export type SpillLookup = (anchor: string, formulaSheet: string) => string | undefined;

const LAST_ROW = 1_048_576;
const TO_LAST_ROW = /(\$?[A-Za-z]{1,3}\$?)(\d{1,7})(:\$?[A-Za-z]{1,3}\$?)(\d{1,7})(?![\d(])/g;

/** `_xldudf_LIKVARD_ALLOCATE(` (Excel's stored form of an add-in call) → `LIKVARD.ALLOCATE(`. */
export function likvardCallsReadable(code: string): string {
  return code.replace(/_xldudf_LIKVARD_([A-Z]+)\s*\(/gi, (_m, name: string) => `LIKVARD.${name.toUpperCase()}(`);
}

/**
 * The formula (without the leading "=") in the engine's form. Text inside
 * string literals is left alone. `lastUsedRow` (1-based) is the lowest row
 * any sheet uses.
 */
export function toEngineFormula(formula: string, sheet: string, spillOf: SpillLookup, lastUsedRow = LAST_ROW): string {
  return mapOutsideStrings(formula, (code) =>
    likvardCallsReadable(
      code.replace(
        /_xlfn\.ANCHORARRAY\(\s*([^()]+?)\s*\)/gi,
        (whole, anchor: string) => spillOf(anchor, sheet) ?? whole,
      ),
    )
      .replace(/_xlfn\.(?:_xlws\.)?/gi, "")
      .replace(/_xlws\./gi, "")
      .replace(TO_LAST_ROW, (whole, start: string, startRow: string, end: string, endRow: string) =>
        Number(endRow) === LAST_ROW ? `${start}${startRow}${end}${Math.max(Number(startRow), lastUsedRow)}` : whole,
      ),
  );
}

/** Function names a formula calls, upper-case, in the engine's spelling (`LIKVARD.ALLOCATE`, `SUM`). */
export function calledFunctions(formula: string): string[] {
  const names: string[] = [];
  mapOutsideStrings(formula, (code) => {
    const readable = likvardCallsReadable(code)
      .replace(/_xlfn\.(?:_xlws\.)?/gi, "")
      .replace(/_xlws\./gi, "");
    for (const m of readable.matchAll(/(?<![\p{L}\p{N}_.])([\p{L}_][\p{L}\p{N}_.]*)\s*\(/gu)) {
      names.push(m[1].toUpperCase());
    }
    return code;
  });
  return names;
}

/** The deepest nesting of parentheses outside string literals. */
export function nestingDepth(formula: string): number {
  let deepest = 0;
  mapOutsideStrings(formula, (code) => {
    let depth = 0;
    for (const ch of code) {
      if (ch === "(") deepest = Math.max(deepest, ++depth);
      else if (ch === ")") depth--;
    }
    return code;
  });
  return deepest;
}
