/**
 * OfficeWorkbook, the pane's Office.js port, on office-addin-mock: it reads
 * only what it loaded and synced, and every change of an action goes out in
 * one final context.sync(), after a first sync that only reads.
 */
// office-addin-mock needs only this enum from office-addin-manifest, whose ES-module dependencies Jest cannot load.
jest.mock("office-addin-manifest", () => ({ OfficeApp: { Excel: "excel", Outlook: "outlook" } }));

import { OfficeWorkbook } from "../../../src/taskpane/workbook/officeWorkbook";
import { isLikvardFormula } from "../../../src/model/freeze/likvardFormula";
import { MockBook, officeMock } from "./officeMock";

function withExcel(book: MockBook) {
  const mock = officeMock(book);
  (globalThis as { Excel?: unknown }).Excel = mock.Excel;
  return mock;
}

afterEach(() => delete (globalThis as { Excel?: unknown }).Excel);

const budget: MockBook = {
  sheets: {
    Skolor: {
      A1: "Skola",
      B1: "Elever",
      A2: "Ekbacken",
      B2: 100,
      A3: "Tallåsen",
      B3: 200,
      C2: "=LIKVARD.ALLOCATE(B2:B3,{80;120},LIKVARD_POTT)",
      D2: "=SUM(C2#)",
      E2: "=A1 (text)",
    },
  },
  computed: { Skolor: { C2: 75_000, C3: 225_000, D2: 300_000 } },
  spills: { Skolor: { C2: "C2:C3" } },
  names: ["LIKVARD_POTT"],
  selection: "Skolor!B2:B3",
};

test("write: the model sheet, its values and names in one final sync after one reading sync", async () => {
  const excel = withExcel(budget);
  await new OfficeWorkbook().write(
    [
      {
        sheet: "Likvärd modell",
        topLeft: "A1",
        values: [
          ["Pott", 600_000],
          ["Formel", "=inte en formel"],
        ],
      },
    ],
    [
      { name: "LIKVARD_POTT", sheet: "Likvärd modell", ref: "$B$1" },
      { name: "LIKVARD_METOD", sheet: "Likvärd modell", ref: "$B$2" },
    ],
  );
  expect(excel.syncs()).toBe(2);
  expect(excel.log).toEqual([
    "sync 1",
    "add sheet Likvärd modell @1",
    "delete name LIKVARD_POTT @1",
    "add name LIKVARD_POTT ='Likvärd modell'!$B$1 @1",
    "add name LIKVARD_METOD ='Likvärd modell'!$B$2 @1",
    "sync 2",
  ]);
  // Text that starts with "=" keeps Excel's quote prefix, so it stays text.
  expect(excel.written("Likvärd modell", "A1:B2")?.values).toEqual([
    ["Pott", 600_000],
    ["Formel", "'=inte en formel"],
  ]);
});

test("write: formulas go in as formulas; an existing sheet is not added again", async () => {
  const excel = withExcel(budget);
  await new OfficeWorkbook().write([{ sheet: "Skolor", topLeft: "F2", formulas: [["=B2*2"], ["=B3*2"]] }], []);
  expect(excel.log).toEqual(["sync 1", "sync 2"]);
  expect(excel.written("Skolor", "F2:F3")?.formulas).toEqual([["=B2*2"], ["=B3*2"]]);
});

test("write with a sheet copy: copied and renamed in the same batch, and the writes land on the copy", async () => {
  const excel = withExcel(budget);
  await new OfficeWorkbook().write(
    [{ sheet: "Skolor (värden)", topLeft: "C2", values: [[75_000], [225_000]] }],
    [],
    [{ from: "Skolor", to: "Skolor (värden)" }],
  );
  expect(excel.log).toEqual(["sync 1", "copy sheet Skolor @1", "sync 2"]);
  expect(excel.written("Skolor (copy)", "C2:C3")?.values).toEqual([[75_000], [225_000]]);
});

test("occupied: the non-empty cells a write would cover, sheets the pane owns excepted", async () => {
  withExcel(budget);
  const cells = await new OfficeWorkbook().occupied(
    [
      { sheet: "Skolor", topLeft: "B3", values: [["", "", ""]] },
      { sheet: "Likvärd modell", topLeft: "A1", values: [["x"]] },
      { sheet: "Ny", topLeft: "A1", values: [["x"]] },
    ],
    ["Likvärd modell"],
  );
  expect(cells).toEqual(["Skolor!B3", "Skolor!C3"]);
});

test("snapshot: formulas apart from text, Likvärd spills located, values as computed", async () => {
  withExcel({
    ...budget,
    computed: { ...budget.computed, Skolor: { ...budget.computed!.Skolor, E2: "=A1 (text)" } },
  });
  const snapshot = await new OfficeWorkbook().snapshot("Skolor", isLikvardFormula);
  expect(snapshot?.spills).toEqual({ C2: "C2:C3" });
  expect(snapshot?.formulas[1]).toEqual([
    null,
    null,
    "=LIKVARD.ALLOCATE(B2:B3,{80;120},LIKVARD_POTT)",
    "=SUM(C2#)",
    null,
  ]);
  expect(snapshot?.values[1]).toEqual(["Ekbacken", 100, 75_000, 300_000, "=A1 (text)"]);
  expect(await new OfficeWorkbook().snapshot("Saknas", isLikvardFormula)).toBeUndefined();
});

