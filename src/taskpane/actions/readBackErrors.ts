/**
 * After a batch of result formulas, the first error they show: a failing
 * ALLOCATE leaves the cells under its anchor empty, so the pane must say so
 * rather than report success over a sheet of errors. Reads each formula
 * block's first cell back (Excel's values; the preview's engine-computed
 * values) — where the spilling functions anchor.
 */
import { MODEL_SHEET } from "../../model/pane/modelSheet";
import { quoteSheet } from "../../model/sheet/addresses";
import { PaneState } from "../state/paneState";
import { status } from "../status";
import { Write } from "../workbook/workbookPort";

/** Where each formula block of `writes` begins ("'Skolor'!O2"), the model sheet's excepted: where spills anchor. */
export function blockStarts(writes: Write[]): string[] {
  return writes.filter((w) => w.formulas && w.sheet !== MODEL_SHEET).map((w) => `${quoteSheet(w.sheet)}!${w.topLeft}`);
}

/** The first of `cells` that shows an error, with its error ("#NUM!"); undefined when none does. */
export async function firstError(
  state: Pick<PaneState, "workbook">,
  cells: string[],
): Promise<{ error: string; cell: string } | undefined> {
  for (const cell of cells) {
    const value = (await state.workbook.readRange(cell))[0]?.[0];
    if (typeof value === "string" && /^#(N\/A|[A-Z0-9/_]+[!?])$/.test(value)) return { error: value, cell };
  }
  return undefined;
}

/**
 * Ends an action that wrote result formulas: "done" when they show numbers,
 * else a warning naming the error, where, and why (the preview's message, the
 * same model code the functions run) when the preview knows it.
 */
export async function statusAfterWrite(state: PaneState, cells: string[], done: string): Promise<void> {
  const found = await firstError(state, cells);
  if (!found) return;
  const why = state.preview.kind === "error" ? state.preview.message : "";
  const text = state.tx("writtenWithError", { done, error: found.error, cell: found.cell, why });
  status(text.replace(/:\s*$/, "."), "error");
}
