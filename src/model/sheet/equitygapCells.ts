import { Lang } from "../errors";
import { Grid, Input } from "./cells";

/** LIKVARD.EQUITYGAP on cells; `lang` picks the labels of the summary table. (Stub.) */
export function equitygapCells(index: Input, resource: Input, pupils?: Input, method?: Input, lang: Lang = "sv"): Grid {
  void [index, resource, pupils, method, lang];
  throw new Error("not implemented");
}
