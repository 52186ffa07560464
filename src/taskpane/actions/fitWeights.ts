/**
 * "Skatta vikter från utfall": fits the weights to the outcome range and
 * shows the report (sections/fitReport.ts); the weights change only on
 * "Använd vikterna" there.
 */
import { fitReport } from "../../model/pane/fitReport";
import { cellsOf } from "../state/workbookReads";
import { status } from "../status";
import { Action } from "./runAction";

export const fitWeights: Action = {
  id: "fit",
  label: "fit",
  place: "factors",
  async run(state) {
    const { ranges, workbook } = state;
    if (!ranges.outcome.trim()) {
      status(state.tx("needOutcome"), "error");
      return;
    }
    const model = state.fitModel;
    const factors = cellsOf(await workbook.readRange(ranges.factors));
    const outcome = cellsOf(await workbook.readRange(ranges.outcome));
    const pupils = cellsOf(await workbook.readRange(ranges.pupils));
    // Rows with a gap are left out ("utelämna"); schools, rows left out and R² are SOCIOFIT's stats rows.
    state.fit = { model, report: fitReport(factors, outcome, pupils, model, state.lang) };
    state.announce("fit");
    status(state.tx("fitShown"));
  },
};
