/**
 * The border between Excel's custom-function runtime and the model: Excel's
 * arguments become model cells, model results and errors become what Excel
 * shows. Nothing here computes anything.
 */
import { EXCEL_ERROR, Lang, LikvardError, languageOf } from "../model/errors";
import {
  Cell,
  ErrorCell,
  Grid,
  Input,
  forgetNumberColumn,
  knownNumberColumn,
  takeKnownFinal,
} from "../model/sheet/cells";

const ERROR_CODE: Record<string, CustomFunctions.ErrorCode> = {
  "#VALUE!": CustomFunctions.ErrorCode.invalidValue,
  "#NUM!": CustomFunctions.ErrorCode.invalidNumber,
  "#DIV/0!": CustomFunctions.ErrorCode.divisionByZero,
  "#N/A": CustomFunctions.ErrorCode.notAvailable,
  "#NAME?": CustomFunctions.ErrorCode.invalidName,
  "#REF!": CustomFunctions.ErrorCode.invalidReference,
  "#NULL!": CustomFunctions.ErrorCode.nullReference,
};

/** The language Excel runs in: Swedish for sv-*, otherwise English. */
export function excelLanguage(): Lang {
  try {
    const language = typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined;
    return languageOf(typeof language === "string" ? language : undefined);
  } catch {
    return "en";
  }
}

function toCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof CustomFunctions.Error) return new ErrorCell(value.code);
  if (value instanceof ErrorCell) return value;
  // Excel passes no other kind of value; anything else becomes text, which the model reports as not a number.
  // eslint-disable-next-line @typescript-eslint/no-base-to-string
  return String(value);
}

/** A value the model takes as it is: a number, text, a logical or an empty cell (null). */
function isPlain(value: unknown): boolean {
  const type = typeof value;
  return type === "number" || type === "string" || type === "boolean" || value === null;
}

/**
 * Memory for the typed columns of the call being run (runForExcel), which
 * the next call reuses: allocating a 40 kB typed array costs more than
 * filling it, and a call with 5 000 schools reads four such columns. Safe
 * because Excel runs one call at a time and the model only reads a column
 * while it computes: results are new grids (the numbers copied into them) and
 * messages are text, so nothing keeps a column after the call. A column that
 * no longer fits gets its own array, so a call with a million schools keeps
 * no megabytes alive between calls.
 */
const SHARED_NUMBERS = 1 << 17; // 1 MB
let shared: Float64Array | undefined;
let sharedUsed = 0;
let inCall = false;
/** The call's ranges read as typed columns (knownNumberColumn), forgotten when it ends. */
const readColumns: Grid[] = [];

function typedColumn(n: number): Float64Array {
  if (!inCall || sharedUsed + n > SHARED_NUMBERS) return new Float64Array(n);
  shared ??= new Float64Array(SHARED_NUMBERS);
  sharedUsed += n;
  return shared.subarray(sharedUsed - n, sharedUsed);
}

/**
 * True when every row is an array of plain values: then Excel's array is
 * already a grid. A column of finite numbers (the usual range) is read as a
 * typed column in the same pass, for the model (knownNumberColumn).
 */
function isPlainGrid(rows: unknown[]): boolean {
  const n = rows.length;
  const numbers = typedColumn(n);
  let r = 0;
  let finite = 0; // becomes NaN at a NaN or an infinite number: one check after the pass
  for (; r < n; r++) {
    const row: unknown = rows[r];
    if (!Array.isArray(row) || row.length !== 1) break;
    const cell: unknown = row[0];
    if (typeof cell !== "number") break;
    numbers[r] = cell;
    finite += cell - cell;
  }
  if (r === n && finite === 0) {
    knownNumberColumn(rows as Grid, numbers);
    if (inCall) readColumns.push(rows as Grid);
    return true;
  }
  for (; r < n; r++) {
    const row: unknown = rows[r];
    if (!Array.isArray(row)) return false;
    for (let c = 0; c < row.length; c++) if (!isPlain(row[c])) return false;
  }
  return true;
}

