/**
 * What the pane reads from the workbook: the data ranges' cells as the
 * formulas will read them, the schools' names, the factor headers and the
 * default target for the results.
 */
import { rangeProblem } from "../../model/pane/rangeChecks";
import { PreviewCells } from "../../model/pane/preview";
import { cellName, columnName, parseArea, quoteSheet, splitSheetRef } from "../../model/sheet/addresses";
import { Cell, ErrorCell, Grid } from "../../model/sheet/cells";
import { dataSheetOf } from "../formulaLayout";
import { PaneState } from "./paneState";

const EXCEL_ERRORS = /^#(N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|BUSY!)$/;

/** Cells as the functions receive them: Excel's error values (read back as text "#N/A") become error cells. */
export const cellsOf = (values: unknown[][]): Grid =>
  values.map((row) =>
    row.map((v): Cell => (typeof v === "string" && EXCEL_ERRORS.test(v) ? new ErrorCell(v) : (v as Cell))),
  );

/** The schools' names: the first column of the data sheet on the pupils' rows, when it holds text. */
async function schoolNames(state: PaneState): Promise<string[] | undefined> {
  const { sheet, ref } = splitSheetRef(state.ranges.pupils);
  const area = parseArea(ref);
  if (!area || area.left === 0) return undefined;
  const col = columnName(0);
  const prefix = sheet ? `${quoteSheet(sheet)}!` : "";
  const values = await state.workbook.readRange(`${prefix}${col}${area.top + 1}:${col}${area.top + area.rows}`);
  const names = values.map((row) => (typeof row[0] === "string" ? row[0] : ""));
  return names.some((n) => n) ? names : undefined;
}

/** The header row above the factor range: the factors' names. */
async function readFactorHeaders(state: PaneState): Promise<string[] | undefined> {
  const { sheet, ref } = splitSheetRef(state.ranges.factors);
  const area = parseArea(ref);
  if (!area || area.top === 0) return undefined;
  const prefix = sheet ? `${quoteSheet(sheet)}!` : "";
  const row = `${cellName(area.top - 1, area.left)}:${cellName(area.top - 1, area.left + area.cols - 1)}`;
  const values = (await state.workbook.readRange(`${prefix}${row}`))[0] ?? [];
  return values.every((v) => typeof v === "string" && v.trim() !== "") ? values.map(String) : undefined;
}

/** Factors bound to the factor range's columns: one per column, named by its header, weights kept by position. */
export async function bindFactors(state: PaneState): Promise<void> {
  const area = parseArea(splitSheetRef(state.ranges.factors).ref);
  if (!area) return;
  state.factorHeaders = await readFactorHeaders(state);
  const { settings, factorHeaders } = state;
  settings.factors = Array.from({ length: area.cols }, (_, j) => ({
    name: factorHeaders?.[j] ?? settings.factors[j]?.name ?? `${state.tx("factor")} ${j + 1}`,
    weight: settings.factors[j]?.weight ?? NaN,
  }));
  for (const [j, f] of settings.factors.entries()) {
    if (!Number.isFinite(f.weight)) state.invalid.set(`${state.tx("weight")} ${j + 1}`, "");
  }
}

/** The data ranges' cells, as the formulas will read them; a message when the ranges themselves are wrong. */
export async function previewCells(state: PaneState): Promise<PreviewCells | string | undefined> {
  const { ranges, workbook } = state;
  if (!ranges.pupils.trim() || !ranges.factors.trim()) return undefined;
  const read = async (ref: string) => (ref.trim() ? await workbook.readRange(ref) : undefined);
  const [pupils, factors, lastYear, resource, outcome] = await Promise.all([
    read(ranges.pupils),
    read(ranges.factors),
    read(ranges.lastYear),
    read(ranges.resource),
    read(ranges.outcome),
  ]);
  const tx = state.tx.bind(state);
  const problem = rangeProblem(
    [
      { label: tx("pupils"), ref: ranges.pupils, values: pupils, column: true },
      { label: tx("factorRange"), ref: ranges.factors, values: factors },
      { label: tx("lastYear"), ref: ranges.lastYear, values: lastYear, column: true },
      { label: tx("resource"), ref: ranges.resource, values: resource, column: true },
      { label: tx("outcome"), ref: ranges.outcome, values: outcome, column: true },
    ],
    state.lang,
  );
  if (problem) return problem;
  return {
    pupils: cellsOf(pupils ?? []),
    factors: cellsOf(factors ?? []),
    lastYear: lastYear && cellsOf(lastYear),
    resource: resource && cellsOf(resource),
    names: await schoolNames(state),
  };
}

/** The data's sheet: where results go by default. */
export const dataSheet = (state: PaneState): string => dataSheetOf(state.ranges) ?? "Skolor";

/** The first free column of the data sheet, on the pupils' first row: where results go unless told otherwise. */
export async function defaultTarget(state: PaneState): Promise<string> {
  const sheet = dataSheet(state);
  const area = parseArea(splitSheetRef(state.ranges.pupils).ref);
  const used = (await state.workbook.readSheet(sheet)) ?? [];
  const width = used.reduce((w, row) => {
    let last = (row ?? []).length;
    while (last > 0 && (row[last - 1] === null || row[last - 1] === undefined || row[last - 1] === "")) last--;
    return Math.max(w, last);
  }, 0);
  return `${quoteSheet(sheet)}!${cellName(area ? area.top : 1, width)}`;
}
