/**
 * "Lägg till diagram": kr per pupil (and the resource) against the need index, from the inserted results. Before
 * "Infoga formler" there is nothing to draw: it says so rather than drawing empty charts.
 */
import { cellName, parseArea, parseCell, quoteSheet, splitSheetRef } from "../../model/sheet/addresses";
import { dataSheet } from "../state/workbookReads";
import { status } from "../status";
import { Action } from "./runAction";
import { headerOf } from "./writeFollowUp";

export const addCharts: Action = {
  id: "charts",
  label: "charts",
  place: "workbook",
  async run(state) {
    const { ranges, workbook } = state;
    const { sheet = dataSheet(state), ref } = splitSheetRef(state.target);
    const start = parseCell(ref);
    const pupils = parseArea(splitSheetRef(ranges.pupils).ref);
    if (!start || !pupils) return;
    const colRange = (c: number) => {
      const name = cellName(0, start.col + c).replace(/\d+$/, "");
      return `${name}${start.row + 1}:${name}${start.row + pupils.rows}`;
    };
    // The index column holds numbers only once the formulas are in.
    const index = await workbook.readRange(`${quoteSheet(sheet)}!${colRange(0)}`).catch(() => []);
    if (!index.flat().some((v) => typeof v === "number")) {
      status(state.tx("chartsNeedFormulas"), "error");
      return;
    }
    await workbook.addScatterChart(sheet, colRange(0), colRange(2), state.tx("chartPerPupil"));
    if (ranges.resource.trim()) {
      // Named by its header; without one, the generic title.
      const header = await headerOf(state, ranges.resource);
      const title =
        header === ranges.resource ? state.tx("chartResource") : state.tx("fuChartResource", { resource: header });
      await workbook.addScatterChart(
        sheet,
        colRange(0),
        splitSheetRef(ranges.resource).sheet === sheet ? splitSheetRef(ranges.resource).ref : ranges.resource,
        title,
      );
    }
    status(state.tx("chartsAdded"));
  },
};
