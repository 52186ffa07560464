/**
 * Cells as a spreadsheet hands them to a function: a 2-D array of numbers,
 * strings, booleans, empties and error values. This is the common input format
 * of every host (Excel's custom functions, the headless engine, the pane), so
 * that input rules are written once.
 */
import { EXCEL_ERROR, Text, kindOfExcelError, LikvardError, valueError } from "../errors";

/**
 * An error value in a cell: in an input, e.g. #N/A from a failed lookup; in a
 * result, an error that Likvärd itself reports in one cell of a table, with
 * its cause (and so its message in both languages).
 */
export class ErrorCell {
  constructor(
    readonly code: string,
    readonly cause?: LikvardError,
  ) {}

  /** The cell that shows a Likvärd error inside a result table. */
  static from(error: LikvardError): ErrorCell {
    return new ErrorCell(EXCEL_ERROR[error.kind], error);
  }
}

export type Cell = number | string | boolean | null | undefined | ErrorCell;
export type Grid = Cell[][];

/** A function argument as it arrives: a range (grid) or a single value. */
export type Input = Grid | Cell;

/** An argument's name in both languages, as the user sees it in the formula tooltip. */
export type ArgName = Text;

/** A range flattened to one dimension, remembering which way it ran. */
export interface Vector {
  arg: ArgName;
  cells: Cell[];
  orientation: "column" | "row";
  /** The cells as numbers, when every one is a finite number: the common case skips the per-cell rules. */
  numbers?: Float64Array;
}

/** Empty means a blank cell, a missing argument or text that is only spaces. */
export function isEmpty(cell: Cell): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

/**
 * The markers Swedish official statistics print for a figure that is
 * suppressed or missing (Skolverket, SCB): ".", "..", "-", "–", "*".
 */
export const MISSING_MARKERS: readonly string[] = [".", "..", "-", "–", "*"];

/** A text cell holding one of the missing-value markers (surrounding spaces ignored). */
export function isMarker(cell: Cell): boolean {
  return typeof cell === "string" && MISSING_MARKERS.includes(cell.trim());
}

/** Missing means empty or a marker. */
export function isMissing(cell: Cell): boolean {
  return isEmpty(cell) || isMarker(cell);
}

/** The reason a missing cell gives with the rule "error": empty, or the marker it holds. */
export function missingReason(cell: Cell): Text {
  if (typeof cell !== "string" || !isMarker(cell)) return { sv: "värde saknas", en: "value missing" };
  const marker = cell.trim();
  return {
    sv: `värde saknas ("${marker}" betyder ett sekretessbelagt eller saknat värde)`,
    en: `value missing ("${marker}" marks a suppressed or missing figure)`,
  };
}

/** True for an omitted argument: nothing, or a single empty cell. */
export function isOmitted(input: Input | undefined): boolean {
  if (!Array.isArray(input)) return isEmpty(input);
  return (
    input.length === 0 ||
    (input.length === 1 && (input[0].length === 0 || (input[0].length === 1 && isEmpty(input[0][0]))))
  );
}

/** "rad 3" / "row 3" (or "kolumn 3" for a row-shaped range), 1-based within the argument. */
export function position(v: Vector, index: number): Text {
  const n = index + 1;
  return v.orientation === "row"
    ? { sv: `${v.arg.sv}, kolumn ${n}`, en: `${v.arg.en}, column ${n}` }
    : { sv: `${v.arg.sv}, rad ${n}`, en: `${v.arg.en}, row ${n}` };
}

function asGrid(input: Input): Grid {
  if (Array.isArray(input)) return input;
  return [[input]];
}

/**
 * One-column ranges of finite numbers that a host has already read as a typed
 * column while taking them in (Excel's wrapper does, in the one pass it makes
 * over every argument): toVector then needs no pass of its own, once.
 */
const numberColumns = new WeakMap<Grid, Float64Array>();

/** Records that `grid` (rows of one cell each) holds exactly these finite numbers. */
export function knownNumberColumn(grid: Grid, numbers: Float64Array): void {
  numberColumns.set(grid, numbers);
}

/** Forgets the column recorded for `grid` if not yet taken: a host that reuses the column's memory calls this first. */
export function forgetNumberColumn(grid: Grid): void {
  numberColumns.delete(grid);
}

