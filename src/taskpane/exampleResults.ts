/**
 * The preview page has no spreadsheet engine, so after "insert formulas" the
 * example workbook records what Excel would show for them, computed by the
 * model code those formulas run: computePreview (index, amounts),
 * schoolLimits (floors and caps) and equitygapCells (the follow-up table).
 * test/unit/taskpane/formulaLayout.test.ts checks that the formulas, in a
 * real spreadsheet engine, give the same numbers.
 */
import { FrozenValue } from "../model/freeze/provenance";
import { Preview, PreviewCells } from "../model/pane/preview";
import { cellName, parseCell, splitSheetRef } from "../model/sheet/addresses";
import { ErrorCell } from "../model/sheet/cells";
import { equitygapCells } from "../model/sheet/equitygapCells";
import { RESULT_COLUMNS as C } from "./formulaLayout";
import { PaneLang } from "./i18n";
import { MemoryWorkbook } from "./workbook/memoryWorkbook";

const column = (values: ArrayLike<number>) => Array.from(values, (x) => [Number.isFinite(x) ? x : ""]);

export function recordExampleResults(
  workbook: MemoryWorkbook,
  target: string,
  data: PreviewCells,
  preview: Preview,
  lang: PaneLang,
  dataSheet: string,
): void {
  const { sheet = dataSheet, ref } = splitSheetRef(target);
  const start = parseCell(ref);
  if (!start) return;
  const at = (r: number, c: number) => cellName(start.row + r, start.col + c);
  const results: Record<string, FrozenValue[][]> = {
    [at(0, C.index)]: column(preview.index),
    [at(0, C.amount)]: column(preview.amounts),
  };
  preview.perPupil.forEach((x, r) => (results[at(r, C.perPupil)] = column([x])));
  if (data.lastYear) {
    // The limit formulas' values, as the preview read them (the formulas show "" where no limit applies).
    preview.floors.forEach((floor, r) => (results[at(r, C.floor)] = [[floor as FrozenValue]]));
    preview.caps.forEach((cap, r) => (results[at(r, C.cap)] = [[cap as FrozenValue]]));
  }
  if (data.resource) {
    try {
      const table = equitygapCells(
        column(preview.index),
        data.resource,
        data.pupils,
        lang === "sv" ? "sammanfattning" : "summary",
        undefined,
        lang,
      );
      results[at(0, C.gap)] = table.map((row) =>
        row.map((v) => (v instanceof ErrorCell ? { error: v.code, message: v.cause?.messageIn(lang) } : v)),
      ) as FrozenValue[][];
    } catch {
      results[at(0, C.gap)] = [["#VALUE!"]];
    }
  }
  workbook.calculate(sheet, results);
}
