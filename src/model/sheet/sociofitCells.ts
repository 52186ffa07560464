import { numError, valueError } from "../errors";
import { argumentNames } from "../functions/descriptor";
import { SOCIOFIT } from "../functions/sociofit";
import { ColumnName, FitResult } from "../socio/fitResult";
import { fitLinear } from "../socio/fitLinear";
import { fitLogit } from "../socio/fitLogit";
import { ArgName, Grid, Input, isOmitted, optionalChoice, position, toVector } from "./cells";
import { commonLength, keptRows, numbersAt, requireEach } from "./rows";
import { tableColumns } from "./table";

/** Argument names in messages, from the descriptor (src/model/functions/sociofit.ts). */
export const SOCIOFIT_ARGS = argumentNames(SOCIOFIT);

/** Names factor column j in messages. */
export const factorColumn =
  (arg: ArgName): ColumnName =>
  (j) => ({ sv: `${arg.sv}, kolumn ${j + 1}`, en: `${arg.en}, column ${j + 1}` });

/**
 * LIKVARD.SOCIOFIT on cells: a (k + 1) × 4 table, intercept first — estimate,
 * standard error, statistic (z or t), two-sided p-value — as R's summary().
 */
export function sociofitCells(factors: Input, outcome: Input, pupils?: Input, model?: Input): Grid {
  const a = SOCIOFIT_ARGS;
  const columns = tableColumns(factors, a.factors);
  if (columns.length === 0) {
    throw valueError({
      sv: "faktorer är tomt: ange minst en faktorkolumn.",
      en: "factors is empty: give at least one factor column.",
    });
  }
  const outcomeVector = toVector(outcome, a.outcome);
  const pupilsVector = isOmitted(pupils) ? undefined : toVector(pupils, a.pupils);
  const keys = [...columns, outcomeVector, ...(pupilsVector ? [pupilsVector] : [])];
  const rows = keptRows(keys, commonLength(keys));
  const chosen = optionalChoice(model, a.model, SOCIOFIT.args.model.words, SOCIOFIT.args.model.default);

  const x = columns.map((c) => numbersAt(c, rows));
  const y = numbersAt(outcomeVector, rows);
  let w: Float64Array;
  if (pupilsVector) {
    w = numbersAt(pupilsVector, rows);
    requireEach(
      w,
      pupilsVector,
      rows,
      (p) => p >= 0,
      (p) => ({ sv: `negativt elevantal (${p}).`, en: `a negative pupil count (${p}).` }),
    );
  } else {
    w = new Float64Array(y.length).fill(1);
  }
  if (chosen !== "linear") checkShares(y, rows.kept, (i) => position(outcomeVector, i));

  const column = factorColumn(a.factors);
  const fit: FitResult =
    chosen === "linear" ? fitLinear(x, y, w, column) : fitLogit(x, y, w, { quasi: chosen === "quasilogit", column });
  const table: Grid = [];
  for (let j = 0; j < fit.coef.length; j++) {
    const row = [fit.coef[j], fit.se[j], fit.statistic[j], fit.p[j]];
    if (!row.every(Number.isFinite)) {
      throw numError({
        sv: "Modellen passar data exakt (residualerna är 0), så medelfel och test saknar värde.",
        en: "The model fits the data exactly (zero residuals), so standard errors and tests have no value.",
      });
    }
    table.push(row);
  }
  return table;
}

/** Logit outcomes are shares in [0, 1]; percentages get a message that says so. */
function checkShares(y: Float64Array, kept: Int32Array, where: (i: number) => { sv: string; en: string }): void {
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
          sv: `${w.sv}: utfallet ${y[bad]} ligger utanför 0–1. Det ser ut som procent – dela med 100 (en logitmodell kräver andelar).`,
          en: `${w.en}: the outcome ${y[bad]} is outside 0–1. It looks like percentages — divide by 100 (a logit model needs shares).`,
        }
      : {
          sv: `${w.sv}: utfallet ${y[bad]} ligger utanför 0–1; en logitmodell kräver andelar.`,
          en: `${w.en}: the outcome ${y[bad]} is outside 0–1; a logit model needs shares.`,
        },
  );
}
