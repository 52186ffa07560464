/**
 * The sheet "Likvärd modell": the model as a documented table with defined
 * names, so formulas read `LIKVARD_POTT` and a shared workbook carries its
 * model. Cells out (for writing) and the model back in (when reopened).
 * Labels and explanations are in the user's language (one catalogue with the
 * pane's texts, src/taskpane/i18n.ts); the reader goes by the names in
 * column D, so it reads a sheet written in either language.
 */
import { METHOD_NAMES } from "../allocate/weights";
import { componentSheetCells, readComponentSheet } from "../components/componentSheet";
import { DataRanges, dataRangeCells, isDataRangeHeader } from "./dataRangeSheet";
import { LabelKey, PaneLang, t } from "../../taskpane/i18n";
import { DEFAULT_SETTINGS, ModelSettings } from "./modelSettings";

export const MODEL_SHEET = "Likvärd modell";

type Cell = string | number;

/** Settings rows: defined name, label, help text (keys of the catalogue), value in the sheet. */
/**
 * The method and index model in the sheet's language: the Swedish words LIKVARD.ALLOCATE and SOCIOINDEX accept
 * (METHOD_NAMES, SCORE_MODEL_NAMES), so a Swedish sheet reads Swedish all through and its formulas still work.
 */
const SWEDISH: Record<string, string> = {
  proportional: "proportionell",
  threshold: "tröskel",
  power: "potens",
  linear: "linjär",
};
const inLanguage = (word: string, lang: PaneLang): string => (lang === "sv" ? (SWEDISH[word] ?? word) : word);

const ROWS: [string, LabelKey, LabelKey, (s: ModelSettings, lang: PaneLang) => Cell][] = [
  ["LIKVARD_POTT", "sheetPot", "sheetPotHelp", (s) => s.pot],
  ["LIKVARD_METOD", "sheetMethod", "sheetMethodHelp", (s, lang) => inLanguage(s.method, lang)],
  ["LIKVARD_PARAMETER", "sheetParameter", "sheetParameterHelp", (s) => s.parameter],
  ["LIKVARD_GOLV", "sheetFloor", "sheetFloorHelp", (s) => blank(s.floor)],
  ["LIKVARD_TAK", "sheetCap", "sheetCapHelp", (s) => blank(s.cap)],
  ["LIKVARD_MAXMINSKNING", "sheetMaxDecrease", "sheetMaxDecreaseHelp", (s) => blank(s.maxDecrease)],
  ["LIKVARD_MAXOKNING", "sheetMaxIncrease", "sheetMaxIncreaseHelp", (s) => blank(s.maxIncrease)],
  ["LIKVARD_ENHET", "sheetUnit", "sheetUnitHelp", (s) => s.unit],
  ["LIKVARD_MODELL", "sheetIndexModel", "sheetIndexModelHelp", (s, lang) => inLanguage(s.scoreModel, lang)],
];

const blank = (x: number): Cell => (Number.isFinite(x) ? x : "");

/** Row (0-based) where the factor table's header is. */
const FACTOR_HEADER = ROWS.length + 3;
/** The constant's label in either language: the reader finds it by either. */
const CONSTANTS = new Set([t("sheetConstant", "sv"), t("sheetConstant", "en")]);

export interface ModelSheetLayout {
  cells: Cell[][];
  /** Defined names and the A1 ranges they refer to on the model sheet (or, with `sheet`, on that sheet). */
  names: { name: string; ref: string; sheet?: string }[];
}

/**
 * The sheet's cells and names; its labels and explanations in `lang` (the names are the same in every language).
 * `ranges`: the data ranges picked in the pane, stored in a block of their own at the foot (dataRangeSheet.ts).
 */
