/**
 * Moving a formula to another cell the way Excel fills a shared formula: its
 * relative A1 references move with it, $-anchored parts stay. Excel stores a
 * column of copied formulas once (`<f t="shared" si="0">`) and the engine
 * needs each cell's own text.
 */
import { columnName } from "../sheet/addresses";
import { mapOutsideStrings } from "./outsideStrings";

const MAX_COL = 16_383;
const MAX_ROW = 1_048_575;

// A cell reference not inside a longer name, not a function (followed by "("), not a sheet ("!").
const REFERENCE = /(?<![\p{L}\p{N}_.$])(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![\p{L}\p{N}_(!])/gu;

function columnIndex(letters: string): number {
  let col = 0;
  for (const ch of letters.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col - 1;
}

/** `formula` moved by `rows` and `cols`; a reference pushed off the sheet becomes #REF! as in Excel. */
export function shiftReferences(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  return mapOutsideStrings(formula, (code) =>
    code.replace(REFERENCE, (whole, colAnchor: string, letters: string, rowAnchor: string, digits: string) => {
      let col = columnIndex(letters);
      let row = Number(digits) - 1;
      if (col > MAX_COL || row > MAX_ROW || row < 0) return whole; // a name such as "ABCD1" or "LOG10"
      if (!colAnchor) col += cols;
      if (!rowAnchor) row += rows;
      if (col < 0 || col > MAX_COL || row < 0 || row > MAX_ROW) return "#REF!";
      return `${colAnchor}${columnName(col)}${rowAnchor}${row + 1}`;
    }),
  );
}
