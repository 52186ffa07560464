import { div0Error, numError } from "../errors";
import { argumentNames } from "../functions/descriptor";
import { EXPECTED, EXPECTED_COLUMNS } from "../functions/expected";
import { standardizedResiduals } from "../socio/standardizedResiduals";
import { Cell, ErrorCell, Grid, Input } from "./cells";
import { fitInput } from "./fitInput";
import { spillRows } from "./rows";

/** Argument names in messages, from the descriptor (src/model/functions/expected.ts). */
export const EXPECTED_ARGS = argumentNames(EXPECTED);

const LEVERAGE_ONE = div0Error({
  sv: "Skolan har hävstång 1 (den ensam bestämmer en koefficient), så den standardiserade residualen saknar värde.",
  en: "The school has leverage 1 (it alone determines a coefficient), so its standardized residual has no value.",
});

const EXACT_FIT = div0Error({
  sv: "Modellen passar data exakt (residualerna är 0), så standardiserade residualer saknar värde.",
  en: "The model fits the data exactly (zero residuals), so standardized residuals have no value.",
});

const TOO_EXTREME = numError({
  sv: "Förväntade värden går inte att räkna ut med så extrema tal: kontrollera faktorerna, utfallet och elevantalen.",
  en: "Expected values cannot be computed from such extreme numbers: check the factors, the outcome and the pupil counts.",
});

/**
 * LIKVARD.EXPECTED on cells: the fit SOCIOFIT makes (sheet/fitInput.ts), and
 * per school the expected value (R's fitted()), the residual y − expected and
 * the standardized residual (R's rstandard()), three columns; empty cells at
 * blank rows and rows left out, and for the standardized residual of a
 * school with no pupils (R leaves it out of rstandard()).
 */
export function expectedCells(factors: Input, outcome: Input, pupils?: Input, model?: Input, missing?: Input): Grid {
  const { fit, model: chosen, y, w, rows } = fitInput(EXPECTED_ARGS, factors, outcome, pupils, model, missing);
  const standardized = standardizedResiduals(fit, chosen, y, w);
  const perSchool: Cell[][] = Array.from(y, (yi, k) => {
    const residual = yi - fit.fitted[k];
    if (!Number.isFinite(fit.fitted[k]) || !Number.isFinite(residual)) throw TOO_EXTREME;
    // A school with no pupils has no weight in the fit, and R's rstandard() none for it.
    if (w[k] === 0) return [fit.fitted[k], residual, ""];
    if (Number.isFinite(standardized[k])) return [fit.fitted[k], residual, standardized[k]];
    return [fit.fitted[k], residual, ErrorCell.from(fit.dispersion > 0 ? LEVERAGE_ONE : EXACT_FIT)];
  });
  return spillRows(perSchool, rows, EXPECTED_COLUMNS);
}
