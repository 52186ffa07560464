/**
 * The preview's in-memory workbook calculates with the headless engine: after
 * the pane's writes (the model sheet with its names, the formulas of
 * formulaWrites) every sheet shows exactly what evaluateWorkbook gives for the
 * same workbook saved as a file with ExcelJS — data and results on sheets
 * whose names need quoting (spaces, å/ä/ö), and a spill blocked by a value the
 * user typed (#SPILL!, with the message naming the cell in the way).
 */
import ExcelJS from "exceljs";
import { Value } from "../../../src/engine/cellValues";
import { evaluateWorkbook } from "../../../src/engine/evaluateWorkbook";
import { openWorkbook } from "../../../src/engine/readWorkbook";
import { exampleModel } from "../../../src/model/example/model";
import { EXAMPLE_HEADERS, EXAMPLE_RANGES, EXAMPLE_SCHOOLS } from "../../../src/model/example/schools";
import { MODEL_SHEET, modelSheetCells } from "../../../src/model/pane/modelSheet";
import { parseCell, quoteSheet, splitSheetRef } from "../../../src/model/sheet/addresses";
import { formulaWrites } from "../../../src/taskpane/formulaLayout";
import { MemoryWorkbook } from "../../../src/taskpane/workbook/memoryWorkbook";
import { DefinedName, Write } from "../../../src/taskpane/workbook/workbookPort";

const DATA = "Skolor 2026 å ä ö";
const RESULTS = "Fördelning år 2026 – öst";
const POT = 64_000_000;
const schools = EXAMPLE_SCHOOLS.length;

/** The model sheet (as the pane saves it, "" clearing rows below) and the formulas from `target`, with the names. */
function paneWrites(target: string): { writes: Write[]; names: DefinedName[] } {
  const on = (range: string) => `${quoteSheet(DATA)}!${splitSheetRef(range).ref}`;
  const { writes } = formulaWrites(
    target,
    {
      pupils: on(EXAMPLE_RANGES.pupils),
      factors: on(EXAMPLE_RANGES.factors),
      lastYear: on(EXAMPLE_RANGES.lastYear),
      resource: on(EXAMPLE_RANGES.resource),
    },
    "sv",
  );
  const layout = modelSheetCells({ ...exampleModel(), pot: POT, maxIncrease: 0.3 });
  const model = layout.cells.map((row) => Array.from({ length: 4 }, (_, c) => row[c] ?? ""));
  const clear = Array.from({ length: 5 }, () => ["", "", "", ""]);
  return {
    writes: [{ sheet: MODEL_SHEET, topLeft: "A1", values: [...model, ...clear] }, ...writes],
    names: layout.names.map((n) => ({ ...n, sheet: MODEL_SHEET })),
  };
}

/** The workbook before the pane writes: the example's data, and on the results' sheet whatever the user typed. */
const before = (results: unknown[][]): Record<string, unknown[][]> => ({
  [DATA]: [[...EXAMPLE_HEADERS], ...EXAMPLE_SCHOOLS.map((s) => [...s])],
  [RESULTS]: results,
});

/** A sheet as compared: "" and missing cells are empty, trailing empty cells and rows dropped. */
function tidy(grid: readonly (readonly unknown[] | undefined)[]): Value[][] {
  const rows = Array.from(grid, (row) => {
    const out = Array.from(row ?? [], (v) => (v === undefined || v === "" ? null : (v as Value)));
    while (out.length > 0 && out[out.length - 1] === null) out.pop();
    return out;
  });
  while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
  return rows;
}

/** What evaluateWorkbook shows on each sheet of the same workbook, written with ExcelJS and read back as a file. */
async function engineShows(sheets: Record<string, unknown[][]>, writes: Write[], names: DefinedName[]) {
  const wb = new ExcelJS.Workbook();
  const put = (ws: ExcelJS.Worksheet, row: number, col: number, v: unknown, formula: boolean) => {
    // Office.js clears a cell written with "", as the in-memory workbook does: no empty text in the file either.
    if (v === null || v === undefined || v === "") return;
    ws.getCell(row + 1, col + 1).value = (formula ? { formula: (v as string).slice(1) } : v) as never;
  };
  for (const [name, grid] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    grid.forEach((row, r) => row.forEach((v, c) => put(ws, r, c, v, false)));
  }
  for (const w of writes) {
    const ws = wb.getWorksheet(w.sheet) ?? wb.addWorksheet(w.sheet);
    const start = parseCell(w.topLeft) as { row: number; col: number };
    (w.formulas ?? w.values ?? []).forEach((row, r) =>
      row.forEach((v, c) => put(ws, start.row + r, start.col + c, v, Boolean(w.formulas))),
    );
  }
  for (const n of names) wb.definedNames.add(`${quoteSheet(n.sheet)}!${n.ref}`, n.name);
  const opened = await openWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()), "sv");
  const evaluation = evaluateWorkbook(opened, "sv");
  const shown = new Map<string, Value[][]>();
  for (const sheet of opened.sheets) {
    const grid: Value[][] = [];
    for (const cell of sheet.cells) if (cell.formula === undefined) (grid[cell.row] ??= [])[cell.col] = cell.value;
    for (const { cell, area, values } of evaluation.results) {
      if (cell.sheet !== sheet.name) continue;
      values.forEach((row, r) => row.forEach((v, c) => ((grid[area.top + r] ??= [])[area.left + c] = v)));
    }
    shown.set(sheet.name, tidy(grid));
  }
  return shown;
}

