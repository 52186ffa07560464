/**
 * Issue 13: the engine never loses a cell and never crashes. Workbooks made
 * by other programs (openpyxl, LibreOffice; test/fixtures, made by
 * make-fixtures.py) go through recalc, freeze and verify, and the packages
 * that come out are compared with the ones that went in, part by part and
 * cell by cell (realWorkbooks/packageParts.ts reads the raw XML; nothing here
 * trusts ExcelJS or the engine's own readers). Expected values are computed
 * by hand in realWorkbooks/schools.ts.
 *
 * One describe per numbered problem of the issue (1, 2, 3, 4, 7).
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { freeze } from "../../../src/engine/freeze";
import { recalc } from "../../../src/engine/recalc";
import { verify } from "../../../src/engine/verify";
import {
  CellInfo,
  cellAt,
  cellXml,
  cells,
  changedParts,
  column,
  errorAt,
  extent,
  inRange,
  maskCells,
  maskFormulaValues,
  numberAt,
  partsOf,
  sheetNames,
  sheetPath,
  sheetRows,
  sheetXml,
  text,
} from "./realWorkbooks/packageParts";
import {
  EXPECTED_AMOUNTS,
  EXPECTED_INDEX,
  INDEX12,
  SCHOOLS,
  allocate,
  fixture,
  pupils,
  weightedCorrelation,
} from "./realWorkbooks/schools";
import { zipBomb } from "./realWorkbooks/zipBomb";

// Generous: the machine is shared. No test asserts a duration.
jest.setTimeout(300_000);

const SV = { force: false, lang: "sv" as const };
const PROVENANCE = "Likvärd – källa";
const LAST_ROW = 1_048_575; // 0-based
const LAST_COL = 16_383; // XFD, 0-based

const tempDir = () => mkdtempSync(join(tmpdir(), "likvard-real-"));
const sha = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");
const outputFor = (name: string, suffix: string) => join(tempDir(), basename(name, ".xlsx") + `-${suffix}.xlsx`);

/** Every string in a value (the engine's evaluation or report), formula texts left out. */
function strings(value: unknown, seen = new Set<unknown>()): string[] {
  if (typeof value === "string") return [value];
  if (value === null || typeof value !== "object" || seen.has(value)) return [];
  seen.add(value);
  const out: string[] = [];
  const entries = value instanceof Map ? [...value.entries()] : Object.entries(value);
  for (const [key, v] of entries) if (key !== "formula") out.push(...strings(v, seen));
  return out;
}

/** recalc of a fixture into a fresh folder; IN must come back unchanged. */
async function recalcFixture(name: string) {
  const input = fixture(name);
  const output = outputFor(name, "omraknad");
  const before = sha(input);
  const evaluation = await recalc(input, output, SV);
  expect(sha(input)).toBe(before);
  return { input, output, evaluation, inParts: await partsOf(input), outParts: await partsOf(output) };
}

async function freezeFixture(name: string, options: Record<string, unknown> = {}) {
  const input = fixture(name);
  const output = outputFor(name, "fryst");
  const before = sha(input);
  // A variable, not a literal: freeze's options gain allowStale in the engine rewrite.
  const all = { ...SV, date: new Date("2026-02-01T12:00:00Z"), ...options };
  const outcome = await freeze(input, output, all);
  expect(sha(input)).toBe(before);
  return { input, output, outcome, inParts: await partsOf(input), outParts: await partsOf(output) };
}

/** The parts that changed outside an allowed set (expected: none). */
function unexpectedChanges(before: Map<string, Buffer>, after: Map<string, Buffer>, allowed: string[]) {
  const { added, removed, changed } = changedParts(before, after);
  return { added, removed, changed: changed.filter((p) => !allowed.includes(p)) };
}

/** A cell value that is one of Excel's error codes. */
const EXCEL_ERROR = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|SPILL!|CALC!|GETTING_DATA)$/;

