/**
 * The `likvard` command on real files: recalc, verify and freeze, with
 * expected values computed by hand (see workbooks.ts).
 */
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { run } from "../../../src/engine/cli";
import { PROVENANCE_SHEET } from "../../../src/model/freeze/provenance";
import { allocationWorkbook, open, save, sha, tempDir } from "./workbooks";

async function likvard(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(
    args,
    (l) => out.push(l),
    (l) => err.push(l),
  );
  return { code, out: out.join("\n"), err: err.join("\n") };
}

const valueOf = (ws: ExcelJS.Worksheet, address: string) => {
  const v = ws.getCell(address).value as unknown;
  return v !== null && typeof v === "object" && "formula" in (v as object) ? (v as { result?: unknown }).result : v;
};

describe("verify", () => {
  test("a workbook whose cached values are right: exit 0", async () => {
    const dir = tempDir();
    const file = await save(allocationWorkbook(), dir, "budget.xlsx");
    const result = await likvard("verify", file);
    expect(result.err).toBe("");
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/Alla \d+ värden stämmer/);
  });

  test("a changed cached value: exit 1, naming sheet, cell, cached and recomputed", async () => {
    const dir = tempDir();
    const file = await save(allocationWorkbook({ cachedC3: 187_501 }), dir, "budget.xlsx");
    const result = await likvard("verify", file);
    expect(result.code).toBe(1);
    expect(result.err).toBe("Budget!C3: sparat 187501, omräknat 187500");
    const english = await likvard("verify", file, "--lang", "en");
    expect(english.err).toBe("Budget!C3: cached 187501, recomputed 187500");
  });

  test("a file that cannot be read: exit 2", async () => {
    const dir = tempDir();
    const bad = join(dir, "inte.xlsx");
    writeFileSync(bad, "det här är ingen arbetsbok");
    expect((await likvard("verify", bad)).code).toBe(2);
    expect((await likvard("verify", join(dir, "saknas.xlsx"))).code).toBe(2);
  });
});

describe("recalc", () => {
  test("writes fresh values where Excel would, keeps formulas, styles, names and sheets; IN untouched", async () => {
    const dir = tempDir();
    // A stale cached value: recalc replaces it.
    const wb = allocationWorkbook({ cachedC3: 1 });
    const input = await save(wb, dir, "in.xlsx");
    const before = sha(input);
    const output = join(dir, "out.xlsx");
    const result = await likvard("recalc", input, "-o", output);
    expect(result.code).toBe(0);
    expect(sha(input)).toBe(before);

    const out = await open(output);
    const ws = out.getWorksheet("Budget") as ExcelJS.Worksheet;
    expect(ws.getCell("C2").formula).toBe("_xldudf_LIKVARD_ALLOCATE(A2:A4,B2:B4,Pott)");
    expect([valueOf(ws, "C2"), valueOf(ws, "C3"), valueOf(ws, "C4")]).toEqual([75_000, 187_500, 337_500]);
    expect(valueOf(ws, "C5")).toBe(600_000);
    expect(valueOf(ws, "D3")).toBe(750);
    expect(ws.getCell("C2").font?.bold).toBe(true);
    expect(ws.getCell("C3").numFmt).toBe("# ##0");
    expect(out.getWorksheet("Modell")).toBeDefined();
    expect((out.definedNames as unknown as { model: { name: string }[] }).model.map((n) => n.name)).toContain("Pott");
    expect((await likvard("verify", output)).code).toBe(0);
  });

  test("OUT is only overwritten with --force, and never IN", async () => {
    const dir = tempDir();
    const input = await save(allocationWorkbook(), dir, "in.xlsx");
    const output = join(dir, "out.xlsx");
    writeFileSync(output, "old");
    const refused = await likvard("recalc", input, "-o", output);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/--force/);
    expect((await likvard("recalc", input, "-o", output, "--force")).code).toBe(0);
    expect((await likvard("recalc", input, "-o", input, "--force")).code).toBe(2);
  });

  test("both name forms, whole-column arguments, spill references and --print", async () => {
    const dir = tempDir();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Blad1");
    [100, 200, 300].forEach((p, i) => (ws.getCell(i + 1, 1).value = p));
    [80, 100, 120].forEach((x, i) => (ws.getCell(i + 1, 2).value = x));
    // Saved with a longer spill than the data now give (D1:D5): the cells below the new spill are cleared.
    ws.getCell("D1").value = { formula: "LIKVARD.ALLOCATE(A:A,B:B,600000)", shareType: "array", ref: "D1:D5" } as never;
    ws.getCell("D4").value = 1;
    ws.getCell("D5").value = 2;
    ws.getCell("F1").value = { formula: "SUM(_xlfn.ANCHORARRAY(D1))" } as ExcelJS.CellFormulaValue;
    // LET is not in the engine: reported by cell and left untouched.
    ws.getCell("G1").value = { formula: "_xlfn.LET(x,A1,x*2)", result: 200 } as ExcelJS.CellFormulaValue;
    const input = await save(wb, dir, "in.xlsx");
    const output = join(dir, "out.xlsx");
    const result = await likvard("recalc", input, "-o", output, "--print", "Blad1!A1:D3");
    expect(result.code).toBe(0);
    expect(result.out).toContain("Blad1!A1:D3");
    expect(result.out).toMatch(/3 +300 +120 +337500/);
    const ws2 = (await open(output)).getWorksheet("Blad1") as ExcelJS.Worksheet;
    expect([valueOf(ws2, "D1"), valueOf(ws2, "D2"), valueOf(ws2, "D3"), ws2.getCell("D4").value]).toEqual([
      75_000,
      187_500,
      337_500,
      null,
    ]);
    expect(ws2.getCell("D5").value).toBeNull();
    expect(valueOf(ws2, "G1")).toBe(200);
    expect(valueOf(ws2, "F1")).toBe(600_000);
    expect(result.err).toMatch(/Blad1!G1: formeln kan inte räknas utan Excel och lämnas orörd/);
  });

  test("a Likvärd error prints its message and lands in the cell as that error", async () => {
    const dir = tempDir();
    const wb = allocationWorkbook();
    (wb.getWorksheet("Budget") as ExcelJS.Worksheet).getCell("A3").value = "många";
    const input = await save(wb, dir, "in.xlsx");
    const output = join(dir, "out.xlsx");
    const result = await likvard("recalc", input, "-o", output);
    expect(result.code).toBe(0);
    expect(result.err).toMatch(/Budget!C2: #VALUE! elever, rad 2: texten "många" är inte ett tal/);
    const ws = (await open(output)).getWorksheet("Budget") as ExcelJS.Worksheet;
    expect(valueOf(ws, "C2")).toEqual({ error: "#VALUE!" });
    expect(ws.getCell("C3").value).toBeNull();
  });
});

