/**
 * "Jämför scenarier": the comparison sheet (src/model/scenarios/compareSheet.ts)
 * of the scenarios stored on "Likvärd scenarier", after asking before
 * overwriting. Its formulas read the scenarios' names, which their save wrote.
 * Scenarios with components get componentCompareSheet.ts (each school's total);
 * they are compared with each other, not with one-pot scenarios.
 */
import { dataReferences } from "../../model/explain/dataReferences";
import { compareWrites } from "../../model/scenarios/compareSheet";
import { componentCompareWrites } from "../../model/scenarios/componentCompareSheet";
import { t } from "../i18n";
import { columnsProblem, splitColumns } from "./componentWrites";
import { readStoredScenarios } from "../state/scenarioReads";
import { status } from "../status";
import { Action, writeAsking } from "./runAction";
import { clearSheet } from "./sheetRewrite";
import { statusAfterWrite } from "./readBackErrors";
import { cellName, quoteSheet } from "../../model/sheet/addresses";

export const compareScenarios: Action = {
  id: "compare",
  label: "compare",
  place: "scenarios",
  async run(state) {
    const factors = await readStoredScenarios(state);
    const scenarios = state.scenarios;
    if (scenarios.length < 2) return status(state.tx("compareNeedTwo"), "error");
    const columns = dataReferences(state.ranges, state.lang).factorCount;
    if (factors.length !== columns)
      return status(state.tx("scenarioFactors", { stored: factors.length, model: columns }), "error");
    const withParts = scenarios.filter((s) => s.settings.components?.length);
    if (withParts.length > 0 && withParts.length < scenarios.length) {
      const names = (list: typeof scenarios) => list.map((s) => `"${s.name}"`).join(", ");
      const onePot = scenarios.filter((s) => !s.settings.components?.length);
      return status(state.tx("scenarioMixed", { components: names(withParts), onePot: names(onePot) }), "error");
    }
    // Each component's data columns, as the pane has them (the same keys as the scenarios').
    const parts = new Map(withParts.flatMap((s) => s.settings.components ?? []).map((c) => [c.key, c]));
    for (const c of parts.values()) {
      const problem = columnsProblem(c, state.componentRanges[c.key], state.lang);
      if (problem) throw new Error(t("componentColumnsProblem", state.lang, { component: c.label, problem }));
    }
    const data = Object.fromEntries([...parts.keys()].map((k) => [k, splitColumns(state.componentRanges[k] ?? "")]));
    const layout =
      withParts.length > 0
        ? componentCompareWrites(scenarios, state.ranges, data, state.lang)
        : compareWrites(scenarios, state.ranges, state.lang);
    const done = state.tx("compared", { n: scenarios.length, sheet: layout.sheet });
    const written = await writeAsking(
      state,
      [...(await clearSheet(state, layout.sheet)), ...layout.writes],
      done,
      [],
      [],
      layout.formats,
    );
    // Each scenario's ALLOCATE anchors its amounts: a failing one makes the whole comparison errors.
    // With components, the total: the sum of the components' columns shows any of their errors.
    const anchors = layout.blocks.map(
      (b) => `${quoteSheet(layout.sheet)}!${cellName(layout.firstRow, "amount" in b ? b.amount : b.total)}`,
    );
    if (written) await statusAfterWrite(state, anchors, done);
  },
};
