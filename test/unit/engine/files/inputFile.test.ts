/** IN: what a user may give instead of an .xlsx, and the plain message for each, in their language. */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { UsageError, readWorkbookFile } from "../../../../src/engine/workbookFile";
import { allocationWorkbook, save, tempDir } from "../workbooks";

function refusal(path: string, lang: "sv" | "en"): string {
  try {
    readWorkbookFile(path, lang);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error("not refused");
}

async function zip(files: Record<string, string>): Promise<Buffer> {
  const z = new JSZip();
  for (const [name, text] of Object.entries(files)) z.file(name, text);
  return z.generateAsync({ type: "nodebuffer" });
}

test("an .xlsx is read", async () => {
  const file = await save(allocationWorkbook(), tempDir(), "budget.xlsx");
  expect(readWorkbookFile(file, "sv").subarray(0, 2).toString()).toBe("PK");
});

test.each([
  [
    "budget.csv",
    "Skola;Elever\nAlfa;100\n",
    "filen är text (t.ex. CSV), inte en Excel-arbetsbok. Öppna den i Excel och spara den som .xlsx.",
    "the file is text (e.g. CSV), not an Excel workbook. Open it in Excel and save it as .xlsx.",
  ],
  [
    "csv-med-fel-namn.xlsx",
    "Skola,Elever\n",
    "filen är text (t.ex. CSV), inte en Excel-arbetsbok. Öppna den i Excel och spara den som .xlsx.",
    "the file is text (e.g. CSV), not an Excel workbook. Open it in Excel and save it as .xlsx.",
  ],
  [
    "gammal.xls",
    Buffer.from("d0cf11e0a1b11ae1000000", "hex"),
    "filen är i Excels gamla format (.xls). Öppna den i Excel och spara den som .xlsx.",
    "the file is in Excel's old format (.xls). Open it in Excel and save it as .xlsx.",
  ],
  [
    "lösen.xlsx",
    Buffer.from("d0cf11e0a1b11ae1000000", "hex"),
    "filen är lösenordsskyddad (krypterad) eller i Excels gamla format (.xls). Ta bort lösenordet i Excel och spara den som .xlsx.",
    "the file is password-protected (encrypted) or in Excel's old format (.xls). Remove the password in Excel and save it as .xlsx.",
  ],
  [
    "bild.xlsx",
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]),
    "filen är ingen Excel-arbetsbok. Spara den som .xlsx i Excel.",
    "the file is not an Excel workbook. Save it as .xlsx in Excel.",
  ],
  ["tom.xlsx", "", "filen är tom.", "the file is empty."],
])("%s: a plain message", (name, content, sv, en) => {
  const file = join(tempDir(), name);
  writeFileSync(file, content);
  expect(refusal(file, "sv")).toBe(`${file}: ${sv}`);
  expect(refusal(file, "en")).toBe(`${file}: ${en}`);
});

test("an OpenDocument spreadsheet and a binary workbook (both zip files)", async () => {
  const dir = tempDir();
  const ods = join(dir, "budget.ods");
  writeFileSync(ods, await zip({ mimetype: "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<x/>" }));
  expect(refusal(ods, "en")).toBe(`${ods}: the file is an OpenDocument spreadsheet (.ods). Save it as .xlsx in Excel.`);
  const xlsb = join(dir, "budget.xlsb");
  writeFileSync(xlsb, await zip({ "[Content_Types].xml": "<Types/>", "xl/workbook.bin": "\u0000" }));
  expect(refusal(xlsb, "sv")).toBe(`${xlsb}: filen är en binär Excel-arbetsbok (.xlsb). Spara den som .xlsx i Excel.`);
});

test("a folder and a missing file", () => {
  const dir = tempDir();
  mkdirSync(join(dir, "mapp.xlsx"));
  expect(refusal(join(dir, "mapp.xlsx"), "sv")).toBe(`${join(dir, "mapp.xlsx")}: är en mapp, inte en arbetsbok.`);
  expect(refusal(join(dir, "saknas.xlsx"), "en")).toBe(`${join(dir, "saknas.xlsx")}: the file does not exist.`);
});
