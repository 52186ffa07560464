/**
 * "Insert formulas" puts into the sheet what the pane's preview shows: the
 * inserted formulas, evaluated by the headless engine over the example
 * workbook and the model sheet, give the preview's amounts krona for krona —
 * year-on-year limits included.
 */
import ExcelJS from "exceljs";
import { evaluateWorkbook } from "../../../src/engine/evaluateWorkbook";
import { openWorkbook } from "../../../src/engine/readWorkbook";
import { exampleModel } from "../../../src/model/example/model";
import { EXAMPLE_HEADERS, EXAMPLE_RANGES, EXAMPLE_SCHOOLS } from "../../../src/model/example/schools";
import { ModelSettings } from "../../../src/model/pane/modelSettings";
import { MODEL_SHEET, modelSheetCells } from "../../../src/model/pane/modelSheet";
import { computePreview } from "../../../src/model/pane/preview";
import { cellName, parseCell, quoteSheet, splitSheetRef } from "../../../src/model/sheet/addresses";
import { formulaWrites } from "../../../src/taskpane/formulaLayout";

/** Formula text: ranges as a user might give them. */
const ranges = {
  pupils: "Skolor!B2:B13",
  factors: "Skolor!C2:F13",
  lastYear: "Skolor!H2:H13",
  resource: "Skolor!I2:I13",
};

/** The example's own columns (src/model/example/schools.ts), for evaluating the formulas over its data. */
const dataRanges = {
  pupils: EXAMPLE_RANGES.pupils,
  factors: EXAMPLE_RANGES.factors,
  lastYear: EXAMPLE_RANGES.lastYear,
  resource: EXAMPLE_RANGES.resource,
};
/** The first free column of the example's sheet. */
const FREE = `Skolor!${cellName(1, EXAMPLE_HEADERS.length)}`;
const LAST_YEAR = EXAMPLE_RANGES.lastYear;

// The example model, with a fixed floor and a largest increase as well.
const settings: ModelSettings = { ...exampleModel(), floor: 6_000, maxIncrease: 0.3 };

const column = (c: number) => Float64Array.from(EXAMPLE_SCHOOLS, (s) => s[c] as number);

/** The example workbook with the model sheet and the pane's formulas from `target`, as the pane would leave it. */
function paneWorkbook(
  lastYear: string,
  dataSheet = "Skolor",
  target = FREE,
  model_: ModelSettings = settings,
): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const data = wb.addWorksheet(dataSheet);
  data.addRow(EXAMPLE_HEADERS);
  const targetSheet = splitSheetRef(target).sheet ?? dataSheet;
  const ws = targetSheet === dataSheet ? data : wb.addWorksheet(targetSheet);
  // Numbers on the results' sheet where the data's rows are: a reference that lost its sheet would read these.
  if (ws !== data) EXAMPLE_SCHOOLS.forEach((_, r) => (ws.getRow(r + 2).getCell(2).value = 1 + r));
  EXAMPLE_SCHOOLS.forEach((s) => data.addRow([...s]));
  const model = wb.addWorksheet(MODEL_SHEET);
  const layout = modelSheetCells(model_);
  layout.cells.forEach((row, r) => row.forEach((v, c) => (model.getCell(r + 1, c + 1).value = v as never)));
  for (const n of layout.names) wb.definedNames.add(`${quoteSheet(MODEL_SHEET)}!${n.ref}`, n.name);
  const on = (range: string) => (range ? `${quoteSheet(dataSheet)}!${splitSheetRef(range).ref}` : "");
  const { writes } = formulaWrites(
    target,
    {
      pupils: on(dataRanges.pupils),
      factors: on(dataRanges.factors),
      lastYear: on(lastYear),
      resource: on(dataRanges.resource),
    },
    "sv",
  );
  for (const w of writes) {
    const start = parseCell(w.topLeft) as { row: number; col: number };
    (w.formulas ?? w.values ?? []).forEach((row, r) =>
      row.forEach((v, c) => {
        const cell = ws.getCell(start.row + r + 1, start.col + c + 1);
        cell.value = (w.formulas ? { formula: String(v).slice(1) } : v) as never;
      }),
    );
  }
  return wb;
}

async function amountsIn(wb: ExcelJS.Workbook, target = FREE): Promise<number[]> {
  const evaluation = evaluateWorkbook(await openWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()), "sv"), "sv");
  // The ALLOCATE spill, one column right of the target.
  const { sheet, ref } = splitSheetRef(target);
  const start = parseCell(ref) as { row: number; col: number };
  return EXAMPLE_SCHOOLS.map((_, r) => evaluation.valueAt(sheet as string, start.row + r, start.col + 1) as number);
}

test.each([
  ["with last year's column: per-school floor and cap columns", LAST_YEAR],
  ["without: the fixed floor and cap", ""],
])("the inserted ALLOCATE gives the preview's amounts, %s", async (_, lastYear) => {
  const preview = computePreview(
    {
      pupils: column(1),
      factors: [2, 3, 4, 5].map(column),
      lastYear: lastYear ? column(7) : undefined,
    },
    settings,
    "sv",
  );
  if (!preview.ok) throw new Error(preview.message);
  const amounts = await amountsIn(paneWorkbook(lastYear));
  expect(amounts).toEqual(Array.from(preview.preview.amounts));
  expect(amounts.reduce((a, b) => a + b, 0)).toBe(64_000_000);
});

