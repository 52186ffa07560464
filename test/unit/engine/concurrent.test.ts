/**
 * The engine keeps no state between workbooks: two evaluations at once, with
 * the same anchor cells, different result sizes and different languages,
 * each get their own answer.
 */
import ExcelJS from "exceljs";
import { evaluateWorkbook } from "../../../src/engine/evaluateWorkbook";
import { openWorkbook } from "../../../src/engine/readWorkbook";

/** ALLOCATE in D2 over `pupils` (index 100 each), pot 1 000: equal pupils split it evenly. */
async function workbook(pupils: (number | string)[]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Blad1");
  pupils.forEach((p, i) => {
    ws.getCell(i + 2, 1).value = p;
    ws.getCell(i + 2, 2).value = 100;
  });
  const end = pupils.length + 1;
  ws.getCell("D2").value = { formula: `_xldudf_LIKVARD_ALLOCATE(A2:A${end},B2:B${end},1000)` };
  return openWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()), "sv");
}

test("two workbooks evaluate side by side without sharing sizes or languages", async () => {
  const [two, five, bad] = await Promise.all([
    workbook([10, 10]),
    workbook([10, 10, 10, 10, 10]),
    workbook([10, "många"]),
  ]);
  const [a, b, c] = await Promise.all([
    Promise.resolve().then(() => evaluateWorkbook(two, "sv")),
    Promise.resolve().then(() => evaluateWorkbook(five, "en")),
    Promise.resolve().then(() => evaluateWorkbook(bad, "en")),
  ]);
  // 1 000 / 2 = 500 each; 1 000 / 5 = 200 each.
  expect(a.results[0].values).toEqual([[500], [500]]);
  expect(b.results[0].values).toEqual([[200], [200], [200], [200], [200]]);
  const error = c.results[0].values[0][0] as { error: string; message: string };
  expect(error.error).toBe("#VALUE!");
  expect(error.message).toMatch(/row 2.*not a number/);
  // Evaluating again gives the same: nothing learnt from one workbook leaks into the next.
  expect(evaluateWorkbook(two, "sv").results[0].values).toEqual([[500], [500]]);
});
