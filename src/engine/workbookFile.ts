/** Reading and writing .xlsx files: IN is never modified, OUT is only replaced when asked. */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import ExcelJS from "exceljs";
import { CachedValues, readCachedValues } from "./cachedValues";

export interface LoadedWorkbook {
  workbook: ExcelJS.Workbook;
  cached: CachedValues;
}

/** Thrown for problems with files and arguments: the CLI prints the message and exits with 2. */
export class UsageError extends Error {}

export async function loadWorkbook(path: string): Promise<LoadedWorkbook> {
  let buffer: Buffer;
  try {
    buffer = readFileSync(path);
  } catch (error) {
    throw new UsageError(
      `${path}: ${(error as NodeJS.ErrnoException).code === "ENOENT" ? "finns inte / not found" : String(error)}`,
    );
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as never);
    return { workbook, cached: await readCachedValues(buffer) };
  } catch (error) {
    throw new UsageError(`${path}: kan inte läsas som .xlsx / cannot be read as .xlsx (${(error as Error).message})`);
  }
}

export async function saveWorkbook(workbook: ExcelJS.Workbook, out: string, input: string, force: boolean) {
  if (samePath(out, input))
    throw new UsageError("OUT får inte vara IN / OUT must not be IN: the input is never modified.");
  if (existsSync(out) && !force)
    throw new UsageError(`${out} finns redan / already exists: use --force to overwrite it.`);
  await workbook.xlsx.writeFile(out);
}

function samePath(a: string, b: string): boolean {
  return resolve(a) === resolve(b);
}
