/**
 * Writing a sheet Likvärd builds whole (the explanation, the comparison): a
 * grid of formulas and texts as few write blocks as possible, never touching
 * the cells a spill will fill.
 */
import type { Write } from "../../taskpane/workbook/workbookPort";
import { cellName } from "../sheet/addresses";

/** Marks a cell a spill fills: never written. */
export const SPILLED = "\u0000spilled";

/**
 * A grid of formulas ("=" first) and texts as writes from row `top`: each
 * row's runs of formulas as one block, texts as values; empty and spilled
 * cells are not written (a spill must find them empty, and "" would count as
 * the user's content nowhere but would overwrite it).
 */
export function gridWrites(sheet: string, grid: string[][], top: number): Write[] {
  const writes: Write[] = [];
  grid.forEach((row, r) => {
    for (let c = 0; c < row.length;) {
      const text = row[c];
      if (text === "" || text === SPILLED) {
        c++;
      } else if (!text.startsWith("=")) {
        writes.push({ sheet, topLeft: cellName(top + r, c), values: [[text]] });
        c++;
      } else {
        const start = c;
        while (c < row.length && row[c].startsWith("=")) c++;
        writes.push({ sheet, topLeft: cellName(top + r, start), formulas: [row.slice(start, c)] });
      }
    }
  });
  return writes;
}
