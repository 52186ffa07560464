/**
 * "Sök parameter" (Målsök): findParameter over the preview's schools and
 * limits (src/model/scenarios/targetSearch.ts); the answer goes to the
 * Målsök section, which offers to apply it, and to the status line. A model
 * with components searches its need-based pot against the schools' totals
 * (componentTargetSearch.ts).
 */
import { componentTargetSearch } from "../../model/components/componentTargetSearch";
import { targetSearch } from "../../model/scenarios/targetSearch";
import { componentData } from "../state/componentReads";
import { updatePreview } from "../state/livePreview";
import { status } from "../status";
import { Action, fieldsOk } from "./runAction";

export const searchTarget: Action = {
  id: "search",
  label: "searchRun",
  place: "search",
  async run(state) {
    if (!fieldsOk(state)) return;
    const { measure, target } = state.search;
    if (!(Number.isFinite(target) && target > 0)) return status(state.tx("searchNoTarget"), "error");
    // The search starts from the model as it is now, not from a preview still waiting for typing to end.
    await updatePreview(state);
    const p = state.preview;
    if (p.kind !== "ok") return status(p.kind === "pending" ? state.tx("giveRanges") : p.message, "error");
    // With components: the need-based pot's parameter for the ratio of the schools' totals.
    const parts = state.settings.components ?? [];
    let result;
    if (parts.length > 0) {
      const read = await componentData(state, p.cells);
      if ("message" in read) return status(read.message, "error");
      result = componentTargetSearch(read.data, state.settings, parts, measure, target);
    } else {
      result = targetSearch(p.cells, p.preview, state.settings, measure, target);
    }
    state.search.result = result;
    state.announce("search");
    status(result.message[state.lang], result.status === "failed" ? "error" : "ok");
  },
};
