/**
 * The pane's fit ("Skatta vikter från utfall"): SOCIOFIT with missing
 * "utelämna" and stats TRUE, so rows with a gap are left out as R's na.omit
 * does, and the report's schools, rows left out and R² are SOCIOFIT's own
 * stats rows (src/model/socio/fitStatistics.ts) — not a second computation.
 */
import { sociofitCells } from "../sheet/sociofitCells";
import { Grid } from "../sheet/cells";

export interface FitReport {
  /** SOCIOFIT's coefficient table: the constant first, then one row per factor (estimate, SE, statistic, p). */
  table: number[][];
  schools: number;
  leftOut: number;
  /** NaN when it has no value (the outcome does not vary). */
  rSquared: number;
  /** "Skattat på 11 skolor, 1 rad utelämnad (saknade värden), R² = 0,21" (or in English). */
  text: string;
}

const number = (cell: unknown) => (typeof cell === "number" ? cell : NaN);

export function fitReport(factors: Grid, outcome: Grid, pupils: Grid, model: string, lang: "sv" | "en"): FitReport {
  const sv = lang === "sv";
  const cells = sociofitCells(factors, outcome, pupils, model, sv ? "utelämna" : "skip", true);
  const k = cells.length - 3; // the coefficient rows; then the three stats rows
  const table = cells.slice(0, k) as number[][];
  const [counts, , fit] = cells.slice(k);
  const schools = number(counts[0]);
  const leftOut = number(counts[2]);
  const rSquared = number(fit[0]);
  const r2 = Number.isFinite(rSquared)
    ? new Intl.NumberFormat(sv ? "sv-SE" : "en-GB", { maximumFractionDigits: 2, minimumFractionDigits: 2 }).format(
        rSquared,
      )
    : "–";
  const text = sv
    ? `Skattat på ${schools} ${schools === 1 ? "skola" : "skolor"}, ${leftOut} ${
        leftOut === 1 ? "rad utelämnad" : "rader utelämnade"
      } (saknade värden), R² = ${r2}`
    : `Fitted on ${schools} ${schools === 1 ? "school" : "schools"}, ${leftOut} ${
        leftOut === 1 ? "row" : "rows"
      } left out (missing values), R² = ${r2}`;
  return { table, schools, leftOut, rSquared, text };
}
