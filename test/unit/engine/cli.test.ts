/**
 * The `likvard` command on real files: recalc, verify and freeze, with
 * expected values computed by hand (see workbooks.ts).
 */
import { existsSync, linkSync, lstatSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { run } from "../../../src/engine/cli";
import * as freezeModule from "../../../src/engine/freeze";
import { LIKVARD_VERSION } from "../../../src/engine/version";
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
  return v !== null && typeof v === "object" && "formula" in v ? (v as { result?: unknown }).result : v;
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
    ws.getCell("F1").value = { formula: "SUM(_xlfn.ANCHORARRAY(D1))" };
    // LET is not in the engine: reported by cell and left untouched.
    ws.getCell("G1").value = { formula: "_xlfn.LET(x,A1,x*2)", result: 200 };
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
    };
    const input = await save(wb, dir, "in.xlsx");
    const before = sha(input);
    const output = join(dir, "frozen.xlsx");
    const result = await likvard("freeze", input, "-o", output);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^Frös 1 Likvärd-område \(Budget!C2:C4\); skrev .*frozen\.xlsx\.$/);
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
    expect(source.getCell("D5").text).toMatch(/^[0-9a-f]{64}$/);

    const check = await likvard("verify", output);
    expect(check.err).toBe("");
    expect(check.code).toBe(0);
    expect(check.out).toMatch(/^Alla \d+ värden stämmer; 1 fryst område kontrollerat\.$/);

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
    expect(source.getCell("G5").text).toMatch(/Potten är negativ/);
    expect(existsSync(output)).toBe(true);
  });
});

