import { Grid, Input } from "./cells";

/** LIKVARD.SOCIOFIT on cells. (Stub: filled in by the SOCIOFIT issue.) */
export function sociofitCells(factors: Input, outcome: Input, pupils?: Input, model?: Input): Grid {
  void [factors, outcome, pupils, model];
  throw new Error("not implemented");
}
