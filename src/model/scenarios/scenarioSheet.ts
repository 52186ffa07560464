/**
 * The sheet "Likvärd scenarier": named scenarios of the model side by side,
 * one column each (pot, method, parameter, floor, cap, limits against last
 * year, rounding, index model, the constant and one weight per factor), the
 * settings' labels in column A. Every cell of a scenario has a defined name,
 * LIKVARD_SCENARIO<k>_POTT … for the scenario in the k-th column after A, so
 * "Jämför scenarier" reads `LIKVARD_SCENARIO2_POTT` and a changed cell
 * recalculates the comparison. A column keeps its number for good: deleting
 * a scenario empties its column, a new one takes the first empty column, and
 * the other scenarios (and what the user typed into them) are never rewritten.
 *
 * A model with components (issue 20) adds a block under the weights: the
 * components' settings as the model sheet holds them (componentSheet.ts), a
 * value per row in the scenario's column, named LIKVARD_SCENARIO<k>_<KEY>_<SETTING>
 * (LIKVARD_SCENARIO2_GRUND_F3). Column A is shared, so the block's rows are
 * the same for every scenario with components: each row's label ends with its
 * setting's key in parentheses, "F–3 (GRUND_F3)", which is how it is read back.
 * A one-pot scenario leaves the block's cells of its column empty.
 */
import type { DefinedName, Write } from "../../taskpane/workbook/workbookPort";
import { Lang } from "../errors";
import { METHOD_NAMES } from "../allocate/weights";
import { DEFAULT_SETTINGS, ModelSettings } from "../pane/modelSettings";
import { cellName, columnName } from "../sheet/addresses";
import { Component } from "../components/components";
import { componentSheetCells, readComponentSheet } from "../components/componentSheet";

export const SCENARIO_SHEET = "Likvärd scenarier";

type Cell = string | number;

/** The settings' rows: the name's key, the label in each language, the value of a model. */
const ROWS: [key: string, sv: string, en: string, value: (s: ModelSettings) => Cell][] = [
  ["POTT", "Pott (kr)", "Pot (kr)", (s) => s.pot],
  ["METOD", "Metod", "Method", (s) => s.method],
  ["PARAMETER", "Parameter", "Parameter", (s) => s.parameter],
  ["GOLV", "Golv per elev (kr)", "Floor per pupil (kr)", (s) => blank(s.floor)],
  ["TAK", "Tak per elev (kr)", "Cap per pupil (kr)", (s) => blank(s.cap)],
  ["MAXMINSKNING", "Största minskning per elev", "Largest decrease per pupil", (s) => blank(s.maxDecrease)],
  ["MAXOKNING", "Största ökning per elev", "Largest increase per pupil", (s) => blank(s.maxIncrease)],
  ["ENHET", "Avrundningsenhet (kr)", "Rounding unit (kr)", (s) => s.unit],
  ["MODELL", "Indexmodell", "Index model", (s) => s.scoreModel],
];

const blank = (x: number): Cell => (Number.isFinite(x) ? x : "");

/** Rows (0-based): the scenarios' names, the first setting, the constant (the weights follow it). */
const NAME_ROW = 2;
const FIRST_SETTING = NAME_ROW + 1;
const CONSTANT_ROW = FIRST_SETTING + ROWS.length;

const TEXT = {
  sv: {
    title: "Likvärd: scenarier",
    help: "Ett scenario per kolumn. Ändra värdena i ett scenarios kolumn; Jämför scenarier räknar med namnen LIKVARD_SCENARIO1_POTT osv.",
    scenario: "Scenario",
    constant: "Konstant",
    components: "Komponenter",
  },
  en: {
    title: "Likvärd: scenarios",
    help: "One scenario per column. Change the values in a scenario's column; Compare scenarios calculates with the names LIKVARD_SCENARIO1_POTT etc.",
    scenario: "Scenario",
    constant: "Constant",
    components: "Components",
  },
} as const;

/** A scenario as the sheet holds it. */
export interface Scenario {
  name: string;
  /** Its column (1 = B); its names are LIKVARD_SCENARIO<column>_…. */
  column: number;
  /** With components, `settings.components` holds them (the block's values of this column). */
  settings: ModelSettings;
}

