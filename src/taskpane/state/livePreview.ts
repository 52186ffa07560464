/**
 * The live preview: after every change to the model or the ranges (a short
 * pause lets typing finish) the pane reads the ranges as the formulas will,
 * computes the allocation with the model's code and announces "preview".
 */
import { LikvardError } from "../../model/errors";
import { computePreviewCells } from "../../model/pane/preview";
import { PaneState, PreviewState } from "./paneState";
import { componentPreviewState } from "./componentReads";
import { previewCells } from "./workbookReads";

/** Recomputes the preview now and announces it. */
export async function updatePreview(state: PaneState): Promise<void> {
  state.preview = await nextPreview(state);
  state.announce("preview");
}

async function nextPreview(state: PaneState): Promise<PreviewState> {
  const { lang } = state;
  try {
    const fields = state.fieldsMessage();
    if (fields) return { kind: "error", message: fields };
    const cells = await previewCells(state);
    if (cells === undefined) return { kind: "missing", message: state.tx("giveRanges") };
    if (typeof cells === "string") return { kind: "error", message: cells };
    // A model of components previews the school's total (componentReads.ts).
    if (state.settings.components?.length) return await componentPreviewState(state, cells);
    const outcome = computePreviewCells(cells, state.settings, lang);
    if (!outcome.ok) return { kind: "error", message: outcome.message };
    return { kind: "ok", cells, preview: outcome.preview };
  } catch (error) {
    const message =
      error instanceof LikvardError ? error.messageIn(lang) : error instanceof Error ? error.message : String(error);
    return { kind: "error", message };
  }
}

/** Keeps the preview following the model and the ranges; returns the function that schedules an update. */
export function followChanges(state: PaneState): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void updatePreview(state), 120);
  };
  state.subscribe((change) => {
    if (change === "model" || change === "factors" || change === "ranges" || change === "components") schedule();
  });
  return schedule;
}
