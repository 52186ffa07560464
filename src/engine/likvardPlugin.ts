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
import { Input } from "../model/sheet/cells";
import { SHEET_FUNCTIONS, SheetFunction } from "../model/sheet/registry";
import { callOutline, schoolArguments } from "../model/functions/descriptor";
import { engineError, engineValue, modelCell } from "./cellValues";

/** Per function, the arguments whose length is the number of schools (from the descriptors' argument types). */
const ROW_ARGS: Record<string, number[]> = Object.fromEntries(SHEET_FUNCTIONS.map((f) => [f.name, schoolArguments(f)]));

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

export interface Size {
  rows: number;
  cols: number;
}

/**
 * One evaluation's state, handed to HyperFormula as its `context` so that
 * every engine instance has its own (two workbooks can be evaluated side by
 * side). Keys are `anchorKey(sheet, row, col)`.
 */
export interface EngineContext {
  /** Language of messages in error cells. */
  lang: Lang;
  usedRows?: UsedRows;
  /** Areas to reserve per anchor, learnt from an earlier pass. */
  sizeHints: Map<string, Size>;
  /** The area the engine reserved for each result in this pass. */
  reservedSizes: Map<string, Size>;
  /** Each result's own size before padding to the reserved area (it may not fit the sheet). */
  resultSizes: Map<string, Size>;
}

export function newContext(lang: Lang): EngineContext {
  return { lang, sizeHints: new Map(), reservedSizes: new Map(), resultSizes: new Map() };
}

/** The sheet's edges (Excel's): a spill that would pass them is #SPILL!. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

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

  private get context(): EngineContext {
    return this.config.context as EngineContext;
  }

  /**
   * Evaluates the arguments itself, so an error inside a range reaches the
   * model (which names its row). Nothing thrown here may escape: a fault in
   * one formula is an error in that cell, never the end of the file.
   */
  run(fn: SheetFunction, ast: ProcedureAst, state: InterpreterState): SimpleRangeValue | CellError {
    const { lang, reservedSizes } = this.context;
    try {
      return this.evaluate(fn, ast, state);
    } catch (error) {
      const { sheet, row, col } = state.formulaAddress;
      const area = reservedSizes.get(anchorKey(sheet, row, col));
      const size = area ? new ArraySize(area.cols, area.rows) : new ArraySize(1, 1);
      if (error instanceof LikvardError) return filled(engineError(error, lang), size);
      const text = error instanceof Error ? error.message : String(error);
      return filled(
        new CellError(
          ErrorType.VALUE,
          lang === "sv" ? `LIKVARD.${fn.name}: internt fel (${text})` : `LIKVARD.${fn.name}: internal error (${text})`,
        ),
        size,
      );
    }
  }

  private evaluate(fn: SheetFunction, ast: ProcedureAst, state: InterpreterState): SimpleRangeValue | CellError {
    const { lang, reservedSizes, resultSizes } = this.context;
    const address = state.formulaAddress;
    const key = anchorKey(address.sheet, address.row, address.col);
    const size = this.reserved(fn, ast, state);
    resultSizes.delete(key);
    reservedSizes.set(key, { rows: size.height, cols: size.width });
    if (ast.args.length < fn.required || ast.args.length > fn.params.length) {
      return filled(
        new CellError(ErrorType.NA, `LIKVARD.${fn.name}: ${fn.required}–${fn.params.length} arguments`),
        size,
      );
    }
    const args: Input[] = [];
    for (let i = 0; i < ast.args.length; i++) {
      const arg = ast.args[i];
      if ((arg as AstArg).type === "EMPTY") {
        args.push(null);
        continue;
      }
      let value: unknown;
      try {
        value = this.evaluateAst(arg, state);
      } catch {
        // HyperFormula throws when a range reads the spill of an array formula that ended in an error.
        return filled(new CellError(ErrorType.VALUE, upstreamError(fn, i, lang)), size);
      }
      args.push(
        value instanceof SimpleRangeValue ? value.rawData().map((row) => row.map(modelCell)) : modelCell(value),
      );
    }
    const grid = fn.evaluate(args, lang);
    const rows = grid.length;
    const cols = grid[0]?.length ?? 0;
    resultSizes.set(key, { rows, cols });
    if (address.row + rows > MAX_ROWS || address.col + cols > MAX_COLUMNS) {
      return new CellError(ErrorType.SPILL, pastEdge(rows, cols, lang));
    }
    // The engine reserves the area before it evaluates; pad (or cut) the result to it.
    const out: unknown[][] = [];
    for (let r = 0; r < size.height; r++) {
      const row: unknown[] = [];
      for (let c = 0; c < size.width; c++) row.push(engineValue(grid[r]?.[c] ?? "", lang));
      out.push(row);
    }
    return SimpleRangeValue.onlyValues(out as never);
  }

  /** The area a call reserves, one cell where it would pass the sheet's edge (the result is then #SPILL!). */
  reserved(fn: SheetFunction, ast: ProcedureAst, state: InterpreterState): ArraySize {
    const size = this.size(fn, ast, state);
    const { row, col } = state.formulaAddress;
    return row + size.height <= MAX_ROWS && col + size.width <= MAX_COLUMNS ? size : new ArraySize(1, 1);
  }

  /**
   * The area a call needs, known before evaluation, by its descriptor's
   * result rule: a table of known size, or one row per school — as long as
   * its longest argument with one value per school (the result is then cut
   * to the last used row), or one row for row input.
   */
  size(fn: SheetFunction, ast: ProcedureAst, state: InterpreterState): ArraySize {
    const hint = this.context.sizeHints.get(
      anchorKey(state.formulaAddress.sheet, state.formulaAddress.row, state.formulaAddress.col),
    );
    if (hint) return new ArraySize(hint.cols, hint.rows);
    const argSize = (i: number) => {
      const arg = ast.args[i] as AstArg | undefined;
      return !arg || arg.type === "EMPTY" ? new ArraySize(1, 1) : this.arraySizeForAst(ast.args[i], state);
    };
    // An argument typed in the formula itself: text, a number, or TRUE/FALSE (to the engine TRUE() or a bare name).
    type Literal = AstArg & { procedureName?: string; expressionName?: string; args?: unknown[] };
    const literal = (i: number) => {
      const arg = ast.args[i] as Literal | undefined;
      if (arg?.type === "STRING" || arg?.type === "NUMBER") return arg.value as string | number;
      const name =
        arg?.type === "FUNCTION_CALL" && arg.args?.length === 0
          ? arg.procedureName
          : arg?.type === "NAMED_EXPRESSION"
            ? arg.expressionName
            : undefined;
      return name?.toUpperCase() === "TRUE" ? true : name?.toUpperCase() === "FALSE" ? false : undefined;
    };
    // The descriptor's rule (src/model/functions) decides the shape from what the formula shows.
    const shape = fn.result.size(callOutline(fn, literal, (i) => argSize(i).width));
    if (shape.kind === "table") return new ArraySize(shape.columns, shape.rows);
    // One row per school, as many as the longest argument with one value per school (a row for row input).
    const first = argSize(0);
    if (first.height === 1 && first.width > 1) return new ArraySize(first.width, shape.columns);
    let rows = 1;
    for (const i of ROW_ARGS[fn.name]) {
      if (i >= ast.args.length) continue;
      const size = argSize(i);
      if (size.width !== 1 && i !== 0) continue; // a single floor or cap for every school
      rows = Math.max(rows, this.usedHeight(ast.args[i], state) ?? Math.min(size.height, this.tallestSheet()));
    }
    return new ArraySize(shape.columns, rows);
  }

  /** Rows of a range argument down to its last cell with content, as Excel's result is cut there too. */
  private usedHeight(arg: unknown, state: InterpreterState): number | undefined {
    const range = arg as { type: string; start: RangeEnd; end: RangeEnd };
    const { usedRows } = this.context;
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
    return this.reserved(fn, ast, state);
  };
}