/**
 * Results a function built of numbers and text only (spill's): a host can
 * show them as they are, without looking at every cell again.
 */
const finalGrids = new WeakSet<Grid>();

/** Records that `grid` holds only numbers, text and logicals; returns it. */
export function knownFinal(grid: Grid): Grid {
  finalGrids.add(grid);
  return grid;
}

/** True, once, for a grid recorded by knownFinal. */
export function takeKnownFinal(grid: Grid): boolean {
  return finalGrids.delete(grid);
}

/**
 * Flattens a one-column or one-row range; anything wider is an error naming
 * the argument. One pass, which also reads the numbers when all are finite.
 */
export function toVector(input: Input, arg: ArgName): Vector {
  const grid = asGrid(input);
  const known = numberColumns.get(grid);
  if (known) {
    numberColumns.delete(grid); // taken once: a range read again (or changed since) is read again
    return { arg, cells: known as unknown as Cell[], orientation: "column", numbers: known };
  }
  const rows = grid.length;
  if (rows === 1 && Array.isArray(grid[0]) && grid[0].length > 1) {
    const row = grid[0];
    const cols = row.length;
    const cells = new Array<Cell>(cols);
    for (let c = 0; c < cols; c++) cells[c] = row[c];
    const numbers = finiteNumbers(cells);
    return numbers
      ? { arg, cells: numbers as unknown as Cell[], orientation: "row", numbers }
      : { arg, cells, orientation: "row" };
  }
  const numbers = new Float64Array(rows);
  let numeric = true;
  let cols = 0;
  for (let r = 0; r < rows; r++) {
    const row = grid[r];
    let cell: Cell = undefined;
    if (Array.isArray(row)) {
      if (row.length > cols) cols = row.length;
      cell = row[0];
    }
    if (typeof cell === "number" && Number.isFinite(cell)) numbers[r] = cell;
    else numeric = false;
  }
  if (cols > 1) {
    throw valueError({
      sv: `${arg.sv} ska vara en kolumn eller en rad, men är ${rows} × ${cols} celler.`,
      en: `${arg.en} must be a single column or row, but is ${rows} × ${cols} cells.`,
    });
  }
  // All finite numbers (the common case): the typed column reads like an array of number cells, so
  // it serves as the cells too, and a range is read once.
  if (numeric) return { arg, cells: numbers as unknown as Cell[], orientation: "column", numbers };
  const cells = new Array<Cell>(rows);
  for (let r = 0; r < rows; r++) cells[r] = Array.isArray(grid[r]) ? grid[r][0] : undefined;
  return { arg, cells, orientation: "column" };
}

function finiteNumbers(cells: Cell[]): Float64Array | undefined {
  const numbers = new Float64Array(cells.length);
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (typeof cell !== "number" || !Number.isFinite(cell)) return undefined;
    numbers[i] = cell;
  }
  return numbers;
}

/** Number of cells up to and including the last non-empty one (whole-column ranges end early). */
export function usedLength(v: Vector): number {
  let n = v.cells.length;
  while (n > 0 && isEmpty(v.cells[n - 1])) n--;
  return n;
}

/** The error for an error value found in an input cell: the same Excel error, with the cell named. */
export function inputErrorCell(cell: ErrorCell, where: Text): LikvardError {
  return new LikvardError(kindOfExcelError(cell.code), {
    // The error's source is usually a formula upstream (a failed SOCIOINDEX): point there, not at gaps below it.
    sv: `${where.sv}: cellen visar ${cell.code} (fel i cellen eller i formeln som räknar den; rätta det först).`,
    en: `${where.en}: the cell shows ${cell.code} (an error in the cell or the formula computing it; fix that first).`,
  });
}

function describe(cell: Cell): Text {
  if (typeof cell === "boolean") {
    return { sv: `sanningsvärdet ${cell ? "SANT" : "FALSKT"}`, en: `the logical value ${cell ? "TRUE" : "FALSE"}` };
  }
  const text = typeof cell === "object" && cell !== null ? cell.code : String(cell);
  const shown = text.length > 30 ? `${text.slice(0, 30)}…` : text;
  return { sv: `texten "${shown}"`, en: `the text "${shown}"` };
}