/** The first row (0-based) of the components' block: its header, after an empty row under the weights. */
const blockRow = (factors: number) => CONSTANT_ROW + factors + 2;

/** The block's rows for `components`: column A's label ("F–3 (GRUND_F3)"), the value, the name's key. */
function blockRows(components: Component[], lang: Lang): { label: string; value: Cell; key: string }[] {
  return componentSheetCells(components, 0, lang)
    .cells.slice(1)
    .map(([label, value, , name]) => {
      const key = String(name).replace(/^LIKVARD_/, "");
      return { label: `${label} (${key})`, value, key };
    });
}

/** The keys of the block's rows as column A lists them ([] when there is no block). */
export function componentBlockKeys(values: unknown[][]): { row: number; label: string; key: string }[] {
  const keys: { row: number; label: string; key: string }[] = [];
  const start = blockRow(scenarioFactors(values).length);
  for (let r = start + 1; r < values.length; r++) {
    const m = /^(.*) \(([A-Z0-9_]+)\)$/.exec(text(values[r]?.[0]));
    if (!m) break;
    keys.push({ row: r, label: m[1], key: m[2] });
  }
  return keys;
}

/** The keys a model's block would have: equal to componentBlockKeys for scenarios of the same components' shape. */
export const modelBlockKeys = (components: Component[], lang: Lang): string[] =>
  blockRows(components, lang).map((row) => row.key);

/** The defined name of a scenario's setting: "LIKVARD_SCENARIO2_POTT"; "NAMN" its name, "VIKTER" its weights. */
export const scenarioName = (column: number, key: string): string => `LIKVARD_SCENARIO${column}_${key}`;

/**
 * The writes that store `settings` as the scenario `name` in `column`, with
 * the labels in column A and the column's names.
 */
export function scenarioWrites(
  settings: ModelSettings,
  name: string,
  column: number,
  lang: Lang,
  /**
   * `height`: the sheet's rows now (the column is emptied down to it, so an
   * earlier block of the column goes); `keepBlock`: other scenarios have
   * components, so a one-pot scenario leaves column A's block alone.
   */
  options: { height?: number; keepBlock?: boolean } = {},
): { writes: Write[]; names: DefinedName[] } {
  const text = TEXT[lang];
  const labels: Cell[] = [
    text.title,
    text.help,
    text.scenario,
    ...ROWS.map((row) => row[lang === "sv" ? 1 : 2]),
    text.constant,
    ...settings.factors.map((f) => f.name),
  ];
  const values: Cell[] = [
    name,
    ...ROWS.map(([, , , value]) => value(settings)),
    settings.intercept,
    ...settings.factors.map((f) => f.weight),
  ];
  const block = blockRows(settings.components ?? [], lang);
  const start = blockRow(settings.factors.length);
  if (block.length > 0) {
    labels.push("", text.components, ...block.map((row) => row.label));
    values.push("", "", ...block.map((row) => row.value));
  }
  const height = options.height ?? 0;
  const pad = (cells: Cell[], from: number, extra: number) => [
    ...cells,
    ...Array<Cell>(Math.max(extra, height - from - cells.length)).fill(""),
  ];
  const at = (row: number) => `$${columnName(column)}$${row + 1}`;
  const names: DefinedName[] = [
    { name: scenarioName(column, "NAMN"), sheet: SCENARIO_SHEET, ref: at(NAME_ROW) },
    ...ROWS.map(([key], i) => ({ name: scenarioName(column, key), sheet: SCENARIO_SHEET, ref: at(FIRST_SETTING + i) })),
    {
      name: scenarioName(column, "VIKTER"),
      sheet: SCENARIO_SHEET,
      ref: `${at(CONSTANT_ROW)}:${at(CONSTANT_ROW + settings.factors.length)}`,
    },
    ...block.map((row, i) => ({ name: scenarioName(column, row.key), sheet: SCENARIO_SHEET, ref: at(start + 1 + i) })),
  ];
  // Labels, and empty cells below them: a longer earlier factor list (or block) must not linger.
  const keep = options.keepBlock && block.length === 0;
  return {
    writes: [
      { sheet: SCENARIO_SHEET, topLeft: "A1", values: (keep ? labels : pad(labels, 0, 20)).map((v) => [v]) },
      { sheet: SCENARIO_SHEET, topLeft: cellName(NAME_ROW, column), values: pad(values, NAME_ROW, 0).map((v) => [v]) },
    ],
    names,
  };
}

