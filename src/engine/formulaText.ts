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

import { likvardCallsReadable } from "../model/freeze/likvardFormula";

export { isLikvardFormula } from "../model/freeze/likvardFormula";

/** Resolves `D2#` (its anchor's address, sheet-qualified or not) to the range it spills over, if known. */
export type SpillLookup = (anchor: string, formulaSheet: string) => string | undefined;

const LAST_ROW = 1_048_576;
const TO_LAST_ROW =
  /((?:'(?:[^']|'')+'|[\p{L}\p{N}_.]+)!)?(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7}):(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![\d(])/gu;

/** The last used row (1-based) of columns `fromCol`–`toCol` (0-based) on a sheet (undefined: the formula's own). */
export type LastRowLookup = (sheet: string | undefined, fromCol: number, toCol: number) => number;

function columnIndex(letters: string): number {
  let col = 0;
  for (const ch of letters.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col - 1;
}

/**
 * The formula (without the leading "=") in the engine's form. Text inside
 * string literals is left alone. `lastRowOf` tells where a range that runs
 * to the sheet's last row may end instead.
 */
/** TRUE or FALSE typed as a value: not a function call, a name, a sheet or part of a reference. */
const LOGICAL_CONSTANT = /(?<![\w.!'$])(TRUE|FALSE)(?![\w.(!'$])/gi;

export function toEngineFormula(
  formula: string,
  sheet: string,
  spillOf: SpillLookup,
  lastRowOf: LastRowLookup = () => LAST_ROW,
): string {
  return mapOutsideStrings(formula, (code) =>
    likvardCallsReadable(
      code.replace(
        /_xlfn\.ANCHORARRAY\(\s*([^()]+?)\s*\)/gi,
        (whole, anchor: string) => spillOf(anchor, sheet) ?? whole,
      ),
    )
      .replace(/_xlfn\.(?:_xlws\.)?/gi, "")
      .replace(/_xlws\./gi, "")
      // Excel's logical constants are functions to the engine: TRUE → TRUE().
      .replace(LOGICAL_CONSTANT, "$1()")
      .replace(TO_LAST_ROW, (...m: string[]) => {
        const [whole, prefix = "", c1, from, r1, startRow, c2, to, r2, endRow] = m;
        if (Number(endRow) !== LAST_ROW) return whole;
        const target = prefix ? prefix.slice(0, -1).replace(/^'|'$/g, "").replace(/''/g, "'") : undefined;
        const [a, b] = [columnIndex(from), columnIndex(to)].sort((x, y) => x - y);
        const last = Math.max(Number(startRow), lastRowOf(target, a, b));
        return `${prefix}${c1}${from}${r1}${startRow}:${c2}${to}${r2}${last}`;
      }),
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
