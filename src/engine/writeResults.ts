/**
 * Puts computed values into the workbook ExcelJS holds: every formula keeps
 * its text and gets a fresh cached result; a Likvärd spill is written where
 * Excel would put it (array area at the anchor, values in the cells below),
 * and cells a shrunken spill no longer covers are cleared.
 */
import ExcelJS from "exceljs";
import { Area, areaName } from "../model/sheet/addresses";
import { Value, isErrorValue } from "./cellValues";
import { FormulaResult } from "./evaluateWorkbook";

/** A value as ExcelJS stores it. */
export function excelValue(v: Value): ExcelJS.CellValue {
  if (v === null || v === "") return null;
  if (isErrorValue(v)) return { error: v.error } as ExcelJS.CellErrorValue;
  return v;
}

export function writeResults(workbook: ExcelJS.Workbook, results: FormulaResult[]): void {
  for (const { cell, area, values } of results) {
    const ws = workbook.getWorksheet(cell.sheet) as ExcelJS.Worksheet;
    const target = ws.getCell(cell.row + 1, cell.col + 1);
    const old = (target.value ?? {}) as unknown as Record<string, unknown>;
    const result = excelValue(values[0][0]) ?? undefined;
    const isArray = area.rows > 1 || area.cols > 1 || cell.storedArea !== undefined;
    if (old.sharedFormula !== undefined && !isArray) {
      target.value = { ...old, result } as never;
      continue;
    }
    const value: Record<string, unknown> = { formula: cell.formula, result };
    if (isArray) Object.assign(value, { shareType: "array", ref: areaName(area) });
    else if (old.shareType === "shared") Object.assign(value, { shareType: "shared", ref: old.ref });
    target.value = value as never;
    if (!isArray) continue;
    clearStaleSpill(ws, cell.storedArea, area);
    for (let r = 0; r < area.rows; r++) {
      for (let c = 0; c < area.cols; c++) {
        if (r === 0 && c === 0) continue;
        ws.getCell(area.top + r + 1, area.left + c + 1).value = excelValue(values[r][c]);
      }
    }
  }
}

function clearStaleSpill(ws: ExcelJS.Worksheet, before: Area | undefined, now: Area): void {
  if (!before) return;
  for (let r = before.top; r < before.top + before.rows; r++) {
    for (let c = before.left; c < before.left + before.cols; c++) {
      const inside = r >= now.top && r < now.top + now.rows && c >= now.left && c < now.left + now.cols;
      if (!inside) ws.getCell(r + 1, c + 1).value = null;
    }
  }
}
