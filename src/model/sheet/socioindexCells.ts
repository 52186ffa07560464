import { valueError } from "../errors";
import { argumentNames } from "../functions/descriptor";
import { FIT_COLUMNS, FIT_STATS_ROWS } from "../functions/sociofit";
import { SOCIOINDEX } from "../functions/socioindex";
import { socioIndex } from "../socio/socioIndex";
import {
  ArgName,
  Grid,
  Input,
  Vector,
  isOmitted,
  numberIn,
  optionalChoice,
  position,
  toVector,
  usedLength,
} from "./cells";
import { fillWithMeans } from "./fillWithMeans";
import { commonLength, keptRows, numbersAt, spill, pupilWeights } from "./rows";
import { tableColumns } from "./table";

/** Argument names in messages, from the descriptor (src/model/functions/socioindex.ts). */
export const SOCIOINDEX_ARGS = argumentNames(SOCIOINDEX);

/**
 * The weights as numbers: k (no intercept), k + 1 (intercept first), or the
 * (k + 1) × 4 table SOCIOFIT returns (k + 4 rows with its stats), whose
 * first column's first k + 1 numbers are used.
 */
function readWeights(input: Input, k: number, arg: ArgName): { intercept: number; weights: Float64Array } {
  let vector: Vector;
  if (Array.isArray(input) && input.length > 1 && input.some((row) => Array.isArray(row) && row.length > 1)) {
    const first = tableColumns(input, arg);
    // SOCIOFIT's table, with or without its stats rows under the coefficients.
    if (first.length !== FIT_COLUMNS || (input.length !== k + 1 && input.length !== k + 1 + FIT_STATS_ROWS)) {
      throw valueError({
        sv: `${arg.sv} ska vara en rad eller kolumn med ${k} eller ${k + 1} tal, eller hela tabellen från SOCIOFIT (${k + 1} × 4, med statistik ${k + 4} × 4), men är ${input.length} × ${first.length}.`,
        en: `${arg.en} must be a row or column of ${k} or ${k + 1} numbers, or the whole table SOCIOFIT returns (${k + 1} × 4, with stats ${k + 4} × 4), but is ${input.length} × ${first.length}.`,
      });
    }
    vector = { ...first[0], arg, cells: first[0].cells.slice(0, k + 1) };
  } else {
    vector = toVector(input, arg);
  }
  const length = usedLength(vector);
  if (length !== k && length !== k + 1) {
    throw valueError({
      sv: `${arg.sv} har ${length} tal men faktorerna har ${k} kolumner: ange ${k} vikter, eller ${k + 1} med interceptet först.`,
      en: `${arg.en} has ${length} numbers but the factors have ${k} columns: give ${k} weights, or ${k + 1} with the intercept first.`,
    });
  }
  const values = vector.cells.slice(0, length).map((cell, i) => numberIn(cell, () => position(vector, i)));
  return length === k
    ? { intercept: 0, weights: Float64Array.from(values) }
    : { intercept: values[0], weights: Float64Array.from(values.slice(1)) };
}

/**
 * LIKVARD.SOCIOINDEX on cells: each school's need index, pupil-weighted mean
 * 100, spilled as a column with empty cells at skipped blank rows. `missing`:
 * "error" (default) refuses an incomplete row; "skip" gives it an empty cell
 * and normalises over the others; "mean" fills a missing factor share with
 * that factor's mean (fillWithMeans).
 */
export function socioindexCells(factors: Input, weights: Input, pupils?: Input, model?: Input, missing?: Input): Grid {
  const a = SOCIOINDEX_ARGS;
  const columns = tableColumns(factors, a.factors);
  if (columns.length === 0) {
    throw valueError({
      sv: "faktorer är tomt: ange minst en faktorkolumn.",
      en: "factors is empty: give at least one factor column.",
    });
  }
  const { intercept, weights: b } = readWeights(weights, columns.length, a.weights);
  const pupilsVector = isOmitted(pupils) ? undefined : toVector(pupils, a.pupils);
  const keys = pupilsVector ? [...columns, pupilsVector] : columns;
  const rule = optionalChoice(missing, a.missing, SOCIOINDEX.args.missing.words, SOCIOINDEX.args.missing.default);
  const rows = keptRows(keys, commonLength(keys), {
    rule: rule === "mean" ? "keep" : rule,
    option: a.missing,
  });
  const chosen = optionalChoice(model, a.model, SOCIOINDEX.args.model.words, SOCIOINDEX.args.model.default);
  // With "mean" too, a missing pupil count is an error naming the row.
  const w = pupilWeights(pupilsVector, rows);
  const x = rule === "mean" ? fillWithMeans(columns, rows, w) : columns.map((c) => numbersAt(c, rows));
  const index = socioIndex(x, b, intercept, w, chosen);
  // A single school column spills as a column even when it is one row long.
  return spill(index, { ...rows, orientation: "column" });
}
