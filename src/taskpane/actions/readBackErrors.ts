/**
 * After a batch of result formulas, the first error they show: a failing
 * ALLOCATE leaves the cells under its anchor empty, so the pane must say so
 * rather than report success over a sheet of errors. Reads each formula
 * block's first row back (Excel's values; the preview's engine-computed
 * values) — where the spilling functions anchor. In Excel a custom function
 * may still show #BUSY! then: that is not reported.
 */
import { MODEL_SHEET } from "../../model/pane/modelSheet";
import { areaName, cellName, parseArea, parseCell, quoteSheet, splitSheetRef } from "../../model/sheet/addresses";
import { PaneState } from "../state/paneState";
import { status } from "../status";
import { Write } from "../workbook/workbookPort";

/** Each formula block's first row ("Skolor!Q2:R2"), the model sheet's excepted: where spills anchor. */
export function blockStarts(writes: Write[]): string[] {
  return writes
    .filter((w) => w.formulas && w.sheet !== MODEL_SHEET)
    .map((w) => {
      const start = parseCell(w.topLeft) as { row: number; col: number };
      const width = Math.max(1, w.formulas?.[0]?.length ?? 1);
      return `${quoteSheet(w.sheet)}!${areaName({ top: start.row, left: start.col, rows: 1, cols: width })}`;
    });
}

/** An Excel error value as Office.js reads it ("#NUM!", "#N/A"); Excel's "still calculating" (#BUSY!) is none. */
const isError = (v: string) => /^#(N\/A|[A-Z0-9/_]+[!?])$/.test(v) && v !== "#BUSY!" && v !== "#GETTING_DATA";

/** The first cell of `ranges` (each one row) that shows an error, with its error ("#NUM!"); undefined when none does. */
export async function firstError(
  state: Pick<PaneState, "workbook">,
  ranges: string[],
): Promise<{ error: string; cell: string } | undefined> {
  for (const range of ranges) {
    const { sheet, ref } = splitSheetRef(range);
    const area = parseArea(ref);
    const row = (await state.workbook.readRange(range))[0] ?? [];
    const c = row.findIndex((v) => typeof v === "string" && isError(v));
    if (c >= 0 && area) {
      const cell = cellName(area.top, area.left + c);
      return { error: row[c] as string, cell: sheet ? `${sheet}!${cell}` : cell };
    }
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