/**
 * An Excel argument (a 2-D array or a single value) as model input. A range
 * of plain values is passed on as it is (the model never changes its input):
 * no copy of a large range, no array per row; only a range holding error
 * values or anything else is converted cell by cell.
 */
export function toInput(value: unknown): Input {
  if (!Array.isArray(value)) return toCell(value);
  const rows: unknown[] = value;
  if (isPlainGrid(rows)) return rows as Grid;
  const grid: Grid = new Array<Cell[]>(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const row: unknown = rows[r];
    if (!Array.isArray(row)) {
      grid[r] = [toCell(row)];
      continue;
    }
    const values: unknown[] = row;
    const cells: Cell[] = new Array<Cell>(values.length);
    for (let c = 0; c < values.length; c++) {
      const v = values[c];
      cells[c] = typeof v === "number" ? v : toCell(v);
    }
    grid[r] = cells;
  }
  return grid;
}

/** A model error as the Excel error a cell shows, with the message in Excel's language. */
export function toExcelError(error: LikvardError, lang: Lang): CustomFunctions.Error {
  const code = ERROR_CODE[EXCEL_ERROR[error.kind]] ?? CustomFunctions.ErrorCode.invalidValue;
  return new CustomFunctions.Error(code, error.messageIn(lang));
}

/** True when no cell needs converting for Excel: numbers, text and logicals only. */
function isFinalGrid(grid: Grid): boolean {
  for (let r = 0; r < grid.length; r++) {
    const row = grid[r];
    for (let c = 0; c < row.length; c++) {
      const type = typeof row[c];
      if (type !== "number" && type !== "string" && type !== "boolean") return false;
    }
  }
  return true;
}

/**
 * A model result as Excel's 2-D array: error cells become Excel errors; never
 * null (Excel would show 0). A result of numbers and text is Excel's already.
 */
export function toExcelResult(grid: Grid, lang: Lang): unknown[][] {
  if (takeKnownFinal(grid) || isFinalGrid(grid)) return grid;
  return grid.map((row) =>
    row.map((cell) => {
      if (cell instanceof ErrorCell) {
        return cell.cause
          ? toExcelError(cell.cause, lang)
          : new CustomFunctions.Error(ERROR_CODE[cell.code] ?? CustomFunctions.ErrorCode.invalidValue);
      }
      return cell === null || cell === undefined ? "" : cell;
    }),
  );
}

/**
 * Runs a model function for Excel: every failure becomes an Excel error with a
 * message, so no exception, NaN or Infinity ever reaches a cell.
 */
export function runForExcel(compute: (lang: Lang) => Grid): unknown[][] {
  const lang = excelLanguage();
  sharedUsed = 0; // the previous call's columns are done with: their memory is this call's (typedColumn)
  inCall = true;
  try {
    return toExcelResult(compute(lang), lang);
  } catch (error) {
    // Excel shows a thrown CustomFunctions.Error (not an Error subclass) as the cell's error and message.
    // eslint-disable-next-line @typescript-eslint/only-throw-error
    throw asExcelError(error, lang);
  } finally {
    inCall = false;
    // A column not taken must not be read later from memory the next call overwrites.
    for (const grid of readColumns) forgetNumberColumn(grid);
    readColumns.length = 0;
  }
}

function asExcelError(error: unknown, lang: Lang): CustomFunctions.Error {
  if (error instanceof LikvardError) return toExcelError(error, lang);
  const detail = error instanceof Error ? error.message : String(error);
  const message =
    error instanceof RangeError
      ? { sv: `Indata är för stora för att beräkna (${detail}).`, en: `The input is too large to compute (${detail}).` }
      : { sv: `Internt fel i Likvärd: ${detail}`, en: `Internal error in Likvärd: ${detail}` };
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message[lang]);
}
