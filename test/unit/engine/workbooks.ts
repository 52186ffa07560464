/**
 * Small workbooks for the engine tests, written with ExcelJS the way Excel
 * saves them (add-in calls as `_xldudf_LIKVARD_…`, spills as array areas with
 * cached values). Every cached value is computed by hand in the comments.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createHash } from "node:crypto";
import ExcelJS from "exceljs";

export const tempDir = () => mkdtempSync(join(tmpdir(), "likvard-"));
export const sha = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

/**
 * Three schools: pupils 100, 200, 300; index 80, 100, 120; pot 600 000.
 * Weights pupils × index = 8 000, 20 000, 36 000 (sum 64 000), so the pot
 * splits 600 000 × 8/64 = 75 000, × 20/64 = 187 500, × 36/64 = 337 500.
 */
export function allocationWorkbook(options: { cachedC3?: number; storedRef?: string } = {}): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Budget");
  ws.getRow(1).values = ["Elever", "Index", "Belopp", "Kontroll"];
  ws.getRow(2).values = [100, 80];
  ws.getRow(3).values = [200, 100];
  ws.getRow(4).values = [300, 120];
  ws.getCell("C2").value = {
    formula: "_xldudf_LIKVARD_ALLOCATE(A2:A4,B2:B4,Pott)",
    result: 75_000,
    shareType: "array",
    ref: options.storedRef ?? "C2:C4",
  } as never;
  ws.getCell("C3").value = options.cachedC3 ?? 187_500;
  ws.getCell("C4").value = 337_500;
  ws.getCell("C5").value = { formula: "SUM(C2:C4)", result: 600_000 };
  // Zero cached results must not count as differences (ExcelJS drops them when reading).
  ws.getCell("D2").value = { formula: "A2*0", result: 0 };
  // 75 000 / 100 = 750 kr per pupil.
  ws.getCell("D3").value = { formula: "C2/A2", result: 750 };
  ws.getColumn(3).numFmt = "# ##0";
  ws.getCell("C2").font = { bold: true };
  const model = wb.addWorksheet("Modell");
  model.getCell("A1").value = "Pott";
  model.getCell("B1").value = 600_000;
  wb.definedNames.add("Modell!$B$1", "Pott");
  return wb;
}

export async function save(wb: ExcelJS.Workbook, dir: string, name: string): Promise<string> {
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

export async function open(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}
