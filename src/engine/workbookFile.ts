/**
 * Reading and writing workbook files. IN is only ever read; OUT is checked before any work is done, and written
 * to a temporary file beside it, flushed and renamed, so it is either the whole new workbook or what it was.
 */
import ExcelJS from "exceljs";
import { Lang } from "../model/errors";
import { CachedValues, readCachedValues } from "./cachedValues";
import { readWorkbookFile } from "./files/inputFile";
import { writeWorkbookFile } from "./files/outputFile";
import { UsageError } from "./files/usageError";

export { UsageError } from "./files/usageError";
export { readWorkbookFile } from "./files/inputFile";
export { checkOutputPath, writeWorkbookFile } from "./files/outputFile";
export type { OutputOptions } from "./files/outputFile";

export interface LoadedWorkbook {
  workbook: ExcelJS.Workbook;
  cached: CachedValues;
}

export async function loadWorkbook(path: string, lang: Lang = "sv"): Promise<LoadedWorkbook> {
  const buffer = readWorkbookFile(path, lang);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as never);
    return { workbook, cached: await readCachedValues(buffer) };
  } catch (error) {
    throw new UsageError((t) => t.cannotRead(path, (error as Error).message), lang);
  }
}

/** `input` is "" when there is none (the example workbook). */
export async function saveWorkbook(
  workbook: ExcelJS.Workbook,
  out: string,
  input: string,
  force: boolean,
  lang: Lang = "sv",
) {
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  writeWorkbookFile(out, bytes, { input: input || undefined, force, lang });
}
