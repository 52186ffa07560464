/** IN: read whole, and recognised when it is something else than an .xlsx (CSV, .xls, .ods, …). */
import { readFileSync, statSync } from "node:fs";
import { Lang } from "../../model/errors";
import { notWorkbook } from "./fileKind";
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
