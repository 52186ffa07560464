/**
 * The sheet "Likvärd modell": the model as a documented table with defined
 * names, so formulas read `LIKVARD_POTT` and a shared workbook carries its
 * model. Cells out (for writing) and the model back in (when reopened).
 */
import { METHOD_NAMES } from "../allocate/weights";
import { componentSheetCells, readComponentSheet } from "../components/componentSheet";
import { DEFAULT_SETTINGS, ModelSettings } from "./modelSettings";

export const MODEL_SHEET = "Likvärd modell";

type Cell = string | number;

/** Settings rows: defined name, label, help text, value in the sheet. */
const ROWS: [string, string, string, (s: ModelSettings) => Cell][] = [
  ["LIKVARD_POTT", "Pott (kr)", "Det belopp som fördelas efter socioekonomiskt behov.", (s) => s.pot],
  ["LIKVARD_METOD", "Metod", "proportional, threshold (tröskel) eller power (potens).", (s) => s.method],
  ["LIKVARD_PARAMETER", "Parameter", "Tröskel för threshold, exponent för power.", (s) => s.parameter],
  ["LIKVARD_GOLV", "Golv per elev (kr)", "Minsta belopp per elev; tomt = inget golv.", (s) => blank(s.floor)],
  ["LIKVARD_TAK", "Tak per elev (kr)", "Högsta belopp per elev; tomt = inget tak.", (s) => blank(s.cap)],
  [
    "LIKVARD_MAXMINSKNING",
    "Största minskning per elev",
    "Mot fjolåret, t.ex. 0,02 = 2 %; tomt = ingen gräns.",
    (s) => blank(s.maxDecrease),
  ],
  [
    "LIKVARD_MAXOKNING",
    "Största ökning per elev",
    "Mot fjolåret, t.ex. 0,1 = 10 %; tomt = ingen gräns.",
    (s) => blank(s.maxIncrease),
  ],
  ["LIKVARD_ENHET", "Avrundningsenhet (kr)", "Beloppen blir hela enheter; summan blir exakt potten.", (s) => s.unit],
  ["LIKVARD_MODELL", "Indexmodell", "linear (vikter) eller logit (skattad logitmodell).", (s) => s.scoreModel],
];

const blank = (x: number): Cell => (Number.isFinite(x) ? x : "");

/** Row (0-based) where the factor table's header is. */
const FACTOR_HEADER = ROWS.length + 3;
const CONSTANT = "Konstant";

export interface ModelSheetLayout {
  cells: Cell[][];
  /** Defined names and the A1 ranges they refer to on the model sheet. */
  names: { name: string; ref: string }[];
}

export function modelSheetCells(settings: ModelSettings): ModelSheetLayout {
  const cells: Cell[][] = [
    ["Likvärd: fördelningsmodell", "", "Ändra värdena i kolumn B; formlerna använder namnen i kolumn D."],
    ["Inställning", "Värde", "Förklaring", "Namn"],
  ];
  const names: { name: string; ref: string }[] = [];
  ROWS.forEach(([name, label, help, value], i) => {
    cells.push([label, value(settings), help, name]);
    names.push({ name, ref: `$B$${i + 3}` });
  });
  cells.push(["", "", "", ""]);
  cells.push(["Faktor", "Vikt", "Faktorerna i samma ordning som kolumnerna i faktorområdet.", ""]);
  cells.push([CONSTANT, settings.intercept, "Konstanten (b0): 0 för valda vikter, skattad för SOCIOFIT-vikter.", ""]);
  settings.factors.forEach((f) => cells.push([f.name, f.weight, "", ""]));
  const constantRow = FACTOR_HEADER + 2;
  const last = constantRow + Math.max(1, settings.factors.length);
  names.push({ name: "LIKVARD_FAKTORER", ref: `$A$${constantRow + 1}:$A$${last}` });
  names.push({ name: "LIKVARD_VIKTER", ref: `$B$${constantRow}:$B$${last}` });
  // The components' block after an empty row (componentSheet.ts): their settings under LIKVARD_<KEY>_… names.
  if (settings.components?.length) {
    while (cells.length < last) cells.push(["", "", "", ""]);
    cells.push(["", "", "", ""]);
    const block = componentSheetCells(settings.components, cells.length);
    cells.push(...block.cells);
    names.push(...block.names);
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

/** The components' block starts with a row whose name column is "Namn" and whose first cell is not "Faktor". */
const isComponentHeader = (row: unknown[] | undefined) => row?.[3] === "Namn" && row?.[0] !== "Inställning";

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
  const rows = values
    .slice(FACTOR_HEADER + 1, blockAt < 0 ? undefined : blockAt)
    .filter((row) => typeof row?.[0] === "string" && row[0].trim() !== "");
  const constant = rows.find((row) => row[0] === CONSTANT);
  const factors = rows
    .filter((row) => row !== constant)
    .map((row) => ({ name: String(row[0]), weight: num(row[1], 0) }));
  const components = blockAt < 0 ? [] : readComponentSheet(values.slice(blockAt));
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
