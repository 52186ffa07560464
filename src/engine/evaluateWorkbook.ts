/**
 * Evaluates every formula of a workbook outside Excel: the cells as ExcelJS
 * read them go into HyperFormula with the LIKVARD plugin, and each formula's
 * value (and, for an array, every value of its spill) comes back.
 */
import ExcelJS from "exceljs";
import { DetailedCellError, HyperFormula, SerializedNamedExpression } from "hyperformula";
import { Lang } from "../model/errors";
import { Area, areaName, cellName, inArea, parseArea, quoteSheet, splitSheetRef } from "../model/sheet/addresses";
import { Value, fromEngine } from "./cellValues";
import { isLikvardFormula, toEngineFormula } from "./formulaText";
import {
  anchorKey,
  registerLikvard,
  reservedSizes,
  resultSizes,
  setMessageLanguage,
  setUsedRows,
  sizeHints,
} from "./likvardPlugin";

/** A cell that holds a formula, as stored in the file. */
export interface FormulaCell {
  sheet: string;
  sheetId: number;
  row: number;
  col: number;
  /** "D7" */
  address: string;
  /** The stored formula text, without "=". */
  formula: string;
  likvard: boolean;
  /** The array (spill) area the file records for it, anchor included. */
  storedArea?: Area;
}

export interface FormulaResult {
  cell: FormulaCell;
  /** The area its value fills: the cell itself, or the whole spill. */
  area: Area;
  /** Values over `area`, row by row. */
  values: Value[][];
}

export interface Unevaluable {
  cell: FormulaCell;
  reason: string;
}

export interface Evaluation {
  results: FormulaResult[];
  unevaluable: Unevaluable[];
  /** The value the engine holds for any cell. */
  valueAt(sheet: string, row: number, col: number): Value;
  sheetNames: string[];
}

const MAX_PASSES = 4;

/** Excel's serial number of a date (1900 system; ExcelJS reads dates as UTC). */
function serial(date: Date, date1904: boolean): number {
  return date.getTime() / 86_400_000 + 25_569 - (date1904 ? 1_462 : 0);
}

/** A plain cell's content for the engine: text stays text even when it looks like a number or formula. */
function plainContent(value: ExcelJS.CellValue, date1904: boolean): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "string") return `'${value}`;
  if (value instanceof Date) return serial(value, date1904);
  const v = value as unknown as Record<string, unknown>;
  if (typeof v.error === "string") return v.error;
  if (Array.isArray(v.richText)) return `'${(v.richText as { text: string }[]).map((r) => r.text).join("")}`;
  if (typeof v.text === "string") return `'${v.text}`;
  return null;
}

interface SheetContent {
  name: string;
  grid: unknown[][];
  /** Per column, the rows that hold content or lie in a recorded spill, ascending. */
  usedRows: Map<number, number[]>;
}

/** Reads the sheets: formulas, plain contents and the spill areas a file records. */
function collect(workbook: ExcelJS.Workbook): { sheets: ExcelJS.Worksheet[]; formulas: FormulaCell[] } {
  const sheets = workbook.worksheets;
  const formulas: FormulaCell[] = [];
  sheets.forEach((ws, sheetId) => {
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
        if (cell.type !== ExcelJS.ValueType.Formula) return;
        const formula = cell.formula;
        if (!formula) return;
        const value = cell.value as ExcelJS.CellFormulaValue & { shareType?: string; ref?: string };
        const storedArea = value.shareType === "array" && value.ref ? parseArea(value.ref) : undefined;
        formulas.push({
          sheet: ws.name,
          sheetId,
          row: rowNumber - 1,
          col: colNumber - 1,
          address: cellName(rowNumber - 1, colNumber - 1),
          formula,
          likvard: isLikvardFormula(formula),
          storedArea,
        });
      });
    });
  });
  return { sheets, formulas };
}

