/**
 * "Komponenter" (issue 20): the model as a sum of components — per pupil by
 * stage (a range of stage columns), a need-based pot (today's model), per
 * counted pupil (a count column), a lump sum per school with an optional
 * taper — added, renamed and removed here; the guarantee on the school's
 * total (floor, cap, limits against last year); in the preview page an
 * example with one of each. A line under them shows the totals the inserted
 * formulas will give (the live preview's, state/componentReads.ts).
 */
import { Component, ComponentKind, SCHOOL_STAGES, componentKey } from "../../model/components/components";
import { ModelSettings } from "../../model/pane/modelSettings";
import { Preview } from "../../model/pane/preview";
import { columnsProblem } from "../actions/componentWrites";
import { formatNumber } from "../format";
import { LabelKey, methodLabel, parameterHint } from "../i18n";
import { PaneState } from "../state/paneState";
import { showError, status } from "../status";
import { h, numberField } from "../ui";
import { Section, foldable, settingField } from "./section";

const KINDS: { kind: ComponentKind; label: LabelKey; name: LabelKey }[] = [
  { kind: "perStage", label: "kindPerStage", name: "newPerStage" },
  { kind: "needPot", label: "kindNeedPot", name: "newNeedPot" },
  { kind: "counted", label: "kindCounted", name: "newCounted" },
  { kind: "lumpSum", label: "kindLumpSum", name: "newLumpSum" },
];

/** A new component of `kind`, named so that its key is free. */
function newComponent(state: PaneState, kind: ComponentKind): Component {
  const base = state.tx(KINDS.find((k) => k.kind === kind)?.name ?? "newPerStage");
  const taken = new Set((state.settings.components ?? []).map((c) => c.key));
  let label = base;
  for (let i = 2; taken.has(componentKey(label)); i++) label = `${base} ${i}`;
  const key = componentKey(label);
  switch (kind) {
    case "perStage":
      return { kind, key, label, stages: SCHOOL_STAGES.map((s) => ({ ...s, amount: 0 })) };
    case "needPot":
      return { kind, key, label, pot: 0, method: "proportional", parameter: 1, unit: 1 };
    case "counted":
      return { kind, key, label, basis: "pot", amount: 0, unit: 1 };
    case "lumpSum":
      return { kind, key, label, amount: 0, taperFrom: NaN, taperTo: NaN };
  }
}

/** What is wrong with a component's name, or undefined: its key must be A–Z first and differ from the others'. */
function nameProblem(state: PaneState, c: Component): string | undefined {
  if (!/^[A-Z][A-Z0-9_]*$/.test(c.key)) return state.tx("componentNameLetters");
  const same = (state.settings.components ?? []).filter((o) => o.key === c.key);
  return same.length > 1 ? state.tx("componentNameTaken", { key: c.key }) : undefined;
}

