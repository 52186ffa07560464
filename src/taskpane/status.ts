/** The pane's status line (#status): what an action did, or why it failed. */
import { LikvardError } from "../model/errors";
import { PaneLang } from "./i18n";

export function status(text: string, kind: "ok" | "error" = "ok"): void {
  const el = document.getElementById("status") as HTMLElement;
  el.textContent = text;
  el.className = kind;
}

/** A failure in the status line: the model's message in the pane's language, else the error's own. */
export function showError(error: unknown, lang: PaneLang): void {
  status(error instanceof LikvardError ? error.messageIn(lang) : String((error as Error).message ?? error), "error");
}
