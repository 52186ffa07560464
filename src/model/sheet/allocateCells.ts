import { AllocationRequest, allocate } from "../allocate/allocate";
import { AllocationDetail, allocationDetail } from "../allocate/allocationDetail";
import { defaultParameter } from "../allocate/weights";
import { Lang } from "../errors";
import { ALLOCATE } from "../functions/allocate";
import { argumentNames } from "../functions/descriptor";
import {
  ArgName,
  Cell,
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
import { Rows, commonLength, keptRows, readNumbersAt, spill } from "./rows";

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
  if (value.vector.numbers) return readNumbersAt(value.vector, rows);
  const out = new Float64Array(rows.kept.length);
  for (let k = 0; k < out.length; k++) {
    const i = rows.kept[k];
    const cell = value.vector.cells[i];
    out[k] = isEmpty(cell) ? NaN : numberIn(cell, () => position(value.vector, i));
  }
  return out;
}

/** The limit's word in the sheet, in the language Excel runs in. */
const LIMIT_WORDS = { floor: { sv: "golv", en: "floor" }, cap: { sv: "tak", en: "cap" } } as const;

/**
 * The "detail" output spilled the way `pupils` runs: five cells per school
 * (amount, kr per pupil, plain split, binding limit, share of the pot), a
 * value without meaning as an empty cell, and five empty cells at a skipped row.
 */
function spillDetail(detail: AllocationDetail, rows: Rows, lang: Lang): Grid {
  const value = (x: number): Cell => (Number.isNaN(x) ? "" : x);
  const perRow: Cell[][] = Array.from({ length: rows.length }, () => ["", "", "", "", ""]);
  rows.kept.forEach((i, k) => {
    const limit = detail.limit[k];
    perRow[i] = [
      detail.amount[k],
      value(detail.perPupil[k]),
      value(detail.plain[k]),
      limit ? LIMIT_WORDS[limit][lang] : "",
      value(detail.share[k]),
    ];
  });
  if (rows.orientation === "column") return perRow;
  return [0, 1, 2, 3, 4].map((c) => perRow.map((cells) => cells[c]));
}

/**
 * LIKVARD.ALLOCATE on cells: reads and checks the ranges, splits the pot
 * (src/model/allocate) and spills kronor per school the way `pupils` runs,
 * with empty cells at skipped blank rows; with output "detail", five columns
 * per school (src/model/allocate/allocationDetail.ts), limits named in `lang`.
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
  output?: Input,
  lang: Lang = "sv",
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
  const request: AllocationRequest = {
    // The model only reads these columns: no copies.
    pupils: readNumbersAt(pupilsVector, rows),
    index: readNumbersAt(indexVector, rows),
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
  };
  const shown = optionalChoice(output, a.output, ALLOCATE.args.output.words, ALLOCATE.args.output.default);
  if (shown === "detail") return spillDetail(allocationDetail(request), rows, lang);
  return spill(allocate(request), rows);
}
