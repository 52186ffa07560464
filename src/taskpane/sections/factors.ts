/**
 * "Faktorer och vikter": a template, one weight per column of the factor
 * range (named by the header above it), the index model and its constant, the
 * fit model with the fit action's button, and the fit report under it.
 */
import { PRESETS } from "../../model/example/presets";
import { columnName, parseArea, splitSheetRef } from "../../model/sheet/addresses";
import { PaneLang } from "../i18n";
import { PaneState } from "../state/paneState";
import { h, numberField } from "../ui";
import { fitReportElement } from "./fitReport";
import { Section, foldable } from "./section";

/** The factor table's rows, one per column of the factor range. */
function factorRows(state: PaneState): HTMLElement[] {
  const { settings, lang } = state;
  const area = parseArea(splitSheetRef(state.ranges.factors).ref);
  return settings.factors.map((f, i) => {
    const label = `${state.tx("weight")} ${i + 1}`;
    // Named by the header above the column when there is one (change the name there); else editable here.
    const name = state.factorHeaders
      ? h("span", { id: `factor-${i + 1}` }, f.name)
      : (h("input", {
          type: "text",
          value: f.name,
          "aria-label": `${state.tx("factor")} ${i + 1}`,
          id: `factor-${i + 1}`,
        }) as HTMLInputElement);
    if (name instanceof HTMLInputElement) {
      name.addEventListener("input", () => {
        settings.factors[i].name = name.value;
        state.markDirty(true);
      });
    }
    const weight = numberField({
      label,
      id: `weight-${i + 1}`,
      value: f.weight,
      lang,
      digits: 4,
      onChange: (x) => {
        if (x === undefined) state.invalid.set(label, "");
        else {
          state.invalid.delete(label);
          settings.factors[i].weight = x;
        }
        state.changed();
      },
    });
    if (!Number.isFinite(f.weight)) weight.message.textContent = state.tx("enterNumber");
    const col = area ? columnName(area.left + i) : "";
    return h("tr", {}, h("td", { class: "col" }, col), h("td", {}, name), h("td", {}, weight.input, weight.message));
  });
}

/**
 * The index model and its constant beside the weights: a fit's weights come
 * with both ("Använd vikterna" sets logit and the fitted constant), and the
 * same weights under another model give other amounts, so they show here.
 */
function scoreModelFields(state: PaneState): HTMLElement {
  const { settings } = state;
  const tx = state.tx.bind(state);
  // Drawn anew from the settings (a fit applied or undone, a template): the constant shown is a number.
  state.invalid.delete(tx("constant"));
  const model = h(
    "select",
    { id: "score-model", "aria-label": tx("describeIndexModel") },
    ...(["linear", "logit"] as const).map((m) =>
      h("option", { value: m }, tx(m === "linear" ? "linearModel" : "logitModel")),
    ),
  ) as HTMLSelectElement;
  model.value = settings.scoreModel;
  model.addEventListener("change", () => {
    settings.scoreModel = model.value === "logit" ? "logit" : "linear";
    state.changed();
  });
  const constant = numberField({
    label: tx("constant"),
    id: "intercept",
    value: settings.intercept,
    lang: state.lang,
    digits: 4,
    onChange: (x) => {
      if (x === undefined) state.invalid.set(tx("constant"), "");
      else {
        state.invalid.delete(tx("constant"));
        settings.intercept = x;
      }
      state.changed();
    },
  });
  return h(
    "div",
    { class: "score-model", id: "score-model-fields" },
    h("label", { class: "field" }, h("span", {}, tx("describeIndexModel")), model),
    h("label", { class: "field" }, h("span", {}, tx("constant")), constant.input, constant.message),
    h("p", { class: "note", id: "score-model-hint" }, tx("scoreModelHint")),
  );
}

/** The fit models for the list, their values the words SOCIOFIT takes, their labels in the pane's language. */
export function fitModelOptions(lang: PaneLang): { value: string; label: string }[] {
  const labels = lang === "sv" ? ["kvasilogit", "logit", "linjär"] : ["quasilogit", "logit", "linear"];
  return ["quasilogit", "logit", "linear"].map((value, i) => ({ value, label: labels[i] }));
}

export const factors: Section = {
  id: "factors",
  render(state, actions) {
    const tx = state.tx.bind(state);
    const presets = h(
      "select",
      { id: "preset", "aria-label": tx("presets") },
      h("option", { value: "" }, tx("choosePreset")),
      ...PRESETS.map((p) => h("option", { value: p.id }, p.label[state.lang])),
    ) as HTMLSelectElement;
    presets.addEventListener("change", () => {
      const preset = PRESETS.find((p) => p.id === presets.value);
      if (!preset) return;
      const { settings } = state;
      // A preset gives weights to the factor columns in order; the names stay the columns' headers.
      settings.factors = settings.factors.map((f, j) => ({ ...f, weight: preset.factors[j]?.weight ?? f.weight }));
      settings.factors.forEach((_, j) => preset.factors[j] && state.invalid.delete(`${tx("weight")} ${j + 1}`));
      settings.intercept = 0;
      settings.scoreModel = "linear";
      state.changed("factors");
    });
    const rows = h("tbody", { id: "factor-rows" }, ...factorRows(state));
    const model = h("div", {}, scoreModelFields(state));
    state.subscribe((change) => {
      if (change !== "factors") return;
      rows.replaceChildren(...factorRows(state));
      model.replaceChildren(scoreModelFields(state));
    });
    const fitModel = h(
      "select",
      { id: "fit-model", "aria-label": tx("fitModel") },
      ...fitModelOptions(state.lang).map((m) => h("option", { value: m.value }, m.label)),
    ) as HTMLSelectElement;
    fitModel.value = state.fitModel;
    fitModel.addEventListener("change", () => (state.fitModel = fitModel.value));
    return foldable(
      state,
      "factors",
      h("label", { class: "field" }, h("span", {}, tx("presets")), presets),
      h("p", { class: "note" }, tx("widenHint")),
      h(
        "table",
        { class: "factors" },
        h("thead", {}, h("tr", {}, h("th", {}, tx("column")), h("th", {}, tx("factor")), h("th", {}, tx("weight")))),
        rows,
      ),
      model,
      h("div", { class: "fit-row" }, fitModel, ...actions),
      fitReportElement(state),
    );
  },
};
