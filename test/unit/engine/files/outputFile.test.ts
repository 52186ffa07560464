/** OUT: every check before anything is written, and a write that leaves either the whole new file or the old one. */
import {
  chmodSync,
  linkSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  statSync,
  symlinkSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { join } from "node:path";
import { UsageError, checkOutputPath, writeWorkbookFile } from "../../../../src/engine/workbookFile";
import { writeAtomically } from "../../../../src/engine/files/outputFile";
import { tempDir } from "../workbooks";

const bytes = Buffer.from("PK new workbook");

function refusal(action: () => void): string {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error("not refused");
}

describe("checkOutputPath", () => {
  test("accepts a new file in an existing folder, and an existing one only with force", () => {
    const dir = tempDir();
    const out = join(dir, "ut.xlsx");
    expect(() => checkOutputPath(out, { force: false, lang: "sv" })).not.toThrow();
    writeFileSync(out, "old");
    expect(refusal(() => checkOutputPath(out, { force: false, lang: "en" }))).toBe(
      `${out}: the file already exists; add --force to replace it.`,
    );
    expect(() => checkOutputPath(out, { force: true, lang: "sv" })).not.toThrow();
  });

  test("the extension: .xlsx, or .xlsm when IN is .xlsm; any case", () => {
    const dir = tempDir();
    const check = (out: string, input?: string) => () =>
      checkOutputPath(join(dir, out), { input: input && join(dir, input), force: false, lang: "sv" });
    expect(check("UT.XLSX")).not.toThrow();
    expect(check("ut.xlsm", "in.xlsm")).not.toThrow();
    expect(refusal(check("ut.xlsx", "in.xlsm"))).toMatch(/UT måste sluta på \.xlsm \(IN är en makroarbetsbok\)/);
    expect(refusal(check("ut.xlsm", "in.xlsx"))).toMatch(/UT måste sluta på \.xlsx/);
    expect(refusal(check("ut"))).toMatch(/UT måste sluta på \.xlsx/);
  });

  test("IN under another name: hard link, symbolic link, linked folder; refused even with force", () => {
    const dir = tempDir();
    const input = join(dir, "in.xlsx");
    writeFileSync(input, "IN");
    linkSync(input, join(dir, "hård.xlsx"));
    symlinkSync(input, join(dir, "mjuk.xlsx"));
    symlinkSync(dir, join(dir, "mapp"));
    for (const out of ["hård.xlsx", "mjuk.xlsx", join("mapp", "in.xlsx"), join("mapp", "hård.xlsx")]) {
      expect(refusal(() => checkOutputPath(join(dir, out), { input, force: true, lang: "sv" }))).toBe(
        `${join(dir, out)}: är samma fil som IN (${input}); IN skrivs aldrig över. Välj ett annat namn.`,
      );
    }
  });

  test("a dangling link, a folder, a missing folder, a file used as a folder", () => {
    const dir = tempDir();
    symlinkSync(join(dir, "borta.xlsx"), join(dir, "länk.xlsx"));
    expect(refusal(() => checkOutputPath(join(dir, "länk.xlsx"), { force: true, lang: "en" }))).toBe(
      `${join(dir, "länk.xlsx")}: is a symbolic link to a file that does not exist; give an ordinary file as OUT.`,
    );
    mkdirSync(join(dir, "mapp.xlsx"));
    expect(refusal(() => checkOutputPath(join(dir, "mapp.xlsx"), { force: true, lang: "en" }))).toBe(
      `${join(dir, "mapp.xlsx")}: is a folder; give a file name inside it, e.g. ${join(dir, "mapp.xlsx", "ny.xlsx")}.`,
    );
    const missing = join(dir, "saknas", "ut.xlsx");
    expect(refusal(() => checkOutputPath(missing, { force: false, lang: "en" }))).toBe(
      `${missing}: the folder ${join(dir, "saknas")} does not exist.`,
    );
    writeFileSync(join(dir, "fil"), "");
    const underFile = join(dir, "fil", "ut.xlsx");
    expect(refusal(() => checkOutputPath(underFile, { force: false, lang: "sv" }))).toBe(
      `${underFile}: ${join(dir, "fil")} är ingen mapp.`,
    );
  });
});

describe("writeWorkbookFile", () => {
  test("writes the bytes, keeps the permissions of the file it replaces, leaves nothing else", () => {
    const dir = tempDir();
    const out = join(dir, "ut.xlsx");
    writeFileSync(out, "old");
    chmodSync(out, 0o640);
    writeWorkbookFile(out, bytes, { force: true, lang: "sv" });
    expect(readFileSync(out)).toEqual(bytes);
    expect(statSync(out).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(["ut.xlsx"]);
  });

  test("checks again before writing", () => {
    const dir = tempDir();
    const input = join(dir, "in.xlsx");
    writeFileSync(input, "IN");
    expect(() => writeWorkbookFile(input, bytes, { input, force: true, lang: "sv" })).toThrow(UsageError);
    expect(readFileSync(input, "utf8")).toBe("IN");
  });
});

describe("writeAtomically", () => {
  test("a write that fails halfway (disk full, killed) leaves the previous OUT whole and no temporary file", () => {
    const dir = tempDir();
    const out = join(dir, "ut.xlsx");
    writeFileSync(out, "the previous good workbook");
    let calls = 0;
    const failing = (fd: number, data: Uint8Array, offset: number, length: number) => {
      if (calls++ > 0) throw Object.assign(new Error("ENOSPC: no space left on device"), { code: "ENOSPC" });
      return writeSync(fd, data, offset, Math.min(length, 3));
    };
    expect(() => writeAtomically(out, bytes, failing)).toThrow(/ENOSPC/);
    expect(readFileSync(out, "utf8")).toBe("the previous good workbook");
    expect(readdirSync(dir)).toEqual(["ut.xlsx"]);
  });

  test("short writes are continued until every byte is written", () => {
    const dir = tempDir();
    const out = join(dir, "ut.xlsx");
    writeAtomically(out, bytes, (fd, data, offset, length) => writeSync(fd, data, offset, Math.min(length, 2)));
    expect(readFileSync(out)).toEqual(bytes);
  });
});