async function bothWays(results: unknown[][], target: string) {
  const { writes, names } = paneWrites(target);
  const memory = new MemoryWorkbook(before(results), "", "sv");
  await memory.write(writes, names);
  const engine = await engineShows(before(results), writes, names);
  return { memory, engine };
}

test("every sheet shows what the engine gives for the same file: data and results on sheets with spaces and å/ä/ö", async () => {
  const { memory, engine } = await bothWays([["Anteckning"]], `${quoteSheet(RESULTS)}!B3`);
  expect([...memory.sheets.keys()]).toEqual([DATA, RESULTS, MODEL_SHEET]);
  for (const sheet of memory.sheets.keys())
    expect([sheet, tidy(memory.shown(sheet))]).toEqual([sheet, engine.get(sheet)]);
  // Not empty on both sides: the index and the amounts are numbers, and the amounts are the pot to the krona.
  const shown = memory.shown(RESULTS);
  const amounts = Array.from({ length: schools }, (_, r) => shown[2 + r][2]);
  expect(amounts.every((v) => typeof v === "number")).toBe(true);
  expect((amounts as number[]).reduce((a, b) => a + b, 0)).toBe(POT);
  expect(typeof shown[2][1]).toBe("number");
});

test("a spill blocked by the user's value is #SPILL! naming the cell, as the engine says for the file", async () => {
  // The index will spill down B3:B(2 + schools); the user's note in B6 is in the way.
  const { memory, engine } = await bothWays([[], [], [], [], [], [null, "anteckning"]], `${quoteSheet(RESULTS)}!B3`);
  for (const sheet of memory.sheets.keys())
    expect([sheet, tidy(memory.shown(sheet))]).toEqual([sheet, engine.get(sheet)]);
  expect(memory.shown(RESULTS)[2][1]).toEqual({
    error: "#SPILL!",
    message: `Resultatet behöver B3:B${2 + schools}, men B6 är inte tom. Töm B6 eller flytta formeln.`,
  });
  expect(memory.shown(RESULTS)[5][1]).toBe("anteckning");
});

test("a spill reference typed as Office.js takes it (K2#) reads the whole spill; text that looks like a formula stays text", async () => {
  const wb = new MemoryWorkbook({
    [DATA]: [
      [100, 80],
      [200, 100],
      [300, 120],
    ],
  });
  await wb.write(
    [
      {
        sheet: RESULTS,
        topLeft: "A1",
        formulas: [[`=LIKVARD.ALLOCATE(${quoteSheet(DATA)}!A1:A3,${quoteSheet(DATA)}!B1:B3,Pott)`]],
      },
      { sheet: RESULTS, topLeft: "B1", formulas: [["=SUM(A1#)", `=SUM(${quoteSheet(RESULTS)}!A1#)`]] },
      { sheet: RESULTS, topLeft: "D1", values: [["=A1"]] },
      { sheet: "Modell", topLeft: "A1", values: [["Pott", 600_000]] },
    ],
    [{ name: "Pott", sheet: "Modell", ref: "$B$1" }],
  );
  // The hand case: pupils 100, 200, 300 × index 80, 100, 120 share 600 000 as 75 000, 187 500, 337 500.
  expect(tidy(wb.shown(RESULTS))).toEqual([[75_000, 600_000, 600_000, "=A1"], [187_500], [337_500]]);
});

test("Excel's own array functions spill too (FILTER), and a blocked one is #SPILL!", async () => {
  const wb = new MemoryWorkbook({ Blad: [[1], [2], [3], [4]] });
  await wb.write(
    [
      { sheet: "Blad", topLeft: "B1", formulas: [["=FILTER(A1:A4,A1:A4>1)"]] },
      { sheet: "Blad", topLeft: "C1", formulas: [["=SUM(B1#)"]] },
      { sheet: "Blad", topLeft: "D1", formulas: [["=FILTER(A1:A4,A1:A4>2)"]] },
      { sheet: "Blad", topLeft: "D2", values: [["i vägen"]] },
    ],
    [],
  );
  const shown = tidy(wb.shown("Blad"));
  // 2, 3, 4 are above 1 (sum 9); the second FILTER needs D1:D2, where D2 holds text.
  expect(shown).toEqual([
    [1, 2, 9, { error: "#SPILL!", message: expect.any(String) as string }],
    [2, 3, null, "i vägen"],
    [3, 4],
    [4],
  ]);
});

test("a spilled cell counts as occupied for the overwrite question, as Excel's values show it", async () => {
  const wb = new MemoryWorkbook({ Blad: [[1], [2], [3]] });
  await wb.write([{ sheet: "Blad", topLeft: "B1", formulas: [["=FILTER(A1:A3,A1:A3>0)"]] }], []);
  const over = [{ sheet: "Blad", topLeft: "B2", values: [["x"], ["y"], ["z"]] }];
  expect(await wb.occupied(over, [])).toEqual(["Blad!B2", "Blad!B3"]);
});

test("reading a sheet or a range gives what the cells show, as Office.js values do: results, not formulas", async () => {
  const wb = new MemoryWorkbook({ Blad: [[1], [2], [3]] });
  await wb.write([{ sheet: "Blad", topLeft: "B1", formulas: [["=FILTER(A1:A3,A1:A3>1)", "=1/0"]] }], []);
  expect(await wb.readSheet("Blad")).toEqual([
    [1, 2, "#DIV/0!"],
    [2, 3],
    [3, null],
  ]);
  expect(await wb.readRange("Blad!B1:C2")).toEqual([
    [2, "#DIV/0!"],
    [3, null],
  ]);
});
