/**
 * A workbook as the pane would leave it for a model with components: a data
 * sheet "Skolor", the model sheet (modelSheet.ts's rows, then the
 * components' block) with its defined names, and componentFormulaWrites'
 * formulas, Likvärd calls stored as Excel stores them (`_xldudf_LIKVARD_…`);
 * evaluated by the headless engine.
 */
import ExcelJS from "exceljs";
import { evaluateWorkbook } from "../../../../src/engine/evaluateWorkbook";
import { openWorkbook } from "../../../../src/engine/readWorkbook";
import {
  ComponentColumns,
  ComponentDataRanges,
  componentFormulaWrites,
} from "../../../../src/model/components/componentLayout";
import { componentSheetCells } from "../../../../src/model/components/componentSheet";
import { Component } from "../../../../src/model/components/components";
import { ModelSettings } from "../../../../src/model/pane/modelSettings";
import { MODEL_SHEET, modelSheetCells } from "../../../../src/model/pane/modelSheet";
import { parseCell, quoteSheet } from "../../../../src/model/sheet/addresses";

export interface Evaluated {
  columns: ComponentColumns;
  /** Column c (from the target) for every school. */
  column: (c: number) => unknown[];
}

/** `data` rows go to Skolor!A2 on (headers in row 1); results from `target` on Skolor. */
export async function evaluateComponents(
  data: (string | number | null)[][],
  settings: ModelSettings,
  components: Component[],
  ranges: ComponentDataRanges,
  target = "Skolor!Z2",
): Promise<Evaluated> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Skolor");
  ws.addRow(data[0].map((_, c) => `Kolumn ${c + 1}`));
  for (const row of data) ws.addRow(row);
  const model = wb.addWorksheet(MODEL_SHEET);
  const main = modelSheetCells(settings);
  const block = componentSheetCells(components, main.cells.length + 1);
  [...main.cells, [], ...block.cells].forEach((row, r) =>
    row.forEach((v, c) => (model.getCell(r + 1, c + 1).value = v as never)),
  );
  for (const name of [...main.names, ...block.names])
    wb.definedNames.add(`${quoteSheet(MODEL_SHEET)}!${name.ref}`, name.name);
  const { writes, columns } = componentFormulaWrites(target, ranges, components, "sv");
  for (const w of writes) {
    const start = parseCell(w.topLeft) as { row: number; col: number };
    (w.formulas ?? w.values ?? []).forEach((row, r) =>
      row.forEach((v, c) => {
        const formula = String(v)
          .slice(1)
          .replace(/LIKVARD\.([A-Z]+)\(/g, "_xldudf_LIKVARD_$1(");
        ws.getCell(start.row + r + 1, start.col + c + 1).value = (w.formulas ? { formula } : v) as never;
      }),
    );
  }
  const evaluation = evaluateWorkbook(await openWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()), "sv"), "sv");
  const start = parseCell(target.replace(/^.*!/, "")) as { row: number; col: number };
  return {
    columns,
    column: (c) => data.map((_, r) => evaluation.valueAt("Skolor", start.row + r, start.col + c)),
  };
}
