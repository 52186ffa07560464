/**
 * What a section of the pane is, and the pieces sections are built of: a
 * titled section, one that folds away, a number setting with its message.
 */
import { TextKey } from "../i18n";
import { PaneState } from "../state/paneState";
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

export function section(state: PaneState, title: TextKey, ...children: Node[]): HTMLElement {
  return h("section", {}, h("h2", {}, state.tx(title)), ...children);
}

/** A section that folds away (open at first): the summary stays in view while the rest is long. */
export function foldable(state: PaneState, title: TextKey, ...children: Node[]): HTMLElement {
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
  label: TextKey,
  id: string,
  value: number,
  set: (x: number) => void,
  options: { scale?: number; empty?: number; unit?: string; hint?: HTMLElement } = {},
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
    onChange: (x) => {
      if (x === undefined) state.invalid.set(text, "");
      else {
        state.invalid.delete(text);
        set(Number.isFinite(x) ? x / scale : NaN);
      }
      state.changed();
    },
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
