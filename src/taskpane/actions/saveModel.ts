/** "Spara modellen i arbetsboken": the model sheet and its names, in one batch (Likvärd's own sheet: no question). */
import { status } from "../status";
import { Action, fieldsOk } from "./runAction";
import { modelWrites } from "./modelWrites";

export const saveModel: Action = {
  id: "save",
  label: "save",
  place: "workbook",
  primary: true,
  async run(state) {
    if (!fieldsOk(state)) return;
    const { writes, names } = modelWrites(state.settings, state.lang);
    await state.workbook.write(writes, names);
    state.markDirty(false);
    status(state.tx("saved"));
  },
};