const isFormulaFree = (cell: CellInfo | undefined) => cell !== undefined && cell.formula === undefined;

// ---------------------------------------------------------------------------------------------------------------
describe("1. a spill never overwrites the user's cells", () => {
  const FORMULA = "_xldudf_LIKVARD_ALLOCATE(A2:A4,B2:B4,600000)";

  describe.each([
    ["blocked-spill.xlsx", "text in D3, the number 42 in D4"],
    ["blocked-spill-formula.xlsx", "text in D3, the formula =1+1 in D4"],
  ])("%s (%s)", (name) => {
    test("recalc: D2 is #SPILL! with its formula, D3 and D4 are byte for byte as they were", async () => {
      const { inParts, outParts } = await recalcFixture(name);
      const before = sheetXml(inParts, "Budget");
      const after = sheetXml(outParts, "Budget");
      expect(cellXml(after, "D3")).toBe(cellXml(before, "D3"));
      expect(cellXml(after, "D4")).toBe(cellXml(before, "D4"));
      const d2 = cellAt(after, "D2");
      expect(d2?.type).toBe("e");
      expect(d2?.value).toBe("#SPILL!");
      expect(d2?.formula).toBe(FORMULA);
      // No other cell of the sheet changed.
      const around = (xml: string) => maskCells(xml, (ref) => ref === "D2");
      expect(around(after)).toBe(around(before));
    });

    test("recalc reports the spill as blocked, naming the blocking cell D3", async () => {
      const { evaluation } = await recalcFixture(name);
      const named = strings(evaluation).filter((s) => /\bD3\b/.test(s));
      expect(named).not.toEqual([]);
    });

    test("verify, on the file as Excel saved it and on recalc's output: the cached #SPILL! agrees with the recomputed #SPILL!", async () => {
      const { input, output } = await recalcFixture(name);
      for (const file of [input, output]) {
        const report = await verify(file, "sv");
        expect([basename(file), report.differences]).toEqual([basename(file), []]);
        expect(report.unevaluable.map((u) => u.cell.address)).not.toContain("D2");
      }
    });

    test("freeze: D3 and D4 are byte for byte as they were; D2 holds #SPILL!", async () => {
      const { inParts, outParts } = await freezeFixture(name);
      const before = sheetXml(inParts, "Budget");
      const after = sheetXml(outParts, "Budget");
      expect(cellXml(after, "D3")).toBe(cellXml(before, "D3"));
      expect(cellXml(after, "D4")).toBe(cellXml(before, "D4"));
      expect(errorAt(after, "D2")).toBe("#SPILL!");
    });
  });
});