export function modelSheetCells(settings: ModelSettings, lang: PaneLang = "sv", ranges?: DataRanges): ModelSheetLayout {
  const cells: Cell[][] = [
    [t("sheetTitle", lang), "", t("sheetIntro", lang)],
    [t("sheetSetting", lang), t("sheetValue", lang), t("sheetExplanation", lang), t("sheetName", lang)],
  ];
  const names: ModelSheetLayout["names"] = [];
  ROWS.forEach(([name, label, help, value], i) => {
    cells.push([t(label, lang), value(settings, lang), t(help, lang), name]);
    names.push({ name, ref: `$B$${i + 3}` });
  });
  cells.push(["", "", "", ""]);
  cells.push([t("sheetFactor", lang), t("sheetWeight", lang), t("sheetFactorsHelp", lang), ""]);
  cells.push([t("sheetConstant", lang), settings.intercept, t("sheetConstantHelp", lang), ""]);
  settings.factors.forEach((f) => cells.push([f.name, f.weight, "", ""]));
  const constantRow = FACTOR_HEADER + 2;
  const last = constantRow + Math.max(1, settings.factors.length);
  names.push({ name: "LIKVARD_FAKTORER", ref: `$A$${constantRow + 1}:$A$${last}` });
  names.push({ name: "LIKVARD_VIKTER", ref: `$B$${constantRow}:$B$${last}` });
  // The components' block after an empty row (componentSheet.ts): their settings under LIKVARD_<KEY>_… names.
  if (settings.components?.length) {
    while (cells.length < last) cells.push(["", "", "", ""]);
    cells.push(["", "", "", ""]);
    const block = componentSheetCells(settings.components, cells.length, lang);
    cells.push(...block.cells);
    names.push(...block.names);
  }
  const stored = ranges && dataRangeCells(ranges, settings.components ?? [], lang);
  if (stored && stored.cells.length > 0) {
    while (cells.length < last) cells.push(["", "", "", ""]);
    cells.push(["", "", "", ""], ...stored.cells);
    names.push(...stored.names);
  }
  return { cells, names };
}

const num = (cell: unknown, fallback: number): number => {
  if (typeof cell === "number" && Number.isFinite(cell)) return cell;
  if (typeof cell === "string" && cell.trim() !== "" && Number.isFinite(Number(cell.replace(",", ".")))) {
    return Number(cell.replace(",", "."));
  }
  return fallback;
};

/** The components' block starts with a header row whose name column says "Namn" (or "Name"). */
const NAME_HEADERS = new Set([t("sheetName", "sv"), t("sheetName", "en")]);
const isComponentHeader = (row: unknown[] | undefined) => NAME_HEADERS.has(row?.[3] as string);

/**
 * The model from the sheet's values (as read back from Excel); unknown or
 * empty cells fall back to defaults. A sheet saved before components existed
 * has no components' block: the model is then the one pot it always was
 * (no `components`).
 */
export function readModelSheet(values: unknown[][]): ModelSettings {
  const byName = new Map<string, unknown>();
  for (const row of values) if (typeof row?.[3] === "string") byName.set(row[3], row[1]);
  const methodCell = byName.get("LIKVARD_METOD");
  const methodName = typeof methodCell === "string" ? methodCell.toLowerCase() : "";
  const method = METHOD_NAMES[methodName] ?? DEFAULT_SETTINGS.method;
  // The factors: the rows under their header, up to the components' block.
  const blockAt = values.findIndex((row, r) => r > FACTOR_HEADER && isComponentHeader(row));
  // The data ranges' block (dataRangeSheet.ts) ends the factors, and the components, where there is one.
  const rangesAt = values.findIndex((row, r) => r > FACTOR_HEADER && isDataRangeHeader(row));
  const end = [blockAt, rangesAt].filter((at) => at >= 0);
  const rows = values
    .slice(FACTOR_HEADER + 1, end.length > 0 ? Math.min(...end) : undefined)
    .filter((row) => typeof row?.[0] === "string" && row[0].trim() !== "");
  const constant = rows.find((row) => CONSTANTS.has(row[0] as string));
  const factors = rows
    .filter((row) => row !== constant)
    .map((row) => ({ name: String(row[0]), weight: num(row[1], 0) }));
  const components =
    blockAt < 0 ? [] : readComponentSheet(values.slice(blockAt, rangesAt > blockAt ? rangesAt : undefined));
  return {
    ...(components.length > 0 ? { components } : {}),
    factors,
    intercept: num(constant?.[1], 0),
    scoreModel: String(byName.get("LIKVARD_MODELL")).toLowerCase() === "logit" ? "logit" : "linear",
    pot: num(byName.get("LIKVARD_POTT"), DEFAULT_SETTINGS.pot),
    method,
    parameter: num(byName.get("LIKVARD_PARAMETER"), DEFAULT_SETTINGS.parameter),
    floor: num(byName.get("LIKVARD_GOLV"), NaN),
    cap: num(byName.get("LIKVARD_TAK"), NaN),
    maxDecrease: num(byName.get("LIKVARD_MAXMINSKNING"), NaN),
    maxIncrease: num(byName.get("LIKVARD_MAXOKNING"), NaN),
    unit: num(byName.get("LIKVARD_ENHET"), DEFAULT_SETTINGS.unit),
  };
}
