/**
 * What a file given as a workbook really is, from its name and first bytes: an .xlsx/.xlsm package, or a CSV,
 * an old .xls, an encrypted workbook, an .ods, an .xlsb. Free of Node's modules: the CLI (inputFile.ts) and the
 * verifier page both use it, so both explain a wrong file in the same words.
 */
import type { NotWorkbook } from "./messages";

// Old .xls files and password-protected workbooks are OLE compound files.
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** The extension of a file name or path, lower case, with its dot ("" when there is none). */
function extension(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot).toLowerCase() : "";
}

/** True when `bytes` hold the ASCII text `text` anywhere. */
function holdsText(bytes: Uint8Array, text: string): boolean {
  const first = text.charCodeAt(0);
  for (let i = bytes.indexOf(first); i !== -1 && i + text.length <= bytes.length; i = bytes.indexOf(first, i + 1)) {
    let k = 1;
    while (k < text.length && bytes[i + k] === text.charCodeAt(k)) k++;
    if (k === text.length) return true;
  }
  return false;
}

/** Why these bytes are not an .xlsx/.xlsm package, or undefined when they may be one. */
export function notWorkbook(name: string, bytes: Uint8Array): NotWorkbook | undefined {
  const ext = extension(name);
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    // Other zip packages, told apart by names the zip stores uncompressed.
    if (holdsText(bytes, "application/vnd.oasis.opendocument")) return "ods";
    if (holdsText(bytes, "xl/workbook.bin")) return "xlsb";
    return undefined;
  }
  if (bytes.length >= OLE.length && OLE.every((b, i) => bytes[i] === b))
    return ext === ".xlsx" || ext === ".xlsm" ? "encrypted" : "xls";
  if (ext === ".xls") return "xls";
  if (ext === ".ods" || ext === ".fods") return "ods";
  // No NUL bytes at the start: text, most likely a CSV (whatever its name says).
  if ([".csv", ".tsv", ".txt"].includes(ext) || !bytes.subarray(0, 4096).includes(0)) return "csv";
  return "other";
}
