/**
 * "Ta bort": empties the chosen scenario's column on "Likvärd scenarier", after asking, and deletes its names
 * (LIKVARD_SCENARIO<column>_…) in the same batch: left behind they would point at empty cells.
 */
import { SCENARIO_SHEET, scenarioClear, scenarioName } from "../../model/scenarios/scenarioSheet";
import { cellName, quoteSheet } from "../../model/sheet/addresses";
import { chosenScenario, readStoredScenarios } from "../state/scenarioReads";
import { status } from "../status";
import { confirmOverwrite } from "./overwriteDialog";
import { Action } from "./runAction";

export const deleteScenario: Action = {
  id: "scenario-delete",
  label: "scenarioDelete",
  place: "scenarios",
  async run(state) {
    const scenario = await chosenScenario(state);
    if (!scenario) return status(state.tx("scenarioChoose"), "error");
    // Down to the sheet's last row: a scenario with components has its block under the weights.
    const height = ((await state.workbook.readSheet(SCENARIO_SHEET)) ?? []).length;
    const clear = scenarioClear(scenario.column, scenario.settings.factors.length, height);
    const last = cellName(2 + (clear.values?.length ?? 1) - 1, scenario.column);
    const cells = `${quoteSheet(SCENARIO_SHEET)}!${clear.topLeft}:${last}`;
    const question = {
      title: state.tx("scenarioDeleteTitle", { name: scenario.name }),
      text: state.tx("scenarioDeleteText", { cells }),
      button: state.tx("scenarioDelete"),
    };
    if (!(await confirmOverwrite(state, [cells], { question }))) return status(state.tx("cancelled"));
    const prefix = scenarioName(scenario.column, "");
    const names = (await state.workbook.definedNames()).map((n) => n.name).filter((n) => n.startsWith(prefix));
    await state.workbook.write([clear], [], [], [], names);
    await readStoredScenarios(state);
    status(state.tx("scenarioDeleted", { name: scenario.name }));
  },
};
