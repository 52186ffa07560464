/**
 * The components on the model sheet "Likvärd modell": a block of rows, one
 * per setting (label, value, explanation, defined name — the same four
 * columns as modelSheet.ts), each value under a name LIKVARD_<KEY>_<SETTING>:
 *
 * | kind | names |
 * | --- | --- |
 * | every component | `LIKVARD_<KEY>_TYP`: its kind (label in column A) |
 * | per stage | `LIKVARD_<KEY>_<STAGE>` (e.g. `LIKVARD_GRUND_F3`): kronor per pupil in that stage |
 * | need-based pot | `LIKVARD_<KEY>_POTT`, `_METOD`, `_PARAMETER`, `_ENHET` |
 * | per counted pupil | `LIKVARD_<KEY>_POTT` (a pot) or `LIKVARD_<KEY>_BELOPP` (kr per counted pupil), `_ENHET` |
 * | lump sum | `LIKVARD_<KEY>_BELOPP`, `_N1` (full amount up to), `_N2` (nothing from; empty = no taper) |
 *
 * The block goes below the sheet's other rows (`firstRow`); the guarantee
 * on the total stays in the sheet's LIKVARD_GOLV, LIKVARD_TAK,
 * LIKVARD_MAXMINSKNING, LIKVARD_MAXOKNING, and the need index in
 * LIKVARD_VIKTER and LIKVARD_MODELL.
 */
import { METHOD_NAMES } from "../allocate/weights";
import { LabelKey, PaneLang, t } from "../../taskpane/i18n";
import { Component, componentName, kindOf } from "./components";

type Cell = string | number;
const blank = (x: number): Cell => (Number.isFinite(x) ? x : "");

/** The kinds' words in column B, in the sheet's language (kindOf reads either). */
const KIND_TEXTS: Record<Component["kind"], LabelKey> = {
  perStage: "sheetKindPerStage",
  needPot: "sheetKindNeedPot",
  counted: "sheetKindCounted",
  lumpSum: "sheetKindLumpSum",
};

/** One component's rows: [label, value, help, setting], in `lang`. */
function rowsOf(c: Component, lang: PaneLang): [string, Cell, string, string][] {
  const tx = (key: LabelKey) => t(key, lang);
  const head: [string, Cell, string, string] = [
    c.label,
    tx(KIND_TEXTS[c.kind]),
    t("sheetKindHelp", lang, { key: c.key }),
    "TYP",
  ];
  switch (c.kind) {
    case "perStage":
      return [
        head,
        ...c.stages.map((s): [string, Cell, string, string] => [s.label, s.amount, tx("sheetStageHelp"), s.key]),
      ];
    case "needPot":
      return [
        head,
        [tx("sheetPot"), c.pot, tx("sheetNeedPotHelp"), "POTT"],
        [tx("sheetMethod"), c.method, tx("sheetMethodHelp"), "METOD"],
        [tx("sheetParameter"), c.parameter, tx("sheetParameterHelp"), "PARAMETER"],
        [tx("sheetUnit"), c.unit, tx("sheetUnitHelp"), "ENHET"],
      ];
    case "counted":
      return [
        head,
        c.basis === "pot"
          ? [tx("sheetPot"), c.amount, tx("sheetCountedPotHelp"), "POTT"]
          : [tx("sheetRate"), c.amount, tx("sheetRateHelp"), "BELOPP"],
        [tx("sheetUnit"), c.unit, tx("sheetCountedUnitHelp"), "ENHET"],
      ];
    case "lumpSum":
      return [
        head,
        [tx("sheetLumpAmount"), c.amount, tx("sheetLumpAmountHelp"), "BELOPP"],
        [tx("sheetN1"), blank(c.taperFrom), tx("sheetN1Help"), "N1"],
        [tx("sheetN2"), blank(c.taperTo), tx("sheetN2Help"), "N2"],
      ];
  }
}

export interface ComponentSheetBlock {
  cells: Cell[][];
  /** Defined names and the A1 cells they refer to on the model sheet. */
  names: { name: string; ref: string }[];
}

/**
 * The components' block, its first row at 0-based row `firstRow` of the
 * model sheet (a header row first); labels and explanations in `lang`.
 */
export function componentSheetCells(
  components: Component[],
  firstRow: number,
  lang: PaneLang = "sv",
): ComponentSheetBlock {
  const cells: Cell[][] = [
    [t("sheetComponent", lang), t("sheetValue", lang), t("sheetComponentsHelp", lang), t("sheetName", lang)],
  ];
  const names: { name: string; ref: string }[] = [];
  for (const c of components) {
    for (const [label, value, help, setting] of rowsOf(c, lang)) {
      const name = componentName(c.key, setting);
      names.push({ name, ref: `$B$${firstRow + cells.length + 1}` });
      cells.push([label, value, help, name]);
    }
  }
  return { cells, names };
}

const text = (cell: unknown, fallback: string): string =>
  typeof cell === "string" || typeof cell === "number" ? String(cell) : fallback;

const num = (cell: unknown, fallback: number): number => {
  if (typeof cell === "number" && Number.isFinite(cell)) return cell;
  if (typeof cell === "string" && cell.trim() !== "" && Number.isFinite(Number(cell.replace(",", "."))))
    return Number(cell.replace(",", "."));
  return fallback;
};

/**
 * The components from the model sheet's values (as read back from Excel),
 * found by their names in column D, in the sheet's order; a component whose
 * kind is unknown is left out.
 */
export function readComponentSheet(values: unknown[][]): Component[] {
  const components: Component[] = [];
  const byName = new Map<string, unknown[]>();
  for (const row of values) if (typeof row?.[3] === "string") byName.set(row[3], row);
  const value = (key: string, setting: string) => byName.get(componentName(key, setting))?.[1];
  values.forEach((row, at) => {
    const m = typeof row?.[3] === "string" ? /^LIKVARD_(.+)_TYP$/.exec(row[3]) : null;
    const kind = m ? kindOf(row[1]) : undefined;
    if (!m || !kind) return;
    const key = m[1];
    const label = text(row[0], key);
    switch (kind) {
      case "perStage": {
        // The stages are the rows right under the kind's row that carry the component's names.
        const prefix = `LIKVARD_${key}_`;
        const stages = [];
        for (let r = at + 1; r < values.length; r++) {
          const name = values[r]?.[3];
          if (typeof name !== "string" || !name.startsWith(prefix) || name.endsWith("_TYP")) break;
          stages.push({
            key: name.slice(prefix.length),
            label: text(values[r][0], ""),
            amount: num(values[r][1], 0),
          });
        }
        components.push({ kind, key, label, stages });
        break;
      }
      case "needPot":
        components.push({
          kind,
          key,
          label,
          pot: num(value(key, "POTT"), 0),
          method: METHOD_NAMES[text(value(key, "METOD"), "").toLowerCase()] ?? "proportional",
          parameter: num(value(key, "PARAMETER"), 1),
          unit: num(value(key, "ENHET"), 1),
        });
        break;
      case "counted": {
        const pot = byName.has(componentName(key, "POTT"));
        const amount = num(value(key, pot ? "POTT" : "BELOPP"), 0);
        components.push({ kind, key, label, basis: pot ? "pot" : "rate", amount, unit: num(value(key, "ENHET"), 1) });
        break;
      }
      case "lumpSum":
        components.push({
          kind,
          key,
          label,
          amount: num(value(key, "BELOPP"), 0),
          taperFrom: num(value(key, "N1"), NaN),
          taperTo: num(value(key, "N2"), NaN),
        });
        break;
    }
  });
  return components;
}
