/**
 * Grids of values and formulas, as the pane writes them, evaluated by the
 * headless engine (evaluateWorkbook.ts), so that the preview's in-memory
 * workbook calculates as `likvard recalc` does. Formulas come as Office.js
 * `range.formulas` takes them: "=" first, English function names, "," between
 * arguments, `LIKVARD.ALLOCATE(…)`, a whole spill as `K2#`; defined names as
 * the pane writes them (a sheet and "$B$3").
 */
import { Lang } from "../model/errors";
import { storedSpillReferences } from "../model/freeze/spillReferences";
import { Area, quoteSheet } from "../model/sheet/addresses";
import { Value, isErrorValue } from "./cellValues";
import { evaluateWorkbook } from "./evaluateWorkbook";
import type { WorkbookCell } from "./readWorkbook";

export interface GridSheet {
  name: string;
  /** Rows from A1; a formula cell holds its formula, "=" first. */
  cells: readonly (readonly unknown[] | undefined)[];
  /** True where a cell holds a formula (text that starts with "=" may be plain text); default: every such text. */
  isFormula?: (row: number, col: number) => boolean;
}

export interface GridName {
  name: string;
  sheet: string;
  /** "$B$3" or "$B$12:$B$15" */
  ref: string;
}

export interface GridResult {
  /** The area the formula's value fills: its own cell, or its whole spill. */
  area: Area;
  /** Values over `area`, row by row; #SPILL! (with its message) where the spill is blocked. */
  values: Value[][];
}

/** Per sheet, each formula's result by its cell ("K2"). */
export type GridResults = Map<string, Map<string, GridResult>>;

/**
 * What a formula the engine cannot evaluate shows (a function only Excel has):
 * Excel's #NAME?, which the formulas that read it get too.
 */
const NOT_EVALUATED: Value = { error: "#NAME?" };

/** A whole spill as a file stores it (`K2#` typed). */
const ANCHORARRAY = "_xlfn.ANCHORARRAY(";

/** A written value as the engine reads it: "" is an empty cell, as when Office.js writes it; no value is #VALUE!. */
function plainValue(v: unknown): Value | undefined {
  if (v === null || v === undefined || v === "") return undefined;
  if (typeof v === "number") return Number.isFinite(v) ? v : { error: "#NUM!" };
  if (typeof v === "string" || typeof v === "boolean") return v;
  if (isErrorValue(v as Value)) return v as Value;
  return { error: "#VALUE!" };
}

export function evaluateGrids(sheets: readonly GridSheet[], names: readonly GridName[], lang: Lang): GridResults {
  const workbook = {
    sheets: sheets.map(({ name, cells, isFormula }) => {
      const list: WorkbookCell[] = [];
      cells.forEach((row, r) =>
        row?.forEach((v, c) => {
          const formula = isFormula ? isFormula(r, c) : typeof v === "string" && v.startsWith("=");
          if (formula) {
            const text = String(v).replace(/^=/, "");
            list.push({ row: r, col: c, value: NOT_EVALUATED, formula: storedSpillReferences(text) });
            return;
          }
          const value = plainValue(v);
          if (value !== undefined) list.push({ row: r, col: c, value });
        }),
      );
      return { name, cells: list };
    }),
    names: names.map(({ name, sheet, ref }) => ({
      name,
      text: ref.includes("!") ? ref : `${quoteSheet(sheet)}!${ref}`,
    })),
    date1904: false,
  };
  let evaluation = evaluateWorkbook(workbook, lang);
  // A file records where each formula spilled; the engine reads `K2#` and Excel's own functions' spills by it.
  // Grids record nothing: the first evaluation finds the spills, the second reads them as a file has them.
  const spills = evaluation.results.map(({ cell, area }) => ({
    cell,
    area: cell.likvard ? area : (evaluation.nativeSpillAt(cell.sheet, cell.row, cell.col) ?? area),
  }));
  const native = spills.some(({ cell, area }) => !cell.likvard && (area.rows > 1 || area.cols > 1));
  if (native || workbook.sheets.some((sheet) => sheet.cells.some((cell) => cell.formula?.includes(ANCHORARRAY)))) {
    for (const { cell, area } of spills) cell.source.arrayArea = area;
    evaluation = evaluateWorkbook(workbook, lang);
  }
  const results: GridResults = new Map(sheets.map((s) => [s.name, new Map<string, GridResult>()]));
  for (const { cell, area, values } of evaluation.results) {
    results.get(cell.sheet)?.set(cell.address, { area, values });
  }
  for (const { cell, reason } of evaluation.unevaluable) {
    results.get(cell.sheet)?.set(cell.address, {
      area: { top: cell.row, left: cell.col, rows: 1, cols: 1 },
      values: [[{ error: "#NAME?", message: reason }]],
    });
  }
  return results;
}
