/**
 * What the pane's fit report shows before the weights are used: how many
 * schools the fit used (rows with every factor, the outcome and pupils) and
 * the pupil-weighted R² of the outcome against the fit's prediction.
 */
import { Grid } from "../sheet/cells";

/** `table` is SOCIOFIT's: the constant first, then one row per factor, the estimate in column 0. */
export /** Pupil-weighted R² of the outcome against the fit's prediction, and the schools used (complete rows). */
function fitQuality(
  table: number[][],
  factors: Grid,
  outcome: Grid,
  pupils: Grid,
  model: string,
): { schools: number; rSquared: number } {
  const rows: { x: number[]; y: number; w: number }[] = [];
  factors.forEach((row, i) => {
    const x = row.map((v) => (typeof v === "number" ? v : NaN));
    const y = outcome[i]?.[0];
    const w = pupils[i]?.[0];
    if (x.every(Number.isFinite) && typeof y === "number" && typeof w === "number") rows.push({ x, y, w });
  });
  const predict = (x: number[]) => {
    const eta = table[0][0] + x.reduce((a, v, j) => a + v * table[j + 1][0], 0);
    return model === "linear" ? eta : 1 / (1 + Math.exp(-eta));
  };
  const sw = rows.reduce((a, r) => a + r.w, 0);
  const mean = rows.reduce((a, r) => a + r.w * r.y, 0) / sw;
  const total = rows.reduce((a, r) => a + r.w * (r.y - mean) ** 2, 0);
  const residual = rows.reduce((a, r) => a + r.w * (r.y - predict(r.x)) ** 2, 0);
  return { schools: rows.length, rSquared: total > 0 ? 1 - residual / total : NaN };
}
