/**
 * "Målsök": the measure (the quarter ratio or max/min of kr per pupil) and
 * the target; after "Sök parameter" (actions/searchTarget.ts) the answer, and
 * a button that puts the parameter found into the model. The answer is
 * dropped when the model changes, since it was for the model before. With
 * components the parameter is the need-based pot's, for the schools' totals.
 */
import { RatioMeasure } from "../../model/allocate/kronorPerPupilRatio";
import { formatNumberInput } from "../../model/pane/numberInput";
import { status } from "../status";
import { h, numberField } from "../ui";
import { Section, foldable } from "./section";

export const targetSearchSection: Section = {
  id: "search",
  render(state, actions) {
    const tx = state.tx.bind(state);
    const measure = h(
      "select",
      { id: "search-measure" },
      h("option", { value: "quarters" }, tx("searchQuarters")),
      h("option", { value: "maxMin" }, tx("searchMaxMin")),
    ) as HTMLSelectElement;
    measure.value = state.search.measure;
    const target = numberField({
      label: tx("searchTarget"),
      id: "search-target",
      value: state.search.target,
      lang: state.lang,
      onChange: (x) => (state.search.target = x ?? NaN),
    });
    const result = h("p", { id: "search-result" });
    const apply = h("button", { type: "button", id: "search-apply" }, tx("searchApply")) as HTMLButtonElement;
    const answer = h("div", { class: "search-answer" }, result, apply);
    const drop = () => {
      if (!state.search.result) return;
      state.search.result = undefined;
      state.announce("search");
    };
    measure.addEventListener("change", () => {
      state.search.measure = measure.value as RatioMeasure;
      drop();
    });
    apply.addEventListener("click", () => {
      const found = state.search.result;
      if (!found || found.status === "failed") return;
      // With components the search was of the need-based pot: it takes the parameter (its section redraws).
      const pot = state.settings.components?.find((c) => c.kind === "needPot");
      if (pot && pot.kind === "needPot") {
        pot.method = found.method;
        pot.parameter = found.parameter;
        state.changed("components");
      } else {
        state.settings.method = found.method;
        state.settings.parameter = found.parameter;
        state.invalid.delete(tx("parameter"));
        state.changed();
      }
      status(tx("searchApplied", { method: found.method, parameter: formatNumberInput(found.parameter, state.lang) }));
    });
    const show = () => {
      const found = state.search.result;
      answer.hidden = !found;
      if (!found) return;
      const pot = state.settings.components?.find((c) => c.kind === "needPot");
      const method = pot && pot.kind === "needPot" ? pot.method : state.settings.method;
      const note = method === "proportional" ? ` ${tx("searchProportional")}` : "";
      result.textContent = found.message[state.lang] + note;
      result.className = found.status === "failed" ? "error" : "";
      apply.hidden = found.status === "failed";
    };
    state.subscribe((change) => {
      if (change === "search") show();
      else if (change === "model" || change === "factors" || change === "ranges" || change === "components") drop();
    });
    show();
    return foldable(
      state,
      "search",
      h("p", { class: "note" }, tx("searchHint")),
      h("label", { class: "field" }, h("span", {}, tx("searchMeasure")), measure),
      h("label", { class: "field" }, h("span", {}, tx("searchTarget")), target.input, target.message),
      h("div", { class: "buttons" }, ...actions),
      answer,
    );
  },
};
