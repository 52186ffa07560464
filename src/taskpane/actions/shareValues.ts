/** "Dela som värden": a copy of the result sheet with Likvärd's formulas as values (shareAsValues.ts). */
import { splitSheetRef } from "../../model/sheet/addresses";
import { PROVENANCE_SHEET } from "../../model/freeze/provenance";
import { version } from "../../../package.json";
import { shareAsValues } from "../shareAsValues";
import { dataSheet } from "../state/workbookReads";
import { status } from "../status";
import { Action } from "./runAction";

export const shareValues: Action = {
  id: "share",
  label: "share",
  place: "workbook",
  async run(state) {
    const { lang, options } = state;
    // Copying a sheet and finding spills need ExcelApi 1.12 (Excel 2021 and Microsoft 365).
    if (options.canCopySheets && !options.canCopySheets()) {
      status(state.tx("cannotCopy"), "error");
      return;
    }
    const { sheet = dataSheet(state) } = splitSheetRef(state.target);
    const today = new Date().toISOString().slice(0, 10);
    const { copy, frozen } = await shareAsValues(state.workbook, sheet, { date: today, version }, lang);
    status(state.tx("shared", { copy, n: frozen.length, source: PROVENANCE_SHEET }));
  },
};
