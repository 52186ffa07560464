/**
 * A sheet Likvärd builds whole (the explanation, the comparison) written
 * anew: empty cells over everything the sheet held, then the new cells, so a
 * shorter sheet leaves nothing stale behind. What the sheet held counts as
 * occupied, so the user is asked before it goes.
 */
import { PaneState } from "../state/paneState";
import { Write } from "../workbook/workbookPort";

export async function clearSheet(state: PaneState, sheet: string): Promise<Write[]> {
  const values = await state.workbook.readSheet(sheet);
  if (!values || values.length === 0) return [];
  const width = values.reduce((w, row) => Math.max(w, row?.length ?? 0), 0);
  if (width === 0) return [];
  return [{ sheet, topLeft: "A1", values: values.map(() => Array.from({ length: width }, () => "")) }];
}
