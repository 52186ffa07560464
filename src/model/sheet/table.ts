/**
 * A table argument (n schools × k factor columns) as k vectors, one per
 * column, so the shared row rules apply and messages name both the column
 * and the row ("faktorer kolumn 2, rad 3").
 */
import { ArgName, Grid, Input, Vector, isEmpty } from "./cells";

export function tableColumns(input: Input, arg: ArgName): Vector[] {
  const grid: Grid = Array.isArray(input) ? input : [[input]];
  let cols = 0;
  for (const row of grid) cols = Math.max(cols, Array.isArray(row) ? row.length : 0);
  // Trailing empty columns of a selection are not factors.
  while (cols > 0 && grid.every((row) => !Array.isArray(row) || isEmpty(row[cols - 1]))) cols--;
  const columns: Vector[] = [];
  for (let j = 0; j < cols; j++) {
    columns.push({
      arg: { sv: `${arg.sv} kolumn ${j + 1}`, en: `${arg.en} column ${j + 1}` },
      cells: grid.map((row) => (Array.isArray(row) ? row[j] : undefined)),
      orientation: "column",
    });
  }
  return columns;
}