/** Empties a scenario's column (its names stay, pointing at empty cells, until a new scenario takes it). */
export function scenarioClear(column: number, factors: number, height = 0): Write {
  const rows = Math.max(CONSTANT_ROW + factors + 1, height) - NAME_ROW;
  return {
    sheet: SCENARIO_SHEET,
    topLeft: cellName(NAME_ROW, column),
    values: Array.from({ length: rows }, () => [""]),
  };
}

/** The factors' names in column A (the rows under the constant, to the first empty one). */
export function scenarioFactors(values: unknown[][]): string[] {
  const names: string[] = [];
  for (let r = CONSTANT_ROW + 1; typeof values[r]?.[0] === "string" && values[r][0] !== ""; r++)
    names.push(String(values[r][0]));
  return names;
}

/** The scenarios of the sheet (as read back from the workbook), left to right; a column without a name is none. */
export function readScenarios(values: unknown[][]): Scenario[] {
  const factors = scenarioFactors(values);
  const block = componentBlockKeys(values);
  const width = values.reduce((w, row) => Math.max(w, row?.length ?? 0), 0);
  const scenarios: Scenario[] = [];
  for (let c = 1; c < width; c++) {
    const name = text(values[NAME_ROW]?.[c]);
    if (name.trim() === "") continue;
    const at = (row: number) => values[row]?.[c];
    const setting = (key: string) => at(FIRST_SETTING + ROWS.findIndex(([k]) => k === key));
    const method = METHOD_NAMES[text(setting("METOD")).toLowerCase()] ?? DEFAULT_SETTINGS.method;
    // The block as the model sheet's rows, so componentSheet reads it; a component without its kind is none.
    const components = readComponentSheet(block.map((b) => [b.label, at(b.row), "", `LIKVARD_${b.key}`]));
    scenarios.push({
      name,
      column: c,
      settings: {
        factors: factors.map((f, j) => ({ name: f, weight: num(at(CONSTANT_ROW + 1 + j), 0) })),
        intercept: num(at(CONSTANT_ROW), 0),
        scoreModel: text(setting("MODELL")).toLowerCase() === "logit" ? "logit" : "linear",
        pot: num(setting("POTT"), DEFAULT_SETTINGS.pot),
        method,
        parameter: num(setting("PARAMETER"), DEFAULT_SETTINGS.parameter),
        floor: num(setting("GOLV"), NaN),
        cap: num(setting("TAK"), NaN),
        maxDecrease: num(setting("MAXMINSKNING"), NaN),
        maxIncrease: num(setting("MAXOKNING"), NaN),
        unit: num(setting("ENHET"), DEFAULT_SETTINGS.unit),
        ...(components.length > 0 ? { components } : {}),
      },
    });
  }
  return scenarios;
}

/** A text cell as text (a number as Excel shows it plainly); anything else as "". */
const text = (cell: unknown): string =>
  typeof cell === "string" ? cell : typeof cell === "number" ? String(cell) : "";

/** A number cell; text that is a number (as Excel may hand it back) read with either decimal mark. */
function num(cell: unknown, fallback: number): number {
  if (typeof cell === "number" && Number.isFinite(cell)) return cell;
  if (typeof cell === "string" && cell.trim() !== "") {
    const x = Number(cell.trim().replace(",", "."));
    if (Number.isFinite(x)) return x;
  }
  return fallback;
}

/** The column a scenario named `name` goes to: its own if it exists (case ignored), else the first free one. */
export function scenarioColumn(scenarios: Scenario[], name: string): { column: number; exists: boolean } {
  const own = scenarios.find((s) => s.name.trim().toLowerCase() === name.trim().toLowerCase());
  if (own) return { column: own.column, exists: true };
  const taken = new Set(scenarios.map((s) => s.column));
  let column = 1;
  while (taken.has(column)) column++;
  return { column, exists: false };
}
