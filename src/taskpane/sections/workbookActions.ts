/**
 * "Arbetsboken": the actions that write to the workbook — the primary one
 * (save) first, then the target cell the results go to, then the others.
 */
import { h } from "../ui";
import { Section, section } from "./section";

export const workbookActions: Section = {
  id: "workbook",
  render(state, actions) {
    const target = h("input", {
      type: "text",
      id: "target",
      value: state.target,
      spellcheck: "false",
    }) as HTMLInputElement;
    target.addEventListener("input", () => (state.target = target.value));
    target.addEventListener("change", () => (state.target = target.value));
    const primary = actions.filter((b) => b.classList.contains("primary"));
    const others = actions.filter((b) => !b.classList.contains("primary"));
    return section(
      state,
      "actions",
      ...primary,
      h("label", { class: "field" }, h("span", {}, state.tx("target")), target),
      h("div", { class: "buttons" }, ...others),
    );
  },
};
