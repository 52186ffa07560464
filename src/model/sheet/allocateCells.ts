import { Grid, Input } from "./cells";

/** LIKVARD.ALLOCATE on cells: see README "ALLOCATE". (Stub: filled in by the ALLOCATE issue.) */
export function allocateCells(
  pupils: Input,
  index: Input,
  pot: Input,
  method?: Input,
  parameter?: Input,
  floor?: Input,
  cap?: Input,
  unit?: Input,
): Grid {
  void [pupils, index, pot, method, parameter, floor, cap, unit];
  throw new Error("not implemented");
}
