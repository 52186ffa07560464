/**
 * "Målsök" with the pane's model: findParameter (src/model/allocate) over the
 * schools the preview counted, with the floors and caps the sheet's limit
 * columns give them (or the model's fixed ones), the model's pot and rounding.
 * The proportional method has no parameter: it is the power method with
 * exponent 1, so the search runs on "power" and applying it switches method.
 */
import { ParameterSearchResult, findParameter } from "../allocate/findParameter";
import { RatioMeasure } from "../allocate/kronorPerPupilRatio";
import { ModelSettings } from "../pane/modelSettings";
import { Preview, PreviewCells } from "../pane/preview";
import { Cell } from "../sheet/cells";

export type TargetSearchResult = ParameterSearchResult & { method: "power" | "threshold" };

const numberOf = (cell: Cell | undefined): number => (typeof cell === "number" && Number.isFinite(cell) ? cell : NaN);

export function targetSearch(
  cells: PreviewCells,
  preview: Preview,
  settings: ModelSettings,
  measure: RatioMeasure,
  target: number,
): TargetSearchResult {
  const method = settings.method === "threshold" ? "threshold" : "power";
  // The schools the formulas count: those with an index and an amount (blank rows are skipped).
  const kept = Array.from(preview.index.keys()).filter(
    (i) => Number.isFinite(preview.index[i]) && Number.isFinite(preview.amounts[i]),
  );
  const column = (values: (Cell | undefined)[]) => Float64Array.from(kept, (i) => numberOf(values[i]));
  const limit = (perSchool: Cell[], fixed: number) =>
    cells.lastYear ? column(perSchool) : Number.isFinite(fixed) ? fixed : undefined;
  const result = findParameter({
    pupils: column(cells.pupils.map((row) => row?.[0])),
    index: Float64Array.from(kept, (i) => preview.index[i]),
    pot: settings.pot,
    floor: limit(preview.floors, settings.floor),
    cap: limit(preview.caps, settings.cap),
    unit: settings.unit,
    method,
    measure,
    target,
  });
  return { ...result, method };
}
