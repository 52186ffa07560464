/**
 * The live preview of a model with components: the data ranges' cells the
 * one-pot preview reads (checked the same way), each component's columns,
 * and the totals from the model's code (componentPreview.ts).
 */
import { dataColumns } from "../../model/components/componentFormulas";
import { componentProblems } from "../../model/components/components";
import { componentPreview } from "../../model/pane/componentPreview";
import { PreviewCells } from "../../model/pane/preview";
import { Grid } from "../../model/sheet/cells";
import { columnsProblem, splitColumns } from "../actions/componentWrites";
import { PaneState, PreviewState } from "./paneState";

/** A column's numbers (NaN where a cell holds no number), as the amounts' formulas count them. */
const numbers = (grid: Grid | unknown[][]) =>
  Float64Array.from(grid, (row) => (typeof row?.[0] === "number" ? row[0] : NaN));

export async function componentPreviewState(state: PaneState, cells: PreviewCells): Promise<PreviewState> {
  const { settings, lang } = state;
  const components = settings.components ?? [];
  const problems = componentProblems(components);
  if (problems.length > 0) return { kind: "error", message: problems.join(" ") };
  const columns: Record<string, Float64Array[]> = {};
  for (const c of components) {
    const problem = columnsProblem(c, state.componentRanges[c.key], lang);
    if (problem)
      return { kind: "error", message: state.tx("componentColumnsProblem", { component: c.label, problem }) };
    columns[c.key] = await Promise.all(
      splitColumns(state.componentRanges[c.key] ?? "")
        .slice(0, dataColumns(c))
        .map(async (range) => numbers(await state.workbook.readRange(range))),
    );
  }
  const factors = settings.factors.map((_, j) =>
    Float64Array.from(cells.factors, (row) => (typeof row?.[j] === "number" ? row[j] : NaN)),
  );
  const outcome = componentPreview(
    {
      pupils: numbers(cells.pupils),
      factors,
      lastYear: cells.lastYear && numbers(cells.lastYear),
      resource: cells.resource && numbers(cells.resource),
      columns,
    },
    settings,
    components,
    lang,
  );
  return outcome.ok ? { kind: "ok", cells, preview: outcome.preview } : { kind: "error", message: outcome.message };
}