/** The fields of one component; `own` collects the invalid-field keys the section set. */
function componentFields(state: PaneState, c: Component, i: number, own: Set<string>): HTMLElement {
  const { lang } = state;
  const id = (part: string) => `component-${i + 1}-${part}`;
  const invalidKey = (label: string) => `${c.label}: ${label}`;
  const setInvalid = (key: string, bad: boolean) => {
    if (bad) {
      state.invalid.set(key, "");
      own.add(key);
    } else state.invalid.delete(key);
  };
  /** A number field of this component: its message under it, a hole in state.invalid while it is not a number. */
  const num = (
    label: string,
    part: string,
    value: number,
    set: (x: number) => void,
    empty?: number,
    hint?: HTMLElement,
  ) => {
    const key = invalidKey(label);
    const field = numberField({
      label: key,
      id: id(part),
      value,
      lang,
      empty,
      onChange: (x) => {
        setInvalid(key, x === undefined);
        if (x !== undefined) set(x);
        state.changed();
      },
    });
    return h("label", { class: "field" }, h("span", {}, label), field.input, ...(hint ? [hint] : []), field.message);
  };
  /** The data columns' range, typed or taken from the selection; a message when it does not fit. */
  const columns = (label: LabelKey) => {
    const text = state.tx(label);
    const input = h("input", {
      type: "text",
      id: id("columns"),
      value: state.componentRanges[c.key] ?? "",
      spellcheck: "false",
      "aria-label": invalidKey(text),
      "aria-describedby": id("columns-error"),
    }) as HTMLInputElement;
    const message = h("span", { class: "field-error", id: id("columns-error"), "aria-live": "polite" });
    const check = () => {
      const problem = columnsProblem(c, state.componentRanges[c.key], lang);
      message.textContent = problem ?? "";
      input.classList.toggle("invalid", problem !== undefined && input.value.trim() !== "");
    };
    input.addEventListener("change", () => {
      state.componentRanges[c.key] = input.value.trim();
      check();
      state.announce("ranges");
    });
    const pick = h("button", { type: "button", class: "small" }, state.tx("useSelection")) as HTMLButtonElement;
    pick.addEventListener("click", () => {
      state.workbook.selection().then(
        (address) => {
          input.value = address;
          input.dispatchEvent(new Event("change"));
        },
        (error) => showError(error, lang),
      );
    });
    check();
    return h(
      "label",
      { class: "field" },
      h("span", {}, text),
      h("span", { class: "with-button" }, input, pick),
      message,
    );
  };

  // The name: renaming changes the key of the component's names (LIKVARD_<KEY>_…); its columns follow.
  const nameText = state.tx("componentName");
  const nameInput = h("input", {
    type: "text",
    id: id("name"),
    value: c.label,
    "aria-label": `${nameText} ${i + 1}`,
    "aria-describedby": id("name-error"),
  }) as HTMLInputElement;
  const nameMessage = h("span", { class: "field-error", id: id("name-error"), "aria-live": "polite" });
  const showName = () => {
    const problem = nameProblem(state, c);
    nameMessage.textContent = problem ?? "";
    nameInput.classList.toggle("invalid", problem !== undefined);
    setInvalid(`${nameText} ${i + 1}`, problem !== undefined);
  };
  nameInput.addEventListener("change", () => {
    const label = nameInput.value.trim();
    const key = componentKey(label);
    if (key !== c.key && state.componentRanges[c.key] !== undefined) {
      state.componentRanges[key] = state.componentRanges[c.key];
      delete state.componentRanges[c.key];
    }
    c.label = label;
    c.key = key;
    state.changed("components");
  });
  showName();
  const remove = h(
    "button",
    { type: "button", class: "small", id: id("remove"), "aria-label": state.tx("removeNamed", { name: c.label }) },
    state.tx("removeComponent"),
  );
  remove.addEventListener("click", () => {
    const list = state.settings.components ?? [];
    list.splice(list.indexOf(c), 1);
    delete state.componentRanges[c.key];
    state.changed("components");
  });
  const kind = KINDS.find((k) => k.kind === c.kind)?.label ?? "kindPerStage";

  const fields: HTMLElement[] = [];
  switch (c.kind) {
    case "perStage":
      fields.push(columns("stageColumns"));
      c.stages.forEach((s, j) =>
        fields.push(
          num(state.tx("stageAmount", { stage: s.label }), `stage-${j + 1}`, s.amount, (x) => (s.amount = x)),
        ),
      );
      break;
    case "needPot": {
      const methods: ModelSettings["method"][] = ["proportional", "threshold", "power"];
      const method = h(
        "select",
        { id: id("method"), "aria-label": invalidKey(state.tx("method")) },
        ...methods.map((m) => h("option", { value: m }, methodLabel(m, lang))),
      ) as HTMLSelectElement;
      method.value = c.method;
      const hint = h("span", { class: "note" }, parameterHint(c.method, lang));
      method.addEventListener("change", () => {
        c.method = method.value as ModelSettings["method"];
        hint.textContent = parameterHint(c.method, lang);
        state.changed();
      });
      fields.push(
        num(state.tx("pot"), "pot", c.pot, (x) => (c.pot = x)),
        h("label", { class: "field" }, h("span", {}, state.tx("method")), method),
        num(state.tx("parameter"), "parameter", c.parameter, (x) => (c.parameter = x), undefined, hint),
        num(state.tx("unit"), "unit", c.unit, (x) => (c.unit = x), 1),
      );
      break;
    }
    case "counted": {
      const basis = h(
        "select",
        { id: id("basis"), "aria-label": invalidKey(state.tx("countedBasis")) },
        h("option", { value: "pot" }, state.tx("basisPot")),
        h("option", { value: "rate" }, state.tx("basisRate")),
      ) as HTMLSelectElement;
      basis.value = c.basis;
      basis.addEventListener("change", () => {
        c.basis = basis.value === "rate" ? "rate" : "pot";
        state.changed("components");
      });
      fields.push(
        columns("countColumn"),
        h("label", { class: "field" }, h("span", {}, state.tx("countedBasis")), basis),
        num(state.tx(c.basis === "pot" ? "pot" : "ratePerCounted"), "amount", c.amount, (x) => (c.amount = x)),
        ...(c.basis === "pot" ? [num(state.tx("unit"), "unit", c.unit, (x) => (c.unit = x), 1)] : []),
      );
      break;
    }
    case "lumpSum": {
      // N₂ before N₁ is a message under N₂ and a hole in the model until either is corrected.
      const n2Key = invalidKey(state.tx("taperTo"));
      const order = () => {
        const input = n2.querySelector("input") as HTMLInputElement;
        const message = n2.querySelector(".field-error") as HTMLElement;
        // While N₂ is not a number its own message stands.
        if (input.getAttribute("aria-invalid") === "true") return;
        const from = Number.isFinite(c.taperFrom) ? c.taperFrom : 0;
        const bad = Number.isFinite(c.taperTo) && c.taperTo < from;
        input.classList.toggle("invalid", bad);
        message.textContent = bad ? state.tx("taperOrder", { n1: from }) : "";
        setInvalid(n2Key, bad);
      };
      const n1 = num(
        state.tx("taperFrom"),
        "n1",
        c.taperFrom,
        (x) => {
          c.taperFrom = x;
          order();
        },
        NaN,
      );
      const n2 = num(
        state.tx("taperTo"),
        "n2",
        c.taperTo,
        (x) => {
          c.taperTo = x;
          order();
        },
        NaN,
      );
      fields.push(
        num(state.tx("lumpAmount"), "amount", c.amount, (x) => (c.amount = x)),
        h("p", { class: "note" }, state.tx("taperHint")),
        n1,
        n2,
      );
      order();
      break;
    }
  }
  return h(
    "fieldset",
    { class: "component", id: id("fields") },
    h("legend", {}, `${c.label} — ${state.tx(kind)}`),
    h("label", { class: "field" }, h("span", {}, nameText), nameInput, nameMessage),
    ...fields,
    remove,
  );
}