// ---------------------------------------------------------------------------------------------------------------
describe("2. errors flow, never crash", () => {
  describe("error-upstream.xlsx: SOCIOINDEX fails (pupils 'många' in B7); ALLOCATE and EQUITYGAP read its spill", () => {
    const LIKVARD_CELLS = ["H2", "I2", "J2", "K2", "K3"];
    const SPILL_BELOW = [...column("H", 3, 13), ...column("I", 3, 13), ...column("J", 3, 13)];

    test("recalc does not throw; every Likvärd cell holds an Excel error and keeps its formula", async () => {
      const { inParts, outParts } = await recalcFixture("error-upstream.xlsx");
      for (const sheet of ["Fel", "Inaktuell"]) {
        const before = sheetXml(inParts, sheet);
        const after = sheetXml(outParts, sheet);
        for (const ref of LIKVARD_CELLS) {
          expect([sheet, ref, errorAt(after, ref)]).toEqual([sheet, ref, expect.stringMatching(EXCEL_ERROR)]);
          expect([sheet, ref, cellAt(after, ref)?.formula]).toEqual([sheet, ref, cellAt(before, ref)?.formula]);
        }
        // An error does not spill: the stale spill values below the anchors ("Inaktuell") are gone.
        for (const ref of SPILL_BELOW) expect([sheet, ref, numberAt(after, ref)]).toEqual([sheet, ref, undefined]);
      }
    });

    test("freeze does not throw; the Likvärd cells become their errors", async () => {
      const { output, outParts } = await freezeFixture("error-upstream.xlsx");
      expect(existsSync(output)).toBe(true);
      for (const sheet of ["Fel", "Inaktuell"]) {
        const after = sheetXml(outParts, sheet);
        for (const ref of LIKVARD_CELLS) {
          expect([sheet, ref, errorAt(after, ref)]).toEqual([sheet, ref, expect.stringMatching(EXCEL_ERROR)]);
          expect([sheet, ref, isFormulaFree(cellAt(after, ref))]).toEqual([sheet, ref, true]);
        }
      }
    });

    test("verify does not throw: on the input it reports differences at most, on recalc's output none", async () => {
      const report = await verify(fixture("error-upstream.xlsx"), "sv");
      expect(report.differences.every((d) => d.sheet === "Inaktuell")).toBe(true);
      const { output } = await recalcFixture("error-upstream.xlsx");
      const fresh = await verify(output, "sv");
      expect(fresh.differences).toEqual([]);
    });
  });

  describe("vaxjo-gaps.xlsx: Skolverket's data for Växjö with its gaps ('..', '.', '–')", () => {
    const LAST = 45; // 44 schools in rows 2..45

    test("recalc does not crash: the formulas over gaps are errors, the gap-free model gets numbers", async () => {
      const { outParts } = await recalcFixture("vaxjo-gaps.xlsx");
      const after = sheetXml(outParts, "Skolor");
      for (const ref of ["H2", "I2", "J2", "M2"])
        expect([ref, errorAt(after, ref)]).toEqual([ref, expect.stringMatching(EXCEL_ERROR)]);
      const index = column("K", 2, LAST).map((ref) => numberAt(after, ref));
      expect(index.every((x) => typeof x === "number" && x > 0)).toBe(true);
      const amounts = column("L", 2, LAST).map((ref) => numberAt(after, ref) as number);
      expect(amounts.every(Number.isInteger)).toBe(true);
      expect(amounts.reduce((a, b) => a + b, 0)).toBe(250_000_000);
    });

    test("freeze and verify do not throw", async () => {
      const { output } = await freezeFixture("vaxjo-gaps.xlsx");
      expect(existsSync(output)).toBe(true);
      await expect(verify(fixture("vaxjo-gaps.xlsx"), "sv")).resolves.toBeDefined();
    });
  });

  describe("edges.xlsx: spills past the sheet's edge, a formula nested 200 deep", () => {
    test("recalc: a spill past XFD or past row 1 048 576 is #SPILL! in its anchor, nothing written beyond the sheet", async () => {
      const { outParts } = await recalcFixture("edges.xlsx");
      const after = sheetXml(outParts, "Kant");
      expect(errorAt(after, "XFC1")).toBe("#SPILL!");
      expect(errorAt(after, "D1048570")).toBe("#SPILL!");
      const { maxRow, maxCol } = extent(after);
      expect(maxRow).toBeLessThanOrEqual(LAST_ROW);
      expect(maxCol).toBeLessThanOrEqual(LAST_COL);
      // The anchors' spill areas stay inside the sheet (one cell each).
      expect(cellAt(after, "XFC1")?.formulaAttributes?.get("ref")).toBe("XFC1");
      expect(cellAt(after, "D1048570")?.formulaAttributes?.get("ref")).toBe("D1048570");
    });

    test("recalc: the formula nested 200 levels deep is left untouched and reported", async () => {
      const { inParts, outParts, evaluation } = await recalcFixture("edges.xlsx");
      expect(cellXml(sheetXml(outParts, "Kant"), "F2")).toBe(cellXml(sheetXml(inParts, "Kant"), "F2"));
      expect(evaluation.unevaluable.map((u) => u.cell.address)).toContain("F2");
    });

    test("verify on recalc's output agrees with the #SPILL! anchors; freeze writes nothing beyond the sheet", async () => {
      const { output } = await recalcFixture("edges.xlsx");
      const report = await verify(output, "sv");
      expect(
        report.differences.filter((d) => ["XFC1", "D1048570"].includes(d.cell) || /^[A-Z]+1048577$/.test(d.cell)),
      ).toEqual([]);
      const { outParts } = await freezeFixture("edges.xlsx");
      const { maxRow, maxCol } = extent(sheetXml(outParts, "Kant"));
      expect(maxRow).toBeLessThanOrEqual(LAST_ROW);
      expect(maxCol).toBeLessThanOrEqual(LAST_COL);
    });
  });
});

