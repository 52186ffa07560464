/**
 * "Hämta": the chosen scenario, as the sheet holds it now, becomes the pane's
 * model (unsaved: the workbook's formulas follow when it is saved); the
 * factors keep their names from the factor range, the weights are the
 * scenario's, by position. A scenario with components brings them; a
 * one-pot scenario is refused while the model has components (loading it
 * would drop them).
 */
import { chosenScenario } from "../state/scenarioReads";
import { status } from "../status";
import { Action } from "./runAction";

export const loadScenario: Action = {
  id: "scenario-load",
  label: "scenarioLoad",
  place: "scenarios",
  async run(state) {
    const scenario = await chosenScenario(state);
    if (!scenario) return status(state.tx("scenarioChoose"), "error");
    if (state.settings.components?.length && !scenario.settings.components?.length)
      return status(state.tx("scenarioComponents", { name: scenario.name }), "error");
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
    if (rest.components) state.changed("components");
    state.announce("model");
    status(state.tx("scenarioLoaded", { name: scenario.name }));
  },
};
