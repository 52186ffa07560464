/**
 * Likvärd's custom functions as Excel calls them: one wrapper per function
 * of the registry (src/model/sheet/registry.ts), the same implementations
 * the headless engine calls. A wrapper only converts Excel's arguments and
 * results (excelCells.ts). Excel learns the functions' names and arguments
 * from functions.json, generated from the same descriptors (excelMetadata.ts).
 */
import { SHEET_FUNCTIONS, SheetFunction } from "../model/sheet/registry";
import { runForExcel, toInput } from "./excelCells";

/** A function as Excel calls it: one value or 2-D array per declared argument, omitted ones null. */
export type ExcelFunction = (...args: unknown[]) => unknown[][];

function excelFunction(fn: SheetFunction): ExcelFunction {
  return (...args) =>
    runForExcel((lang) =>
      fn.evaluate(
        fn.params.map((_, i) => toInput(args[i])),
        lang,
      ),
    );
}

/** Every wrapper by its id in functions.json. */
export const EXCEL_FUNCTIONS: Record<string, ExcelFunction> = Object.fromEntries(
  SHEET_FUNCTIONS.map((fn) => [fn.name, excelFunction(fn)]),
);

for (const [id, fn] of Object.entries(EXCEL_FUNCTIONS)) CustomFunctions.associate(id, fn);

// By name, for the tests and benchmarks that call them as Excel does.
export const {
  SOCIOINDEX: socioindex,
  SOCIOFIT: sociofit,
  ALLOCATE: allocate,
  EQUITYGAP: equitygap,
  EXPECTED: expected,
} = EXCEL_FUNCTIONS;
