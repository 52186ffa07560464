/**
 * The pane's "share as values" on the in-memory workbook: one batch, a copy
 * whose Likvärd cells are values, a provenance sheet — and `likvard verify`
 * accepts the result, so the pane and the engine freeze by the same rules.
 */
import ExcelJS from "exceljs";
import { PROVENANCE_SHEET } from "../../../src/model/freeze/provenance";
import { shareAsValues, valuesCopyName } from "../../../src/taskpane/shareAsValues";
import { MemoryWorkbook } from "../../../src/taskpane/workbook/memoryWorkbook";
import { run } from "../../../src/engine/cli";
import { save, tempDir } from "../engine/workbooks";

const stamp = { date: "2026-11-25", version: "0.1.0" };

/** The hand case of workbooks.ts: pupils 100, 200, 300; index 80, 100, 120; pot 600 000 → 75 000, 187 500, 337 500. */
function budget(): MemoryWorkbook {
  const wb = new MemoryWorkbook({
    Budget: [
      ["Elever", "Index", "Belopp", "Per elev"],
      [100, 80, "=LIKVARD.ALLOCATE(A2:A4,B2:B4,Pott)", "=C2/A2"],
      [200, 100, null, "=C3/A3"],
      [300, 120, null, "=C4/A4"],
      ["Summa", null, "=SUM(C2#)"],
    ],
    Modell: [["Pott", 600_000]],
  });
  wb.names.set("Pott", { name: "Pott", sheet: "Modell", ref: "$B$1" });
  wb.recalculate(); // with the name: the engine gives the hand case's amounts, which the tests below read
  return wb;
}

test("the copy holds values where Likvärd's formulas were, other formulas kept; the original is untouched", async () => {
  const wb = budget();
  const original = structuredClone(wb.sheets.get("Budget"));
  const shared = await shareAsValues(wb, "Budget", stamp, "sv");
  expect(shared.copy).toBe("Budget (värden)");
  expect(wb.batches).toBe(1);
  expect(wb.sheets.get("Budget")).toEqual(original);
  expect(wb.sheets.get("Budget (värden)")).toEqual([
    ["Elever", "Index", "Belopp", "Per elev"],
    [100, 80, 75_000, "=C2/A2"],
    [200, 100, 187_500, "=C3/A3"],
    [300, 120, 337_500, "=C4/A4"],
    ["Summa", null, "=SUM(C2:C4)"],
  ]);
  const provenance = wb.sheets.get(PROVENANCE_SHEET) as unknown[][];
  expect(provenance[4].slice(0, 3)).toEqual(["Budget (värden)", "C2:C4", "=LIKVARD.ALLOCATE(A2:A4,B2:B4,Pott)"]);
});

test("sharing twice keeps the earlier entries and picks a free name", async () => {
  const wb = budget();
  await shareAsValues(wb, "Budget", stamp, "sv");
  const second = await shareAsValues(wb, "Budget", stamp, "sv");
  expect(second.copy).toBe("Budget (värden 2)");
  const provenance = wb.sheets.get(PROVENANCE_SHEET) as unknown[][];
  expect(provenance.slice(4).map((row) => row[0])).toEqual(["Budget (värden)", "Budget (värden 2)"]);
});

test("names of copies stay within Excel's 31 characters and differ case-insensitively", () => {
  expect(valuesCopyName("Skolor", ["skolor (VÄRDEN)"], "sv")).toBe("Skolor (värden 2)");
  expect(valuesCopyName("Grundskolor i kommunen 2027 budget", [], "en")).toBe("Grundskolor i kommunen (values)");
  expect(valuesCopyName("Grundskolor i kommunen 2027 budget", [], "en")).toHaveLength(31);
});

test("a sheet without Likvärd formulas, or no sheet, is a message and nothing is written", async () => {
  const wb = budget();
  await expect(shareAsValues(wb, "Modell", stamp, "sv")).rejects.toThrow('Bladet "Modell" har inga Likvärd-formler.');
  await expect(shareAsValues(wb, "Saknas", stamp, "en")).rejects.toThrow('There is no sheet "Saknas".');
  expect(wb.batches).toBe(0);
});

test("likvard verify accepts the shared copy: the values match its formulas and checksums", async () => {
  const wb = budget();
  await shareAsValues(wb, "Budget", stamp, "sv");
  // What a recipient gets: the copy, the model and the provenance, saved by Excel.
  const file = new ExcelJS.Workbook();
  const results: Record<string, number> = { C2: 750, C3: 937.5, C4: 1125, C5: 600_000 }; // 75 000 / 100 …
  for (const name of ["Budget (värden)", "Modell", PROVENANCE_SHEET]) {
    const ws = file.addWorksheet(name);
    (wb.sheets.get(name) as unknown[][]).forEach((row, r) =>
      row.forEach((v, c) => {
        const cell = ws.getCell(r + 1, c + 1);
        if (wb.hasFormula(name, cell.address))
          cell.value = { formula: String(v).slice(1), result: results[cell.address.replace("D", "C")] };
        else if (v !== null && v !== undefined) cell.value = v as never;
      }),
    );
  }
  file.definedNames.add("Modell!$B$1", "Pott");
  const path = await save(file, tempDir(), "delad.xlsx");
  const out: string[] = [];
  const code = await run(
    ["verify", path],
    (s) => out.push(s),
    (s) => out.push(s),
  );
  expect(out.join("\n")).toMatch(/1 frozen|1 fryst/i);
  expect(code).toBe(0);

  // A changed frozen value is caught.
  file.getWorksheet("Budget (värden)")!.getCell("C3").value = 187_501;
  const tampered = await save(file, tempDir(), "ändrad.xlsx");
  expect(
    await run(
      ["verify", tampered],
      () => undefined,
      () => undefined,
    ),
  ).toBe(1);
});
