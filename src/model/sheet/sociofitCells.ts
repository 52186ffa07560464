import { numError } from "../errors";
import { argumentNames } from "../functions/descriptor";
import { SOCIOFIT } from "../functions/sociofit";
import { fitStatistics } from "../socio/fitStatistics";
import { Cell, ErrorCell, Grid, Input, optionalLogical } from "./cells";
import { fitInput } from "./fitInput";

export { factorColumn } from "./fitInput";

/** Argument names in messages, from the descriptor (src/model/functions/sociofit.ts). */
export const SOCIOFIT_ARGS = argumentNames(SOCIOFIT);

/**
 * LIKVARD.SOCIOFIT on cells: a (k + 1) × 4 table, intercept first — estimate,
 * standard error, statistic (z or t), two-sided p-value — as R's summary();
 * with `stats` TRUE, three rows of fit statistics under it (fitStatistics).
 */
export function sociofitCells(
  factors: Input,
  outcome: Input,
  pupils?: Input,
  model?: Input,
  missing?: Input,
  stats?: Input,
): Grid {
  const a = SOCIOFIT_ARGS;
  const withStats = optionalLogical(stats, a.stats);
  const { fit, model: chosen, y, w, rows } = fitInput(a, factors, outcome, pupils, model, missing);
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
  if (!withStats) return table;
  const s = fitStatistics(fit, chosen, y, w, rows.leftOut);
  table.push(
    [s.schools, s.pupils, s.leftOut, s.dfResidual].map(finite),
    [s.deviance, s.nullDeviance, s.dispersion, s.aic === undefined ? "" : s.aic].map(finite),
    [s.rSquared, s.statistic, s.df, s.p].map(finite),
  );
  return table;
}

/** A statistic's cell: the number, or — where it has no value (a null deviance of 0) — #NUM! saying so. */
function finite(value: number | string): Cell {
  if (typeof value === "string" || Number.isFinite(value)) return value;
  return ErrorCell.from(
    numError({
      sv: "Måttet saknar värde: utfallet varierar inte mellan skolorna.",
      en: "The measure has no value: the outcome does not vary between the schools.",
    }),
  );
}
