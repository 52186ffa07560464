/**
 * "Fördelning": the pot, the method with a hint for its parameter, floor and
 * cap per pupil, the limits against last year and the rounding unit.
 */
import { ModelSettings } from "../../model/pane/modelSettings";
import { CheckedSetting, settingProblem } from "../../model/pane/settingChecks";
import { methodLabel, parameterHint } from "../i18n";
import { h } from "../ui";
import { Section, foldable, settingField } from "./section";

export const allocation: Section = {
  id: "allocation",
  render(state) {
    const { settings, lang } = state;
    const methods: ModelSettings["method"][] = ["proportional", "threshold", "power"];
    const method = h(
      "select",
      { id: "method" },
      ...methods.map((m) => h("option", { value: m }, methodLabel(m, lang))),
    ) as HTMLSelectElement;
    method.value = settings.method;
    const hint = h("span", { class: "note", id: "parameter-hint" }, parameterHint(settings.method, lang));
    method.addEventListener("change", () => {
      state.settings.method = method.value as ModelSettings["method"];
      hint.textContent = parameterHint(state.settings.method, lang);
      state.changed();
    });
    // A scenario loaded or Målsök applied changes the method from outside this field: it follows.
    state.subscribe((change) => {
      if (change !== "model" || method.value === state.settings.method) return;
      method.value = state.settings.method;
      hint.textContent = parameterHint(state.settings.method, lang);
    });
    // The fields set state.settings as it is when they change (never a copy taken when drawn).
    const s = () => state.settings;
    const check = (key: CheckedSetting) => (x: number) => settingProblem(key, x, s(), lang);
    return foldable(
      state,
      "allocation",
      settingField(state, "pot", "pot", settings.pot, (x) => (s().pot = x), { get: () => s().pot }),
      h("label", { class: "field" }, h("span", {}, state.tx("method")), method),
      settingField(state, "parameter", "parameter", settings.parameter, (x) => (s().parameter = x), {
        hint,
        get: () => s().parameter,
      }),
      settingField(state, "floor", "floor", settings.floor, (x) => (s().floor = x), {
        empty: NaN,
        get: () => s().floor,
        check: check("floor"),
      }),
      settingField(state, "cap", "cap", settings.cap, (x) => (s().cap = x), {
        empty: NaN,
        get: () => s().cap,
        check: check("cap"),
      }),
      settingField(state, "maxDecrease", "max-decrease", settings.maxDecrease, (x) => (s().maxDecrease = x), {
        get: () => s().maxDecrease,
        check: check("maxDecrease"),
        scale: 100,
        empty: NaN,
        unit: "%",
      }),
      settingField(state, "maxIncrease", "max-increase", settings.maxIncrease, (x) => (s().maxIncrease = x), {
        get: () => s().maxIncrease,
        check: check("maxIncrease"),
        scale: 100,
        empty: NaN,
        unit: "%",
      }),
      settingField(state, "unit", "unit", settings.unit, (x) => (s().unit = x), {
        empty: 1,
        get: () => s().unit,
        check: check("unit"),
      }),
    );
  },
};
