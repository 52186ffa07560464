/**
 * The fit that SOCIOFIT and EXPECTED share: factors, outcome, pupils, model
 * and missing read from cells, rows lined up, and the model fitted once, by
 * fitLinear or fitLogit. Each function names its own arguments in messages.
 */
import { Text, valueError } from "../errors";
import { formatDecimal } from "../format/kronor";
import { FIT_MODEL_ARGUMENT, FitModel } from "../functions/sociofit";
import { MISSING_NAMES } from "../functions/missing";
import { FitResult } from "../socio/fitResult";
import { fitLinear } from "../socio/fitLinear";
import { fitLogit } from "../socio/fitLogit";
import { ArgName, Input, isOmitted, optionalChoice, position, toVector } from "./cells";
import { Rows, commonLength, keptRows, numbersAt, pupilWeights } from "./rows";
import { tableColumns } from "./table";

/** The names of the fit's arguments, as each function's descriptor gives them. */
export interface FitArgNames {
  factors: ArgName;
  outcome: ArgName;
  pupils: ArgName;
  model: ArgName;
  missing: ArgName;
}

export interface FitInput {
  rows: Rows;
  model: FitModel;
  /** Outcome and weights (pupils, or 1 each) at the rows used. */
  y: Float64Array;
  w: Float64Array;
  fit: FitResult;
}

/** Names factor column j in messages. */
export const factorColumn =
  (arg: ArgName) =>
  (j: number): Text => ({ sv: `${arg.sv}, kolumn ${j + 1}`, en: `${arg.en}, column ${j + 1}` });

export function fitInput(
  names: FitArgNames,
  factors: Input,
  outcome: Input,
  pupils?: Input,
  model?: Input,
  missing?: Input,
): FitInput {
  const columns = tableColumns(factors, names.factors);
  if (columns.length === 0) {
    throw valueError({
      sv: `${names.factors.sv} är tomt: ange minst en faktorkolumn.`,
      en: `${names.factors.en} is empty: give at least one factor column.`,
    });
  }
  const outcomeVector = toVector(outcome, names.outcome);
  const pupilsVector = isOmitted(pupils) ? undefined : toVector(pupils, names.pupils);
  const rule = optionalChoice(missing, names.missing, MISSING_NAMES, "error");
  const keys = [...columns, outcomeVector, ...(pupilsVector ? [pupilsVector] : [])];
  const rows = keptRows(keys, commonLength(keys), { rule, option: names.missing });
  const chosen = optionalChoice(model, names.model, FIT_MODEL_ARGUMENT.words, FIT_MODEL_ARGUMENT.default);

  const x = columns.map((c) => numbersAt(c, rows));
  const y = numbersAt(outcomeVector, rows);
  const w = pupilWeights(pupilsVector, rows);
  if (chosen !== "linear") checkShares(y, rows.kept, (i) => position(outcomeVector, i));

  const column = factorColumn(names.factors);
  const fit =
    chosen === "linear" ? fitLinear(x, y, w, column) : fitLogit(x, y, w, { quasi: chosen === "quasilogit", column });
  return { rows, model: chosen, y, w, fit };
}

/** Logit outcomes are shares in [0, 1]; percentages get a message that says so. */
function checkShares(y: Float64Array, kept: Int32Array, where: (i: number) => Text): void {
  let bad = -1;
  let percentLike = true;
  for (let k = 0; k < y.length; k++) {
    if (y[k] < 0 || y[k] > 1) {
      if (bad < 0) bad = k;
      if (y[k] < 0 || y[k] > 100) percentLike = false;
    }
  }
  if (bad < 0) return;
  const w = where(kept[bad]);
  throw valueError(
    percentLike
      ? {
          sv: `${w.sv}: utfallet ${formatDecimal(y[bad], "sv")} ligger utanför 0–1. Det ser ut som procent – dela med 100 (en logitmodell kräver andelar).`,
          en: `${w.en}: the outcome ${formatDecimal(y[bad], "en")} is outside 0–1. It looks like percentages — divide by 100 (a logit model needs shares).`,
        }
      : {
          sv: `${w.sv}: utfallet ${formatDecimal(y[bad], "sv")} ligger utanför 0–1; en logitmodell kräver andelar.`,
          en: `${w.en}: the outcome ${formatDecimal(y[bad], "en")} is outside 0–1; a logit model needs shares.`,
        },
  );
}
