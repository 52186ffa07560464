/**
 * Everything the pane does with a workbook, behind one interface: Office.js
 * in Excel (officeWorkbook.ts), an in-memory workbook in a plain browser and
 * in tests (memoryWorkbook.ts). The pane's logic never touches Excel directly.
 */

import { SheetSnapshot } from "../../model/freeze/freezeSheetCopy";

export type Values = unknown[][];

/** A cell the overwrite check counts as empty (text of spaces is content the user typed). */
export const isBlank = (v: unknown): boolean => v === null || v === undefined || v === "";

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

/** A workbook-level defined name as the workbook holds it now: "Skolor!$C$2:$C$13" ("#REF!" when its cells are gone). */
export interface NameInWorkbook {
  name: string;
  /** What it refers to, without the leading "=". */
  refersTo: string;
}

/** A number format for a block of cells (spills included), e.g. "#,##0" for kronor, "0.0" for an index. */
export interface NumberFormat {
  sheet: string;
  /** "N2:N13" */
  range: string;
  /** Excel's format code, locale-independent: "," groups thousands, "." is the decimal point. */
  code: string;
}

/** A copy of a whole sheet (values, formulas, formats) under a new name, placed last. */
export interface SheetCopy {
  from: string;
  to: string;
}

/** What a scatter chart may have besides its points: axis titles, and a series drawn as a line (the 45° line). */
export interface ScatterOptions {
  xLabel?: string;
  yLabel?: string;
  /** Points joined by a line, no markers: ranges like the chart's own. */
  line?: { x: string; y: string };
}

export interface WorkbookPort {
  /** The used range of a sheet from A1, or undefined if there is no such sheet. */
  readSheet(sheet: string): Promise<Values | undefined>;
  /** The names of the sheets, in order. */
  sheetNames(): Promise<string[]>;
  /**
   * A sheet's formulas and values from A1, and where the formulas that
   * `spillsOf` picks spill to; undefined if there is no such sheet.
   */
  snapshot(sheet: string, spillsOf: (formula: string) => boolean): Promise<SheetSnapshot | undefined>;
  /** The values of "Sheet!A1:B3" (or a range on the active sheet). */
  readRange(ref: string): Promise<Values>;
  /** The selected range as "Sheet!A1:B3". */
  selection(): Promise<string>;
  /** The non-empty cells among those the writes would fill, as "Sheet!A1" (sheets in `own` excepted). */
  occupied(writes: Write[], own: string[]): Promise<string[]>;
  /** The workbook-level defined names and where they point now (after rows or columns were inserted). */
  definedNames(): Promise<NameInWorkbook[]>;
  /**
   * Sheet copies first, then all writes, names and number formats, in one batch: everything or nothing.
   * `remove`: defined names to delete in the same batch (a name that is not there is no error).
   */
  write(
    writes: Write[],
    names: DefinedName[],
    copies?: SheetCopy[],
    formats?: NumberFormat[],
    remove?: string[],
  ): Promise<void>;
  /**
   * A scatter chart of two columns (Excel's chart API; a no-op where there are no charts), named by its title: a
   * chart of that title already on the sheet is replaced, so writing a sheet again does not pile up charts.
   */
  addScatterChart(sheet: string, x: string, y: string, title: string, options?: ScatterOptions): Promise<void>;
}