// ---------------------------------------------------------------------------------------------------------------
describe("3. everything the engine does not compute is kept, byte for byte", () => {
  describe("openpyxl-full.xlsx: chart, comment, validation, conditional formatting, defined name, merged cells, ordinary formulas", () => {
    const SKOLOR = "xl/worksheets/sheet1.xml";
    const BERAKNINGAR = "xl/worksheets/sheet2.xml";
    const LIKVARD_AREAS = ["I2:I13", "J2:J13", "M10"];
    const inLikvardArea = (ref: string) => LIKVARD_AREAS.some((area) => inRange(ref, area));
    const correlation = weightedCorrelation(
      EXPECTED_INDEX,
      SCHOOLS.map((s) => s.certified),
      pupils,
    );

    test("the fixture holds what the test expects (data and Excel's cached results)", async () => {
      const parts = await partsOf(fixture("openpyxl-full.xlsx"));
      expect(sheetPath(parts, "Skolor")).toBe(SKOLOR);
      expect(sheetPath(parts, "Beräkningar")).toBe(BERAKNINGAR);
      const xml = sheetXml(parts, "Skolor");
      SCHOOLS.forEach((s, i) => {
        expect(numberAt(xml, `B${i + 2}`)).toBe(s.pupils);
        expect(numberAt(xml, `J${i + 2}`)).toBe(EXPECTED_AMOUNTS[i]);
      });
      expect(EXPECTED_AMOUNTS.reduce((a, b) => a + b, 0)).toBe(60_000_000);
      for (const part of [
        "xl/charts/chart1.xml",
        "xl/drawings/drawing1.xml",
        "xl/comments/comment1.xml",
        "xl/metadata.xml",
      ])
        expect(parts.has(part)).toBe(true);
    });

    test("a workbook with an openpyxl chart and comment can be read: verify agrees with Excel's cached values", async () => {
      const report = await verify(fixture("openpyxl-full.xlsx"), "sv");
      expect(report.differences).toEqual([]);
      expect(report.unevaluable).toEqual([]);
    });

    test("recalc: only the two sheets change; charts, drawings, comments, styles, theme, metadata.xml are byte-identical", async () => {
      const { inParts, outParts } = await recalcFixture("openpyxl-full.xlsx");
      expect(unexpectedChanges(inParts, outParts, [SKOLOR, BERAKNINGAR])).toEqual({
        added: [],
        removed: [],
        changed: [],
      });
      expect(outParts.has("xl/metadata.xml")).toBe(true);
    });

    test("recalc: Beräkningar differs at most in its formulas' cached values; Skolor only in the Likvärd cells", async () => {
      const { inParts, outParts } = await recalcFixture("openpyxl-full.xlsx");
      expect(maskFormulaValues(text(outParts, BERAKNINGAR))).toBe(maskFormulaValues(text(inParts, BERAKNINGAR)));
      const outside = (xml: string) => maskFormulaValues(maskCells(xml, inLikvardArea));
      expect(outside(text(outParts, SKOLOR))).toBe(outside(text(inParts, SKOLOR)));
    });

    test("recalc: the amounts are right to the krona, the index and EQUITYGAP right, spills marked as Excel's dynamic arrays", async () => {
      const { inParts, outParts } = await recalcFixture("openpyxl-full.xlsx");
      const after = text(outParts, SKOLOR);
      const before = text(inParts, SKOLOR);
      expect(column("J", 2, 13).map((ref) => numberAt(after, ref))).toEqual(EXPECTED_AMOUNTS);
      column("I", 2, 13).forEach((ref, i) => expect(numberAt(after, ref)).toBeCloseTo(EXPECTED_INDEX[i], 9));
      expect(numberAt(after, "M10")).toBeCloseTo(correlation, 12);
      for (const [anchor, area] of [
        ["I2", "I2:I13"],
        ["J2", "J2:J13"],
      ]) {
        const cell = cellAt(after, anchor);
        expect(cell?.formula).toBe(cellAt(before, anchor)?.formula);
        expect(cell?.formulaAttributes?.get("t")).toBe("array");
        expect(cell?.formulaAttributes?.get("ref")).toBe(area);
        expect(cell?.attributes.get("cm")).toBe(cellAt(before, anchor)?.attributes.get("cm"));
      }
      expect(numberAt(text(outParts, BERAKNINGAR), "B1")).toBe(60_000_000);
    });

    test("freeze: charts, drawings, comments, styles, theme, metadata.xml byte-identical; only the sheets and the registration of the provenance sheet change", async () => {
      const { inParts, outParts } = await freezeFixture("openpyxl-full.xlsx");
      const { added, removed, changed } = unexpectedChanges(inParts, outParts, [
        SKOLOR,
        BERAKNINGAR,
        "xl/workbook.xml",
        "xl/_rels/workbook.xml.rels",
        "[Content_Types].xml",
        "docProps/app.xml",
        "xl/sharedStrings.xml",
      ]);
      expect({ removed, changed }).toEqual({ removed: [], changed: [] });
      expect(
        added.filter((p) => !/^xl\/(worksheets\/(_rels\/)?sheet\d+\.xml(\.rels)?|sharedStrings\.xml)$/.test(p)),
      ).toEqual([]);
      expect(outParts.has("xl/metadata.xml")).toBe(true);
      expect(maskFormulaValues(text(outParts, BERAKNINGAR))).toBe(maskFormulaValues(text(inParts, BERAKNINGAR)));
      const outside = (xml: string) => maskFormulaValues(maskCells(xml, inLikvardArea));
      expect(outside(text(outParts, SKOLOR))).toBe(outside(text(inParts, SKOLOR)));
    });

    test("freeze: the Likvärd cells become their values (amounts to the krona), listed on the provenance sheet", async () => {
      const { outParts } = await freezeFixture("openpyxl-full.xlsx");
      const after = text(outParts, SKOLOR);
      expect(column("J", 2, 13).map((ref) => numberAt(after, ref))).toEqual(EXPECTED_AMOUNTS);
      column("I", 2, 13).forEach((ref, i) => expect(numberAt(after, ref)).toBeCloseTo(EXPECTED_INDEX[i], 9));
      expect(numberAt(after, "M10")).toBeCloseTo(correlation, 12);
      for (const ref of [...column("I", 2, 13), ...column("J", 2, 13), "M10"])
        expect([ref, isFormulaFree(cellAt(after, ref))]).toEqual([ref, true]);
      expect(sheetNames(outParts)).toContain(PROVENANCE);
      const listed = sheetRows(outParts, PROVENANCE).map((r) => r.slice(0, 2).join("!"));
      expect(listed).toEqual(expect.arrayContaining(["Skolor!I2:I13", "Skolor!J2:J13", "Skolor!M10"]));
    });
  });

  describe("libreoffice.xlsx: made by LibreOffice from libreoffice.fods", () => {
    const AMOUNTS = [75_000, 187_500, 337_500];
    let paths: { skolor: string; summering: string };
    beforeAll(async () => {
      const parts = await partsOf(fixture("libreoffice.xlsx"));
      paths = { skolor: sheetPath(parts, "Skolor"), summering: sheetPath(parts, "Summering") };
    });
    const inSpill = (ref: string) => inRange(ref, "D2:D4");

    test("recalc: comments, VML, styles, shared strings byte-identical; Summering differs only in cached values", async () => {
      const { inParts, outParts } = await recalcFixture("libreoffice.xlsx");
      // Marking the spill as a dynamic array may add xl/metadata.xml and register it.
      const { added, removed, changed } = unexpectedChanges(inParts, outParts, [
        paths.skolor,
        paths.summering,
        "[Content_Types].xml",
        "xl/_rels/workbook.xml.rels",
      ]);
      expect({ removed, changed }).toEqual({ removed: [], changed: [] });
      expect(added.filter((p) => p !== "xl/metadata.xml")).toEqual([]);
      expect(maskFormulaValues(text(outParts, paths.summering))).toBe(
        maskFormulaValues(text(inParts, paths.summering)),
      );
      const outside = (xml: string) => maskFormulaValues(maskCells(xml, inSpill));
      expect(outside(text(outParts, paths.skolor))).toBe(outside(text(inParts, paths.skolor)));
    });

    test("recalc: the amounts and the ordinary formulas' values are fresh", async () => {
      const { outParts } = await recalcFixture("libreoffice.xlsx");
      const skolor = text(outParts, paths.skolor);
      expect(column("D", 2, 4).map((ref) => numberAt(skolor, ref))).toEqual(AMOUNTS);
      expect(cellAt(skolor, "D2")?.formula).toBe("_xldudf_LIKVARD_ALLOCATE(B2:B4,C2:C4,600000)");
      expect(numberAt(skolor, "D5")).toBe(600_000);
      const summering = text(outParts, paths.summering);
      expect(numberAt(summering, "B1")).toBe(600_000);
      expect(numberAt(summering, "B2")).toBe(1_000);
      expect(cellAt(summering, "B3")?.value).toBe("Västerskolan");
    });

    test("freeze: the amounts become values; comments, VML, styles byte-identical; Summering keeps its formulas", async () => {
      const { inParts, outParts } = await freezeFixture("libreoffice.xlsx");
      const { added, removed, changed } = unexpectedChanges(inParts, outParts, [
        paths.skolor,
        paths.summering,
        "xl/workbook.xml",
        "xl/_rels/workbook.xml.rels",
        "[Content_Types].xml",
        "docProps/app.xml",
        "xl/sharedStrings.xml",
      ]);
      expect({ removed, changed }).toEqual({ removed: [], changed: [] });
      expect(
        added.filter((p) => !/^xl\/(worksheets\/(_rels\/)?sheet\d+\.xml(\.rels)?|metadata\.xml)$/.test(p)),
      ).toEqual([]);
      const skolor = text(outParts, paths.skolor);
      expect(column("D", 2, 4).map((ref) => numberAt(skolor, ref))).toEqual(AMOUNTS);
      for (const ref of column("D", 2, 4)) expect([ref, isFormulaFree(cellAt(skolor, ref))]).toEqual([ref, true]);
      expect(maskFormulaValues(text(outParts, paths.summering))).toBe(
        maskFormulaValues(text(inParts, paths.summering)),
      );
      const outside = (xml: string) => maskFormulaValues(maskCells(xml, inSpill));
      expect(outside(skolor)).toBe(outside(text(inParts, paths.skolor)));
    });
  });
});

