/**
 * The border between Excel's custom-function runtime and the model: Excel's
 * arguments become model cells, model results and errors become what Excel
 * shows. Nothing here computes anything.
 */
import { EXCEL_ERROR, Lang, LikvardError, languageOf } from "../model/errors";
import { Cell, ErrorCell, Grid, Input } from "../model/sheet/cells";

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

/** An Excel argument (a 2-D array or a single value) as model input. */
export function toInput(value: unknown): Input {
  if (!Array.isArray(value)) return toCell(value);
  const rows: unknown[] = value;
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

/** A model result as Excel's 2-D array: error cells become Excel errors; never null (Excel would show 0). */
export function toExcelResult(grid: Grid, lang: Lang): unknown[][] {
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
  try {
    return toExcelResult(compute(lang), lang);
  } catch (error) {
    // Excel shows a thrown CustomFunctions.Error (not an Error subclass) as the cell's error and message.
    // eslint-disable-next-line @typescript-eslint/only-throw-error
    throw asExcelError(error, lang);
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
