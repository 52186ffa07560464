/**
 * The example budget workbook: thirteen schools of a made-up municipality, the
 * example model on the pane's model sheet with its defined names (so the
 * pane reads it back), and every Likvärd function used the way an economist
 * would — saved with Excel's stored names (`_xldudf_LIKVARD_…`) so it behaves
 * like a file from Excel. The data are invented; the numbers are plausible,
 * not real.
 */
import ExcelJS from "exceljs";
import { exampleModel } from "../model/example/model";
import { EXAMPLE_HEADERS, EXAMPLE_SCHOOLS as SCHOOLS, EXAMPLE_SHEET } from "../model/example/schools";
import { perPupilFormula } from "../model/pane/perPupilFormula";
import { MODEL_SHEET, modelSheetCells } from "../model/pane/modelSheet";
import { FIT_COLUMNS } from "../model/functions/sociofit";
import { SUMMARY_ROWS } from "../model/functions/equitygap";
import { areaName, quoteSheet } from "../model/sheet/addresses";

export function exampleWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Likvärd";
  const schools = wb.addWorksheet(EXAMPLE_SHEET);
  const model = wb.addWorksheet(MODEL_SHEET);
  const followUp = wb.addWorksheet("Uppföljning");
  const settings = exampleModel();
  const n = SCHOOLS.length;
  const last = n + 1;

  // The model sheet exactly as the pane's "Spara modellen i arbetsboken" writes it.
  const layout = modelSheetCells(settings);
  layout.cells.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value !== "") model.getCell(r + 1, c + 1).value = value;
    }),
  );
  for (const { name, ref } of layout.names) wb.definedNames.add(`${quoteSheet(MODEL_SHEET)}!${ref}`, name);
  model.getColumn(1).width = 42;
  model.getColumn(2).width = 14;
  model.getColumn(3).width = 60;
  model.getColumn(4).width = 24;
  const headings = [0, 1, layout.cells.findIndex((row) => row[0] === "Faktor")];
  for (const r of headings) model.getRow(r + 1).font = { bold: true };

  schools.getRow(1).values = [...EXAMPLE_HEADERS, "Behovsindex", "Belopp (kr)", "Kr per elev", "Golv kr per elev"];
  schools.getRow(1).font = { bold: true };
  SCHOOLS.forEach((school, i) => {
    const row = i + 2;
    schools.getRow(row).values = school;
    // A failing ALLOCATE leaves R3:R14 empty: each row shows R2's error, never 0 kr (formulaLayout.ts).
    schools.getCell(row, 19).value = { formula: perPupilFormula("$R$2", `R${row}`, `B${row}`).slice(1) };
    schools.getCell(row, 20).value = { formula: `H${row}*(1-LIKVARD_MAXMINSKNING)` };
  });
  schools.getCell("Q2").value = {
    formula: `_xldudf_LIKVARD_SOCIOINDEX(C2:F${last},LIKVARD_VIKTER,B2:B${last})`,
    shareType: "array",
    ref: `Q2:Q${last}`,
  } as never;
  schools.getCell("R2").value = {
    formula: `_xldudf_LIKVARD_ALLOCATE(B2:B${last},Q2:Q${last},LIKVARD_POTT,LIKVARD_METOD,LIKVARD_PARAMETER,T2:T${last},,LIKVARD_ENHET)`,
    shareType: "array",
    ref: `R2:R${last}`,
  } as never;
  const total = last + 1;
  schools.getCell(total, 1).value = "Summa";
  schools.getCell(total, 2).value = { formula: `SUM(B2:B${last})` };
  schools.getCell(total, 18).value = { formula: `SUM(R2:R${last})` };
  schools.getCell(total, 19).value = { formula: `R${total}/B${total}` };
  schools.getRow(total).font = { bold: true };
  for (const col of [3, 4, 5, 6, 7, 9]) schools.getColumn(col).numFmt = "0%";
  for (const col of [8, 18, 19, 20]) schools.getColumn(col).numFmt = "#,##0";
  for (const col of [10, 11, 12, 17]) schools.getColumn(col).numFmt = "0.0";
  schools.getColumn(1).width = 16;
  for (let col = 2; col <= 20; col++) schools.getColumn(col).width = 14;

  followUp.getCell("A1").value = "Skattade vikter (kvasilogit, ej behöriga till gymnasiet)";
  followUp.getRow(2).values = ["", "Skattning", "Medelfel", "t", "p"];
  const terms = ["Konstant", ...settings.factors.map((f) => f.name)];
  terms.forEach((label, i) => (followUp.getCell(3 + i, 1).value = label));
  followUp.getCell("B3").value = {
    formula: `_xldudf_LIKVARD_SOCIOFIT(Skolor!C2:F${last},Skolor!G2:G${last},Skolor!B2:B${last},"quasilogit")`,
    shareType: "array",
    ref: areaName({ top: 2, left: 1, rows: settings.factors.length + 1, cols: FIT_COLUMNS }),
  } as never;
  followUp.getCell("A10").value = "Följer behöriga lärare behovet?";
  followUp.getCell("A11").value = {
    formula: `_xldudf_LIKVARD_EQUITYGAP(Skolor!Q2:Q${last},Skolor!I2:I${last},Skolor!B2:B${last},"summary")`,
    shareType: "array",
    ref: areaName({ top: 10, left: 0, rows: SUMMARY_ROWS.length, cols: 2 }),
  } as never;
  followUp.getCell("A21").value = "Belopp per elev, högsta mot lägsta behovskvartil";
  followUp.getCell("B21").value = {
    formula: `_xldudf_LIKVARD_EQUITYGAP(Skolor!Q2:Q${last},Skolor!S2:S${last},Skolor!B2:B${last},"ratio")`,
  };
  followUp.getColumn(1).width = 48;
  for (let col = 2; col <= 5; col++) followUp.getColumn(col).width = 14;
  return wb;
}
