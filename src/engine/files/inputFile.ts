/** IN: read whole, and recognised when it is something else than an .xlsx (CSV, .xls, .ods, …). */
import { readFileSync, statSync } from "node:fs";
import { extname } from "node:path";
import { Lang } from "../../model/errors";
import { NotWorkbook } from "./messages";
import { UsageError } from "./usageError";

export function readWorkbookFile(path: string, lang: Lang): Buffer {
  let bytes: Buffer;
  try {
    if (statSync(path).isDirectory()) throw new UsageError((t) => t.inputIsFolder(path), lang);
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new UsageError((t) => t.notFound(path), lang);
    throw new UsageError((t) => t.cannotRead(path, t.reason(error)), lang);
  }
  if (bytes.length === 0) throw new UsageError((t) => t.emptyFile(path), lang);
  const kind = notWorkbook(path, bytes);
  if (kind) throw new UsageError((t) => t.notWorkbook(path, kind), lang);
  return bytes;
}

// Old .xls files and password-protected workbooks are OLE compound files.
const OLE = Buffer.from("d0cf11e0a1b11ae1", "hex");

/** Why these bytes are not an .xlsx/.xlsm package, or undefined when they may be one. */
function notWorkbook(path: string, bytes: Buffer): NotWorkbook | undefined {
  const ext = extname(path).toLowerCase();
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    // Other zip packages, told apart by names the zip stores uncompressed.
    if (bytes.includes("application/vnd.oasis.opendocument")) return "ods";
    if (bytes.includes("xl/workbook.bin")) return "xlsb";
    return undefined;
  }
  if (bytes.subarray(0, 8).equals(OLE)) return ext === ".xlsx" || ext === ".xlsm" ? "encrypted" : "xls";
  if (ext === ".xls") return "xls";
  if (ext === ".ods" || ext === ".fods") return "ods";
  // No NUL bytes at the start: text, most likely a CSV (whatever its name says).
  if ([".csv", ".tsv", ".txt"].includes(ext) || !bytes.subarray(0, 4096).includes(0)) return "csv";
  return "other";
}
