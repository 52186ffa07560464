/** `likvard recalc IN -o OUT`: every formula recomputed, the copy saved with fresh cached values. */
import { Lang } from "../model/errors";
import { Evaluation, evaluateWorkbook } from "./evaluateWorkbook";
import { loadWorkbook, saveWorkbook } from "./workbookFile";
import { writeResults } from "./writeResults";

export async function recalc(
  input: string,
  output: string,
  options: { force: boolean; lang: Lang },
): Promise<Evaluation> {
  const { workbook } = await loadWorkbook(input);
  const evaluation = evaluateWorkbook(workbook, options.lang);
  writeResults(workbook, evaluation.results);
  await saveWorkbook(workbook, output, input, options.force);
  return evaluation;
}
