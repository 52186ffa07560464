/**
 * Every LIKVARD function as the hosts see it: name, arguments and the cell
 * implementation. The headless engine registers these; the Excel wrappers in
 * src/functions/functions.ts call the same implementations (they are written
 * out there because Excel's metadata is generated from their JSDoc).
 */
import { Lang } from "../errors";
import { Grid, Input } from "./cells";
import { allocateCells } from "./allocateCells";
import { equitygapCells } from "./equitygapCells";
import { sociofitCells } from "./sociofitCells";
import { socioindexCells } from "./socioindexCells";

export interface SheetFunction {
  /** Name after the namespace: LIKVARD.<name>. */
  name: string;
  /** Argument names in order (English, as in the formula tooltip in English Excel). */
  params: string[];
  /** How many leading arguments are required. */
  required: number;
  evaluate(args: Input[], lang: Lang): Grid;
}

export const SHEET_FUNCTIONS: SheetFunction[] = [
  {
    name: "SOCIOINDEX",
    params: ["factors", "weights", "pupils", "model"],
    required: 2,
    evaluate: (a) => socioindexCells(a[0], a[1], a[2], a[3]),
  },
  {
    name: "SOCIOFIT",
    params: ["factors", "outcome", "pupils", "model"],
    required: 2,
    evaluate: (a) => sociofitCells(a[0], a[1], a[2], a[3]),
  },
  {
    name: "ALLOCATE",
    params: ["pupils", "index", "pot", "method", "parameter", "floor", "cap", "unit"],
    required: 3,
    evaluate: (a) => allocateCells(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7]),
  },
  {
    name: "EQUITYGAP",
    params: ["index", "resource", "pupils", "method"],
    required: 2,
    evaluate: (a, lang) => equitygapCells(a[0], a[1], a[2], a[3], lang),
  },
];
