/**
 * "Sök parameter" (Målsök): findParameter over the preview's schools and
 * limits (src/model/scenarios/targetSearch.ts); the answer goes to the
 * Målsök section, which offers to apply it, and to the status line.
 */
import { targetSearch } from "../../model/scenarios/targetSearch";
import { updatePreview } from "../state/livePreview";
import { status } from "../status";
import { Action, fieldsOk } from "./runAction";

export const searchTarget: Action = {
  id: "search",
  label: "searchRun",
  place: "search",
  async run(state) {
    if (!fieldsOk(state)) return;
    // findParameter searches one pot's amounts; with components the total is another model (refused, not guessed).
    if (state.settings.components?.length) return status(state.tx("searchComponents"), "error");
    const { measure, target } = state.search;
    if (!(Number.isFinite(target) && target > 0)) return status(state.tx("searchNoTarget"), "error");
    // The search starts from the model as it is now, not from a preview still waiting for typing to end.
    await updatePreview(state);
    const p = state.preview;
    if (p.kind !== "ok") return status(p.kind === "pending" ? state.tx("giveRanges") : p.message, "error");
    const result = targetSearch(p.cells, p.preview, state.settings, measure, target);
    state.search.result = result;
    state.announce("search");
    status(result.message[state.lang], result.status === "failed" ? "error" : "ok");
  },
};