test.each([
  ["with last year's column", LAST_YEAR],
  ["without", ""],
])("when ALLOCATE fails, every kr per pupil shows its error, never 0 (%s)", async (_, lastYear) => {
  // A floor no pot can pay: ALLOCATE is #NUM!, the cells under it stay empty.
  const wb = paneWorkbook(lastYear, "Skolor", FREE, { ...settings, floor: 30_000 });
  const evaluation = evaluateWorkbook(await openWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()), "sv"), "sv");
  const start = parseCell(splitSheetRef(FREE).ref) as { row: number; col: number };
  const shown = (r: number, c: number) => evaluation.valueAt("Skolor", start.row + r, start.col + c);
  expect(shown(0, 1)).toMatchObject({ error: "#NUM!" });
  for (let r = 0; r < EXAMPLE_SCHOOLS.length; r++)
    expect([r, shown(r, 2)]).toEqual([r, expect.objectContaining({ error: "#NUM!" })]);
});

test("the limits make a difference here, so the test above can fail", async () => {
  expect(await amountsIn(paneWorkbook(LAST_YEAR))).not.toEqual(await amountsIn(paneWorkbook("")));
});

test("headers above the results; spilled cells reserved for the overwrite check, not written", () => {
  const { writes, reserved } = formulaWrites("Skolor!N2", ranges, "sv");
  expect(writes.find((w) => w.topLeft === "N1")?.values).toEqual([
    ["Behovsindex", "Belopp (kr)", "Kr per elev", "Golv per elev (kr)", "Tak per elev (kr)"],
  ]);
  expect(writes.find((w) => w.topLeft === "N2")?.formulas?.[0][1]).toBe(
    "=LIKVARD.ALLOCATE(B2:B13,N2:N13,LIKVARD_POTT,LIKVARD_METOD,LIKVARD_PARAMETER,Q2:Q13,R2:R13,LIKVARD_ENHET)",
  );
  expect(reserved).toEqual([{ sheet: "Skolor", topLeft: "N3", values: Array.from({ length: 11 }, () => ["", ""]) }]);
  expect(writes.some((w) => w.topLeft === "N3")).toBe(false);
});

// Issue 16, problem 1: results on another sheet than the data, and sheet names that need quoting.
test.each([
  ["results on another sheet", "Skolor", "Resultat!K2"],
  ["a data sheet with a space and å/ä/ö", "Skolor 2026 å ä ö", "'Skolor 2026 å ä ö'!Q2"],
  ["both, and an apostrophe", "Elevernas skolår 2026", "'Fördelning ht''26'!C5"],
])("the inserted formulas read the data's own sheet: %s", async (_, dataSheet, target) => {
  const preview = computePreview(
    { pupils: column(1), factors: [2, 3, 4, 5].map(column), lastYear: column(7) },
    settings,
    "sv",
  );
  if (!preview.ok) throw new Error(preview.message);
  const amounts = await amountsIn(paneWorkbook(LAST_YEAR, dataSheet, target), target);
  expect(amounts).toEqual(Array.from(preview.preview.amounts));
});

test("a reference on another sheet carries its quoted sheet; on the same sheet it does not", () => {
  const { writes } = formulaWrites("Resultat!B2", { ...ranges, lastYear: "Skolor!H2:H13" }, "sv");
  const allocate = writes.find((w) => w.topLeft === "B2")?.formulas?.[0];
  expect(allocate?.[0]).toBe("=LIKVARD.SOCIOINDEX(Skolor!C2:F13,LIKVARD_VIKTER,Skolor!B2:B13,LIKVARD_MODELL)");
  expect(allocate?.[1]).toMatch(/^=LIKVARD\.ALLOCATE\(Skolor!B2:B13,B2:B13,/);
  expect(writes.find((w) => w.topLeft === "D2")?.formulas?.[0][0]).toBe(
    '=IF(ISERROR($C$2),$C$2,IF(Skolor!B2>0,C2/Skolor!B2,""))',
  );
  expect(writes.find((w) => w.topLeft === "E2")?.formulas?.[0][0]).toMatch(/ISNUMBER\(Skolor!H2\)/);
  const quoted = formulaWrites("R!A2", { ...ranges, pupils: "'Skolor å'!B2:B13" }, "sv").writes[0].formulas?.[0][0];
  expect(quoted).toMatch(/'Skolor å'!B2:B13/);
  // No sheet in the target: the data's sheet, not a stray "Skolor".
  expect(formulaWrites("N2", { ...ranges, pupils: "Elever!B2:B13" }, "sv").writes[0].sheet).toBe("Elever");
});

test("inserted cells are formatted: kronor as #,##0, the index with one decimal, no literal space in a code", () => {
  const { formats } = formulaWrites("Skolor!N2", ranges, "sv");
  expect(formats).toEqual([
    { sheet: "Skolor", range: "N2:N13", code: "0.0" },
    { sheet: "Skolor", range: "O2:P13", code: "#,##0" },
    { sheet: "Skolor", range: "Q2:R13", code: "#,##0" },
  ]);
  for (const f of formats) expect(f.code).not.toMatch(/\s/);
});

test("a target too far right for the results is a Swedish message, not the engine's 'Sheet size limit exceeded'", () => {
  expect(() => formulaWrites("Skolor!XFD2", ranges, "sv")).toThrow(
    "Resultaten behöver 8 kolumner från målcellen Skolor!XFD2, men bladet slutar vid kolumn XFD. Välj en målcell längre till vänster.",
  );
  expect(() => formulaWrites("XFA2", { ...ranges, resource: "" }, "en")).toThrow(
    /need 5 columns .* ends at column XFD/,
  );
  // The last place the results fit: from XEW2 (eight columns, XEW … XFD).
  expect(() => formulaWrites("Skolor!XEW2", ranges, "sv")).not.toThrow();
  expect(() => formulaWrites("Skolor!XEX2", ranges, "sv")).toThrow(/bladet slutar vid kolumn XFD/);
});
