/**
 * The LIKVARD functions as a HyperFormula function plugin, so that Excel's
 * own functions and Likvärd's evaluate in the same formulas. Each call goes
 * straight to the model's cell implementation (src/model/sheet/registry.ts),
 * the same code Excel's custom functions run.
 */
import {
  ArraySize,
  CellError,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleCellAddress,
  SimpleRangeValue,
} from "hyperformula";
import type { ProcedureAst } from "hyperformula/typings/parser";
import type { InterpreterState } from "hyperformula/typings/interpreter/InterpreterState";
import { Lang, LikvardError } from "../model/errors";
import { Grid, Input } from "../model/sheet/cells";
import { SHEET_FUNCTIONS, SheetFunction } from "../model/sheet/registry";
import { engineError, engineValue, modelCell } from "./cellValues";

/** Rows of the EQUITYGAP summary table (label + value). */
const SUMMARY_METHODS = new Set(["summary", "sammanfattning"]);

/** Language of messages in error cells; set by the engine before it evaluates. */
let messageLanguage: Lang = "sv";
export function setMessageLanguage(lang: Lang): void {
  messageLanguage = lang;
}

/** Rows by which a function's argument columns run, per function (others: the first argument). */
const ROW_ARGS: Record<string, number[]> = { SOCIOINDEX: [0, 2], ALLOCATE: [0, 1, 5, 6] };

interface RangeEnd {
  toSimpleCellAddress(base: SimpleCellAddress): SimpleCellAddress;
  toSimpleColumnAddress(base: SimpleCellAddress): { sheet: number; col: number };
}

/**
 * The last row with content in a block of cells (-1 if none), as the host
 * knows its sheets before the engine evaluates: the area a call reserves must
 * be known in advance, and Excel cuts results at the last used row.
 */
export type UsedRows = (sheet: number, fromRow: number, toRow: number, fromCol: number, toCol: number) => number;
let usedRows: UsedRows | undefined;
export function setUsedRows(lookup: UsedRows | undefined): void {
  usedRows = lookup;
}

/** Areas to reserve per anchor, learnt from an earlier pass (the engine's second pass uses them). */
export const sizeHints = new Map<string, { rows: number; cols: number }>();

/** Per anchor cell, the area the engine reserved for its result in this evaluation. */
export const reservedSizes = new Map<string, { rows: number; cols: number }>();

/** Per anchor cell ("sheet!row!col"), the size of its last result before padding to the reserved area. */
export const resultSizes = new Map<string, { rows: number; cols: number }>();

export const anchorKey = (sheet: number, row: number, col: number): string => `${sheet}!${row}!${col}`;

interface AstArg {
  type: string;
  value?: unknown;
}

class LikvardPlugin extends FunctionPlugin {
  static implementedFunctions = Object.fromEntries(
    SHEET_FUNCTIONS.map((f) => [
      `LIKVARD.${f.name}`,
      {
        method: `call${f.name}`,
        sizeOfResultArrayMethod: `size${f.name}`,
        parameters: f.params.map((_, i) => ({ argumentType: FunctionArgumentType.ANY, optionalArg: i >= f.required })),
        vectorizationForbidden: true,
      },
    ]),
  );

  /** Evaluates the arguments itself, so an error inside a range reaches the model (which names its row). */
  run(fn: SheetFunction, ast: ProcedureAst, state: InterpreterState): SimpleRangeValue | CellError {
    const address = state.formulaAddress;
    const size = this.size(fn, ast, state);
    resultSizes.delete(anchorKey(address.sheet, address.row, address.col));
    reservedSizes.set(anchorKey(address.sheet, address.row, address.col), { rows: size.height, cols: size.width });
    if (ast.args.length < fn.required || ast.args.length > fn.params.length) {
      return new CellError(ErrorType.NA, `LIKVARD.${fn.name}: ${fn.required}–${fn.params.length} arguments`);
    }
    const args: Input[] = ast.args.map((arg) => {
      if ((arg as AstArg).type === "EMPTY") return null;
      const value = this.evaluateAst(arg, state);
      if (value instanceof SimpleRangeValue) return value.rawData().map((row) => row.map(modelCell));
      return modelCell(value);
    });
    let grid: Grid;
    try {
      grid = fn.evaluate(args, messageLanguage);
    } catch (error) {
      if (error instanceof LikvardError) return engineError(error, messageLanguage);
      return new CellError(ErrorType.VALUE, `LIKVARD.${fn.name}: ${String(error)}`);
    }
    resultSizes.set(anchorKey(address.sheet, address.row, address.col), {
      rows: grid.length,
      cols: grid[0]?.length ?? 0,
    });
    // The engine reserves the area before it evaluates; pad (or cut) the result to it.
    const rows: unknown[][] = [];
    for (let r = 0; r < size.height; r++) {
      const row: unknown[] = [];
      for (let c = 0; c < size.width; c++) row.push(engineValue(grid[r]?.[c] ?? "", messageLanguage));
      rows.push(row);
    }
    return SimpleRangeValue.onlyValues(rows as never);
  }

