/**
 * A model's money with components, as the columns of a sheet with one row per
 * school: the need index, each component's amount (the formulas "Infoga
 * formler" writes, componentColumn), the total and the total per pupil, the
 * total's floor and cap per pupil (the guarantee) and the need-based pot's
 * floor and cap that make the total meet it (guarantee.ts); a failing pot's
 * error in every school's total. One builder for
 * "Förklara per skola" (the model sheet's names) and "Jämför scenarier" (each
 * scenario's names), so the two sheets compute a model the same way.
 */
import { Lang } from "../errors";
import type { DataReferences } from "../explain/dataReferences";
import { SPILLED } from "../explain/gridWrites";
import { cellName, columnName, parseArea, quoteSheet, splitSheetRef } from "../sheet/addresses";
import { componentColumn, dataColumns } from "./componentFormulas";
import { Component } from "./components";
import { potLimitFormulas, totalLimitFormulas } from "./guarantee";

/** The money columns' headers, wherever a model's money is written (componentLayout.ts too). */
export const MONEY_HEADERS = {
  sv: {
    index: "Behovsindex",
    component: (l: string) => `${l} (kr)`,
    total: "Totalt (kr)",
    perPupil: "Totalt kr per elev",
    floor: "Golv per elev, totalt (kr)",
    cap: "Tak per elev, totalt (kr)",
    potFloor: (l: string) => `Golv per elev, ${l} (kr)`,
    potCap: (l: string) => `Tak per elev, ${l} (kr)`,
  },
  en: {
    index: "Need index",
    component: (l: string) => `${l} (kr)`,
    total: "Total (kr)",
    perPupil: "Total kr per pupil",
    floor: "Floor per pupil, total (kr)",
    cap: "Cap per pupil, total (kr)",
    potFloor: (l: string) => `Floor per pupil, ${l} (kr)`,
    potCap: (l: string) => `Cap per pupil, ${l} (kr)`,
  },
} as const;

const MISSING = {
  sv: (key: string, column: number) => `Ange ${key}: kolumn ${column}.`,
  en: (key: string, column: number) => `Give ${key}: column ${column}.`,
};

/** The names of a model: NAME → the model sheet's LIKVARD_NAME, or a scenario's LIKVARD_SCENARIO<k>_NAME. */
export type ModelNames = (name: string) => string;
export const MODEL_NAMES: ModelNames = (name) => `LIKVARD_${name}`;

/** Where a model's money is (columns, 0-based from A). */
export interface MoneyColumns {
  /** The need index; none: not written (a model without a need-based pot). */
  index?: number;
  /** Per component key, its amount. */
  components: Record<string, number>;
  total: number;
  perPupil: number;
  floor: number;
  cap: number;
  /** With a need-based pot. */
  potFloor?: number;
  potCap?: number;
}

/** The sheet the columns are on. */
export interface MoneySheet {
  put: (row: number, column: number | undefined, text: string) => void;
  headerRow: number;
  /** The first school's row (0-based); one row per school below it. */
  first: number;
  data: DataReferences;
  /** This sheet's pupils column. */
  pupils: number;
  /** Each component's data columns (componentDataColumns). */
  dataColumn: (key: string, column: number) => { cell: (r: number) => string; whole: string };
  /** School r's last year's total per pupil, for the guarantee; undefined: the fixed floor and cap only. */
  lastYearCell: (r: number) => string | undefined;
  /**
   * The need-based pot as ALLOCATE's five "detail" columns (the explanation sheet): its amount's column, then
   * these four (kr per pupil, before limits and rounding, the limit that holds, share), spilled into.
   */
  detail?: number[];
}

/**
 * Each component's data column as another of Likvärd's sheets reads it: `columns` per component key a range
 * each, with its sheet (the pupils' sheet when it has none). Throws (in `lang`) on a missing column of
 * `components`.
 */
export function componentDataColumns(
  pupils: string,
  columns: Record<string, string[]>,
  components: Component[],
  lang: Lang,
): MoneySheet["dataColumn"] {
  const dataSheet = splitSheetRef(pupils).sheet as string;
  const dataColumn = (key: string, column: number) => {
    const range = columns[key]?.[column];
    const { sheet: own, ref } = splitSheetRef(range?.trim() ?? "");
    const area = parseArea(ref);
    if (!area) throw new Error(MISSING[lang](key, column + 1));
    const prefix = `${quoteSheet(own ?? dataSheet)}!`;
    return {
      cell: (r: number) => prefix + cellName(area.top + r, area.left),
      whole: `${prefix}$${columnName(area.left)}$${area.top + 1}:$${columnName(area.left)}$${area.top + area.rows}`,
    };
  };
  for (const c of components) for (let i = 0; i < dataColumns(c); i++) dataColumn(c.key, i);
  return dataColumn;
}

