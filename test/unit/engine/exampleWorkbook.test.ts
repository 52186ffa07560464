/**
 * One example model: the example workbook (written by `likvard example`,
 * committed as assets/exempel-budget.xlsx) holds the example model on the
 * pane's own model sheet, so the pane reads back its pot, rules and factors —
 * not an empty model.
 */
import { join } from "node:path";
import ExcelJS from "exceljs";
import { exampleWorkbook } from "../../../src/engine/exampleWorkbook";
import { exampleModel } from "../../../src/model/example/model";
import { MODEL_SHEET, modelSheetCells, readModelSheet } from "../../../src/model/pane/modelSheet";
import { EXAMPLE_SCHOOLS, EXAMPLE_SHEET } from "../../../src/model/example/schools";
import { evaluateWorkbook } from "../../../src/engine/evaluateWorkbook";
import { openWorkbook } from "../../../src/engine/readWorkbook";

/** A sheet's values from A1 to its last used cell, empty cells "", as the pane gets them from Excel. */
function sheetValues(wb: ExcelJS.Workbook, name: string): unknown[][] {
  const sheet = wb.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  const values: unknown[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row: unknown[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) row.push(sheet.getCell(r, c).value ?? "");
    values.push(row);
  }
  return values;
}

async function reopened(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.load(await wb.xlsx.writeBuffer());
  return copy;
}

test("the example workbook stores the example model where the pane reads it", async () => {
  const wb = await reopened(exampleWorkbook());
  expect(readModelSheet(sheetValues(wb, MODEL_SHEET))).toEqual(exampleModel());
});

test("the example workbook's formulas use the model sheet's names", async () => {
  const wb = await reopened(exampleWorkbook());
  const names = wb.definedNames.model.map((n) => n.name);
  for (const name of ["LIKVARD_POTT", "LIKVARD_METOD", "LIKVARD_PARAMETER", "LIKVARD_ENHET", "LIKVARD_VIKTER"]) {
    expect(names).toContain(name);
  }
});

test("the pane reads the committed assets/exempel-budget.xlsx as the example model: its pot and its factors", async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(__dirname, "../../../assets/exempel-budget.xlsx"));
  const model = readModelSheet(sheetValues(wb, MODEL_SHEET));
  expect(model.pot).toBe(64_000_000);
  expect(model.factors).toEqual(exampleModel().factors);
  expect(model).toEqual(exampleModel());
});

test("with the pot typed as text (65.000.000) every kr per pupil shows ALLOCATE's error, never 0", async () => {
  const wb = exampleWorkbook();
  const pot = modelSheetCells(exampleModel()).names.find((n) => n.name === "LIKVARD_POTT")?.ref as string;
  (wb.getWorksheet(MODEL_SHEET) as ExcelJS.Worksheet).getCell(pot.replace(/\$/g, "")).value = "65.000.000";
  const opened = await openWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()), "sv");
  const evaluation = evaluateWorkbook(opened, "sv");
  const anchor = evaluation.valueAt(EXAMPLE_SHEET, 1, 17);
  expect(anchor).toMatchObject({ error: "#VALUE!" });
  for (let r = 1; r <= EXAMPLE_SCHOOLS.length; r++)
    expect([r, evaluation.valueAt(EXAMPLE_SHEET, r, 18)]).toEqual([r, expect.objectContaining({ error: "#VALUE!" })]);
});
