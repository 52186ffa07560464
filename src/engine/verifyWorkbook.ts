/**
 * `likvard verify IN`: recalculates in memory and compares with the values
 * the file caches. A frozen workbook is checked too: each range listed on its
 * provenance sheet gets its formula back (in memory only), is recomputed from
 * the data it reads, and its values must match both the recomputation and
 * the recorded checksum. Free of Node's modules: the verifier page runs it too.
 */
import { Lang } from "../model/errors";
import { PROVENANCE_SHEET, readProvenance, valuesChecksum } from "../model/freeze/provenance";
import { Area, cellName, parseArea } from "../model/sheet/addresses";
import { Value, sameValue } from "./cellValues";
import { Evaluation, Unevaluable, evaluateWorkbook } from "./evaluateWorkbook";
import { OpenedWorkbook, cachedValues, sheetGrid } from "./readWorkbook";

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
  /** The recomputation, for printing ranges of it. */
  evaluation: Evaluation;
}

export function verified(report: VerifyReport): boolean {
  return report.differences.length === 0 && report.checksums.length === 0 && report.unevaluable.length === 0;
}

/** The check itself, on a workbook already read (from a file, or bytes a browser page was given). */
export async function verifyWorkbook(workbook: OpenedWorkbook, lang: Lang): Promise<VerifyReport> {
  const cached = cachedValues(workbook);
  const { frozen, checksums } = await restoreFrozenFormulas(workbook, cached);
  const evaluation = evaluateWorkbook(workbook, lang);
  const differences: Difference[] = [];
  let checked = 0;
  for (const { cell, area, values } of evaluation.results) {
    const cover = union(area, cell.storedArea);
    for (let r = cover.top; r < cover.top + cover.rows; r++) {
      for (let c = cover.left; c < cover.left + cover.cols; c++) {
        const inResult = r >= area.top && r < area.top + area.rows && c >= area.left && c < area.left + area.cols;
        const recomputed = inResult ? values[r - area.top][c - area.left] : null;
        const stored = cached(cell.sheet, r, c);
        checked++;
        if (!sameValue(stored, recomputed))
          differences.push({ sheet: cell.sheet, cell: cellName(r, c), cached: stored, recomputed });
      }
    }
  }
  return { checked, frozen, differences, checksums, unevaluable: evaluation.unevaluable, evaluation };
}

function union(a: Area, b: Area | undefined): Area {
  if (!b) return a;
  const top = Math.min(a.top, b.top);
  const left = Math.min(a.left, b.left);
  const bottom = Math.max(a.top + a.rows, b.top + b.rows);
  const right = Math.max(a.left + a.cols, b.left + b.cols);
  return { top, left, rows: bottom - top, cols: right - left };
}

/** Gives each frozen range its formula back, in memory, and checks its checksum. */
async function restoreFrozenFormulas(
  workbook: OpenedWorkbook,
  cached: (sheet: string, row: number, col: number) => Value,
) {
  const sheet = workbook.sheets.find((s) => s.name === PROVENANCE_SHEET);
  const checksums: ChecksumMismatch[] = [];
  if (!sheet) return { frozen: 0, checksums };
  const ranges = readProvenance(sheetGrid(sheet.cells));
  for (const range of ranges) {
    const ws = workbook.sheets.find((s) => s.name === range.sheet);
    const area = parseArea(range.range);
    if (!ws || !area) {
      checksums.push({ sheet: range.sheet, range: range.range });
      continue;
    }
    const values: Value[][] = [];
    for (let r = 0; r < area.rows; r++) {
      const row: Value[] = [];
      for (let c = 0; c < area.cols; c++) row.push(cached(ws.name, area.top + r, area.left + c));
      values.push(row);
    }
    if ((await valuesChecksum(values)) !== range.checksum) checksums.push({ sheet: range.sheet, range: range.range });
    const formula = range.formula.replace(/^=/, "");
    const arrayArea = area.rows === 1 && area.cols === 1 ? undefined : area;
    const anchor = ws.cells.find((c) => c.row === area.top && c.col === area.left);
    if (anchor) Object.assign(anchor, { formula, arrayArea });
    else ws.cells.push({ row: area.top, col: area.left, value: null, formula, arrayArea });
  }
  return { frozen: ranges.length, checksums };
}