describe("freeze", () => {
  test("Likvärd results become values with provenance; other formulas keep working; verify checks them", async () => {
    const dir = tempDir();
    const wb = allocationWorkbook();
    (wb.getWorksheet("Budget") as ExcelJS.Worksheet).getCell("E2").value = {
      formula: "SUM(_xlfn.ANCHORARRAY(C2))",
      result: 600_000,
    } as ExcelJS.CellFormulaValue;
    const input = await save(wb, dir, "in.xlsx");
    const before = sha(input);
    const output = join(dir, "frozen.xlsx");
    const result = await likvard("freeze", input, "-o", output);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/Frös 1 Likvärd-områden \(Budget!C2:C4\)/);
    expect(sha(input)).toBe(before);

    const out = await open(output);
    const ws = out.getWorksheet("Budget") as ExcelJS.Worksheet;
    expect([ws.getCell("C2").value, ws.getCell("C3").value, ws.getCell("C4").value]).toEqual([
      75_000, 187_500, 337_500,
    ]);
    expect(ws.getCell("C2").font?.bold).toBe(true);
    expect(ws.getCell("C5").formula).toBe("SUM(C2:C4)");
    expect(ws.getCell("E2").formula).toBe("SUM(C2:C4)");
    const source = out.getWorksheet(PROVENANCE_SHEET) as ExcelJS.Worksheet;
    expect(source.getCell("A5").value).toBe("Budget");
    expect(source.getCell("B5").value).toBe("C2:C4");
    expect(source.getCell("C5").value).toBe("=LIKVARD.ALLOCATE(A2:A4,B2:B4,Pott)");
    expect(String(source.getCell("D5").value)).toMatch(/^[0-9a-f]{64}$/);

    const check = await likvard("verify", output);
    expect(check.err).toBe("");
    expect(check.code).toBe(0);
    expect(check.out).toMatch(/varav 1 frysta områden/);

    // An auditor's check fails when a frozen number is edited afterwards.
    ws.getCell("C3").value = 190_000;
    const edited = join(dir, "edited.xlsx");
    await out.xlsx.writeFile(edited);
    const caught = await likvard("verify", edited);
    expect(caught.code).toBe(1);
    expect(caught.err).toMatch(/Budget!C3: sparat 190000, omräknat 187500/);
    expect(caught.err).toMatch(/Budget!C2:C4: de frysta värdena stämmer inte med kontrollsumman/);
  });

  test("an error result is frozen as that error, with its message on the provenance sheet", async () => {
    const dir = tempDir();
    const wb = allocationWorkbook();
    (wb.getWorksheet("Modell") as ExcelJS.Worksheet).getCell("B1").value = -5;
    const input = await save(wb, dir, "in.xlsx");
    const output = join(dir, "frozen.xlsx");
    expect((await likvard("freeze", input, "-o", output)).code).toBe(0);
    const out = await open(output);
    expect((out.getWorksheet("Budget") as ExcelJS.Worksheet).getCell("C2").value).toEqual({ error: "#NUM!" });
    const source = out.getWorksheet(PROVENANCE_SHEET) as ExcelJS.Worksheet;
    expect(String(source.getCell("G5").value)).toMatch(/Potten är negativ/);
    expect(existsSync(output)).toBe(true);
  });
});
