/**
 * Puts computed values into the package, touching only the cells whose
 * stored content changes: a formula keeps its text and gets a fresh cached
 * value; a Likvärd spill is written as Excel writes one (array area and
 * dynamic-array mark at the anchor, values in the cells below); cells a
 * shrunken spill no longer covers are cleared (their style kept); cells that
 * block a spill are never written. A cell whose cached value is already right
 * keeps its bytes.
 */
import { Area, areaName, inArea } from "../model/sheet/addresses";
import { Value, isErrorValue } from "./cellValues";
import { FormulaResult } from "./evaluateWorkbook";
import { FormulaChange, formulaCellXml, valueCellXml } from "./package/cellXml";
import { ensureDynamicArrayMark } from "./package/dynamicArrays";
import { ScannedCell, SheetEdits, addEdit } from "./package/sheetXml";
import { OpenedWorkbook, WorkbookCell } from "./readWorkbook";

/** Stored and computed values that need no rewrite: exactly equal, errors by code. */
export function unchanged(stored: Value, computed: Value): boolean {
  if (isErrorValue(stored) || isErrorValue(computed)) {
    return isErrorValue(stored) && isErrorValue(computed) && stored.error === computed.error;
  }
  const empty = (v: Value) => v === null || v === "";
  if (empty(stored) || empty(computed)) return empty(stored) && empty(computed);
  return Object.is(stored, computed);
}

/** One sheet's cells by position, for the edits of that sheet. */
export class SheetCells {
  private readonly byPosition = new Map<number, WorkbookCell>();
  private readonly scanned = new Map<number, ScannedCell>();
  readonly edits: SheetEdits = new Map();

  constructor(cells: WorkbookCell[], rows: { cells: ScannedCell[] }[]) {
    for (const cell of cells) this.byPosition.set(cell.row * 16_384 + cell.col, cell);
    for (const row of rows) for (const c of row.cells) this.scanned.set(c.row * 16_384 + c.col, c);
  }

  value(row: number, col: number): Value {
    return this.byPosition.get(row * 16_384 + col)?.value ?? null;
  }

  scannedAt(row: number, col: number): ScannedCell | undefined {
    return this.scanned.get(row * 16_384 + col);
  }
}

/** Per sheet name, the edits gathered so far. */
export type WorkbookEdits = Map<string, SheetCells>;

export function sheetCells(workbook: OpenedWorkbook, edits: WorkbookEdits, name: string): SheetCells | undefined {
  let cells = edits.get(name);
  if (cells) return cells;
  const sheet = workbook.sheets.find((s) => s.name === name);
  if (!sheet?.scan) return undefined;
  cells = new SheetCells(sheet.cells, sheet.scan.rows);
  edits.set(name, cells);
  return cells;
}

/** Gathers the cell edits for fresh results; the caller applies them with `applyEdits`. */
export async function writeResults(
  workbook: OpenedWorkbook,
  results: FormulaResult[],
  edits: WorkbookEdits = new Map(),
): Promise<WorkbookEdits> {
  let mark: Promise<string | undefined> | undefined;
  for (const { cell, area, values } of results) {
    const sheet = workbook.sheets[cell.sheetId];
    const cells = sheetCells(workbook, edits, cell.sheet);
    const scanned = cell.source.scanned;
    if (!sheet.scan || !cells || !scanned) continue;
    // A Likvärd spill blocked by the user's cells stays a (one-cell) dynamic array, as Excel keeps it.
    const blocked = cell.likvard && isErrorValue(values[0][0]) && values[0][0].error === "#SPILL!";
    const isArray = area.rows > 1 || area.cols > 1 || cell.storedArea !== undefined || blocked;
    const before = cell.storedArea;
    const sameArea = before ? areaName(before) === areaName(area) : !isArray;
    const stale = before ? cellsOf(before).filter(([r, c]) => !inArea(area, r, c)) : [];
    const spillUnchanged = cellsOf(area).every(([r, c]) =>
      unchanged(
        r === cell.row && c === cell.col ? cell.source.value : cells.value(r, c),
        values[r - area.top][c - area.left],
      ),
    );
    const needsMark = cell.likvard && isArray && !cell.source.dynamic;
    if (sameArea && spillUnchanged && stale.length === 0 && !needsMark) continue;

    const change: FormulaChange = { value: values[0][0] };
    if (isArray) change.ref = areaName(area);
    if (needsMark) change.cm = (await (mark ??= ensureDynamicArrayMark(workbook.pkg, workbook.info))) ?? undefined;
    addEdit(cells.edits, cell.row, cell.col, formulaCellXml(sheet.scan, scanned, change));
    if (!isArray) continue;
    for (const [r, c] of cellsOf(area)) {
      if (r === cell.row && c === cell.col) continue;
      const value = values[r - area.top][c - area.left];
      if (unchanged(cells.value(r, c), value) && !stale.length && sameArea) continue;
      addEdit(cells.edits, r, c, valueCellXml(sheet.scan, cells.scannedAt(r, c), r, c, value));
    }
    for (const [r, c] of stale) addEdit(cells.edits, r, c, valueCellXml(sheet.scan, cells.scannedAt(r, c), r, c, null));
  }
  return edits;
}

function cellsOf(area: Area): [number, number][] {
  const out: [number, number][] = [];
  for (let r = area.top; r < area.top + area.rows; r++) {
    for (let c = area.left; c < area.left + area.cols; c++) out.push([r, c]);
  }
  return out;
}
