/** `likvard verify FILE`: the file read from disk, then checked by verifyWorkbook. */
import { Lang } from "../model/errors";
import { VerifyReport, verifyWorkbook } from "./verifyWorkbook";
import { loadWorkbook } from "./workbookIO";

export { verified } from "./verifyWorkbook";
export type { ChecksumMismatch, Difference, VerifyReport } from "./verifyWorkbook";

export async function verify(input: string, lang: Lang): Promise<VerifyReport> {
  return verifyWorkbook(await loadWorkbook(input, lang), lang);
}
