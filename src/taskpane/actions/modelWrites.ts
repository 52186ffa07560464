/** The model sheet's cells and names, to write with whatever uses them (save, insert). */
import { MODEL_SHEET, modelSheetCells } from "../../model/pane/modelSheet";
import { ModelSettings } from "../../model/pane/modelSettings";
import { PaneLang } from "../i18n";
import { DefinedName, Write } from "../workbook/workbookPort";

/** `lang`: of the sheet's labels and explanations (its names are the same in every language). */
export function modelWrites(settings: ModelSettings, lang: PaneLang): { writes: Write[]; names: DefinedName[] } {
  const layout = modelSheetCells(settings, lang);
  const width = 4;
  const values = layout.cells.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? ""));
  // Clear rows a longer earlier model left below (a removed factor or component must not linger under the names).
  const clear = Array.from({ length: 40 }, () => Array.from({ length: width }, () => ""));
  return {
    writes: [{ sheet: MODEL_SHEET, topLeft: "A1", values: [...values, ...clear] }],
    names: layout.names.map((n) => ({ ...n, sheet: MODEL_SHEET })),
  };
}