test("readSheet from A1, sheetNames and selection", async () => {
  withExcel(budget);
  const port = new OfficeWorkbook();
  const sheet = await port.readSheet("Skolor");
  expect(sheet?.[0]).toEqual(["Skola", "Elever", "", "", ""]);
  expect(await port.readSheet("Saknas")).toBeUndefined();
  expect(await port.sheetNames()).toEqual(["Skolor"]);
  expect(await port.selection()).toBe("Skolor!B2:B3");
});

test("write with number formats: kronor and the index get their formats in the same batch (issue 16)", async () => {
  const excel = withExcel(budget);
  await new OfficeWorkbook().write(
    [{ sheet: "Skolor", topLeft: "F2", formulas: [["=B2*2"], ["=B3*2"]] }],
    [],
    [],
    [{ sheet: "Skolor", range: "F2:F3", code: "#,##0" }],
  );
  expect(excel.log).toEqual(["sync 1", "sync 2"]);
  expect((excel.written("Skolor", "F2:F3") as { numberFormat?: unknown })?.numberFormat).toEqual([
    ["#,##0"],
    ["#,##0"],
  ]);
});

test("addScatterChart: titled axes and a second series drawn as a line (the 45° line); a chart of the same title is replaced", async () => {
  const excel = withExcel(budget);
  const add = () =>
    new OfficeWorkbook().addScatterChart("Uppföljning", "C7:C19", "B7:B19", "Meritvärde: utfall mot förväntat", {
      xLabel: "Förväntat",
      yLabel: "Meritvärde",
      line: { x: "I7:I8", y: "I7:I8" },
    });
  await add();
  await new OfficeWorkbook().addScatterChart(
    "Uppföljning",
    "G7:G19",
    "Skolor!I2:I14",
    "Behöriga lärare mot behovsindex",
  );
  expect(
    excel
      .charts("Uppföljning")
      .map((c) => ({ ...c, series: [...c.series].map(({ x, y, chartType }) => ({ x, y, chartType })) })),
  ).toEqual([
    {
      name: "Meritvärde: utfall mot förväntat",
      type: "XYScatter",
      title: { text: "Meritvärde: utfall mot förväntat" },
      legend: { visible: false },
      axes: { categoryAxis: { title: { text: "Förväntat" } }, valueAxis: { title: { text: "Meritvärde" } } },
      series: [
        { x: "Uppföljning!C7:C19", y: "Uppföljning!B7:B19", chartType: undefined },
        { x: "Uppföljning!I7:I8", y: "Uppföljning!I7:I8", chartType: "XYScatterLinesNoMarkers" },
      ],
    },
    {
      name: "Behöriga lärare mot behovsindex",
      type: "XYScatter",
      title: { text: "Behöriga lärare mot behovsindex" },
      legend: { visible: false },
      axes: { categoryAxis: { title: {} }, valueAxis: { title: {} } },
      // The resource is read from the data's own sheet.
      series: [{ x: "Uppföljning!G7:G19", y: "Skolor!I2:I14", chartType: undefined }],
    },
  ]);
  await add();
  expect(excel.charts("Uppföljning").map((c) => c.name)).toEqual([
    "Behöriga lärare mot behovsindex",
    "Meritvärde: utfall mot förväntat",
  ]);
  expect(excel.log.filter((l) => l.includes("chart"))).toEqual([
    "add chart Uppföljning @1",
    "add chart Uppföljning @3",
    "delete chart Meritvärde: utfall mot förväntat @5",
    "add chart Uppföljning @5",
  ]);
});

test("write: the names to remove are deleted in the same final sync as the writes; one not there is no error", async () => {
  const excel = withExcel({ ...budget, names: ["LIKVARD_POTT", "LIKVARD_GAMMAL_POTT", "MIN_EGEN"] });
  await new OfficeWorkbook().write(
    [{ sheet: "Likvärd modell", topLeft: "A1", values: [["Pott", 600_000]] }],
    [{ name: "LIKVARD_POTT", sheet: "Likvärd modell", ref: "$B$1" }],
    [],
    [],
    ["LIKVARD_GAMMAL_POTT", "LIKVARD_BORTA_POTT"],
  );
  expect(excel.syncs()).toBe(2);
  expect(excel.log).toEqual([
    "sync 1",
    "add sheet Likvärd modell @1",
    "delete name LIKVARD_POTT @1",
    "delete name LIKVARD_GAMMAL_POTT @1",
    "add name LIKVARD_POTT ='Likvärd modell'!$B$1 @1",
    "sync 2",
  ]);
});

test("definedNames: each workbook name and what it refers to now, without the '='", async () => {
  withExcel({
    ...budget,
    names: ["LIKVARD_POTT", "LIKVARD_OMR_ELEVER"],
    refersTo: { LIKVARD_POTT: "'Likvärd modell'!$B$3", LIKVARD_OMR_ELEVER: "Skolor!$B$5:$B$6" },
  });
  expect(await new OfficeWorkbook().definedNames()).toEqual([
    { name: "LIKVARD_POTT", refersTo: "'Likvärd modell'!$B$3" },
    { name: "LIKVARD_OMR_ELEVER", refersTo: "Skolor!$B$5:$B$6" },
  ]);
});
