/**
 * "Data": the ranges the formulas read (pupils, factors, last year, resource,
 * outcome), typed or taken from the selection. A new factor range rebinds
 * the factors to its columns.
 */
import { LabelKey } from "../i18n";
import { PaneState, Ranges } from "../state/paneState";
import { bindFactors } from "../state/workbookReads";
import { showError } from "../status";
import { h } from "../ui";
import { Section, foldable } from "./section";

function rangeField(state: PaneState, key: keyof Ranges, label: LabelKey) {
  const input = h("input", {
    type: "text",
    id: `range-${key}`,
    value: state.ranges[key],
    spellcheck: "false",
  }) as HTMLInputElement;
  input.addEventListener("change", () => {
    state.ranges[key] = input.value.trim();
    if (key === "factors") {
      bindFactors(state).then(
        () => state.changed("factors"),
        (error) => showError(error, state.lang),
      );
    } else state.announce("ranges");
  });
  // A range set elsewhere (the example with components sets last year's) shows here.
  state.subscribe((change) => {
    if (change === "ranges" && document.activeElement !== input) input.value = state.ranges[key];
  });
  const pick = h("button", { type: "button", class: "small" }, state.tx("useSelection")) as HTMLButtonElement;
  pick.addEventListener("click", () => {
    state.workbook.selection().then(
      (address) => {
        input.value = address;
        input.dispatchEvent(new Event("change"));
      },
      (error) => showError(error, state.lang),
    );
  });
  return h(
    "label",
    { class: "field" },
    h("span", {}, state.tx(label)),
    h("span", { class: "with-button" }, input, pick),
  );
}

export const dataRanges: Section = {
  id: "data",
  render(state) {
    return foldable(
      state,
      "data",
      rangeField(state, "pupils", "pupils"),
      rangeField(state, "factors", "factorRange"),
      rangeField(state, "lastYear", "lastYear"),
      rangeField(state, "resource", "resource"),
      rangeField(state, "outcome", "outcome"),
    );
  },
};
