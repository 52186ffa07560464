/**
 * `likvard verify IN`: recalculates in memory and compares with the values
 * the file caches. A frozen workbook is checked too: each range listed on its
 * provenance sheet gets its formula back (in memory only), is recomputed from
 * the data it reads, and its values must match both the recomputation and
 * the recorded checksum.
 */
import ExcelJS from "exceljs";
import { Lang } from "../model/errors";
import { PROVENANCE_SHEET, readProvenance, valuesChecksum } from "../model/freeze/provenance";
import { Area, cellName, parseArea } from "../model/sheet/addresses";
import { CachedValues } from "./cachedValues";
import { Value, sameValue } from "./cellValues";
import { Unevaluable, evaluateWorkbook } from "./evaluateWorkbook";
import { loadWorkbook } from "./workbookFile";

export interface Difference {
  sheet: string;
  cell: string;
  cached: Value;
  recomputed: Value;
}

export interface ChecksumMismatch {
  sheet: string;
  range: string;
}

export interface VerifyReport {
  /** Formula cells (and spilled cells) compared. */
  checked: number;
  /** Frozen ranges whose formulas were restored and checked. */
  frozen: number;
  differences: Difference[];
  checksums: ChecksumMismatch[];
  unevaluable: Unevaluable[];
}

export function verified(report: VerifyReport): boolean {
  return report.differences.length === 0 && report.checksums.length === 0 && report.unevaluable.length === 0;
}

export async function verify(input: string, lang: Lang): Promise<VerifyReport> {
  const { workbook, cached } = await loadWorkbook(input);
  const { frozen, checksums } = await restoreFrozenFormulas(workbook, cached);
  const evaluation = evaluateWorkbook(workbook, lang);
  const differences: Difference[] = [];
  let checked = 0;
  for (const { cell, area, values } of evaluation.results) {
    const sheetCache = cached.get(cell.sheet);
    const cover = union(area, cell.storedArea);
    for (let r = cover.top; r < cover.top + cover.rows; r++) {
      for (let c = cover.left; c < cover.left + cover.cols; c++) {
        const inResult = r >= area.top && r < area.top + area.rows && c >= area.left && c < area.left + area.cols;
        const recomputed = inResult ? values[r - area.top][c - area.left] : null;
        const address = cellName(r, c);
        const stored = sheetCache?.get(address) ?? null;
        checked++;
        if (!sameValue(stored, recomputed))
          differences.push({ sheet: cell.sheet, cell: address, cached: stored, recomputed });
      }
    }
  }
  return { checked, frozen, differences, checksums, unevaluable: evaluation.unevaluable };
}

function union(a: Area, b: Area | undefined): Area {
  if (!b) return a;
  const top = Math.min(a.top, b.top);
  const left = Math.min(a.left, b.left);
  const bottom = Math.max(a.top + a.rows, b.top + b.rows);
  const right = Math.max(a.left + a.cols, b.left + b.cols);
  return { top, left, rows: bottom - top, cols: right - left };
}

/** The cells of a worksheet as a grid of plain values (for reading the provenance sheet). */
export function sheetGrid(ws: ExcelJS.Worksheet): unknown[][] {
  const grid: unknown[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      (grid[r - 1] ??= [])[c - 1] = cell.text;
    });
  });
  return grid;
}

async function restoreFrozenFormulas(workbook: ExcelJS.Workbook, cached: CachedValues) {
  const sheet = workbook.getWorksheet(PROVENANCE_SHEET);
  const checksums: ChecksumMismatch[] = [];
  if (!sheet) return { frozen: 0, checksums };
  const ranges = readProvenance(sheetGrid(sheet));
  for (const range of ranges) {
    const ws = workbook.getWorksheet(range.sheet);
    const area = parseArea(range.range);
    if (!ws || !area) {
      checksums.push({ sheet: range.sheet, range: range.range });
      continue;
    }
    const values: Value[][] = [];
    const sheetCache = cached.get(ws.name);
    for (let r = 0; r < area.rows; r++) {
      const row: Value[] = [];
      for (let c = 0; c < area.cols; c++) row.push(sheetCache?.get(cellName(area.top + r, area.left + c)) ?? null);
      values.push(row);
    }
    if ((await valuesChecksum(values)) !== range.checksum) checksums.push({ sheet: range.sheet, range: range.range });
    const formula = range.formula.replace(/^=/, "");
    const anchor = ws.getCell(area.top + 1, area.left + 1);
    const single = area.rows === 1 && area.cols === 1;
    anchor.value = (single ? { formula } : { formula, shareType: "array", ref: range.range }) as never;
  }
  return { frozen: ranges.length, checksums };
}
