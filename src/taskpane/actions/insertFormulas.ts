/**
 * "Infoga formler": the result formulas from the target cell (formulaLayout.ts)
 * and the model sheet with the names they use, in one batch, after asking
 * before overwriting.
 */
import { formulaWrites } from "../formulaLayout";
import { Action, fieldsOk, writeAsking } from "./runAction";
import { componentWrites } from "./componentWrites";
import { blockStarts, statusAfterWrite } from "./readBackErrors";
import { modelWrites, paneRanges, staleNames } from "./modelWrites";

export const insertFormulas: Action = {
  id: "insert",
  label: "insert",
  place: "workbook",
  async run(state) {
    if (!fieldsOk(state)) return;
    const target = state.target;
    // A model of components writes each component's column and the total (componentWrites.ts).
    const parts = state.settings.components ?? [];
    const { writes, reserved, formats } =
      parts.length > 0
        ? componentWrites(target, state.ranges, parts, state.componentRanges, state.lang)
        : formulaWrites(target, state.ranges, state.lang);
    // The formulas use the model's names: the model sheet and its names go in the same batch.
    const model = modelWrites(state.settings, state.lang, paneRanges(state));
    // The spill reservation is a check only: never write "" over what the user confirmed to keep.
    const written = await writeAsking(
      state,
      [...writes, ...model.writes],
      state.tx("inserted"),
      model.names,
      reserved,
      formats,
      await staleNames(state.workbook, model.names),
    );
    if (!written) return;
    state.markDirty(false);
    await statusAfterWrite(state, blockStarts(writes), state.tx("inserted"));
  },
};
