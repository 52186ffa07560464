import { Lang, LikvardError } from "../errors";
import { equityGap, equitySummary } from "../equity/equityGap";
import { argumentNames } from "../functions/descriptor";
import { EQUITYGAP, SUMMARY_ROWS } from "../functions/equitygap";
import { Cell, ErrorCell, Grid, Input, isOmitted, optionalChoice, toVector } from "./cells";
import { commonLength, keptRows, numbersAt, pupilWeights } from "./rows";

/** Argument names in messages, from the descriptor (src/model/functions/equitygap.ts). */
export const EQUITYGAP_ARGS = argumentNames(EQUITYGAP);

/**
 * LIKVARD.EQUITYGAP on cells: one measure as a single cell, or with method
 * "summary" a labelled two-column table in the user's language, where a
 * measure that has no value shows its error in its own row. `missing`
 * "skip" computes on the complete rows; the summary counts those left out.
 */
export function equitygapCells(
  index: Input,
  resource: Input,
  pupils?: Input,
  method?: Input,
  missing?: Input,
  lang: Lang = "sv",
): Grid {
  const a = EQUITYGAP_ARGS;
  const indexVector = toVector(index, a.index);
  const resourceVector = toVector(resource, a.resource);
  const pupilsVector = isOmitted(pupils) ? undefined : toVector(pupils, a.pupils);
  const keys = pupilsVector ? [indexVector, resourceVector, pupilsVector] : [indexVector, resourceVector];
  const rule = optionalChoice(missing, a.missing, EQUITYGAP.args.missing.words, EQUITYGAP.args.missing.default);
  const rows = keptRows(keys, commonLength(keys), { rule, option: a.missing });
  const chosen = optionalChoice(method, a.method, EQUITYGAP.args.method.words, EQUITYGAP.args.method.default);

  const x = numbersAt(indexVector, rows);
  const y = numbersAt(resourceVector, rows);
  const w = pupilWeights(pupilsVector, rows);

  if (chosen !== "summary") return [[equityGap(x, y, w, chosen)]];
  const summary = { ...equitySummary(x, y, w), leftOut: rows.leftOut };
  return SUMMARY_ROWS.map(({ key, label }) => {
    const value = summary[key];
    const cell: Cell = value instanceof LikvardError ? ErrorCell.from(value) : value;
    return [label[lang], cell];
  });
}
