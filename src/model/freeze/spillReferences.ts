/**
 * A reference to a whole spill — `K2#` as typed, `_xlfn.ANCHORARRAY(K2)` as
 * stored in a file — stops working once the formula at K2 is frozen to
 * values. It becomes the frozen range itself, `K2:K13`, in both forms.
 */
import { mapOutsideStrings } from "../formula/outsideStrings";
import { quoteSheet, splitSheetRef } from "../sheet/addresses";

/** A frozen spill: its sheet and range ("K2:K13"), keyed by `anchorKey(sheet, "K2")`. */
export interface FrozenAnchor {
  sheet: string;
  range: string;
}

export type FrozenAnchors = Map<string, FrozenAnchor>;

/** The lookup key of an anchor cell: sheet and cell, without `$`, case-insensitive. */
export function anchorKey(sheet: string, cell: string): string {
  return `${sheet}!${cell.replace(/\$/g, "")}`.toLowerCase();
}

const SHEET = String.raw`(?:'(?:[^']|'')+'|[\p{L}\p{N}_.]+)!`;
const CELL = String.raw`\$?[A-Za-z]{1,3}\$?\d+`;
// Not inside a longer name or after a sheet the pattern did not take.
const START = String.raw`(?<![\p{L}\p{N}_.'!$])`;
const STORED = new RegExp(String.raw`_xlfn\.ANCHORARRAY\(\s*((?:${SHEET})?${CELL})\s*\)`, "giu");
const TYPED = new RegExp(String.raw`${START}((?:${SHEET})?${CELL})#`, "gu");

/**
 * `formula` (on `formulaSheet`) with every spill reference to a frozen anchor
 * replaced by its range; text inside "string literals" is left alone.
 */
export function unspillReferences(formula: string, formulaSheet: string, anchors: FrozenAnchors): string {
  if (anchors.size === 0) return formula;
  const replace = (whole: string, ref: string) => {
    const { sheet, ref: cell } = splitSheetRef(ref);
    const anchor = anchors.get(anchorKey(sheet ?? formulaSheet, cell));
    if (!anchor) return whole;
    return sheet === undefined && anchor.sheet === formulaSheet
      ? anchor.range
      : `${quoteSheet(anchor.sheet)}!${anchor.range}`;
  };
  return mapOutsideStrings(formula, (code) => code.replace(STORED, replace).replace(TYPED, replace));
}

/** `K2#` as typed (Office.js `range.formulas`) → `_xlfn.ANCHORARRAY(K2)` as a file stores it; strings left alone. */
export function storedSpillReferences(formula: string): string {
  return mapOutsideStrings(formula, (code) =>
    code.replace(TYPED, (_whole, ref: string) => `_xlfn.ANCHORARRAY(${ref})`),
  );
}