export const components: Section = {
  id: "components",
  render(state) {
    const own = new Set<string>();
    const list = h("div", { id: "component-list" });
    const totals = h("p", { class: "note", id: "components-totals", "aria-live": "polite" });
    const draw = () => {
      // The fields show the model's values again: the holes they had are gone.
      own.forEach((key) => state.invalid.delete(key));
      own.clear();
      const items = state.settings.components ?? [];
      list.replaceChildren(
        ...(items.length === 0
          ? [h("p", { class: "note" }, state.tx("noComponents"))]
          : items.map((c, i) => componentFields(state, c, i, own))),
      );
      needOption.disabled = items.some((c) => c.kind === "needPot");
      if (needOption.disabled && kind.value === "needPot") kind.value = "perStage";
    };
    // The totals the inserted formulas will give: the live preview follows the components (componentReads.ts).
    const showTotals = () => {
      const p = state.preview;
      if (!state.settings.components?.length || p.kind === "pending") totals.textContent = "";
      else if (p.kind !== "ok") totals.textContent = p.message;
      else totals.textContent = totalsText(p.preview);
    };
    const totalsText = (preview: Preview) => {
      const kr = (x: number) => formatNumber(x, state.lang, 0);
      return state.tx("componentsPreview", {
        total: kr(preview.amounts.reduce((a, x) => a + (Number.isFinite(x) ? x : 0), 0)),
        min: kr(preview.min),
        max: kr(preview.max),
      });
    };
    state.subscribe((change) => {
      if (change === "components") draw();
      if (change === "preview" || change === "components") showTotals();
    });

    const kind = h(
      "select",
      { id: "component-kind", "aria-label": state.tx("componentKind") },
      ...KINDS.map((k) => h("option", { value: k.kind }, state.tx(k.label))),
    ) as HTMLSelectElement;
    const needOption = kind.querySelector('option[value="needPot"]') as HTMLOptionElement;
    const add = h("button", { type: "button", class: "small", id: "component-add" }, state.tx("addComponent"));
    add.addEventListener("click", () => {
      state.settings.components = [
        ...(state.settings.components ?? []),
        newComponent(state, kind.value as ComponentKind),
      ];
      state.changed("components");
    });
    const extras: HTMLElement[] = [];
    const componentsExample = state.options.example?.components;
    if (componentsExample) {
      const example = h(
        "button",
        { type: "button", class: "small", id: "components-example" },
        state.tx("componentsExample"),
      );
      example.addEventListener("click", () => {
        const ex = componentsExample(state.settings);
        // In place: other sections hold on to the settings object.
        Object.assign(state.settings, ex.settings);
        for (const key of Object.keys(state.componentRanges)) delete state.componentRanges[key];
        Object.assign(state.componentRanges, ex.columns);
        state.ranges.lastYear = ex.lastYear;
        state.announce("ranges");
        state.changed("components");
        status(state.tx("componentsExampleDone", { sheet: ex.lastYear.replace(/!.*$/, "") }));
      });
      extras.push(h("p", {}, example));
    }
    const s = () => state.settings;
    const limit = (label: LabelKey, id: string, key: "floor" | "cap" | "maxDecrease" | "maxIncrease") =>
      settingField(state, label, id, s()[key], (x) => (s()[key] = x), {
        empty: NaN,
        get: () => s()[key],
        ...(key === "maxDecrease" || key === "maxIncrease" ? { scale: 100, unit: "%" } : {}),
      });
    draw();
    showTotals();
    return foldable(
      state,
      "components",
      h("p", { class: "note" }, state.tx("componentsNote")),
      ...extras,
      list,
      h("div", { class: "fit-row" }, kind, add),
      h("h3", {}, state.tx("totalGuarantee")),
      limit("floor", "total-floor", "floor"),
      limit("cap", "total-cap", "cap"),
      limit("maxDecrease", "total-max-decrease", "maxDecrease"),
      limit("maxIncrease", "total-max-increase", "maxIncrease"),
      totals,
    );
  },
};