  /**
   * The area a call reserves, known before evaluation: as long as its longest
   * range argument (the result is then cut to the last used row), one column
   * (or one row for row input); SOCIOFIT k + 1 rows by 4; EQUITYGAP one cell,
   * or the summary table when the method is given as text.
   */
  size(fn: SheetFunction, ast: ProcedureAst, state: InterpreterState): ArraySize {
    const hint = sizeHints.get(
      anchorKey(state.formulaAddress.sheet, state.formulaAddress.row, state.formulaAddress.col),
    );
    if (hint) return new ArraySize(hint.cols, hint.rows);
    const argSize = (i: number) => {
      const arg = ast.args[i] as AstArg | undefined;
      return !arg || arg.type === "EMPTY" ? new ArraySize(1, 1) : this.arraySizeForAst(ast.args[i], state);
    };
    switch (fn.name) {
      case "SOCIOFIT":
        return new ArraySize(4, argSize(0).width + 1);
      case "EQUITYGAP": {
        const method = ast.args[3] as AstArg | undefined;
        const text = typeof method?.value === "string" ? method.value.toLowerCase() : "";
        return SUMMARY_METHODS.has(text) ? new ArraySize(2, 9) : new ArraySize(1, 1);
      }
      default: {
        const first = argSize(0);
        if (first.height === 1 && first.width > 1) return new ArraySize(first.width, 1);
        let rows = 1;
        for (const i of ROW_ARGS[fn.name] ?? [0]) {
          if (i >= ast.args.length) continue;
          const size = argSize(i);
          if (size.width !== 1 && i !== 0) continue; // a single floor or cap for every school
          rows = Math.max(rows, this.usedHeight(ast.args[i], state) ?? Math.min(size.height, this.tallestSheet()));
        }
        return new ArraySize(1, rows);
      }
    }
  }

  /** Rows of a range argument down to its last cell with content, as Excel's result is cut there too. */
  private usedHeight(arg: unknown, state: InterpreterState): number | undefined {
    const range = arg as { type: string; start: RangeEnd; end: RangeEnd };
    if (!usedRows || (range.type !== "CELL_RANGE" && range.type !== "COLUMN_RANGE")) return undefined;
    const base = state.formulaAddress;
    const cellRange = range.type === "CELL_RANGE";
    const start = cellRange
      ? range.start.toSimpleCellAddress(base)
      : { ...range.start.toSimpleColumnAddress(base), row: 0 };
    const end = cellRange
      ? range.end.toSimpleCellAddress(base)
      : { ...range.end.toSimpleColumnAddress(base), row: Infinity };
    const last = usedRows(start.sheet, start.row, end.row, start.col, end.col);
    return Math.max(1, last - start.row + 1);
  }

  /** Whole-column ranges are infinite to the engine; no result is longer than the tallest sheet. */
  private tallestSheet(): number {
    let tallest = 1;
    const graph = this.dependencyGraph;
    for (const name of graph.sheetMapping.getSheetNames()) {
      const sheet = graph.sheetMapping.getSheetId(name);
      if (sheet !== undefined) tallest = Math.max(tallest, graph.getSheetHeight(sheet));
    }
    return tallest;
  }
}

// One method pair per function, named as implementedFunctions says.
for (const fn of SHEET_FUNCTIONS) {
  const proto = LikvardPlugin.prototype as unknown as Record<string, unknown>;
  proto[`call${fn.name}`] = function (this: LikvardPlugin, ast: ProcedureAst, state: InterpreterState) {
    return this.run(fn, ast, state);
  };
  proto[`size${fn.name}`] = function (this: LikvardPlugin, ast: ProcedureAst, state: InterpreterState) {
    return this.size(fn, ast, state);
  };
}

let registered = false;
/** Registers the plugin once per process, with the same names in every language. */
export function registerLikvard(): void {
  if (registered) return;
  const names = Object.fromEntries(SHEET_FUNCTIONS.map((f) => [`LIKVARD.${f.name}`, `LIKVARD.${f.name}`]));
  HyperFormula.registerFunctionPlugin(LikvardPlugin, { enGB: names });
  registered = true;
}
