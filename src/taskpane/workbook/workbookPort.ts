/**
 * Everything the pane does with a workbook, behind one interface: Office.js
 * in Excel (officeWorkbook.ts), an in-memory workbook in a plain browser and
 * in tests (memoryWorkbook.ts). The pane's logic never touches Excel directly.
 */

export type Values = unknown[][];

/** One block to write: values or formulas, from the top-left cell of `address` ("Skolor!N2"). */
export interface Write {
  sheet: string;
  /** Top-left cell, e.g. "N2". */
  topLeft: string;
  values?: Values;
  formulas?: string[][];
}

export interface DefinedName {
  name: string;
  sheet: string;
  /** "$B$3" or "$B$12:$B$15" */
  ref: string;
}

export interface WorkbookPort {
  /** The used range of a sheet from A1, or undefined if there is no such sheet. */
  readSheet(sheet: string): Promise<Values | undefined>;
  /** The values of "Sheet!A1:B3" (or a range on the active sheet). */
  readRange(ref: string): Promise<Values>;
  /** The selected range as "Sheet!A1:B3". */
  selection(): Promise<string>;
  /** The non-empty cells among those the writes would fill, as "Sheet!A1" (sheets in `own` excepted). */
  occupied(writes: Write[], own: string[]): Promise<string[]>;
  /** All writes and names in one batch: everything or nothing. */
  write(writes: Write[], names: DefinedName[]): Promise<void>;
  /** A scatter chart of two columns (Excel's chart API; a no-op where there are no charts). */
  addScatterChart(sheet: string, x: string, y: string, title: string): Promise<void>;
}
