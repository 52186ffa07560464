/**
 * Lining up the columns of a table argument by argument: equal lengths,
 * blank rows skipped, every other row complete. One place for the input rules
 * every Likvärd function shares.
 */
import { Text, valueError } from "../errors";
import { formatDecimal } from "../format/kronor";
import {
  Cell,
  ErrorCell,
  Grid,
  Vector,
  inputErrorCell,
  isEmpty,
  isMarker,
  isMissing,
  knownFinal,
  missingReason,
  numberIn,
  position,
  usedLength,
} from "./cells";

/** The rows of a table: how long the result is and which positions hold a school. */
export interface Rows {
  /** Result length: up to the last non-empty cell of any argument. */
  length: number;
  /** 0-based positions of the rows that hold a school, ascending; only read (it may be shared). */
  kept: Int32Array;
  /** Orientation of the first vector: the result spills the same way. */
  orientation: "column" | "row";
  /** Incomplete rows left out by the rule "skip" (0 otherwise). */
  leftOut: number;
}

function lengthMismatch(a: Vector, na: number, b: Vector, nb: number): never {
  throw valueError({
    sv: `${a.arg.sv} och ${b.arg.sv} har olika längd (${na} och ${nb} celler).`,
    en: `${a.arg.en} and ${b.arg.en} differ in length (${na} and ${nb} cells).`,
  });
}

/**
 * The common length of several vectors. Ranges may differ by trailing empty
 * cells (a whole-column reference, a selection a little too long); beyond
 * that, different lengths are an error naming both arguments.
 */
export function commonLength(vectors: Vector[]): number {
  let length = 0;
  for (const v of vectors) length = Math.max(length, usedLength(v));
  for (const v of vectors) {
    if (v.cells.length < length) {
      const longest = vectors.find((w) => usedLength(w) === length) as Vector;
      lengthMismatch(v, v.cells.length, longest, longest.cells.length);
    }
  }
  return length;
}

/**
 * What to do with an incomplete row (some values given, some missing):
 * "error" names the argument and the row — with the `missing` argument's name,
 * if the function has one, saying how to leave such rows out; "skip" leaves
 * the row out (R's na.omit); "keep" keeps it, for a caller that fills in the
 * gaps itself.
 */
export interface MissingOptions {
  rule?: "error" | "skip" | "keep";
  /** The function's `missing` argument, named in the error's hint. */
  option?: Text;
}

/** Up to this many rows, "every row" is one shared array (256 kB at most). */
const SHARED_ROWS = 1 << 16;
let sharedRows = new Int32Array(0);

/**
 * 0, 1, …, length − 1: every row kept. Up to SHARED_ROWS a view of one shared
 * array, as `kept` is only ever read: a call allocates nothing for it.
 */
function allRows(length: number): Int32Array {
  if (length <= sharedRows.length) return sharedRows.subarray(0, length);
  const all = new Int32Array(length);
  for (let i = 0; i < length; i++) all[i] = i;
  if (length <= SHARED_ROWS) sharedRows = all;
  return all;
}

/**
 * Which rows hold a school: a row where every key vector is empty is a blank
 * row, skipped; a row where some key is missing (empty, or a marker such as
 * "..") is incomplete, handled by the rule. `leftOut` counts the incomplete
 * rows the rule "skip" left out.
 */
export function keptRows(keys: Vector[], length: number, options: MissingOptions = {}): Rows {
  const rule = options.rule ?? "error";
  if (length > 0 && keys.every((v) => v.numbers !== undefined)) {
    // Every key cell a finite number: no blank or incomplete row, every row is a school.
    return { length, kept: allRows(length), orientation: keys[0].orientation, leftOut: 0 };
  }
  firstErrorCell(keys, length);
  const kept = new Int32Array(length);
  let count = 0;
  let leftOut = 0;
  for (let i = 0; i < length; i++) {
    let missing = 0;
    let empty = 0;
    for (const v of keys) {
      const cell = v.cells[i];
      if (isEmpty(cell)) {
        empty++;
        missing++;
      } else if (isMarker(cell)) missing++;
    }
    if (empty === keys.length) continue;
    if (missing === 0 || rule === "keep") {
      kept[count++] = i;
    } else if (rule === "skip") {
      leftOut++;
    } else {
      throw incompleteRow(keys, i, options.option);
    }
  }
  if (count === 0) {
    throw valueError(
      leftOut > 0
        ? {
            sv: `Alla ${leftOut} rader har saknade värden och lämnades utanför: inga skolor återstår.`,
            en: `All ${leftOut} rows have missing values and were left out: no schools remain.`,
          }
        : {
            sv: `${keys[0].arg.sv} innehåller inga skolor: området är tomt.`,
            en: `${keys[0].arg.en} holds no schools: the range is empty.`,
          },
    );
  }
  return { length, kept: kept.slice(0, count), orientation: keys[0].orientation, leftOut };
}

/**
 * Throws for the first error value among the keys, before any gap is judged:
 * a failed formula upstream (SOCIOINDEX's #VALUE!) shows its error in its
 * first cell and leaves the cells under it empty, so "row 2: missing value"
 * (and advice to skip rows) would send the user after the wrong cell.
 */
