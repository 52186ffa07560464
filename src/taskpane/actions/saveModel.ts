/** "Spara modellen i arbetsboken": the model sheet, its names and the data ranges, in one batch (Likvärd's own sheet: no question). */
import { status } from "../status";
import { Action, fieldsOk } from "./runAction";
import { modelWrites, paneRanges, staleNames } from "./modelWrites";

export const saveModel: Action = {
  id: "save",
  label: "save",
  place: "workbook",
  primary: true,
  async run(state) {
    if (!fieldsOk(state)) return;
    // The data ranges go with the model, and names a renamed or removed component left behind go, in one batch.
    const { writes, names } = modelWrites(state.settings, state.lang, paneRanges(state));
    await state.workbook.write(writes, names, [], [], await staleNames(state.workbook, names));
    state.markDirty(false);
    status(state.tx("saved"));
  },
};
