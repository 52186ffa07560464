/**
 * Every LIKVARD function as the hosts call it: its descriptor
 * (src/model/functions) paired with its cell implementation. Excel's
 * wrappers (src/functions/functions.ts) and the headless engine's plugin
 * both call `evaluate`.
 */
import { Lang } from "../errors";
import { FunctionDescriptor, argumentList } from "../functions/descriptor";
import { FUNCTIONS } from "../functions";
import { Grid, Input } from "./cells";
import { allocateCells } from "./allocateCells";
import { equitygapCells } from "./equitygapCells";
import { expectedCells } from "./expectedCells";
import { sociofitCells } from "./sociofitCells";
import { socioindexCells } from "./socioindexCells";

export interface SheetFunction extends FunctionDescriptor {
  /** Argument names in order (English, as in the formula tooltip in English Excel). */
  params: string[];
  /** How many leading arguments are required. */
  required: number;
  evaluate(args: Input[], lang: Lang): Grid;
}

/**
 * A cell implementation takes the arguments in the descriptor's order
 * (omitted ones undefined), then the language of any labels it writes, so a
 * new argument needs no change here.
 */
type CellFunction = (...args: never[]) => Grid;

const CELLS: Record<string, CellFunction> = {
  SOCIOINDEX: socioindexCells,
  SOCIOFIT: sociofitCells,
  ALLOCATE: allocateCells,
  EQUITYGAP: equitygapCells,
  EXPECTED: expectedCells,
};

function implement(descriptor: FunctionDescriptor): SheetFunction {
  const cells = CELLS[descriptor.name] as ((...args: unknown[]) => Grid) | undefined;
  if (!cells) throw new Error(`LIKVARD.${descriptor.name} has no cell implementation`);
  const params = argumentList(descriptor).map((a) => a.en);
  return {
    ...descriptor,
    params,
    required: argumentList(descriptor).filter((a) => !a.optional).length,
    evaluate: (args, lang) => cells(...params.map((_, i) => args[i]), lang),
  };
}

export const SHEET_FUNCTIONS: SheetFunction[] = FUNCTIONS.map(implement);
