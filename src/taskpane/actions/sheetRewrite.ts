/**
 * A sheet Likvärd builds whole (the explanation, the comparison) written
 * anew: empty cells over everything the sheet held, then the new cells, so a
 * shorter sheet leaves nothing stale behind. What the sheet held counts as
 * occupied, so the user is asked before it goes.
 */
import { PaneState } from "../state/paneState";
import { Write } from "../workbook/workbookPort";

/** The clearing writes clearSheet made: writeAsking asks "Skriv om bladet …?" for their sheets. */
const clearings = new WeakSet<Write>();

export async function clearSheet(state: PaneState, sheet: string): Promise<Write[]> {
  const values = await state.workbook.readSheet(sheet);
  if (!values || values.length === 0) return [];
  const width = values.reduce((w, row) => Math.max(w, row?.length ?? 0), 0);
  if (width === 0) return [];
  const clearing: Write = { sheet, topLeft: "A1", values: values.map(() => Array.from({ length: width }, () => "")) };
  clearings.add(clearing);
  return [clearing];
}

/** The sheets among `writes` that are written whole anew (cleared by clearSheet first). */
export function rewrittenSheets(writes: Write[]): string[] {
  return writes.filter((w) => clearings.has(w)).map((w) => w.sheet);
}
