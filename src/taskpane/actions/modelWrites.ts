/** The model sheet's cells and names, to write with whatever uses them (save, insert). */
import { DataRanges, isDataRangeName } from "../../model/pane/dataRangeSheet";
import { MODEL_SHEET, modelSheetCells } from "../../model/pane/modelSheet";
import { ModelSettings } from "../../model/pane/modelSettings";
import { splitSheetRef } from "../../model/sheet/addresses";
import { PaneLang } from "../i18n";
import { PaneState } from "../state/paneState";
import { DefinedName, WorkbookPort, Write } from "../workbook/workbookPort";

/** The data ranges the pane holds, as the model sheet stores them. */
export const paneRanges = (state: PaneState): DataRanges => ({
  ...state.ranges,
  components: Object.fromEntries(
    (state.settings.components ?? []).map((c) => [c.key, state.componentRanges[c.key] ?? ""]),
  ),
  followUp: { outcome: state.followUp.outcome, resources: [...state.followUp.resources] },
});

/**
 * `lang`: of the sheet's labels and explanations (its names are the same in every language); `ranges`: the data
 * ranges to store with the model (without them the sheet has no such block).
 */
export function modelWrites(
  settings: ModelSettings,
  lang: PaneLang,
  ranges?: DataRanges,
): { writes: Write[]; names: DefinedName[] } {
  const layout = modelSheetCells(settings, lang, ranges);
  const width = 4;
  const values = layout.cells.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? ""));
  // Clear rows a longer earlier model left below (a removed factor or component must not linger under the names).
  const clear = Array.from({ length: 40 }, () => Array.from({ length: width }, () => ""));
  return {
    writes: [{ sheet: MODEL_SHEET, topLeft: "A1", values: [...values, ...clear] }],
    names: layout.names.map((n) => ({ ...n, sheet: n.sheet ?? MODEL_SHEET })),
  };
}

/**
 * Likvärd's names the new model no longer defines: those of a renamed or removed component, a range no longer
 * picked. Only names that start with LIKVARD_ and belong to the model (they point at the model sheet, or are a
 * data range's): a user's own names, and the scenarios' (on their own sheet), are never touched.
 */
export async function staleNames(workbook: WorkbookPort, names: DefinedName[]): Promise<string[]> {
  const kept = new Set(names.map((n) => n.name));
  return (await workbook.definedNames())
    .filter(({ name }) => name.startsWith("LIKVARD_") && !kept.has(name))
    .filter(({ name, refersTo }) => isDataRangeName(name) || splitSheetRef(refersTo).sheet === MODEL_SHEET)
    .map(({ name }) => name);
}
