/**
 * "Förklara per skola": the explanation sheet (src/model/explain/explainSheet.ts)
 * and the model sheet with the names its formulas use, in one batch, after
 * asking before overwriting. A model with components gets its own sheet
 * (componentExplainSheet.ts): each component, the total, the change of the
 * total per pupil, and the need-based pot's detail.
 */
import { componentExplainWrites } from "../../model/explain/componentExplainSheet";
import { explainWrites } from "../../model/explain/explainSheet";
import { t } from "../i18n";
import { columnsProblem, splitColumns } from "./componentWrites";
import { Action, fieldsOk, writeAsking } from "./runAction";
import { modelWrites, paneRanges, staleNames } from "./modelWrites";
import { clearSheet } from "./sheetRewrite";

export const explainSchools: Action = {
  id: "explain",
  label: "explain",
  place: "workbook",
  async run(state) {
    if (!fieldsOk(state)) return;
    const names = state.settings.factors.map((f) => f.name);
    const parts = state.settings.components ?? [];
    for (const c of parts) {
      const problem = columnsProblem(c, state.componentRanges[c.key], state.lang);
      if (problem) throw new Error(t("componentColumnsProblem", state.lang, { component: c.label, problem }));
    }
    const columns = Object.fromEntries(parts.map((c) => [c.key, splitColumns(state.componentRanges[c.key] ?? "")]));
    const layout =
      parts.length > 0
        ? componentExplainWrites(state.ranges, columns, parts, names, state.lang)
        : explainWrites(state.ranges, names, state.lang);
    // The model sheet keeps the data ranges and drops stale names, as "Spara modellen" does.
    const model = modelWrites(state.settings, state.lang, paneRanges(state));
    const written = await writeAsking(
      state,
      [...(await clearSheet(state, layout.sheet)), ...layout.writes, ...model.writes],
      state.tx("explained", { sheet: layout.sheet }),
      model.names,
      [],
      layout.formats,
      await staleNames(state.workbook, model.names),
    );
    if (written) state.markDirty(false);
  },
};
