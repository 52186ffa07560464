/**
 * The sheet "Skolor" of Växjö's schools as both done-when workbooks hold it:
 * the data of test/golden/missing, every gap written as `marker` (or left an
 * empty cell), as Skolverket's statistics print it.
 */
import ExcelJS from "exceljs";
import { rows } from "../../model/missing/vaxjo";

export function addVaxjoSheet(wb: ExcelJS.Workbook, marker: string | undefined): ExcelJS.Worksheet {
  const ws = wb.addWorksheet("Skolor");
  ws.getRow(1).values = [
    "Skola",
    "Elever",
    "Utländsk bakgrund",
    "Föräldrar utan eftergymnasial",
    "Lärare",
    "Behöriga",
    "Meritvärde",
  ];
  rows.forEach((r, i) => {
    ws.getRow(i + 2).values = [r.school, r.pupils, r.x1, r.x2, r.teachers, r.certified, r.merit9].map(
      (v) => v ?? marker ?? null,
    );
  });
  return ws;
}
