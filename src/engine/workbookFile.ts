/**
 * Reading and writing workbook files. IN is only ever read; OUT is checked before any work is done, and written
 * to a temporary file beside it, flushed and renamed, so it is either the whole new workbook or what it was.
 */
import ExcelJS from "exceljs";
import { Lang } from "../model/errors";
import { writeWorkbookFile } from "./files/outputFile";

export { UsageError } from "./files/usageError";
export { readWorkbookFile } from "./files/inputFile";
export { checkOutputPath, writeWorkbookFile } from "./files/outputFile";
export type { OutputOptions } from "./files/outputFile";

/** Saves a workbook made from scratch with ExcelJS (the example); `input` is "" when there is none. */
export async function saveNewWorkbook(
  workbook: ExcelJS.Workbook,
  out: string,
  input: string,
  force: boolean,
  lang: Lang = "sv",
) {
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  writeWorkbookFile(out, bytes, { input: input || undefined, force, lang });
}
