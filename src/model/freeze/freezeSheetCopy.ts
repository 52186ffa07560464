/**
 * The pane's "share as values": a copy of a sheet in which every Likvärd
 * formula, and every cell of its spill, holds its value, while other formulas
 * stay (a `K2#` reference to a frozen spill becomes its range). The same rules
 * as `likvard freeze`: isLikvardFormula, unspillReferences, frozenRange.
 */
import { Area, areaName, cellName, inArea, parseArea } from "../sheet/addresses";
import { isLikvardFormula } from "./likvardFormula";
import { FrozenRange, FrozenValue, frozenRange } from "./provenance";
import { FrozenAnchors, anchorKey, unspillReferences } from "./spillReferences";

/** A sheet as the host reads it, from A1. */
export interface SheetSnapshot {
  /** Formula text ("=…") where a cell holds a formula, null elsewhere (text that starts with "=" is no formula). */
  formulas: (string | null)[][];
  /** What every cell shows (Excel's errors as "#NUM!" or `{ error }`). */
  values: FrozenValue[][];
  /** Where spilling formulas spill: anchor "K2" → "K2:K13". */
  spills: Record<string, string>;
}

/** What to write on the copy (after copying the sheet), and the ranges frozen on it. */
export interface CopyPlan {
  writes: { topLeft: string; values?: FrozenValue[][]; formulas?: string[][] }[];
  frozen: FrozenRange[];
}

/** The plan for freezing the copy `copySheet` of a sheet read as `snapshot`. */
export async function freezeSheetCopy(
  snapshot: SheetSnapshot,
  copySheet: string,
  stamp: { date: string; version: string },
): Promise<CopyPlan> {
  const writes: CopyPlan["writes"] = [];
  const toFreeze: { sheet: string; range: string; formula: string; values: FrozenValue[][] }[] = [];
  const areas: Area[] = [];
  const anchors: FrozenAnchors = new Map();
  snapshot.formulas.forEach((row, r) =>
    (row ?? []).forEach((formula, c) => {
      if (!formula || !isLikvardFormula(formula)) return;
      const anchor = cellName(r, c);
      const area = parseArea(snapshot.spills[anchor] ?? anchor) ?? { top: r, left: c, rows: 1, cols: 1 };
      const values = Array.from({ length: area.rows }, (_, i) =>
        Array.from({ length: area.cols }, (_, j) => snapshot.values[area.top + i]?.[area.left + j] ?? null),
      );
      areas.push(area);
      anchors.set(anchorKey(copySheet, anchor), { sheet: copySheet, range: areaName(area) });
      writes.push({ topLeft: cellName(area.top, area.left), values });
      toFreeze.push({ sheet: copySheet, range: areaName(area), formula, values });
    }),
  );
  snapshot.formulas.forEach((row, r) =>
    (row ?? []).forEach((formula, c) => {
      if (!formula || areas.some((a) => inArea(a, r, c))) return;
      const rewritten = unspillReferences(formula, copySheet, anchors);
      if (rewritten !== formula) writes.push({ topLeft: cellName(r, c), formulas: [[rewritten]] });
    }),
  );
  return { writes, frozen: await Promise.all(toFreeze.map((f) => frozenRange(f, stamp))) };
}
