/**
 * "Hämta": the chosen scenario, as the sheet holds it now, becomes the pane's
 * model (unsaved: the workbook's formulas follow when it is saved); the
 * factors keep their names from the factor range, the weights are the
 * scenario's, by position.
 */
import { chosenScenario } from "../state/scenarioReads";
import { status } from "../status";
import { Action } from "./runAction";

export const loadScenario: Action = {
  id: "scenario-load",
  label: "scenarioLoad",
  place: "scenarios",
  async run(state) {
    // A one-pot scenario would change the weights and limits under the components, not the model it was.
    if (state.settings.components?.length) return status(state.tx("scenarioComponents"), "error");
    const scenario = await chosenScenario(state);
    if (!scenario) return status(state.tx("scenarioChoose"), "error");
    const { factors, ...rest } = scenario.settings;
    const model = state.settings.factors.length;
    if (factors.length !== model)
      return status(state.tx("scenarioFactors", { stored: factors.length, model }), "error");
    state.settings = {
      ...state.settings,
      ...rest,
      factors: state.settings.factors.map((f, j) => ({ name: f.name, weight: factors[j].weight })),
    };
    // Every field now shows a number from the scenario: none is left wrong.
    state.invalid.clear();
    state.changed("factors");
    state.announce("model");
    status(state.tx("scenarioLoaded", { name: scenario.name }));
  },
};
