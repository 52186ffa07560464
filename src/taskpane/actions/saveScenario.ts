/**
 * "Spara som scenario": the pane's model as a named scenario on the sheet
 * "Likvärd scenarier" (its own column and names); a scenario of the same name
 * is replaced only after asking. Likvärd's own sheet: the other scenarios'
 * columns are never written.
 */
import {
  SCENARIO_SHEET,
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
    // A scenario holds one pot's settings: it would not be the model with components the user runs.
    if (state.settings.components?.length) return status(state.tx("scenarioComponents"), "error");
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
    if (exists && !(await confirmOverwrite(state, [`${quoteSheet(SCENARIO_SHEET)}!${cellName(2, column)}`]))) {
      return status(state.tx("cancelled"));
    }
    const { writes, names } = scenarioWrites(state.settings, name, column, state.lang);
    await state.workbook.write(writes, names);
    state.scenarioChoice = name;
    await readStoredScenarios(state);
    status(state.tx("scenarioSaved", { name }));
  },
};
