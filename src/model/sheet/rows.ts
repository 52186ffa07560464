/**
 * Lining up the columns of a table argument by argument: equal lengths,
 * blank rows skipped, every other row complete. One place for the input rules
 * every Likvärd function shares.
 */
import { Text, valueError } from "../errors";
import { Cell, Grid, Vector, isEmpty, numberIn, position, usedLength } from "./cells";

/** The rows of a table: how long the result is and which positions hold a school. */
export interface Rows {
  /** Result length: up to the last non-empty cell of any argument. */
  length: number;
  /** 0-based positions of the rows that hold a school, ascending. */
  kept: Int32Array;
  /** Orientation of the first vector: the result spills the same way. */
  orientation: "column" | "row";
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
 * Which rows hold a school: a row where every key vector is empty is
 * skipped; a row where some but not all are empty is an error naming the
 * missing argument and the row.
 */
export function keptRows(keys: Vector[], length: number): Rows {
  const kept = new Int32Array(length);
  let count = 0;
  for (let i = 0; i < length; i++) {
    let filled = 0;
    for (const v of keys) if (!isEmpty(v.cells[i])) filled++;
    if (filled === keys.length) {
      kept[count++] = i;
    } else if (filled > 0) {
      const missing = keys.find((v) => isEmpty(v.cells[i])) as Vector;
      const where = position(missing, i);
      throw valueError({
        sv: `${where.sv}: värde saknas (raden har andra uppgifter, så den kan inte hoppas över).`,
        en: `${where.en}: value missing (the row has other data, so it cannot be skipped).`,
      });
    }
  }
  if (count === 0) {
    throw valueError({
      sv: `${keys[0].arg.sv} innehåller inga skolor: området är tomt.`,
      en: `${keys[0].arg.en} holds no schools: the range is empty.`,
    });
  }
  return { length, kept: kept.slice(0, count), orientation: keys[0].orientation };
}

/** The numbers of a vector at the kept rows, as a typed column; text and errors are named by row. */
export function numbersAt(v: Vector, rows: Rows): Float64Array {
  const out = new Float64Array(rows.kept.length);
  const cells = v.cells;
  for (let k = 0; k < out.length; k++) {
    const i = rows.kept[k];
    const cell: Cell = cells[i];
    out[k] = typeof cell === "number" && Number.isFinite(cell) ? cell : numberIn(cell, () => position(v, i));
  }
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

/**
 * A per-school result spilled the way the input ran: a value at every kept
 * row, "" (an empty-looking cell) at skipped rows.
 */
export function spill(values: ArrayLike<number>, rows: Rows): Grid {
  const column = new Array<Cell>(rows.length).fill("");
  for (let k = 0; k < rows.kept.length; k++) column[rows.kept[k]] = values[k];
  if (rows.orientation === "row") return [column];
  const grid: Grid = new Array<Cell[]>(rows.length);
  for (let i = 0; i < rows.length; i++) grid[i] = [column[i]];
  return grid;
}