/** Writes the headers and formulas of a model's money columns, over the model's `names`. */
export function putMoneyColumns(
  sheet: MoneySheet,
  components: Component[],
  columns: MoneyColumns,
  names: ModelNames,
  lang: Lang,
): void {
  const words = MONEY_HEADERS[lang];
  const { put, headerRow, first, data } = sheet;
  const n = data.schools;
  const needPot = components.find((c) => c.kind === "needPot");
  const at = (c: number, r: number) => cellName(first + r, c);
  const whole = (c: number) => `$${columnName(c)}$${first + 1}:$${columnName(c)}$${first + n}`;
  const b = columns;

  put(headerRow, b.index, words.index);
  for (const c of components) put(headerRow, b.components[c.key], words.component(c.label));
  put(headerRow, b.total, words.total);
  put(headerRow, b.perPupil, words.perPupil);
  put(headerRow, b.floor, words.floor);
  put(headerRow, b.cap, words.cap);
  if (needPot) {
    put(headerRow, b.potFloor, words.potFloor(needPot.label));
    put(headerRow, b.potCap, words.potCap(needPot.label));
  }

  if (b.index !== undefined) {
    put(first, b.index, `=LIKVARD.SOCIOINDEX(${data.factors},${names("VIKTER")},${data.pupils},${names("MODELL")})`);
    for (let r = 1; r < n; r++) put(first + r, b.index, SPILLED);
  }
  // Each component as "Infoga formler" writes it, over the model's names and these columns' pot limits.
  const spills: number[] = [];
  for (const c of components) {
    const detail = c === needPot ? sheet.detail : undefined;
    const formulas = componentColumn(c, {
      pupils: data.pupils,
      pupilCell: (r) => at(sheet.pupils, r),
      index: b.index !== undefined ? whole(b.index) : "",
      dataCell: (key, column, r) => sheet.dataColumn(key, column).cell(r),
      dataRange: (key, column) => sheet.dataColumn(key, column).whole,
      potFloor: b.potFloor !== undefined ? whole(b.potFloor) : undefined,
      potCap: b.potCap !== undefined ? whole(b.potCap) : undefined,
      n,
      detail: detail !== undefined,
      names: (key, setting) => names(`${key}_${setting}`),
    });
    const amount = b.components[c.key];
    if ("spill" in formulas) {
      spills.push(amount);
      put(first, amount, formulas.spill);
      // The pot's detail spills five columns; another pot only its amounts.
      const spilled = [amount, ...(detail ?? [])];
      for (let r = 1; r < n; r++) for (const s of spilled) put(first + r, s, SPILLED);
      for (const s of detail ?? []) put(first, s, SPILLED);
    } else formulas.rows.forEach((f, r) => put(first + r, amount, f));
  }

  // A failing pot's ALLOCATE shows its error at its anchor and leaves the cells below empty: every school's
  // total shows that error, never a sum without the pot (as componentLayout.ts writes it).
  const anchors = spills.map((c) => `$${columnName(c)}$${first + 1}`);
  const guarded = (formula: string) => `=${anchors.reduceRight((f, a) => `IF(ISERROR(${a}),${a},${f})`, formula)}`;
  const limitNames = {
    floor: names("GOLV"),
    cap: names("TAK"),
    maxDecrease: names("MAXMINSKNING"),
    maxIncrease: names("MAXOKNING"),
  };
  for (let r = 0; r < n; r++) {
    const p = at(sheet.pupils, r);
    const amounts = components.map((c) => at(b.components[c.key], r));
    put(first + r, b.total, amounts.length ? guarded(`SUM(${amounts.join(",")})`) : "=0");
    put(first + r, b.perPupil, `=IF(${p}>0,${at(b.total, r)}/${p},"")`);
    const limits = totalLimitFormulas(sheet.lastYearCell(r), limitNames);
    put(first + r, b.floor, limits.floor);
    put(first + r, b.cap, limits.cap);
    if (needPot) {
      const others = components.filter((c) => c !== needPot).map((c) => at(b.components[c.key], r));
      const pot = potLimitFormulas(p, at(b.floor, r), at(b.cap, r), others, names(`${needPot.key}_ENHET`));
      put(first + r, b.potFloor, pot.floor);
      put(first + r, b.potCap, pot.cap);
    }
  }
}
