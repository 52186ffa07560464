/**
 * The live preview of a model with components: the data ranges' cells the
 * one-pot preview reads (checked the same way), each component's columns,
 * and the totals from the model's code (componentPreview.ts).
 */
import { ComponentData } from "../../model/components/componentAmounts";
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

/** The components' data as numbers (the preview's and Målsök's), or why there is none, in the pane's language. */
export async function componentData(
  state: PaneState,
  cells: PreviewCells,
): Promise<{ data: ComponentData & { resource?: Float64Array } } | { message: string }> {
  const { settings, lang } = state;
  const components = settings.components ?? [];
  const problems = componentProblems(components);
  if (problems.length > 0) return { message: problems.join(" ") };
  const columns: Record<string, Float64Array[]> = {};
  for (const c of components) {
    const problem = columnsProblem(c, state.componentRanges[c.key], lang);
    if (problem) return { message: state.tx("componentColumnsProblem", { component: c.label, problem }) };
    columns[c.key] = await Promise.all(
      splitColumns(state.componentRanges[c.key] ?? "")
        .slice(0, dataColumns(c))
        .map(async (range) => numbers(await state.workbook.readRange(range))),
    );
  }
  const factors = settings.factors.map((_, j) =>
    Float64Array.from(cells.factors, (row) => (typeof row?.[j] === "number" ? row[j] : NaN)),
  );
  return {
    data: {
      pupils: numbers(cells.pupils),
      factors,
      lastYear: cells.lastYear && numbers(cells.lastYear),
      resource: cells.resource && numbers(cells.resource),
      columns,
    },
  };
}

export async function componentPreviewState(state: PaneState, cells: PreviewCells): Promise<PreviewState> {
  const read = await componentData(state, cells);
  if ("message" in read) return { kind: "error", message: read.message };
  const outcome = componentPreview(read.data, state.settings, state.settings.components ?? [], state.lang);
  return outcome.ok ? { kind: "ok", cells, preview: outcome.preview } : { kind: "error", message: outcome.message };
}
