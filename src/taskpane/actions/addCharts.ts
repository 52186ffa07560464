/** "Lägg till diagram": kr per pupil (and the resource) against the need index, from the inserted results. */
import { cellName, parseArea, parseCell, splitSheetRef } from "../../model/sheet/addresses";
import { dataSheet } from "../state/workbookReads";
import { status } from "../status";
import { Action } from "./runAction";

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
    await workbook.addScatterChart(sheet, colRange(0), colRange(2), state.tx("chartPerPupil"));
    if (ranges.resource.trim()) {
      await workbook.addScatterChart(
        sheet,
        colRange(0),
        splitSheetRef(ranges.resource).sheet === sheet ? splitSheetRef(ranges.resource).ref : ranges.resource,
        state.tx("chartResource"),
      );
    }
    status(state.tx("chartsAdded"));
  },
};
