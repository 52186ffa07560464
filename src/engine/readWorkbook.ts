/**
 * A workbook as the engine reads it from the package itself: per sheet its
 * cells (value, or formula with its cached value and array area), merges and
 * defined names. Nothing here depends on a library understanding every part
 * of the file: charts, comments, pivot tables and the like are never parsed,
 * and stay in the package exactly as they were.
 */
import { Area, inArea, parseArea } from "../model/sheet/addresses";
import { Lang } from "../model/errors";
import { shiftReferences } from "../model/formula/shiftReferences";
import { Value } from "./cellValues";
import { ScannedCell, ScannedSheet, scanSheet } from "./package/sheetXml";
import { DefinedName, WorkbookInfo, readWorkbookInfo } from "./package/workbookParts";
import { PackageError, ZipPackage } from "./package/zipPackage";

/**
 * Memory an evaluation needs per cell with content, measured: 500 000 rows ×
 * 4 columns (2 000 000 cells) recalculate in a 3 000 MB heap and not in much
 * less. The host says how much memory it has (Node: its heap limit).
 */
export const BYTES_PER_CELL = 1_500;

export interface WorkbookCell {
  row: number;
  col: number;
  /** The content of a plain cell, or the cached value of a formula cell. */
  value: Value;
  /** The formula as stored (without "="); a shared formula's follower gets its own text. */
  formula?: string;
  /** The array (spill) area the file records at a formula's anchor. */
  arrayArea?: Area;
  /** Marked as a dynamic array (cell metadata), as Excel 365 saves a spill. */
  dynamic?: boolean;
  /** Where the cell stands in its sheet part; absent for a formula verify restores in memory. */
  scanned?: ScannedCell;
}

export interface WorkbookSheet {
  name: string;
  /** The worksheet part; undefined for chart sheets, which hold no cells. */
  path?: string;
  scan?: ScannedSheet;
  cells: WorkbookCell[];
}

export interface OpenedWorkbook {
  pkg: ZipPackage;
  info: WorkbookInfo;
  sheets: WorkbookSheet[];
  names: DefinedName[];
  date1904: boolean;
}

const NOT_WORKBOOK: Record<Lang, string> = {
  sv: "filen är ett zip-paket men ingen Excel-arbetsbok (xl/workbook.xml saknas). Spara den som .xlsx i Excel.",
  en: "the file is a zip package but not an Excel workbook (xl/workbook.xml is missing). Save it as .xlsx in Excel.",
};

/**
 * Reads a workbook package. `memory` (bytes) is what the host can give the
 * evaluation; more cells than it holds are refused with a message saying so.
 * This module stays free of Node's modules so the verifier page can use it.
 */
export async function openWorkbook(bytes: Uint8Array, lang: Lang, memory = 4 * 2 ** 30): Promise<OpenedWorkbook> {
  const pkg = await ZipPackage.open(bytes, lang);
  const info = await readWorkbookInfo(pkg, NOT_WORKBOOK[lang]);
  const sheets: WorkbookSheet[] = [];
  let total = 0;
  const limit = Math.floor(memory / BYTES_PER_CELL);
  for (const entry of info.sheets) {
    const xml = entry.path ? await pkg.read(entry.path) : undefined;
    if (xml === undefined) {
      sheets.push({ name: entry.name, path: undefined, cells: [] });
      continue;
    }
    const scan = scanSheet(xml);
    total += scan.cellCount;
    if (total > limit) throw new PackageError(tooManyCells(total, limit, memory, lang));
    sheets.push({ name: entry.name, path: entry.path, scan, cells: readCells(scan, info.sharedStrings) });
  }
  return { pkg, info, sheets, names: info.names, date1904: info.date1904 };
}

