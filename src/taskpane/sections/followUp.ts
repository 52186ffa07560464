/**
 * "Följ upp": the outcome column to follow up, the resource columns (several,
 * added and removed here), each typed or taken from the selection, and the
 * model for the expected outcome; its action writes the sheet "Uppföljning".
 */
import { OutcomeModelChoice } from "../../model/followUp/outcomeModel";
import { ResourceDirection } from "../../model/followUp/resourceDirection";
import { PaneState } from "../state/paneState";
import { showError } from "../status";
import { h } from "../ui";
import { Section, foldable } from "./section";

/** A range field with its "Markering" button; `set` gets the trimmed text. */
function rangeInput(state: PaneState, id: string, label: string, value: string, set: (v: string) => void) {
  const input = h("input", { type: "text", id, value, spellcheck: "false" }) as HTMLInputElement;
  input.addEventListener("change", () => set(input.value.trim()));
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
  return { input, row: h("span", { class: "with-button" }, input, pick) };
}

const MODELS: { value: OutcomeModelChoice; label: "followUpAuto" | "followUpLinear" | "followUpQuasilogit" }[] = [
  { value: "auto", label: "followUpAuto" },
  { value: "linear", label: "followUpLinear" },
  { value: "quasilogit", label: "followUpQuasilogit" },
];

/** A resource's direction: from its header (""), or chosen. */
const DIRECTIONS: {
  value: ResourceDirection | "";
  label: "fuDirectionAuto" | "fuDirectionHigher" | "fuDirectionLower";
}[] = [
  { value: "", label: "fuDirectionAuto" },
  { value: "higher", label: "fuDirectionHigher" },
  { value: "lower", label: "fuDirectionLower" },
];

export const followUp: Section = {
  id: "followUp",
  render(state, actions) {
    const choice = state.followUp;
    // In Excel nothing is chosen yet: start from the data section's outcome and resource.
    if (!choice.outcome) choice.outcome = state.ranges.outcome;
    if (choice.resources.length === 0 && state.ranges.resource) choice.resources.push(state.ranges.resource);

    const outcome = rangeInput(state, "follow-up-outcome", state.tx("followUpOutcome"), choice.outcome, (v) => {
      choice.outcome = v;
    });
    const model = h(
      "select",
      { id: "follow-up-model" },
      ...MODELS.map((m) => h("option", { value: m.value }, state.tx(m.label))),
    ) as HTMLSelectElement;
    model.value = choice.model;
    model.addEventListener("change", () => (choice.model = model.value as OutcomeModelChoice));

    const list = h("div", { id: "follow-up-resources" });
    const drawResources = () => {
      list.replaceChildren(
        ...choice.resources.map((ref, i) => {
          const label = state.tx("followUpResource", { n: i + 1 });
          const field = rangeInput(state, `follow-up-resource-${i + 1}`, label, ref, (v) => {
            choice.resources[i] = v;
          });
          const remove = h(
            "button",
            { type: "button", class: "small", "aria-label": `${state.tx("followUpRemove")}: ${label}` },
            state.tx("followUpRemove"),
          );
          remove.addEventListener("click", () => {
            choice.resources.splice(i, 1);
            choice.directions?.splice(i, 1);
            drawResources();
          });
          field.row.append(remove);
          // Which way counts as more resource: pupils per teacher is more when lower.
          const directions = (choice.directions ??= []);
          const direction = h(
            "select",
            { id: `follow-up-direction-${i + 1}`, "aria-label": `${state.tx("fuDirection")}: ${label}` },
            ...DIRECTIONS.map((d) => h("option", { value: d.value }, state.tx(d.label))),
          ) as HTMLSelectElement;
          direction.value = directions[i] ?? "";
          direction.addEventListener("change", () => {
            directions[i] = (direction.value || undefined) as ResourceDirection | undefined;
          });
          return h(
            "div",
            { class: "field" },
            h("label", { class: "field" }, h("span", {}, label), field.row),
            direction,
          );
        }),
      );
    };
    drawResources();
    const add = h("button", { type: "button", id: "follow-up-add", class: "small" }, state.tx("followUpAddResource"));
    add.addEventListener("click", () => {
      choice.resources.push("");
      drawResources();
      document.getElementById(`follow-up-resource-${choice.resources.length}`)?.focus();
    });

    return foldable(
      state,
      "followUp",
      h("p", { class: "note" }, state.tx("followUpHint")),
      h("label", { class: "field" }, h("span", {}, state.tx("followUpOutcome")), outcome.row),
      h("label", { class: "field" }, h("span", {}, state.tx("followUpModel")), model),
      h("fieldset", { class: "component" }, h("legend", {}, state.tx("followUpResources")), list, add),
      h("div", { class: "buttons" }, ...actions),
    );
  },
};
