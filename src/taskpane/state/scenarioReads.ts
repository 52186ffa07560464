/** The scenarios stored on the sheet "Likvärd scenarier", read into the pane's state (values the user typed there count). */
import { SCENARIO_SHEET, readScenarios, scenarioFactors } from "../../model/scenarios/scenarioSheet";
import { PaneState } from "./paneState";

/** Reads the scenarios anew and announces "scenarios"; returns the factors' names the sheet lists. */
export async function readStoredScenarios(state: PaneState): Promise<string[]> {
  const values = (await state.workbook.readSheet(SCENARIO_SHEET)) ?? [];
  state.scenarios = readScenarios(values);
  if (!state.scenarios.some((s) => s.name === state.scenarioChoice))
    state.scenarioChoice = state.scenarios[0]?.name ?? "";
  state.announce("scenarios");
  return scenarioFactors(values);
}

/** The chosen scenario, read fresh from the workbook; undefined (with nothing chosen) when there is none. */
export async function chosenScenario(state: PaneState) {
  await readStoredScenarios(state);
  return state.scenarios.find((s) => s.name === state.scenarioChoice);
}