/**
 * The number in a cell, or an error naming the cell: text, logicals, error
 * values and non-finite numbers are refused, never read as 0.
 */
export function numberIn(cell: Cell, where: () => Text): number {
  if (typeof cell === "number") {
    if (Number.isFinite(cell)) return cell;
    const w = where();
    throw valueError({ sv: `${w.sv}: talet är inte ändligt.`, en: `${w.en}: the number is not finite.` });
  }
  if (cell instanceof ErrorCell) throw inputErrorCell(cell, where());
  const w = where();
  if (isMissing(cell)) {
    const reason = missingReason(cell);
    throw valueError({ sv: `${w.sv}: ${reason.sv}.`, en: `${w.en}: ${reason.en}.` });
  }
  const d = describe(cell);
  const percent = typeof cell === "string" && /^\s*-?[\d\s]+([.,]\d+)?\s*%\s*$/.test(cell);
  throw valueError({
    sv: `${w.sv}: ${d.sv} är inte ett tal${percent ? " (skriv procent som tal, inte som text)" : ""}.`,
    en: `${w.en}: ${d.en} is not a number${percent ? " (enter percentages as numbers, not text)" : ""}.`,
  });
}

/** The single cell of an argument that must be one value; a larger range is an error. */
export function scalarCell(input: Input | undefined, arg: ArgName): Cell {
  if (!Array.isArray(input)) return input;
  const used = input.filter((row) => Array.isArray(row) && row.some((c) => !isEmpty(c)));
  if (input.length === 0) return null;
  if (input.length === 1 && input[0].length <= 1) return input[0][0];
  if (used.length === 0) return null;
  throw valueError({
    sv: `${arg.sv} ska vara ett enda värde, inte ett område.`,
    en: `${arg.en} must be a single value, not a range.`,
  });
}

/** A required single number. */
export function requiredNumber(input: Input | undefined, arg: ArgName): number {
  const cell = scalarCell(input, arg);
  return numberIn(cell, () => arg);
}

/** An optional single number; empty or omitted gives the default. */
export function optionalNumber(input: Input | undefined, arg: ArgName, fallback: number): number {
  const cell = scalarCell(input, arg);
  return isEmpty(cell) ? fallback : numberIn(cell, () => arg);
}

/**
 * An optional choice among named options, case-insensitive. `options` maps
 * every accepted spelling (English and Swedish) to its canonical value.
 */
export function optionalChoice<T extends string>(
  input: Input | undefined,
  arg: ArgName,
  options: Record<string, T>,
  fallback: T,
): T {
  const cell = scalarCell(input, arg);
  if (isEmpty(cell)) return fallback;
  if (cell instanceof ErrorCell) throw inputErrorCell(cell, arg);
  const key = String(cell).trim().toLowerCase();
  const found = Object.prototype.hasOwnProperty.call(options, key) ? options[key] : undefined;
  if (found !== undefined) return found;
  const names = Array.from(new Set(Object.values(options)))
    .map((o) => `"${o}"`)
    .join(", ");
  throw valueError({
    sv: `${arg.sv}: okänt val "${String(cell)}". Giltiga val: ${names}.`,
    en: `${arg.en}: unknown choice "${String(cell)}". Valid choices: ${names}.`,
  });
}

/** An optional TRUE/FALSE (SANT/FALSKT, or a number: 0 is FALSE); empty or omitted is FALSE. */
export function optionalLogical(input: Input | undefined, arg: ArgName): boolean {
  const cell = scalarCell(input, arg);
  if (isEmpty(cell)) return false;
  if (typeof cell === "boolean") return cell;
  if (typeof cell === "number" && Number.isFinite(cell)) return cell !== 0;
  if (cell instanceof ErrorCell) throw inputErrorCell(cell, arg);
  const word = String(cell).trim().toUpperCase();
  if (word === "TRUE" || word === "SANT") return true;
  if (word === "FALSE" || word === "FALSKT") return false;
  throw valueError({
    sv: `${arg.sv}: ska vara SANT eller FALSKT, inte "${String(cell)}".`,
    en: `${arg.en}: must be TRUE or FALSE, not "${String(cell)}".`,
  });
}
