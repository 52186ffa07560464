/**
 * What every action shares: its button, disabled with all other action
 * buttons while it runs (the pane is aria-busy, the status says so), a
 * failure shown in the status line; writing in one batch after asking
 * before overwriting; refusing while a field is not a number.
 */
import { MODEL_SHEET } from "../../model/pane/modelSheet";
import { LabelKey } from "../i18n";
import { PaneState } from "../state/paneState";
import { showError, status } from "../status";
import { h } from "../ui";
import { DefinedName, NumberFormat, Write } from "../workbook/workbookPort";
import { confirmOverwrite } from "./overwriteDialog";
import { rewrittenSheets } from "./sheetRewrite";

/** Where an action's button goes: the section with that id shows it. */
export type ActionPlace = "factors" | "workbook" | "followUp" | "scenarios" | "search";

/** One thing the pane does to the workbook, behind one button. */
export interface Action {
  /** The button's id (tests and CSS find it by it). */
  id: string;
  label: LabelKey;
  place: ActionPlace;
  primary?: boolean;
  run(state: PaneState): Promise<void>;
}

/** The action's button: every action button is disabled while it runs, its status shown beside it. */
export function actionButton(state: PaneState, action: Action): HTMLButtonElement {
  const b = h(
    "button",
    { type: "button", id: action.id, class: action.primary ? "primary action" : "action" },
    state.tx(action.label),
  ) as HTMLButtonElement;
  b.addEventListener("click", () => {
    const buttons = [...document.querySelectorAll<HTMLButtonElement>("button.action")];
    buttons.forEach((button) => (button.disabled = true));
    document.getElementById("app")?.setAttribute("aria-busy", "true");
    status(state.tx("busy"));
    action
      .run(state)
      .catch((error) => showError(error, state.lang))
      .finally(() => {
        buttons.forEach((button) => (button.disabled = false));
        document.getElementById("app")?.removeAttribute("aria-busy");
      });
  });
  return b;
}

/**
 * Writes in one batch (values, names, number formats), asking first if any of
 * the cells (or of the `reserved` ones, checked but never written) holds
 * something; `done` is the status after writing. False when the user said no.
 */
export async function writeAsking(
  state: PaneState,
  writes: Write[],
  done: string,
  names: DefinedName[] = [],
  reserved: Write[] = [],
  formats: NumberFormat[] = [],
  /** Defined names to delete in the same batch (stale names of the model: modelWrites.ts staleNames). */
  remove: string[] = [],
): Promise<boolean> {
  const occupied = await state.workbook.occupied([...writes, ...reserved], [MODEL_SHEET]);
  if (occupied.length > 0 && !(await confirmOverwrite(state, occupied, { rewrites: rewrittenSheets(writes) }))) {
    status(state.tx("cancelled"));
    return false;
  }
  await state.workbook.write(writes, names, [], formats, remove);
  status(done);
  return true;
}

/** Refuses (with a message) while a field is not a number: nothing is written from a model with a hole in it. */
export function fieldsOk(state: PaneState): boolean {
  const message = state.fieldsMessage();
  if (message) status(message, "error");
  return !message;
}
