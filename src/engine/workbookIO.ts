/**
 * Opening a workbook file for the engine and saving the edited package:
 * one place where file problems become the CLI's usage errors and where the
 * gathered cell edits reach the sheet parts.
 */
import { getHeapStatistics } from "node:v8";
import { Lang } from "../model/errors";
import { editSheet } from "./package/sheetXml";
import { PackageError } from "./package/zipPackage";
import { OpenedWorkbook, openWorkbook } from "./readWorkbook";
import { UsageError, readWorkbookFile, writeWorkbookFile } from "./workbookFile";
import { WorkbookEdits } from "./writeResults";

export async function loadWorkbook(path: string, lang: Lang): Promise<OpenedWorkbook> {
  const bytes = readWorkbookFile(path, lang);
  try {
    return await openWorkbook(bytes, lang, getHeapStatistics().heap_size_limit);
  } catch (error) {
    if (error instanceof PackageError) throw new UsageError(`${path}: ${error.message}`);
    throw error;
  }
}

/** The sheet parts with their edits applied. */
export function applyEdits(workbook: OpenedWorkbook, edits: WorkbookEdits): void {
  for (const [name, cells] of edits) {
    const sheet = workbook.sheets.find((s) => s.name === name);
    if (!sheet?.scan || !sheet.path || cells.edits.size === 0) continue;
    workbook.pkg.write(sheet.path, editSheet(sheet.scan, cells.edits));
  }
}

export async function saveWorkbook(
  workbook: OpenedWorkbook,
  edits: WorkbookEdits,
  out: string,
  options: { input: string; force: boolean; lang: Lang },
): Promise<void> {
  applyEdits(workbook, edits);
  writeWorkbookFile(out, await workbook.pkg.bytes(), options);
}
