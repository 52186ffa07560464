/**
 * The example municipality in the preview's in-memory workbook (which
 * calculates with the headless engine), its model saved as the pane saves it:
 * the test bed for the sheets the pane builds from the data and the model.
 */
import { exampleModel } from "../../../../src/model/example/model";
import { EXAMPLE_HEADERS, EXAMPLE_RANGES, EXAMPLE_SCHOOLS, EXAMPLE_SHEET } from "../../../../src/model/example/schools";
import { ModelSettings } from "../../../../src/model/pane/modelSettings";
import { modelWrites } from "../../../../src/taskpane/actions/modelWrites";
import { MemoryWorkbook } from "../../../../src/taskpane/workbook/memoryWorkbook";

export const RANGES = {
  pupils: EXAMPLE_RANGES.pupils,
  factors: EXAMPLE_RANGES.factors,
  lastYear: EXAMPLE_RANGES.lastYear,
};
export const PUPILS = EXAMPLE_SCHOOLS.map((s) => s[1]);
export const SHARES = EXAMPLE_SCHOOLS.map((s) => [s[2], s[3], s[4], s[5]]);
export const LAST_YEAR = EXAMPLE_SCHOOLS.map((s) => s[7]);

/** The example workbook with `settings` saved on the model sheet; `lang`: Excel's (ALLOCATE's limit words). */
export async function exampleWorkbook(
  settings: ModelSettings = exampleModel(),
  lang: "sv" | "en" = "sv",
): Promise<MemoryWorkbook> {
  const data = [EXAMPLE_HEADERS, ...EXAMPLE_SCHOOLS.map((s) => [...s])];
  const wb = new MemoryWorkbook({ [EXAMPLE_SHEET]: data }, "", lang);
  const model = modelWrites(settings, "sv");
  await wb.write(model.writes, model.names);
  return wb;
}

/** What a sheet shows, by 0-based row and column. */
export const shownAt = (wb: MemoryWorkbook, sheet: string) => {
  const shown = wb.shown(sheet);
  return (row: number, col: number): unknown => shown[row]?.[col];
};
