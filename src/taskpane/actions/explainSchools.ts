/**
 * "Förklara per skola": the explanation sheet (src/model/explain/explainSheet.ts)
 * and the model sheet with the names its formulas use, in one batch, after
 * asking before overwriting.
 */
import { explainWrites } from "../../model/explain/explainSheet";
import { Action, fieldsOk, writeAsking } from "./runAction";
import { modelWrites } from "./modelWrites";
import { clearSheet } from "./sheetRewrite";

export const explainSchools: Action = {
  id: "explain",
  label: "explain",
  place: "workbook",
  async run(state) {
    if (!fieldsOk(state)) return;
    const names = state.settings.factors.map((f) => f.name);
    const layout = explainWrites(state.ranges, names, state.lang);
    const model = modelWrites(state.settings, state.lang);
    const written = await writeAsking(
      state,
      [...(await clearSheet(state, layout.sheet)), ...layout.writes, ...model.writes],
      state.tx("explained", { sheet: layout.sheet }),
      model.names,
      [],
      layout.formats,
    );
    if (written) state.markDirty(false);
  },
};