describe("IN is never written, through any alias", () => {
  const aliases: [string, (dir: string, input: string) => string][] = [
    ["a symbolic link to IN", (dir, input) => link(symlinkSync, input, join(dir, "länk.xlsx"))],
    ["a hard link to IN", (dir, input) => link(linkSync, input, join(dir, "hård.xlsx"))],
    [
      "IN's own name through a symbolically linked folder",
      (dir) => {
        symlinkSync(dir, join(dir, "mapplänk"));
        return join(dir, "mapplänk", "in.xlsx");
      },
    ],
    ["IN's own name", (_dir, input) => input],
  ];
  function link(make: (target: string, path: string) => void, target: string, path: string) {
    make(target, path);
    return path;
  }

  test.each(aliases)("freeze or recalc -o %s --force: refused, exit 2, IN unchanged", async (_name, alias) => {
    for (const [command, lang, message] of [
      ["freeze", "sv", /är samma fil som IN/],
      ["recalc", "en", /is the same file as IN/],
    ] as const) {
      const dir = tempDir();
      const input = await save(allocationWorkbook(), dir, "in.xlsx");
      const before = sha(input);
      const result = await likvard(command, input, "-o", alias(dir, input), "--force", "--lang", lang);
      expect(result.code).toBe(2);
      expect(result.err).toMatch(message);
      expect(sha(input)).toBe(before);
    }
  });

  test("a dangling symbolic link as OUT is refused, with or without --force; nothing is created", async () => {
    const dir = tempDir();
    const input = await save(allocationWorkbook(), dir, "in.xlsx");
    const output = join(dir, "ut.xlsx");
    symlinkSync(join(dir, "ingenstans.xlsx"), output);
    for (const force of [[], ["--force"]]) {
      const result = await likvard("recalc", input, "-o", output, ...force);
      expect(result.code).toBe(2);
      expect(result.err).toBe(`${output}: är en symbolisk länk till en fil som inte finns; ange en vanlig fil som UT.`);
      expect(existsSync(join(dir, "ingenstans.xlsx"))).toBe(false);
    }
  });

  test("a symbolic link to another workbook: with --force its target is replaced and the link kept", async () => {
    const dir = tempDir();
    const input = await save(allocationWorkbook(), dir, "in.xlsx");
    const target = join(dir, "gammal.xlsx");
    writeFileSync(target, "old");
    const output = join(dir, "ut.xlsx");
    symlinkSync(target, output);
    expect((await likvard("recalc", input, "-o", output)).code).toBe(2);
    expect((await likvard("recalc", input, "-o", output, "--force")).code).toBe(0);
    expect(lstatSync(output).isSymbolicLink()).toBe(true);
    expect((await likvard("verify", target)).code).toBe(0);
  });

  test("OUT replaced with --force leaves no temporary file behind", async () => {
    const dir = tempDir();
    const input = await save(allocationWorkbook(), dir, "in.xlsx");
    const output = join(dir, "ut.xlsx");
    writeFileSync(output, "old");
    expect((await likvard("recalc", input, "-o", output, "--force")).code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(["in.xlsx", "ut.xlsx"]);
    expect((await likvard("verify", output)).code).toBe(0);
  });
});

describe("the command line", () => {
  const commands = ["", "recalc", "verify", "freeze", "example"];

  test.each(commands)("likvard %s --help, -h and help: the usage, exit 0", async (name) => {
    const command = name ? [name] : [];
    for (const args of [
      [...command, "--help"],
      [...command, "-h"],
      ["help", ...command],
    ]) {
      const result = await likvard(...args);
      expect(result.code).toBe(0);
      expect(result.out).toContain(`likvard ${command[0] ?? "recalc"} `);
      expect(result.out).toMatch(/Slutkoder:[^]*3 +internt fel/);
    }
    const english = await likvard(...command, "--help", "--lang", "en");
    expect(english.out).toMatch(/Exit codes:[^]*2 +the file or an argument cannot be used/);
  });

  test.each(commands)("likvard %s --version: the version, exit 0", async (name) => {
    const command = name ? [name] : [];
    expect(await likvard(...command, "--version")).toEqual({ code: 0, out: LIKVARD_VERSION, err: "" });
  });

  test("no command: the usage on stderr, exit 2; an unknown command or option: exit 2, in the chosen language", async () => {
    const none = await likvard();
    expect(none.code).toBe(2);
    expect(none.err).toContain("likvard recalc");
    const unknown = await likvard("räkna");
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/^räkna: okänt kommando/);
    const bogus = await likvard("verify", "x.xlsx", "--bogus", "--lang", "en");
    expect(bogus.code).toBe(2);
    expect(bogus.err).toMatch(/^--bogus: unknown option/);
    expect((await likvard("recalc", "in.xlsx", "-o")).err).toMatch(/^-o: värde saknas/);
    expect((await likvard("verify", "in.xlsx", "-o", "ut.xlsx")).err).toMatch(/^-o: gäller inte verify/);
    expect((await likvard("recalc", "in.xlsx", "-o", "ut.xlsx", "--allow-stale")).err).toMatch(
      /^--allow-stale: gäller inte recalc/,
    );
    expect((await likvard("verify", "--lang", "de", "x.xlsx")).err).toBe("--lang de: sv eller en.");
  });

  test("-- ends the options, so a file whose name starts with - can be named", async () => {
    const dir = tempDir();
    await save(allocationWorkbook(), dir, "-budget.xlsx");
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      expect((await likvard("verify", "-budget.xlsx")).code).toBe(2);
      expect(await likvard("verify", "--", "-budget.xlsx")).toMatchObject({ code: 0, err: "" });
      expect((await likvard("recalc", "--output=-ny.xlsx", "--", "-budget.xlsx")).code).toBe(0);
      expect(existsSync(join(dir, "-ny.xlsx"))).toBe(true);
    } finally {
      process.chdir(cwd);
    }
  });

  test("a CSV file as IN: a plain message in the chosen language, no library internals", async () => {
    const dir = tempDir();
    const csv = join(dir, "budget.csv");
    writeFileSync(csv, "Skola;Elever\nAlfa;100\n");
    const sv = await likvard("verify", csv);
    expect(sv.code).toBe(2);
    expect(sv.err).toBe(
      `${csv}: filen är text (t.ex. CSV), inte en Excel-arbetsbok. Öppna den i Excel och spara den som .xlsx.`,
    );
    const en = await likvard("recalc", csv, "-o", join(dir, "ut.xlsx"), "--lang", "en");
    expect(en.err).toBe(
      `${csv}: the file is text (e.g. CSV), not an Excel workbook. Open it in Excel and save it as .xlsx.`,
    );
    const previous = process.env.LIKVARD_LANG;
    process.env.LIKVARD_LANG = "en";
    try {
      expect((await likvard("freeze", csv, "-o", join(dir, "ut.xlsx"))).err).toBe(en.err);
    } finally {
      if (previous === undefined) delete process.env.LIKVARD_LANG;
      else process.env.LIKVARD_LANG = previous;
    }
  });

  test("file errors follow --lang", async () => {
    const missing = join(tempDir(), "saknas.xlsx");
    expect((await likvard("verify", missing)).err).toBe(`${missing}: filen finns inte.`);
    expect((await likvard("verify", missing, "--lang", "en")).err).toBe(`${missing}: the file does not exist.`);
  });

  test("a folder, a missing folder or a .csv name as OUT: plain messages, nothing written", async () => {
    const dir = tempDir();
    const input = await save(allocationWorkbook(), dir, "in.xlsx");
    const folder = join(dir, "mapp");
    mkdirSync(folder);
    const asFolder = await likvard("recalc", input, "-o", folder, "--force");
    expect(asFolder).toMatchObject({
      code: 2,
      err: `${folder}: är en mapp; ange ett filnamn i den, t.ex. ${join(folder, "ny.xlsx")}.`,
    });
    const nowhere = join(dir, "finns-inte", "ut.xlsx");
    expect(await likvard("freeze", input, "-o", nowhere)).toMatchObject({
      code: 2,
      err: `${nowhere}: mappen ${join(dir, "finns-inte")} finns inte.`,
    });
    const csv = join(dir, "ut.csv");
    expect(await likvard("recalc", input, "-o", csv, "--lang", "en")).toMatchObject({
      code: 2,
      err: `${csv}: OUT must end in .xlsx (Likvärd writes Excel workbooks).`,
    });
    expect(existsSync(csv)).toBe(false);
  });

  test("numbers in Swedish have a decimal comma; counts agree with their nouns", async () => {
    const dir = tempDir();
    const file = await save(allocationWorkbook({ cachedC3: 172.556 }), dir, "budget.xlsx");
    const sv = await likvard("verify", file);
    expect(sv.err).toBe("Budget!C3: sparat 172,556, omräknat 187500");
    expect(sv.out).toMatch(/^1 skillnad bland \d+ kontrollerade värden\.$/);
    const en = await likvard("verify", file, "--lang", "en");
    expect(en.err).toBe("Budget!C3: cached 172.556, recomputed 187500");
    expect(en.out).toMatch(/^1 difference among \d+ values checked\.$/);

    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Blad1").getCell("A1").value = { formula: "1+1", result: 2 };
    const one = await save(wb, dir, "en.xlsx");
    expect((await likvard("verify", one)).out).toBe("1 värde kontrollerat: det stämmer.");
    expect((await likvard("verify", one, "--lang", "en")).out).toBe("1 value checked: it agrees.");
    const recalculated = await likvard("recalc", one, "-o", join(dir, "ut.xlsx"));
    expect(recalculated.out).toBe(`Räknade om 1 formel; skrev ${join(dir, "ut.xlsx")}.`);
  });

  test("--allow-stale reaches freeze", async () => {
    const dir = tempDir();
    const input = await save(allocationWorkbook(), dir, "in.xlsx");
    const spy = jest.spyOn(freezeModule, "freeze");
    try {
      expect((await likvard("freeze", input, "-o", join(dir, "ut.xlsx"), "--allow-stale")).code).toBe(0);
      expect(spy).toHaveBeenCalledWith(input, join(dir, "ut.xlsx"), expect.objectContaining({ allowStale: true }));
    } finally {
      spy.mockRestore();
    }
  });

  test("an internal error: one plain line and exit 3; the stack trace only with --debug", async () => {
    const dir = tempDir();
    const file = await save(allocationWorkbook(), dir, "budget.xlsx");
    const boom = () => {
      throw new Error("boom");
    };
    for (const debug of [false, true]) {
      const err: string[] = [];
      const code = await run(["verify", file, ...(debug ? ["--debug"] : [])], boom, (l) => err.push(l));
      expect(code).toBe(3);
      if (debug) expect(err.join("\n")).toMatch(/^Error: boom\n\s+at /);
      else expect(err).toEqual(["internt fel, rapportera gärna: boom"]);
    }
  });
});
