/** `likvard recalc IN -o OUT`: every formula recomputed; OUT is IN with fresh cached values and nothing else changed. */
import { Lang } from "../model/errors";
import { Evaluation, evaluateWorkbook } from "./evaluateWorkbook";
import { loadWorkbook, saveWorkbook } from "./workbookIO";
import { writeResults } from "./writeResults";

export async function recalc(
  input: string,
  output: string,
  options: { force: boolean; lang: Lang },
): Promise<Evaluation> {
  const workbook = await loadWorkbook(input, options.lang);
  const evaluation = evaluateWorkbook(workbook, options.lang);
  const edits = await writeResults(workbook, evaluation.results);
  await saveWorkbook(workbook, edits, output, { input, ...options });
  return evaluation;
}