export function evaluateWorkbook(workbook: ExcelJS.Workbook, lang: Lang = "sv"): Evaluation {
  registerLikvard();
  setMessageLanguage(lang);
  const { sheets, formulas } = collect(workbook);
  const date1904 = Boolean((workbook.properties as { date1904?: boolean }).date1904);
  /** Spill areas by anchor key: from the file first, then as the engine finds them. */
  const areas = new Map<string, Area>();
  for (const f of formulas) if (f.storedArea) areas.set(anchorKey(f.sheetId, f.row, f.col), f.storedArea);
  const byKey = new Map(formulas.map((f) => [anchorKey(f.sheetId, f.row, f.col), f]));
  sizeHints.clear();
  const spillReferences = formulas.some((f) => /ANCHORARRAY\(/i.test(f.formula));

  let hf: HyperFormula | undefined;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    hf?.destroy();
    const contents = sheetContents(sheets, formulas, areas, date1904);
    setUsedRows((sheet, fromRow, toRow, fromCol, toCol) =>
      lastUsedRow(contents[sheet], fromRow, toRow, fromCol, toCol),
    );
    resultSizes.clear();
    reservedSizes.clear();
    hf = HyperFormula.buildFromSheets(
      Object.fromEntries(contents.map((c) => [c.name, c.grid])) as never,
      {
        licenseKey: "gpl-v3",
        smartRounding: false,
        maxRows: 1_048_576,
        maxColumns: 16_384,
        useColumnIndex: true,
      },
      namedExpressions(workbook, sheets),
    );
    // A Likvärd result whose area differs from the one reserved for it is evaluated again with the right area.
    let changed = false;
    for (const f of formulas) {
      if (!f.likvard) continue;
      const key = anchorKey(f.sheetId, f.row, f.col);
      const value = hf.getCellValue({ sheet: f.sheetId, row: f.row, col: f.col });
      const actual = resultSizes.get(key);
      if (!actual && value instanceof DetailedCellError && value.type === "SPILL") {
        // Not evaluated: the reserved area was occupied. Reserve one cell to learn the real size.
        if (!sizeHints.has(key)) {
          sizeHints.set(key, { rows: 1, cols: 1 });
          changed = true;
        }
        continue;
      }
      const size = { rows: Math.max(1, actual?.rows ?? 1), cols: Math.max(1, actual?.cols ?? 1) };
      const reserved = reservedSizes.get(key);
      if (reserved && (reserved.rows !== size.rows || reserved.cols !== size.cols)) {
        sizeHints.set(key, size);
        changed = true;
      }
      const previous = areas.get(key);
      if (!previous || previous.rows !== size.rows || previous.cols !== size.cols) {
        areas.set(key, { top: f.row, left: f.col, ...size });
        if (spillReferences) changed = true;
      }
    }
    if (!changed) break;
  }
  setUsedRows(undefined);
  const engine = hf as HyperFormula;

  const valueAt = (sheet: string, row: number, col: number): Value => {
    const id = engine.getSheetId(sheet);
    if (id === undefined) return null;
    return fromEngine(engine.getCellValue({ sheet: id, row, col }));
  };

  const results: FormulaResult[] = [];
  const unevaluable: Unevaluable[] = [];
  for (const f of formulas) {
    if (insideOtherSpill(f, areas, byKey)) continue;
    const top = fromEngine(engine.getCellValue({ sheet: f.sheetId, row: f.row, col: f.col }));
    const reason = unevaluableReason(top);
    if (reason) {
      unevaluable.push({ cell: f, reason });
      continue;
    }
    const area = areas.get(anchorKey(f.sheetId, f.row, f.col)) ?? { top: f.row, left: f.col, rows: 1, cols: 1 };
    const values: Value[][] = [];
    for (let r = 0; r < area.rows; r++) {
      const row: Value[] = [];
      for (let c = 0; c < area.cols; c++) row.push(valueAt(f.sheet, area.top + r, area.left + c));
      values.push(row);
    }
    results.push({ cell: f, area, values });
  }
  return { results, unevaluable, valueAt, sheetNames: sheets.map((s) => s.name) };
}

/** Excel keeps a formula only at a spill's anchor; a stray formula inside another spill is skipped. */
function insideOtherSpill(f: FormulaCell, areas: Map<string, Area>, byKey: Map<string, FormulaCell>): boolean {
  for (const [key, area] of areas) {
    const anchor = byKey.get(key);
    if (!anchor || anchor === f || anchor.sheetId !== f.sheetId) continue;
    if (inArea(area, f.row, f.col)) return true;
  }
  return false;
}

