import { Grid, Input } from "./cells";

/** LIKVARD.SOCIOINDEX on cells. (Stub: filled in by the SOCIOINDEX issue.) */
export function socioindexCells(factors: Input, weights: Input, pupils?: Input, model?: Input): Grid {
  void [factors, weights, pupils, model];
  throw new Error("not implemented");
}
