/**
 * The preview page has no spreadsheet engine, so after "insert formulas" the
 * example workbook records what Excel would show for them, computed by the
 * model code those formulas run: computePreview (index, amounts),
 * schoolLimits (floors and caps) and equitygapCells (the follow-up table).
 * test/unit/taskpane/formulaLayout.test.ts checks that the formulas, in a
 * real spreadsheet engine, give the same numbers.
 */
import { FrozenValue } from "../model/freeze/provenance";
import { ModelSettings, schoolLimits } from "../model/pane/modelSettings";
import { Preview, PreviewData } from "../model/pane/preview";
import { cellName, parseCell, splitSheetRef } from "../model/sheet/addresses";
import { equitygapCells } from "../model/sheet/equitygapCells";
import { RESULT_COLUMNS as C } from "./formulaLayout";
import { PaneLang } from "./i18n";
import { MemoryWorkbook } from "./workbook/memoryWorkbook";

const column = (values: ArrayLike<number>) => Array.from(values, (x) => [Number.isFinite(x) ? x : ""]);

export function recordExampleResults(
  workbook: MemoryWorkbook,
  target: string,
  data: PreviewData,
  preview: Preview,
  settings: ModelSettings,
  lang: PaneLang,
): void {
  const { sheet = "Skolor", ref } = splitSheetRef(target);
  const start = parseCell(ref);
  if (!start) return;
  const at = (r: number, c: number) => cellName(start.row + r, start.col + c);
  const results: Record<string, FrozenValue[][]> = {
    [at(0, C.index)]: column(preview.index),
    [at(0, C.amount)]: column(preview.amounts),
  };
  preview.perPupil.forEach((x, r) => (results[at(r, C.perPupil)] = column([x])));
  const lastYear = data.lastYear;
  if (lastYear) {
    lastYear.forEach((y, r) => {
      const { floor, cap } = schoolLimits(settings, y);
      // The formulas show "" where no limit applies.
      const noFloor =
        !Number.isFinite(settings.floor) && !(Number.isFinite(y) && Number.isFinite(settings.maxDecrease));
      results[at(r, C.floor)] = [[noFloor ? "" : floor]];
      results[at(r, C.cap)] = [[Number.isFinite(cap) ? cap : ""]];
    });
  }
  if (data.resource) {
    const table = equitygapCells(
      column(preview.index),
      column(data.resource),
      column(data.pupils),
      lang === "sv" ? "sammanfattning" : "summary",
      lang,
    );
    results[at(0, C.gap)] = table as FrozenValue[][];
  }
  workbook.calculate(sheet, results);
}
