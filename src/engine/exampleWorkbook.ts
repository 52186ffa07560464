/**
 * The example budget workbook: twelve schools of a made-up municipality, the
 * model on its own sheet with defined names, and every Likvärd function used
 * the way an economist would — saved with Excel's stored names
 * (`_xldudf_LIKVARD_…`) so it behaves like a file from Excel. The data are
 * invented; the numbers are plausible, not real.
 */
import ExcelJS from "exceljs";
import { EXAMPLE_HEADERS, EXAMPLE_SCHOOLS as SCHOOLS } from "../model/example/schools";

const MODEL: [string, string, ExcelJS.CellValue, string][] = [
  ["LIKVARD_POTT", "Pott (kr)", 64_000_000, "Det belopp som fördelas efter socioekonomiskt behov."],
  ["LIKVARD_METOD", "Metod", "proportional", "proportional, threshold eller power."],
  ["LIKVARD_PARAMETER", "Parameter", 1, "Tröskel (threshold) eller exponent (power)."],
  ["LIKVARD_ENHET", "Avrundningsenhet (kr)", 100, "Beloppen avrundas till hela enheter; summan blir exakt potten."],
  ["LIKVARD_MAXMINSKNING", "Största minskning per elev", 0.02, "Golv: fjolårets belopp per elev × (1 − detta)."],
];

const WEIGHTS: [string, number][] = [
  ["Föräldrar med högst gymnasial utbildning", 2.0],
  ["Nyanlända senaste fyra åren", 3.0],
  ["Pojkar", 0.5],
  ["Hushåll med försörjningsstöd", 2.5],
];

export function exampleWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Likvärd";
  const schools = wb.addWorksheet("Skolor");
  const model = wb.addWorksheet("Likvärd modell");
  const followUp = wb.addWorksheet("Uppföljning");
  const n = SCHOOLS.length;
  const last = n + 1;

  model.getRow(1).values = ["Inställning", "Värde", "Förklaring"];
  MODEL.forEach(([name, label, value, help], i) => {
    const row = i + 2;
    model.getRow(row).values = [label, value as never, help];
    wb.definedNames.add(`'Likvärd modell'!$B$${row}`, name);
  });
  const weightTop = MODEL.length + 3;
  model.getCell(weightTop, 1).value = "Faktor";
  model.getCell(weightTop, 2).value = "Vikt";
  WEIGHTS.forEach(([factor, weight], i) => {
    model.getCell(weightTop + 1 + i, 1).value = factor;
    model.getCell(weightTop + 1 + i, 2).value = weight;
  });
  wb.definedNames.add(`'Likvärd modell'!$B$${weightTop + 1}:$B$${weightTop + WEIGHTS.length}`, "LIKVARD_VIKTER");
  model.getColumn(1).width = 42;
  model.getColumn(3).width = 60;
  model.getRow(1).font = { bold: true };
  model.getRow(weightTop).font = { bold: true };

  schools.getRow(1).values = [...EXAMPLE_HEADERS, "Behovsindex", "Belopp (kr)", "Kr per elev", "Golv kr per elev"];
  schools.getRow(1).font = { bold: true };
  SCHOOLS.forEach((school, i) => {
    const row = i + 2;
    schools.getRow(row).values = school as never;
    schools.getCell(row, 12).value = { formula: `IF(B${row}>0,K${row}/B${row},"")` } as ExcelJS.CellFormulaValue;
    schools.getCell(row, 13).value = { formula: `H${row}*(1-LIKVARD_MAXMINSKNING)` } as ExcelJS.CellFormulaValue;
  });
  schools.getCell("J2").value = {
    formula: `_xldudf_LIKVARD_SOCIOINDEX(C2:F${last},LIKVARD_VIKTER,B2:B${last})`,
    shareType: "array",
    ref: `J2:J${last}`,
  } as never;
  schools.getCell("K2").value = {
    formula: `_xldudf_LIKVARD_ALLOCATE(B2:B${last},J2:J${last},LIKVARD_POTT,LIKVARD_METOD,LIKVARD_PARAMETER,M2:M${last},,LIKVARD_ENHET)`,
    shareType: "array",
    ref: `K2:K${last}`,
  } as never;
  const total = last + 1;
  schools.getCell(total, 1).value = "Summa";
  schools.getCell(total, 2).value = { formula: `SUM(B2:B${last})` } as ExcelJS.CellFormulaValue;
  schools.getCell(total, 11).value = { formula: `SUM(K2:K${last})` } as ExcelJS.CellFormulaValue;
  schools.getCell(total, 12).value = { formula: `K${total}/B${total}` } as ExcelJS.CellFormulaValue;
  schools.getRow(total).font = { bold: true };
  for (const col of [3, 4, 5, 6, 7, 9]) schools.getColumn(col).numFmt = "0%";
  for (const col of [8, 11, 12, 13]) schools.getColumn(col).numFmt = "# ##0";
  schools.getColumn(10).numFmt = "0.0";
  schools.getColumn(1).width = 16;
  for (let col = 2; col <= 13; col++) schools.getColumn(col).width = 14;

  followUp.getCell("A1").value = "Skattade vikter (kvasilogit, ej behöriga till gymnasiet)";
  followUp.getRow(2).values = ["", "Skattning", "Medelfel", "t", "p"];
  ["Konstant", ...WEIGHTS.map(([f]) => f)].forEach((label, i) => (followUp.getCell(3 + i, 1).value = label));
  followUp.getCell("B3").value = {
    formula: `_xldudf_LIKVARD_SOCIOFIT(Skolor!C2:F${last},Skolor!G2:G${last},Skolor!B2:B${last},"quasilogit")`,
    shareType: "array",
    ref: "B3:E7",
  } as never;
  followUp.getCell("A10").value = "Följer behöriga lärare behovet?";
  followUp.getCell("A11").value = {
    formula: `_xldudf_LIKVARD_EQUITYGAP(Skolor!J2:J${last},Skolor!I2:I${last},Skolor!B2:B${last},"summary")`,
    shareType: "array",
    ref: "A11:B19",
  } as never;
  followUp.getCell("A21").value = "Belopp per elev, högsta mot lägsta behovskvartil";
  followUp.getCell("B21").value = {
    formula: `_xldudf_LIKVARD_EQUITYGAP(Skolor!J2:J${last},Skolor!L2:L${last},Skolor!B2:B${last},"ratio")`,
  } as ExcelJS.CellFormulaValue;
  followUp.getColumn(1).width = 48;
  for (let col = 2; col <= 5; col++) followUp.getColumn(col).width = 14;
  return wb;
}
