/**
 * The question before overwriting: a native modal <dialog> listing the cells
 * that hold something, focus on "Avbryt" (the safe answer), Esc = Avbryt.
 */
import { PaneState } from "../state/paneState";
import { h } from "../ui";

/** True when the user chose "Skriv över". */
export function confirmOverwrite(state: PaneState, cells: string[]): Promise<boolean> {
  const tx = state.tx.bind(state);
  return new Promise((resolve) => {
    const shown = cells.slice(0, 8).join(", ") + (cells.length > 8 ? ` … (+${cells.length - 8})` : "");
    const ok = h("button", { type: "button", id: "confirm-overwrite" }, tx("overwrite")) as HTMLButtonElement;
    const cancel = h(
      "button",
      { type: "button", class: "primary", id: "confirm-cancel" },
      tx("cancel"),
    ) as HTMLButtonElement;
    const dialog = h(
      "dialog",
      { class: "dialog", role: "alertdialog", "aria-modal": "true", "aria-labelledby": "confirm-title" },
      h("h2", { id: "confirm-title" }, tx("confirmTitle")),
      h("p", {}, `${tx("confirmText")} ${shown}`),
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
