import { allocate } from "../allocate/allocate";
import { defaultParameter } from "../allocate/weights";
import { ALLOCATE } from "../functions/allocate";
import { argumentNames } from "../functions/descriptor";
import {
  ArgName,
  Grid,
  Input,
  Vector,
  isEmpty,
  isOmitted,
  numberIn,
  optionalChoice,
  optionalNumber,
  position,
  requiredNumber,
  toVector,
} from "./cells";
import { Rows, commonLength, keptRows, numbersAt, spill } from "./rows";

/** Argument names in messages, from the descriptor (src/model/functions/allocate.ts). */
export const ALLOCATE_ARGS = argumentNames(ALLOCATE);

/** A floor or cap: one number for every school, or a column with one per school (empty = none). */
type PerSchool = { single: number } | { vector: Vector };

function perSchoolInput(input: Input | undefined, arg: ArgName): PerSchool | undefined {
  if (isOmitted(input)) return undefined;
  const vector = toVector(input, arg);
  if (vector.cells.length === 1) return { single: numberIn(vector.cells[0], () => arg) };
  return { vector };
}

function perSchoolValues(value: PerSchool | undefined, rows: Rows): number | Float64Array | undefined {
  if (value === undefined) return undefined;
  if ("single" in value) return value.single;
  const out = new Float64Array(rows.kept.length);
  for (let k = 0; k < out.length; k++) {
    const i = rows.kept[k];
    const cell = value.vector.cells[i];
    out[k] = isEmpty(cell) ? NaN : numberIn(cell, () => position(value.vector, i));
  }
  return out;
}

/**
 * LIKVARD.ALLOCATE on cells: reads and checks the ranges, splits the pot
 * (src/model/allocate) and spills kronor per school the way `pupils` runs,
 * with empty cells at skipped blank rows.
 */
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
  const a = ALLOCATE_ARGS;
  const pupilsVector = toVector(pupils, a.pupils);
  const indexVector = toVector(index, a.index);
  const floorValue = perSchoolInput(floor, a.floor);
  const capValue = perSchoolInput(cap, a.cap);
  const columns = [pupilsVector, indexVector];
  for (const value of [floorValue, capValue]) if (value && "vector" in value) columns.push(value.vector);

  const rows = keptRows([pupilsVector, indexVector], commonLength(columns));
  const chosen = optionalChoice(method, a.method, ALLOCATE.args.method.words, ALLOCATE.args.method.default);
  const amounts = allocate({
    pupils: numbersAt(pupilsVector, rows),
    index: numbersAt(indexVector, rows),
    pot: requiredNumber(pot, a.pot),
    method: chosen,
    parameter: optionalNumber(parameter, a.parameter, defaultParameter(chosen)),
    floor: perSchoolValues(floorValue, rows),
    cap: perSchoolValues(capValue, rows),
    unit: optionalNumber(unit, a.unit, 1),
    where: (k, column) => {
      const perSchool = column === "floor" ? floorValue : column === "cap" ? capValue : undefined;
      if (perSchool && "single" in perSchool) return column === "floor" ? a.floor : a.cap;
      const vector = perSchool ? perSchool.vector : column === "index" ? indexVector : pupilsVector;
      return position(vector, rows.kept[k]);
    },
  });
  return spill(amounts, rows);
}