// ---------------------------------------------------------------------------------------------------------------
describe("4. what the engine cannot evaluate is left untouched", () => {
  const NAME = "unevaluable.xlsx";
  const STALE_AREAS = ["E2:E13", "F2:F13", "G2:G13"]; // LET, INDIRECT, external pot
  const CACHED = allocate(pupils, INDEX12, 6_000_000);

  test("recalc: the LET, INDIRECT and external-reference formulas keep their formulas and every cached value of their spills", async () => {
    const { inParts, outParts, evaluation } = await recalcFixture(NAME);
    const before = sheetXml(inParts, "Skolor");
    const after = sheetXml(outParts, "Skolor");
    for (const ref of [...column("E", 2, 13), ...column("F", 2, 13), ...column("G", 2, 13), "H2"])
      expect([ref, cellXml(after, ref)]).toEqual([ref, cellXml(before, ref)]);
    expect(evaluation.unevaluable.map((u) => u.cell.address)).toEqual(expect.arrayContaining(["E2", "F2", "G2", "H2"]));
  });

  test("recalc: the evaluable ALLOCATE beside them is recomputed; the external link parts are byte-identical", async () => {
    const { inParts, outParts } = await recalcFixture(NAME);
    expect(column("I", 2, 13).map((ref) => numberAt(sheetXml(outParts, "Skolor"), ref))).toEqual(CACHED);
    const { added, removed, changed } = changedParts(inParts, outParts);
    expect({ added, removed, changed }).toEqual({ added: [], removed: [], changed: [sheetPath(inParts, "Skolor")] });
  });

  test("freeze without allowStale refuses: the output file is not written", async () => {
    const output = outputFor(NAME, "fryst");
    try {
      await freeze(fixture(NAME), output, { ...SV });
    } catch {
      // A refusal may be an exception; either way no file.
    }
    expect(existsSync(output)).toBe(false);
  });

  test("freeze with allowStale freezes Excel's cached values and says so on the provenance sheet", async () => {
    const { inParts, outParts } = await freezeFixture(NAME, { allowStale: true });
    const before = sheetXml(inParts, "Skolor");
    const after = sheetXml(outParts, "Skolor");
    for (const letter of ["E", "F", "G"]) {
      expect(column(letter, 2, 13).map((ref) => numberAt(after, ref))).toEqual(CACHED);
      for (const ref of column(letter, 2, 13)) expect([ref, isFormulaFree(cellAt(after, ref))]).toEqual([ref, true]);
    }
    // An ordinary formula is never frozen.
    expect(cellXml(after, "H2")).toBe(cellXml(before, "H2"));
    for (const part of ["xl/externalLinks/externalLink1.xml", "xl/externalLinks/_rels/externalLink1.xml.rels"])
      expect(outParts.get(part)?.equals(inParts.get(part)!)).toBe(true);
    const rows = sheetRows(outParts, PROVENANCE);
    for (const area of STALE_AREAS) {
      const row = rows.find((r) => r[0] === "Skolor" && r[1] === area);
      expect([area, row?.join(" | ")]).toEqual([
        area,
        expect.stringMatching(/stale|inaktuell|omräkn|recalcul|sparade|cached|saved|allow-stale/i),
      ]);
    }
  });
});

