import ExcelJS from "exceljs";
import { BYTES_PER_CELL, openWorkbook } from "../../../../src/engine/readWorkbook";
import { PackageError } from "../../../../src/engine/package/zipPackage";

/** Five cells with content. */
async function fiveCells(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Blad1");
  [1, 2, 3, 4, 5].forEach((v, i) => (ws.getCell(i + 1, 1).value = v));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

test("more cells than the host's memory holds are refused with a message saying why and what to do", async () => {
  // Memory for four cells: the fifth is one too many.
  const memory = 4 * BYTES_PER_CELL;
  await expect(openWorkbook(await fiveCells(), "sv", memory)).rejects.toThrow(PackageError);
  await expect(openWorkbook(await fiveCells(), "en", memory)).rejects.toThrow(
    /at least 5 cells with content \(at most 4 here\).*Split the workbook.*--max-old-space-size=/,
  );
  // Memory for five is enough.
  const opened = await openWorkbook(await fiveCells(), "sv", 5 * BYTES_PER_CELL);
  expect(opened.sheets[0].cells).toHaveLength(5);
});
