/**
 * The pane in Excel (taskpane.html, loaded by the manifest): Office.js and
 * the workbook through OfficeWorkbook. No example workbook: outside Excel the
 * page says where to open it (the preview page, preview.ts, is the pane
 * outside Excel).
 */
import { chooseLanguage, t } from "./i18n";
import { startFailed, startPane } from "./pane";
import { OfficeWorkbook } from "./workbook/officeWorkbook";

function outsideExcel() {
  const status = document.getElementById("status") as HTMLElement;
  // Outside Excel there is no display language: both.
  status.textContent = `${t("outsideExcel", "sv")} / ${t("outsideExcel", "en")}`;
}

if (typeof Office !== "undefined" && Office.onReady) {
  Office.onReady()
    .then((info) => {
      if (!info.host) return outsideExcel();
      return startPane(new OfficeWorkbook(), {
        lang: chooseLanguage(Office.context.displayLanguage),
        // Copying a sheet and finding spills need ExcelApi 1.12 (Excel 2021 and Microsoft 365).
        canCopySheets: () => Office.context.requirements.isSetSupported("ExcelApi", "1.12"),
      });
    })
    .catch(startFailed);
} else {
  outsideExcel();
}
