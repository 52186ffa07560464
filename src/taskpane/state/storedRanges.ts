/**
 * The data ranges stored with the model (the block "Dataområden" on the model
 * sheet, dataRangeSheet.ts) back into the pane at start, each from its
 * defined name where it still points at a range, so columns inserted since
 * are followed. A workbook saved before ranges were stored keeps the pane's
 * own starting ranges.
 */
import { readDataRanges } from "../../model/pane/dataRangeSheet";
import { PaneState } from "./paneState";

/** True when the workbook held stored ranges (and the pane now holds them). */
export async function restoreRanges(state: PaneState, modelSheet: unknown[][]): Promise<boolean> {
  const stored = readDataRanges(modelSheet, await state.workbook.definedNames());
  if (!stored) return false;
  const { components, followUp, ...ranges } = stored;
  Object.assign(state.ranges, ranges);
  Object.assign(state.componentRanges, components);
  state.followUp.outcome = followUp.outcome;
  state.followUp.resources = followUp.resources;
  return true;
}