/** An argument that reads the spill of a formula that ended in an error. */
/**
 * An error over the whole area the call reserved: the error at the anchor, the rest empty, as a model result is
 * padded. A bare error at an anchor whose area HyperFormula reserved makes a native function that reads the area
 * (SUMPRODUCT over the index, say) throw "Unknown array" and stop the whole evaluation.
 */
function filled(error: CellError, size: ArraySize): SimpleRangeValue | CellError {
  if (size.width === 1 && size.height === 1) return error;
  const rows: (CellError | string)[][] = Array.from({ length: size.height }, (_, r) =>
    Array.from({ length: size.width }, (_, c) => (r === 0 && c === 0 ? error : "")),
  );
  return SimpleRangeValue.onlyValues(rows);
}

function upstreamError(fn: SheetFunction, index: number, lang: Lang): string {
  const name = fn.params[index] ?? String(index + 1);
  return lang === "sv"
    ? `LIKVARD.${fn.name}: argumentet ${name} läser resultatet av en annan formel som är ett fel; rätta den först.`
    : `LIKVARD.${fn.name}: the argument ${name} reads the result of another formula that is an error; fix that one first.`;
}

function pastEdge(rows: number, cols: number, lang: Lang): string {
  return lang === "sv"
    ? `Resultatet (${rows} × ${cols} celler) får inte plats: det skulle gå utanför bladets sista rad eller kolumn.`
    : `The result (${rows} × ${cols} cells) does not fit: it would pass the sheet's last row or column.`;
}

let registered = false;
/** Registers the plugin once per process, with the same names in every language. It holds no state. */
export function registerLikvard(): void {
  if (registered) return;
  const names = Object.fromEntries(SHEET_FUNCTIONS.map((f) => [`LIKVARD.${f.name}`, `LIKVARD.${f.name}`]));
  HyperFormula.registerFunctionPlugin(LikvardPlugin, { enGB: names });
  registered = true;
}
