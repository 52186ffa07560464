/**
 * The question before overwriting: a native modal <dialog>, focus on "Avbryt" (the safe answer), Esc = Avbryt.
 * What it asks: for a sheet Likvärd writes whole anew (the comparison, the explanation), "Skriv om bladet …?"
 * rather than hundreds of its own cells; for an action with a question of its own (deleting a scenario), that;
 * else the cells that hold something, their sheet quoted as Excel writes it ('Likvärd jämförelse'!A1).
 */
import { quoteSheet, splitSheetRef } from "../../model/sheet/addresses";
import { PaneState } from "../state/paneState";
import { h } from "../ui";

export interface OverwriteQuestion {
  title: string;
  text: string;
  /** The answer that writes ("Skriv över", "Skriv om", "Ta bort"). */
  button: string;
}

/** "Likvärd jämförelse!A1" → "'Likvärd jämförelse'!A1"; an address already quoted stays as it is. */
function asExcelWrites(cell: string): string {
  const at = cell.lastIndexOf("!");
  if (at < 0 || cell.startsWith("'")) return cell;
  return `${quoteSheet(cell.slice(0, at))}!${cell.slice(at + 1)}`;
}

/** The question for `cells` ("Sheet!A1"), `rewrites` being the sheets written whole anew. */
export function overwriteQuestion(
  state: PaneState,
  cells: string[],
  rewrites: string[] = [],
  question?: OverwriteQuestion,
): OverwriteQuestion {
  if (question) return question;
  const tx = state.tx.bind(state);
  const sheetOf = (cell: string) => splitSheetRef(asExcelWrites(cell)).sheet;
  if (rewrites.length > 0 && cells.every((cell) => rewrites.includes(sheetOf(cell) ?? ""))) {
    const sheets = rewrites.map(quoteSheet).join(", ");
    return { title: tx("rewriteTitle", { sheet: sheets }), text: tx("rewriteText"), button: tx("rewrite") };
  }
  const quoted = cells.map(asExcelWrites);
  const shown = quoted.slice(0, 8).join(", ") + (quoted.length > 8 ? ` … (+${quoted.length - 8})` : "");
  return { title: tx("confirmTitle"), text: `${tx("confirmText")} ${shown}`, button: tx("overwrite") };
}

/** True when the user chose to write. */
export function confirmOverwrite(
  state: PaneState,
  cells: string[],
  options: { rewrites?: string[]; question?: OverwriteQuestion } = {},
): Promise<boolean> {
  const tx = state.tx.bind(state);
  const question = overwriteQuestion(state, cells, options.rewrites, options.question);
  return new Promise((resolve) => {
    const ok = h("button", { type: "button", id: "confirm-overwrite" }, question.button) as HTMLButtonElement;
    const cancel = h(
      "button",
      { type: "button", class: "primary", id: "confirm-cancel" },
      tx("cancel"),
    ) as HTMLButtonElement;
    const dialog = h(
      "dialog",
      { class: "dialog", role: "alertdialog", "aria-modal": "true", "aria-labelledby": "confirm-title" },
      h("h2", { id: "confirm-title" }, question.title),
      h("p", {}, question.text),
      h("div", { class: "buttons" }, cancel, ok),
    ) as HTMLDialogElement;
    let answered = false;
    const close = (answer: boolean) => {
      if (answered) return;
      answered = true;
      dialog.close();
      dialog.remove();
      resolve(answer);
    };
    ok.addEventListener("click", () => close(true));
    cancel.addEventListener("click", () => close(false));
    // Esc closes the dialog: that is "Avbryt".
    dialog.addEventListener("cancel", (event) => {
      event.preventDefault();
      close(false);
    });
    document.body.append(dialog);
    dialog.showModal();
    cancel.focus();
  });
}