// ---------------------------------------------------------------------------------------------------------------
describe("7. Excel's semantics and the engine's limits", () => {
  test("merged-pupils.xlsx: ALLOCATE over pupils merged in B3:B4 (B4 blank, as in Excel) is an error, not amounts", async () => {
    const { inParts, outParts } = await recalcFixture("merged-pupils.xlsx");
    const after = sheetXml(outParts, "Skolor");
    expect(column("D", 2, 13).map((ref) => numberAt(after, ref))).toEqual(Array(12).fill(undefined));
    expect(errorAt(after, "D2")).toMatch(EXCEL_ERROR);
    expect(after).toContain('<mergeCell ref="B3:B4"/>');
    expect(cellXml(after, "B3")).toBe(cellXml(sheetXml(inParts, "Skolor"), "B3"));
    expect(cellAt(after, "B4")).toBeUndefined();
  });

  test("last-row.xlsx: references to row 1 048 576 give the twelve schools' results and nothing below them", async () => {
    const { outParts } = await recalcFixture("last-row.xlsx");
    const after = sheetXml(outParts, "Skolor");
    expect(column("I", 2, 13).map((ref) => numberAt(after, ref))).toEqual(EXPECTED_AMOUNTS);
    column("H", 2, 13).forEach((ref, i) => expect(numberAt(after, ref)).toBeCloseTo(EXPECTED_INDEX[i], 9));
    expect(cellAt(after, "H2")?.formulaAttributes?.get("ref")).toBe("H2:H13");
    expect(cellAt(after, "I2")?.formulaAttributes?.get("ref")).toBe("I2:I13");
    expect(extent(after).maxRow).toBe(12);
  });

  test("last-row.xlsx recalculates within a 256 MB heap (in a child process; no time is measured)", () => {
    // Before the engine rewrite these two formulas materialised a million rows per argument: 3.5 GB, 75 s.
    const output = outputFor("last-row.xlsx", "liten-heap");
    const child = spawnSync(
      process.execPath,
      [
        require.resolve("tsx/cli"),
        join(__dirname, "realWorkbooks", "recalcInChild.ts"),
        fixture("last-row.xlsx"),
        output,
      ],
      { env: { ...process.env, NODE_OPTIONS: "--max-old-space-size=256" }, encoding: "utf8" },
    );
    // On failure the diff shows the child's own words (out of memory, or the engine's message).
    expect({ status: child.status, signal: child.signal, said: child.stderr.slice(-600) }).toEqual({
      status: 0,
      signal: null,
      said: "",
    });
    expect(child.stdout.trim()).toBe("2");
    expect(existsSync(output)).toBe(true);
  });

  describe("a zip whose worksheet inflates to 600 MB (600 kB on disk) is refused with a clear message", () => {
    const LIMIT_MESSAGE = /\d\s*(MB|MiB|GB|GiB|megabyte)|gräns|limit/i;
    const NOT_A_CRASH = /Cannot create a string|Invalid string length|heap|Array buffer allocation/i;

    test.each([
      ["honest sizes in the zip headers", undefined],
      ["a declared size of 1 kB (a lie)", 1024],
    ])("%s", async (_label, declaredSize) => {
      const dir = tempDir();
      const input = join(dir, "bomb.xlsx");
      writeFileSync(
        input,
        await zipBomb({ base: readFileSync(fixture("blocked-spill.xlsx")), megabytes: 600, declaredSize }),
      );
      const output = join(dir, "ut.xlsx");
      let message = "(no error)";
      try {
        await recalc(input, output, SV);
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).toMatch(LIMIT_MESSAGE);
      expect(message).not.toMatch(NOT_A_CRASH);
      expect(existsSync(output)).toBe(false);
    });
  });
});

// Keep the fixture list in one place for readers: every fixture is used above.
test("every committed fixture is a readable package with its sheets", async () => {
  const expected: Record<string, string[]> = {
    "openpyxl-full.xlsx": ["Skolor", "Beräkningar"],
    "blocked-spill.xlsx": ["Budget"],
    "blocked-spill-formula.xlsx": ["Budget"],
    "error-upstream.xlsx": ["Fel", "Inaktuell"],
    "vaxjo-gaps.xlsx": ["Skolor", "Modell"],
    "unevaluable.xlsx": ["Skolor"],
    "merged-pupils.xlsx": ["Skolor"],
    "last-row.xlsx": ["Skolor"],
    "edges.xlsx": ["Kant"],
    "libreoffice.xlsx": ["Skolor", "Summering"],
  };
  for (const [name, sheets] of Object.entries(expected)) {
    const parts = await partsOf(fixture(name));
    expect([name, sheetNames(parts)]).toEqual([name, sheets]);
    for (const sheet of sheets) expect(cells(sheetXml(parts, sheet)).length).toBeGreaterThan(0);
  }
});
