import { valueError } from "../errors";
import { isMissing, numberIn, position, Vector } from "./cells";
import { Rows } from "./rows";

/**
 * Factor columns at the kept rows with each missing share (empty, or a marker
 * such as "..") replaced by that factor's weighted mean over the schools that
 * have it — weights the pupils, or 1 each — as SCB gives small units the
 * average. A factor missing at every school is an error naming it.
 */
export function fillWithMeans(columns: Vector[], rows: Rows, w: Float64Array): Float64Array[] {
  return columns.map((column) => {
    const n = rows.kept.length;
    const x = new Float64Array(n);
    const given: boolean[] = new Array<boolean>(n);
    let sum = 0;
    let total = 0;
    let count = 0;
    let plain = 0;
    for (let k = 0; k < n; k++) {
      const i = rows.kept[k];
      const cell = column.cells[i];
      given[k] = !isMissing(cell);
      if (!given[k]) continue;
      x[k] = numberIn(cell, () => position(column, i));
      sum += w[k] * x[k];
      total += w[k];
      plain += x[k];
      count++;
    }
    if (count === 0) {
      throw valueError({
        sv: `${column.arg.sv}: värde saknas på alla skolor, så inget medelvärde kan sättas in.`,
        en: `${column.arg.en}: the value is missing at every school, so there is no mean to fill in.`,
      });
    }
    // Schools with pupils all 0: the unweighted mean.
    const mean = total > 0 ? sum / total : plain / count;
    for (let k = 0; k < n; k++) if (!given[k]) x[k] = mean;
    return x;
  });
}