function tooManyCells(cells: number, limit: number, memory: number, lang: Lang): string {
  const heapMb = Math.round(memory / 2 ** 20);
  // A quarter more than the measured need, rounded up to 512 MB.
  const neededMb = Math.ceil((cells * BYTES_PER_CELL * 1.25) / 2 ** 29) * 512;
  return lang === "sv"
    ? `arbetsboken har minst ${cells.toLocaleString("sv-SE")} celler med innehåll (högst ${limit.toLocaleString("sv-SE")} här), mer än det tillgängliga minnet (${heapMb.toLocaleString("sv-SE")} MB) räcker till att räkna om. Dela upp arbetsboken, eller kör kommandot likvard med mer minne: NODE_OPTIONS=--max-old-space-size=${neededMb}.`
    : `the workbook has at least ${cells.toLocaleString("en-GB")} cells with content (at most ${limit.toLocaleString("en-GB")} here), more than the available memory (${heapMb.toLocaleString("en-GB")} MB) can recalculate. Split the workbook, or run the likvard command with more memory: NODE_OPTIONS=--max-old-space-size=${neededMb}.`;
}

/** Excel's serial number of an ISO date (the rare t="d" cell). */
function dateSerial(text: string): Value {
  const ms = Date.parse(text.endsWith("Z") || /[+-]\d\d:\d\d$/.test(text) ? text : `${text}Z`);
  return Number.isFinite(ms) ? ms / 86_400_000 + 25_569 : { error: "#VALUE!" };
}

function cellValue(cell: ScannedCell, shared: string[]): Value {
  if (cell.type === "inlineStr") return cell.inline ?? "";
  if (cell.value === undefined) return cell.inline ?? null;
  switch (cell.type) {
    case "s":
      return shared[Number(cell.value)] ?? "";
    case "str":
      return cell.value;
    case "b":
      return cell.value.trim() === "1" || cell.value.trim() === "true";
    case "e":
      return { error: cell.value.trim() };
    case "d":
      return dateSerial(cell.value.trim());
    default: {
      const text = cell.value.trim();
      const n = Number(text);
      return text === "" || !Number.isFinite(n) ? null : n;
    }
  }
}

function readCells(scan: ScannedSheet, shared: string[]): WorkbookCell[] {
  const masters = new Map<string, { text: string; row: number; col: number }>();
  const hidden = scan.merges.filter((m) => m.rows > 1 || m.cols > 1);
  const cells: WorkbookCell[] = [];
  for (const row of scan.rows) {
    for (const scanned of row.cells) {
      const { row: r, col: c, formula } = scanned;
      const value = cellValue(scanned, shared);
      if (!formula) {
        // Excel shows only a merged area's top-left cell; the others are blank whatever the file holds.
        if (hidden.some((m) => inArea(m, r, c) && (m.top !== r || m.left !== c))) continue;
        if (value === null) continue;
        cells.push({ row: r, col: c, value, scanned });
        continue;
      }
      let text = formula.text;
      if (formula.type === "shared" && formula.shared !== undefined) {
        if (text) masters.set(formula.shared, { text, row: r, col: c });
        else {
          const master = masters.get(formula.shared);
          text = master ? shiftReferences(master.text, r - master.row, c - master.col) : "";
        }
      }
      if (!text) {
        if (value !== null) cells.push({ row: r, col: c, value, scanned });
        continue;
      }
      const arrayArea = formula.type === "array" && formula.ref ? parseArea(formula.ref) : undefined;
      const dynamic = /\bcm\s*=/.test(scan.xml.slice(scanned.start, scanned.end).split(">", 1)[0]);
      cells.push({ row: r, col: c, value, formula: text, arrayArea, dynamic, scanned });
    }
  }
  return cells;
}

/** The values a file caches, by sheet and cell: what Excel showed when it saved. */
export function cachedValues(workbook: OpenedWorkbook): (sheet: string, row: number, col: number) => Value {
  const bySheet = new Map<string, Map<number, Value>>();
  for (const sheet of workbook.sheets) {
    const cells = new Map<number, Value>();
    for (const cell of sheet.cells) cells.set(cell.row * 16_384 + cell.col, cell.value);
    bySheet.set(sheet.name, cells);
  }
  return (sheet, row, col) => bySheet.get(sheet)?.get(row * 16_384 + col) ?? null;
}

/** A sheet's cells as a grid of texts (for reading the provenance sheet). */
export function sheetGrid(cells: { row: number; col: number; value: Value }[]): unknown[][] {
  const grid: unknown[][] = [];
  for (const { row, col, value } of cells) {
    (grid[row] ??= [])[col] = value === null || typeof value === "object" ? "" : String(value);
  }
  return grid;
}