function firstErrorCell(keys: Vector[], length: number): void {
  for (let i = 0; i < length; i++) {
    for (const v of keys) {
      const cell = v.cells[i];
      if (cell instanceof ErrorCell) throw inputErrorCell(cell, position(v, i));
    }
  }
}

/** The error for row i with a missing key: the argument, the row, why, and how to leave such rows out. */
function incompleteRow(keys: Vector[], i: number, option: Text | undefined) {
  const missing = keys.find((v) => isMissing(v.cells[i])) as Vector;
  const where = position(missing, i);
  const reason = missingReason(missing.cells[i]);
  const hint: Text = option
    ? {
        sv: `; ange "utelämna" som argumentet ${option.sv} för att lämna ofullständiga rader utanför`,
        en: `; give "skip" as the argument ${option.en} to leave incomplete rows out`,
      }
    : { sv: "", en: "" };
  return valueError({
    sv: `${where.sv}: ${reason.sv} (raden har andra uppgifter, så den kan inte hoppas över${hint.sv}).`,
    en: `${where.en}: ${reason.en} (the row has other data, so it cannot be skipped${hint.en}).`,
  });
}

/** The numbers of a vector at the kept rows, as a typed column; text and errors are named by row. */
export function numbersAt(v: Vector, rows: Rows): Float64Array {
  if (v.numbers) return gather(v.numbers, rows);
  const out = new Float64Array(rows.kept.length);
  const cells = v.cells;
  for (let k = 0; k < out.length; k++) {
    const i = rows.kept[k];
    const cell: Cell = cells[i];
    out[k] = typeof cell === "number" && Number.isFinite(cell) ? cell : numberIn(cell, () => position(v, i));
  }
  return out;
}

/**
 * numbersAt for a caller that only reads the column (ALLOCATE): when every
 * row is kept, a numeric vector's own typed values, without a copy.
 */
export function readNumbersAt(v: Vector, rows: Rows): Float64Array {
  if (v.numbers && rows.kept.length === v.numbers.length) return v.numbers;
  return numbersAt(v, rows);
}

/** A vector's numbers at the kept rows (a plain copy when every row is kept). */
export function gather(numbers: Float64Array, rows: Rows): Float64Array {
  const kept = rows.kept;
  if (kept.length === numbers.length || (kept.length > 0 && kept[kept.length - 1] === kept.length - 1)) {
    return numbers.slice(0, kept.length);
  }
  const out = new Float64Array(kept.length);
  for (let k = 0; k < kept.length; k++) out[k] = numbers[kept[k]];
  return out;
}

/** Throws a #VALUE! naming the first kept row whose value breaks the rule. */
export function requireEach(
  values: Float64Array,
  v: Vector,
  rows: Rows,
  ok: (x: number) => boolean,
  problem: (x: number) => Text,
): void {
  for (let k = 0; k < values.length; k++) {
    if (!ok(values[k])) {
      const where = position(v, rows.kept[k]);
      const p = problem(values[k]);
      throw valueError({ sv: `${where.sv}: ${p.sv}`, en: `${where.en}: ${p.en}` });
    }
  }
}

/** Pupils as weights at the kept rows (a negative count is named by row), or 1 per school when omitted. */
export function pupilWeights(pupils: Vector | undefined, rows: Rows): Float64Array {
  if (!pupils) return new Float64Array(rows.kept.length).fill(1);
  const w = numbersAt(pupils, rows);
  requireEach(
    w,
    pupils,
    rows,
    (p) => p >= 0,
    (p) => ({
      sv: `negativt elevantal (${formatDecimal(p, "sv")}).`,
      en: `a negative pupil count (${formatDecimal(p, "en")}).`,
    }),
  );
  return w;
}

/**
 * A per-school result spilled the way the input ran: a value at every kept
 * row, "" (an empty-looking cell) at skipped rows. Numbers and text only, so
 * recorded as final (a host shows it without another look at every cell).
 */
export function spill(values: ArrayLike<number>, rows: Rows): Grid {
  if (rows.orientation === "row") {
    const row = new Array<Cell>(rows.length).fill("");
    for (let k = 0; k < rows.kept.length; k++) row[rows.kept[k]] = values[k];
    return knownFinal([row]);
  }
  const grid: Grid = new Array<Cell[]>(rows.length);
  if (rows.kept.length === rows.length) {
    for (let i = 0; i < rows.length; i++) grid[i] = [values[i]];
    return knownFinal(grid);
  }
  let k = 0;
  for (let i = 0; i < rows.length; i++) grid[i] = [k < rows.kept.length && rows.kept[k] === i ? values[k++] : ""];
  return knownFinal(grid);
}

/**
 * A per-school result of several columns (one row of cells per kept row)
 * spilled the way the input ran: empty-looking cells ("") at skipped rows;
 * for schools along a row, turned a quarter (one row per column).
 */
export function spillRows(values: Cell[][], rows: Rows, columns: number): Grid {
  const grid: Grid = Array.from({ length: rows.length }, () => new Array<Cell>(columns).fill(""));
  for (let k = 0; k < rows.kept.length; k++) grid[rows.kept[k]] = values[k];
  if (rows.orientation === "column") return grid;
  return Array.from({ length: columns }, (_, c) => grid.map((row) => row[c]));
}
