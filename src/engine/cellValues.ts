/**
 * Values crossing between the three representations the engine juggles:
 * ExcelJS cell values (from and to the file), HyperFormula's values, and the
 * model's cells (src/model/sheet/cells.ts).
 */
import { CellError, DetailedCellError, EmptyValue, ErrorType } from "hyperformula";
import { Cell } from "../model/sheet/cells";
import { ErrorCell } from "../model/sheet/cells";
import { sameLabel } from "../model/sheet/labels";
import { EXCEL_ERROR, ErrorKind, LikvardError } from "../model/errors";
import { formatNumber } from "./files/language";

/** A computed or cached value as the engine reports it: a number, text, logical, empty or an error code. */
export type Value = number | string | boolean | null | { error: string; message?: string };

const HF_ERROR_TO_EXCEL: Record<string, string> = {
  DIV_BY_ZERO: "#DIV/0!",
  NA: "#N/A",
  NAME: "#NAME?",
  NUM: "#NUM!",
  REF: "#REF!",
  VALUE: "#VALUE!",
  CYCLE: "#REF!",
  SPILL: "#SPILL!",
  LIC: "#VALUE!",
  ERROR: "#VALUE!",
};

const KIND_TO_HF: Record<ErrorKind, ErrorType> = {
  value: ErrorType.VALUE,
  num: ErrorType.NUM,
  div0: ErrorType.DIV_BY_ZERO,
  na: ErrorType.NA,
  name: ErrorType.NAME,
  ref: ErrorType.REF,
  null: ErrorType.ERROR,
};

const EXCEL_TO_HF: Record<string, ErrorType> = {
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
  "#N/A": ErrorType.NA,
  "#NAME?": ErrorType.NAME,
  "#NUM!": ErrorType.NUM,
  "#REF!": ErrorType.REF,
  "#VALUE!": ErrorType.VALUE,
  "#NULL!": ErrorType.ERROR,
  "#SPILL!": ErrorType.SPILL,
};

/** A value HyperFormula hands to a function, as a model cell. */
export function modelCell(value: unknown): Cell {
  if (value === EmptyValue || value === null || value === undefined) return null;
  if (value instanceof CellError) return new ErrorCell(HF_ERROR_TO_EXCEL[value.type] ?? "#VALUE!");
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  // HyperFormula wraps dates, percentages and currency in number objects.
  const raw = (value as { val?: unknown }).val;
  return typeof raw === "number" ? raw : textOf(value);
}

/** A model result cell as HyperFormula's value, Likvärd's message kept. */
export function engineValue(cell: Cell, lang: "sv" | "en"): unknown {
  if (cell instanceof ErrorCell) {
    const type = cell.cause ? KIND_TO_HF[cell.cause.kind] : (EXCEL_TO_HF[cell.code] ?? ErrorType.VALUE);
    return new CellError(type, cell.cause?.messageIn(lang) ?? "");
  }
  if (cell === null || cell === undefined) return "";
  return cell;
}

/** A Likvärd error as HyperFormula's error value. */
export function engineError(error: LikvardError, lang: "sv" | "en"): CellError {
  return new CellError(KIND_TO_HF[error.kind], error.messageIn(lang));
}

/** HyperFormula's computed value as the engine reports it. */
export function fromEngine(value: unknown): Value {
  if (value instanceof DetailedCellError) {
    return { error: HF_ERROR_TO_EXCEL[value.type] ?? value.value, message: value.message || undefined };
  }
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  return textOf(value);
}

/** Any other value HyperFormula holds (a wrapped number, a date) as its own text. */
function textOf(value: unknown): string {
  const raw = (value as { val?: unknown }).val;
  return typeof raw === "number" || typeof raw === "string" ? String(raw) : JSON.stringify(value);
}

/** An Excel error code as HyperFormula's literal (it parses "#N/A" typed into a cell as that error). */
export function isErrorCode(text: string): boolean {
  return text in EXCEL_TO_HF || Object.values(EXCEL_ERROR).includes(text);
}

/**
 * True when two values agree: numbers to 1e-9 relative (absolute near zero),
 * a Likvärd function's labels in any language it speaks, others exactly.
 */
export function sameValue(a: Value, b: Value): boolean {
  if (typeof a === "number" && typeof b === "number") {
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  }
  if (isErrorValue(a) || isErrorValue(b)) return isErrorValue(a) && isErrorValue(b) && a.error === b.error;
  const empty = (v: Value) => v === null || v === "";
  if (empty(a) || empty(b)) return empty(a) && empty(b);
  return a === b || (typeof a === "string" && typeof b === "string" && sameLabel(a, b));
}

export function isErrorValue(v: Value): v is { error: string; message?: string } {
  return typeof v === "object" && v !== null && "error" in v;
}

/** A value for a person to read: numbers in full precision (decimal comma in Swedish), errors with their messages. */
export function showValue(v: Value, lang: "sv" | "en"): string {
  if (v === null) return lang === "sv" ? "(tom)" : "(empty)";
  if (isErrorValue(v)) return v.message ? `${v.error} ${v.message}` : v.error;
  if (typeof v === "string") return JSON.stringify(v);
  if (typeof v === "boolean") return lang === "sv" ? (v ? "SANT" : "FALSKT") : v ? "TRUE" : "FALSE";
  return formatNumber(v, lang);
}
