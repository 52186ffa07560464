/**
 * What a section of the pane is, and the pieces sections are built of: a
 * titled section, one that folds away, a number setting with its message.
 */
import { LabelKey } from "../i18n";
import { PaneState } from "../state/paneState";
import { formatNumberInput } from "../../model/pane/numberInput";
import { h, numberField } from "../ui";

/**
 * One part of the pane. `render` draws it once from the state, with the
 * buttons of the actions whose `place` is this section's id, and subscribes
 * to the changes it must redraw on (state.subscribe).
 */
export interface Section {
  id: string;
  render(state: PaneState, actions: HTMLButtonElement[]): HTMLElement;
}

export function section(state: PaneState, title: LabelKey, ...children: Node[]): HTMLElement {
  return h("section", {}, h("h2", {}, state.tx(title)), ...children);
}

/** A section that folds away (open at first): the summary stays in view while the rest is long. */
export function foldable(state: PaneState, title: LabelKey, ...children: Node[]): HTMLElement {
  return h(
    "section",
    {},
    h("details", { open: "", id: `section-${title}` }, h("summary", {}, h("h2", {}, state.tx(title))), ...children),
  );
}

/**
 * A number setting: its field, a message under it when the text is not a
 * number (the field is then in state.invalid), `scale` 100 for percent.
 */
export function settingField(
  state: PaneState,
  label: LabelKey,
  id: string,
  value: number,
  set: (x: number) => void,
  options: {
    scale?: number;
    empty?: number;
    unit?: string;
    hint?: HTMLElement;
    /** The setting as it is now: the field follows when another field changes it (state "model"). */
    get?: () => number;
    /** Why a value (as stored, after `scale`) is refused: src/model/pane/settingChecks.ts. */
    check?: (x: number) => string | undefined;
  } = {},
): HTMLElement {
  const { scale = 1 } = options;
  const text = state.tx(label);
  const field = numberField({
    label: text,
    id,
    value: Number.isFinite(value) ? value * scale : NaN,
    lang: state.lang,
    empty: options.empty,
    unit: options.unit,
    check: options.check && ((x) => options.check?.(Number.isFinite(x) ? x / scale : NaN)),
    onChange: (x) => {
      if (x === undefined) state.invalid.set(text, "");
      else {
        state.invalid.delete(text);
        set(Number.isFinite(x) ? x / scale : NaN);
      }
      state.changed();
    },
  });
  const { get } = options;
  if (get)
    state.subscribe((change) => {
      if (change !== "model" && change !== "components") return;
      if (document.activeElement === field.input || state.invalid.has(text)) return;
      const now = get();
      field.input.value = formatNumberInput(Number.isFinite(now) ? now * scale : NaN, state.lang);
    });
  return h(
    "label",
    { class: "field" },
    h("span", {}, text),
    field.input,
    ...(options.hint ? [options.hint] : []),
    field.message,
  );
}
