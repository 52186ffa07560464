/**
 * "Jämför scenarier": the comparison sheet (src/model/scenarios/compareSheet.ts)
 * of the scenarios stored on "Likvärd scenarier", after asking before
 * overwriting. Its formulas read the scenarios' names, which their save wrote.
 */
import { dataReferences } from "../../model/explain/dataReferences";
import { compareWrites } from "../../model/scenarios/compareSheet";
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
    // The scenarios hold one pot's settings: with components the comparison would be of another model.
    if (state.settings.components?.length) return status(state.tx("scenarioComponents"), "error");
    const factors = await readStoredScenarios(state);
    const scenarios = state.scenarios;
    if (scenarios.length < 2) return status(state.tx("compareNeedTwo"), "error");
    const columns = dataReferences(state.ranges, state.lang).factorCount;
    if (factors.length !== columns)
      return status(state.tx("scenarioFactors", { stored: factors.length, model: columns }), "error");
    const layout = compareWrites(scenarios, state.ranges, state.lang);
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
    const anchors = layout.blocks.map((b) => `${quoteSheet(layout.sheet)}!${cellName(layout.firstRow, b.amount)}`);
    if (written) await statusAfterWrite(state, anchors, done);
  },
};
