import { addEdit, editSheet, scanSheet, SheetEdits } from "../../../../src/engine/package/sheetXml";
import { dynamicArrayMark } from "../../../../src/engine/package/dynamicArrays";

const head = '<?xml version="1.0"?><worksheet xmlns="m"><dimension ref="A1:B2"/>';
const tail = '<mergeCells count="1"><mergeCell ref="A5:B5"/></mergeCells></worksheet>';

describe("scanSheet", () => {
  it("reads cells with and without r, formulas, values and inline strings", () => {
    const xml =
      head +
      '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c><f t="shared" ref="B1:B2" si="0">A1*2</f><v>4</v></c></row>' +
      '<row><c t="inlineStr"><is><r><t>Hej </t></r><r><t>då</t></r><rPh><t>x</t></rPh></is></c>' +
      '<c r="C2" t="e"><v>#N/A</v></c></row></sheetData>' +
      tail;
    const scan = scanSheet(xml);
    expect(scan.rows.map((r) => r.row)).toEqual([0, 1]);
    const [a1, b1] = scan.rows[0].cells;
    expect([a1.col, a1.type, a1.value]).toEqual([0, "s", "0"]);
    expect([b1.col, b1.addressed, b1.formula]).toEqual([
      1,
      false,
      { text: "A1*2", type: "shared", ref: "B1:B2", shared: "0" },
    ]);
    expect(scan.rows[1].cells[0].inline).toBe("Hej då");
    expect(scan.rows[1].cells[1]).toMatchObject({ row: 1, col: 2, type: "e", value: "#N/A" });
    expect(scan.merges).toEqual([{ top: 4, left: 0, rows: 1, cols: 2 }]);
  });

  it("reads a prefixed part (x:)", () => {
    const scan = scanSheet(
      '<x:worksheet xmlns:x="m"><x:sheetData><x:row r="3"><x:c r="B3"><x:v>7</x:v></x:c></x:row></x:sheetData></x:worksheet>',
    );
    expect(scan.prefix).toBe("x:");
    expect(scan.rows[0].cells[0]).toMatchObject({ row: 2, col: 1, value: "7" });
  });
});

describe("editSheet", () => {
  const xml =
    head +
    '<sheetData>\n  <row r="1" spans="1:2"><c r="A1"><v>1</v></c><c r="B1" s="4"><v>2</v></c></row>\n' +
    '  <row r="3"><c r="A3"><v>3</v></c></row>\n</sheetData>' +
    tail;

  it("keeps every byte outside the edited cells", () => {
    const edits: SheetEdits = new Map();
    addEdit(edits, 0, 1, '<c r="B1" s="4"><v>20</v></c>');
    const out = editSheet(scanSheet(xml), edits);
    expect(out).toBe(
      xml.replace(
        '<row r="1" spans="1:2"><c r="A1"><v>1</v></c><c r="B1" s="4"><v>2</v></c></row>',
        '<row r="1"><c r="A1"><v>1</v></c><c r="B1" s="4"><v>20</v></c></row>',
      ),
    );
  });

  it("inserts new rows and cells in order, removes cells, widens the dimension", () => {
    const edits: SheetEdits = new Map();
    addEdit(edits, 1, 3, '<c r="D2"><v>5</v></c>');
    addEdit(edits, 5, 0, '<c r="A6"><v>6</v></c>');
    addEdit(edits, 2, 0, null);
    addEdit(edits, 0, 2, '<c r="C1"><v>9</v></c>');
    const out = editSheet(scanSheet(xml), edits);
    const rows = scanSheet(out).rows.map((r) => [r.row, r.cells.map((c) => c.col)]);
    expect(rows).toEqual([
      [0, [0, 1, 2]],
      [1, [3]],
      [2, []],
      [5, [0]],
    ]);
    expect(out).toContain('<dimension ref="A1:D6"/>');
    expect(out.endsWith(tail)).toBe(true);
  });

  it("gives implicit positions an r once anything moves", () => {
    const implicit = head + "<sheetData><row><c><v>1</v></c><c><v>2</v></c></row></sheetData></worksheet>";
    const edits: SheetEdits = new Map();
    addEdit(edits, 0, 0, null);
    const scan = scanSheet(editSheet(scanSheet(implicit), edits));
    expect(scan.rows[0].cells.map((c) => [c.col, c.value])).toEqual([[1, "2"]]);
  });

  it("fills a self-closing sheetData", () => {
    const empty = head + "<sheetData/>" + tail;
    const edits: SheetEdits = new Map();
    addEdit(edits, 0, 0, '<c r="A1"><v>1</v></c>');
    expect(editSheet(scanSheet(empty), edits)).toContain(
      '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>',
    );
  });
});

describe("dynamicArrayMark", () => {
  it("finds the cell-metadata record of Excel's XLDAPR type", () => {
    const xml =
      '<metadata><metadataTypes count="2"><metadataType name="XLRICHVALUE"/><metadataType name="XLDAPR"/></metadataTypes>' +
      '<futureMetadata name="XLDAPR" count="1"><bk><extLst><ext><xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/></ext></extLst></bk></futureMetadata>' +
      '<cellMetadata count="2"><bk><rc t="1" v="0"/></bk><bk><rc t="2" v="0"/></bk></cellMetadata></metadata>';
    expect(dynamicArrayMark(xml)).toBe("2");
    expect(dynamicArrayMark("<metadata/>")).toBeUndefined();
  });
});