/** Why the engine could not evaluate a formula, or undefined when its value is a real result. */
function unevaluableReason(value: Value): string | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const message = value.message ?? "";
  if (/^Parsing error|not recognized|not supported/i.test(message)) return message;
  return undefined;
}

function sheetContents(
  sheets: ExcelJS.Worksheet[],
  formulas: FormulaCell[],
  areas: Map<string, Area>,
  date1904: boolean,
): SheetContent[] {
  const anchorAreas = [...areas.entries()];
  const spillOf = (anchor: string, formulaSheet: string): string | undefined => {
    const { sheet = formulaSheet, ref } = splitSheetRef(anchor);
    const sheetId = sheets.findIndex((s) => s.name.toLowerCase() === sheet.toLowerCase());
    const cell = parseArea(ref);
    if (sheetId < 0 || !cell) return undefined;
    const area = areas.get(anchorKey(sheetId, cell.top, cell.left));
    if (!area) return undefined;
    return sheet === formulaSheet ? areaName(area) : `${quoteSheet(sheets[sheetId].name)}!${areaName(area)}`;
  };
  const formulaAt = new Map(formulas.map((f) => [anchorKey(f.sheetId, f.row, f.col), f]));

  return sheets.map((ws, sheetId) => {
    const grid: unknown[][] = [];
    const used = new Map<number, number[]>();
    const spills = anchorAreas
      .filter(([key]) => formulaAt.get(key)?.sheetId === sheetId)
      .map(([key, area]) => ({ key, area }));
    const markUsed = (row: number, col: number) => {
      const list = used.get(col) ?? [];
      list.push(row);
      used.set(col, list);
    };
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
        const r = rowNumber - 1;
        const c = colNumber - 1;
        const key = anchorKey(sheetId, r, c);
        const f = formulaAt.get(key);
        let content: unknown;
        if (f) content = `=${toEngineFormula(f.formula, ws.name, spillOf)}`;
        else if (spills.some((s) => s.key !== key && inArea(s.area, r, c)))
          return; // a spilled value: the engine spills it anew
        else content = plainContent(cell.value, date1904);
        if (content === null) return;
        (grid[r] ??= [])[c] = content;
        markUsed(r, c);
      });
    });
    for (const { area } of spills) {
      for (let r = area.top; r < area.top + area.rows; r++) {
        for (let c = area.left; c < area.left + area.cols; c++) markUsed(r, c);
      }
    }
    for (let r = 0; r < grid.length; r++) grid[r] ??= [];
    for (const list of used.values()) list.sort((a, b) => a - b);
    return { name: ws.name, grid, usedRows: used };
  });
}

/** The last row in [fromRow, toRow] with content in any of the columns, or fromRow − 1 if none. */
function lastUsedRow(sheet: SheetContent | undefined, fromRow: number, toRow: number, fromCol: number, toCol: number) {
  let last = fromRow - 1;
  if (!sheet) return last;
  for (let c = fromCol; c <= toCol; c++) {
    const rows = sheet.usedRows.get(c);
    if (!rows) continue;
    // Binary search: the largest used row ≤ toRow.
    let lo = 0;
    let hi = rows.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (rows[mid] <= toRow) {
        found = rows[mid];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (found >= fromRow) last = Math.max(last, found);
  }
  return last;
}

/** Workbook- and sheet-level defined names that refer to one range. */
function namedExpressions(workbook: ExcelJS.Workbook, sheets: ExcelJS.Worksheet[]): SerializedNamedExpression[] {
  const model = (
    workbook.definedNames as unknown as { model: { name: string; ranges: string[]; localSheetId?: number }[] }
  ).model;
  const out: SerializedNamedExpression[] = [];
  for (const { name, ranges, localSheetId } of model ?? []) {
    if (name.startsWith("_xlnm.") || ranges.length !== 1) continue;
    const { sheet, ref } = splitSheetRef(ranges[0]);
    const expression = sheet ? `=${quoteSheet(sheet)}!${ref}` : `=${ref}`;
    out.push({
      name,
      expression,
      scope: localSheetId !== undefined && sheets[localSheetId] ? localSheetId : undefined,
    });
  }
  return out;
}
