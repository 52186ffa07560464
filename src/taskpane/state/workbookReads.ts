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

/**
 * Which column each factor is: its header (so a weight follows its column when
 * the range moves, even to another sheet), or sheet and column letter when
 * there is no header row. A repeated header gets its occurrence added.
 */
function columnKeys(sheet: string | undefined, left: number, cols: number, headers: string[] | undefined): string[] {
  const seen = new Map<string, number>();
  return Array.from({ length: cols }, (_, j) => {
    if (!headers) return `column:${sheet ?? ""}!${columnName(left + j)}`;
    const header = headers[j].trim().toLowerCase();
    const n = (seen.get(header) ?? 0) + 1;
    seen.set(header, n);
    return `header:${header}#${n}`;
  });
}

/**
 * Factors bound to the factor range's columns: one per column, named by its
 * header. Each weight stays with its column (columnKeys): a column that leaves
 * the range takes its weight along and gets it back when it returns, a new
 * column has none until one is typed. The first binding (a model just read, or
 * the example) takes the model's factors in column order, as they were saved.
 */
export async function bindFactors(state: PaneState): Promise<void> {
  const { sheet, ref } = splitSheetRef(state.ranges.factors);
  const area = parseArea(ref);
  if (!area) return;
  state.factorHeaders = await readFactorHeaders(state);
  const { settings, factorHeaders, factorMemory } = state;
  const before = state.factorKeys;
  const keys = columnKeys(sheet, area.left, area.cols, factorHeaders);
  // Settings replaced since (a scenario of another size) cannot be matched by key: their order is the columns'.
  const byPosition = !before || before.length !== settings.factors.length;
  if (!byPosition) before.forEach((key, j) => factorMemory.set(key, { ...settings.factors[j] }));
  const old = (j: number) => (byPosition ? settings.factors[j] : factorMemory.get(keys[j]));
  settings.factors = keys.map((_, j) => ({
    name: factorHeaders?.[j] ?? old(j)?.name ?? `${state.tx("factor")} ${j + 1}`,
    weight: old(j)?.weight ?? NaN,
  }));
  // A fit of other columns would name other factors: it goes.
  if (before && keys.join("\n") !== before.join("\n") && state.fit) {
    state.fit = undefined;
    state.announce("fit");
  }
  state.factorKeys = keys;
  // The weight fields are numbered: none of the old ones waits any more, a new one without a number does.
  const weightLabel = new RegExp(`^${state.tx("weight")} \\d+$`);
  for (const label of [...state.invalid.keys()]) if (weightLabel.test(label)) state.invalid.delete(label);
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
