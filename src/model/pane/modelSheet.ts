/**
 * The sheet "Likvärd modell": the model as a documented table with defined
 * names, so formulas read `LIKVARD_POTT` and a shared workbook carries its
 * model. Cells out (for writing) and the model back in (when reopened).
 */
import { METHOD_NAMES } from "../allocate/weights";
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
  return { cells, names };
}

const num = (cell: unknown, fallback: number): number => {
  if (typeof cell === "number" && Number.isFinite(cell)) return cell;
  if (typeof cell === "string" && cell.trim() !== "" && Number.isFinite(Number(cell.replace(",", ".")))) {
    return Number(cell.replace(",", "."));
  }
  return fallback;
};

/** The model from the sheet's values (as read back from Excel); unknown or empty cells fall back to defaults. */
export function readModelSheet(values: unknown[][]): ModelSettings {
  const byName = new Map<string, unknown>();
  for (const row of values) if (typeof row?.[3] === "string") byName.set(row[3], row[1]);
  const methodCell = byName.get("LIKVARD_METOD");
  const methodName = typeof methodCell === "string" ? methodCell.toLowerCase() : "";
  const method = METHOD_NAMES[methodName] ?? DEFAULT_SETTINGS.method;
  const rows = values.slice(FACTOR_HEADER + 1).filter((row) => typeof row?.[0] === "string" && row[0].trim() !== "");
  const constant = rows.find((row) => row[0] === CONSTANT);
  const factors = rows
    .filter((row) => row !== constant)
    .map((row) => ({ name: String(row[0]), weight: num(row[1], 0) }));
  return {
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
