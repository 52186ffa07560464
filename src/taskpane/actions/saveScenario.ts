/**
 * "Spara som scenario": the pane's model as a named scenario on the sheet
 * "Likvärd scenarier" (its own column and names); a scenario of the same name
 * is replaced only after asking. Likvärd's own sheet: the other scenarios'
 * columns are never written. A model with components stores them as a block
 * of its column (scenarioSheet.ts); the sheet holds one set of components, so
 * a model whose components differ from the stored ones' is refused.
 */
import {
  SCENARIO_SHEET,
  componentBlockKeys,
  modelBlockKeys,
  readScenarios,
  scenarioColumn,
  scenarioFactors,
  scenarioWrites,
} from "../../model/scenarios/scenarioSheet";
import { cellName, quoteSheet } from "../../model/sheet/addresses";
import { readStoredScenarios } from "../state/scenarioReads";
import { status } from "../status";
import { confirmOverwrite } from "./overwriteDialog";
import { Action, fieldsOk } from "./runAction";

export const saveScenario: Action = {
  id: "scenario-save",
  label: "scenarioSave",
  place: "scenarios",
  async run(state) {
    if (!fieldsOk(state)) return;
    const name = state.scenarioName.trim();
    if (!name) return status(state.tx("scenarioNeedName"), "error");
    // Written as a cell value: Excel would take "=…" as a formula and lose the name.
    if (/^[=+@]/.test(name)) return status(state.tx("scenarioNameFormula"), "error");
    const values = (await state.workbook.readSheet(SCENARIO_SHEET)) ?? [];
    const stored = readScenarios(values);
    const factors = scenarioFactors(values).length;
    const model = state.settings.factors.length;
    if (stored.length > 0 && factors !== model)
      return status(state.tx("scenarioFactors", { stored: factors, model }), "error");
    const { column, exists } = scenarioColumn(stored, name);
    const others = stored.filter((s) => s.column !== column && s.settings.components?.length);
    const parts = state.settings.components ?? [];
    if (parts.length > 0 && others.length > 0) {
      const [had, has] = [componentBlockKeys(values).map((b) => b.key), modelBlockKeys(parts, state.lang)];
      if (had.join() !== has.join()) {
        const list = (keys: string[]) => keys.filter((k) => k.endsWith("_TYP")).map((k) => k.slice(0, -4));
        const [a, b] = [list(had).join(", "), list(has).join(", ")];
        const [shownA, shownB] = a === b ? [had.join(", "), has.join(", ")] : [a, b];
        return status(state.tx("scenarioComponentsShape", { stored: shownA, model: shownB }), "error");
      }
    }
    if (exists && !(await confirmOverwrite(state, [`${quoteSheet(SCENARIO_SHEET)}!${cellName(2, column)}`]))) {
      return status(state.tx("cancelled"));
    }
    const { writes, names } = scenarioWrites(state.settings, name, column, state.lang, {
      height: values.length,
      keepBlock: others.length > 0,
    });
    await state.workbook.write(writes, names);
    state.scenarioChoice = name;
    await readStoredScenarios(state);
    status(state.tx("scenarioSaved", { name }));
  },
};
