/**
 * "Scenarier": save the pane's model as a named scenario, load or delete a
 * stored one, and compare them all on a sheet. The list is read from the
 * workbook when the pane starts and after every change to it.
 */
import { readStoredScenarios } from "../state/scenarioReads";
import { showError } from "../status";
import { h } from "../ui";
import { Section, foldable } from "./section";

export const scenarios: Section = {
  id: "scenarios",
  render(state, actions) {
    const button = (id: string) => actions.find((b) => b.id === id) ?? "";
    const name = h("input", {
      type: "text",
      id: "scenario-name",
      value: state.scenarioName,
      autocomplete: "off",
    }) as HTMLInputElement;
    name.addEventListener("input", () => (state.scenarioName = name.value));
    const list = h("select", { id: "scenario-list" }) as HTMLSelectElement;
    list.addEventListener("change", () => (state.scenarioChoice = list.value));
    const none = h("p", { class: "note", id: "scenario-none" }, state.tx("scenarioNone"));
    const stored = h(
      "div",
      {},
      h("label", { class: "field" }, h("span", {}, state.tx("scenarioList")), list),
      h("div", { class: "buttons" }, button("scenario-load"), button("scenario-delete"), button("compare")),
    );
    const show = () => {
      list.replaceChildren(...state.scenarios.map((s) => h("option", { value: s.name }, s.name)));
      list.value = state.scenarioChoice;
      none.hidden = state.scenarios.length > 0;
      stored.hidden = state.scenarios.length === 0;
    };
    state.subscribe((change) => change === "scenarios" && show());
    show();
    // The list as the workbook holds it; a failure to read it shows in the status line.
    readStoredScenarios(state).catch((error) => showError(error, state.lang));
    return foldable(
      state,
      "scenarios",
      h("label", { class: "field" }, h("span", {}, state.tx("scenarioName")), name),
      h("div", { class: "buttons" }, button("scenario-save")),
      none,
      stored,
    );
  },
};
