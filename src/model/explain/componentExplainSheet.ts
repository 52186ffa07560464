/**
 * "Förklara per skola" for a model with components (issue 20): the same sheet
 * as explainSheet.ts, one row per school, but its money is the components'
 * sum. Per school: pupils; each component's amount and kr per pupil (the
 * formulas componentFormulaWrites inserts, over the model sheet's
 * LIKVARD_<KEY>_… names: componentColumn); for the need-based pot
 * ALLOCATE's "detail" — amount, kr per pupil, the plain split before limits
 * and rounding, the limit that holds it, its share of the pot — beside the
 * need index and each factor against the municipality's mean; the total and
 * the total per pupil; the total's floor and cap per pupil (the guarantee)
 * and the pot's floor and cap that make the total meet it (guarantee.ts);
 * last year's total per pupil and the change in kr and %. A last row sums up
 * the municipality. Every figure a live formula.
 */
import type { NumberFormat, Write } from "../../taskpane/workbook/workbookPort";
import { componentColumn, dataColumns } from "../components/componentFormulas";
import { Component, componentProblems } from "../components/components";
import { potLimitFormulas, totalLimitFormulas } from "../components/guarantee";
import { Lang } from "../errors";
import { cellName, columnName, parseArea, quoteSheet, splitSheetRef } from "../sheet/addresses";
import { DataRanges, dataReferences } from "./dataReferences";
import { EXPLAIN_SHEET } from "./explainSheet";
import { SPILLED, gridWrites } from "./gridWrites";

const WORDS = {
  sv: {
    school: "Skola",
    pupils: "Elever",
    mean: (factor: string) => `${factor}, kommunen`,
    index: "Behovsindex",
    amount: (l: string) => `${l} (kr)`,
    perPupil: (l: string) => `${l}, kr per elev`,
    plain: (l: string) => `${l}, före golv, tak och avrundning (kr)`,
    limit: (l: string) => `${l}, gräns som håller`,
    share: (l: string) => `${l}, andel av potten`,
    total: "Totalt (kr)",
    totalPerPupil: "Totalt kr per elev",
    floor: "Golv per elev, totalt (kr)",
    cap: "Tak per elev, totalt (kr)",
    potFloor: (l: string) => `Golv per elev, ${l} (kr)`,
    potCap: (l: string) => `Tak per elev, ${l} (kr)`,
    lastYear: "Fjolårets totala kr per elev",
    change: "Förändring totalt kr per elev",
    changePercent: "Förändring (%)",
    municipality: "Kommunen",
    column: "kolumn",
    missing: (what: string) => `Ange ${what}.`,
  },
  en: {
    school: "School",
    pupils: "Pupils",
    mean: (factor: string) => `${factor}, municipality`,
    index: "Need index",
    amount: (l: string) => `${l} (kr)`,
    perPupil: (l: string) => `${l}, kr per pupil`,
    plain: (l: string) => `${l}, before floor, cap and rounding (kr)`,
    limit: (l: string) => `${l}, limit that holds`,
    share: (l: string) => `${l}, share of the pot`,
    total: "Total (kr)",
    totalPerPupil: "Total kr per pupil",
    floor: "Floor per pupil, total (kr)",
    cap: "Cap per pupil, total (kr)",
    potFloor: (l: string) => `Floor per pupil, ${l} (kr)`,
    potCap: (l: string) => `Cap per pupil, ${l} (kr)`,
    lastYear: "Last year's total kr per pupil",
    change: "Change in total kr per pupil",
    changePercent: "Change (%)",
    municipality: "Municipality",
    column: "column",
    missing: (what: string) => `Give ${what}.`,
  },
} as const;

/** One component's columns (0-based from A); the need-based pot's detail has plain, limit and share too. */
export interface ComponentExplainColumn {
  amount: number;
  perPupil: number;
  plain?: number;
  limit?: number;
  share?: number;
}

export interface ComponentExplainColumns {
  name?: number;
  pupils: number;
  factors: { share: number; mean: number }[];
  index?: number;
  components: Record<string, ComponentExplainColumn>;
  total: number;
  totalPerPupil: number;
  floor: number;
  cap: number;
  potFloor?: number;
  potCap?: number;
  lastYear?: number;
  change?: number;
  changePercent?: number;
}

export interface ComponentExplainLayout {
  sheet: string;
  writes: Write[];
  formats: NumberFormat[];
  columns: ComponentExplainColumns;
  firstRow: number;
  schools: number;
}

/**
 * The sheet's writes. `columns`: per component key its data columns, a range
 * each with its sheet (one per stage, or the count), one row per school as
 * the pupils. Throws (in `lang`) on a model componentProblems() refuses or a
 * missing column.
 */
export function componentExplainWrites(
  ranges: DataRanges,
  columns: Record<string, string[]>,
  components: Component[],
  factorNames: string[],
  lang: Lang,
): ComponentExplainLayout {
  const problems = componentProblems(components);
  if (problems.length > 0) throw new Error(problems.join(" "));
  const words = WORDS[lang];
  const data = dataReferences(ranges, lang);
  const sheet = EXPLAIN_SHEET[lang];
  const n = data.schools;
  const first = 1;
  const total = first + n;
  const needPot = components.find((c) => c.kind === "needPot");
  const dataSheet = splitSheetRef(ranges.pupils).sheet as string;

  /** Cell r of a component's data column, with its sheet. */
  const dataColumn = (key: string, column: number) => {
    const range = columns[key]?.[column];
    const { sheet: own, ref } = splitSheetRef(range?.trim() ?? "");
    const area = parseArea(ref);
    if (!area) throw new Error(words.missing(`${key}: ${words.column} ${column + 1}`));
    const prefix = `${quoteSheet(own ?? dataSheet)}!`;
    return {
      cell: (r: number) => prefix + cellName(area.top + r, area.left),
      whole: `${prefix}$${columnName(area.left)}$${area.top + 1}:$${columnName(area.left)}$${area.top + area.rows}`,
    };
  };
  for (const c of components) for (let i = 0; i < dataColumns(c); i++) dataColumn(c.key, i);

  // Columns, left to right.
  let next = 0;
  const take = () => next++;
  const name = data.nameCell ? take() : undefined;
  const pupils = take();
  const factors = needPot ? Array.from({ length: data.factorCount }, () => ({ share: take(), mean: take() })) : [];
  const index = needPot ? take() : undefined;
  const byKey: Record<string, ComponentExplainColumn> = {};
  for (const c of components) {
    byKey[c.key] =
      c === needPot
        ? { amount: take(), perPupil: take(), plain: take(), limit: take(), share: take() }
        : { amount: take(), perPupil: take() };
  }
  const [totalCol, totalPerPupil, floor, cap] = [take(), take(), take(), take()];
  const [potFloor, potCap] = needPot ? [take(), take()] : [undefined, undefined];
  const [lastYear, change, changePercent] = data.lastYearCell ? [take(), take(), take()] : [];

  const col = columnName;
  const at = (c: number, r: number) => cellName(first + r, c);
  const whole = (c: number) => `$${col(c)}$${first + 1}:$${col(c)}$${first + n}`;
  const grid: string[][] = Array.from({ length: n + 2 }, () => Array.from({ length: next }, () => ""));
  const put = (row: number, c: number | undefined, text: string) => {
    if (c !== undefined) grid[row][c] = text;
  };

  // Headers.
  put(0, name, words.school);
  put(0, pupils, words.pupils);
  factors.forEach((f, j) => {
    const factor = factorNames[j] ?? `${lang === "sv" ? "Faktor" : "Factor"} ${j + 1}`;
    put(0, f.share, factor);
    put(0, f.mean, words.mean(factor));
  });
  put(0, index, words.index);
  for (const c of components) {
    const k = byKey[c.key];
    put(0, k.amount, words.amount(c.label));
    put(0, k.perPupil, words.perPupil(c.label));
    put(0, k.plain, words.plain(c.label));
    put(0, k.limit, words.limit(c.label));
    put(0, k.share, words.share(c.label));
  }
  put(0, totalCol, words.total);
  put(0, totalPerPupil, words.totalPerPupil);
  put(0, floor, words.floor);
  put(0, cap, words.cap);
  if (needPot) {
    put(0, potFloor, words.potFloor(needPot.label));
    put(0, potCap, words.potCap(needPot.label));
  }
  put(0, lastYear, words.lastYear);
  put(0, change, words.change);
  put(0, changePercent, words.changePercent);

  // Each component's formulas, as "Infoga formler" writes them, its pot's limits from this sheet's columns.
  for (const c of components) {
    const formulas = componentColumn(c, {
      pupils: data.pupils,
      pupilCell: (r) => at(pupils, r),
      index: index !== undefined ? whole(index) : "",
      dataCell: (key, column, r) => dataColumn(key, column).cell(r),
      dataRange: (key, column) => dataColumn(key, column).whole,
      potFloor: potFloor !== undefined ? whole(potFloor) : undefined,
      potCap: potCap !== undefined ? whole(potCap) : undefined,
      n,
      detail: c === needPot,
    });
    const k = byKey[c.key];
    if ("spill" in formulas) {
      put(first, k.amount, formulas.spill);
      // The pot's detail spills five columns (its kr per pupil among them); another pot only its amounts.
      const spilled = c === needPot ? [k.amount, k.perPupil, k.plain, k.limit, k.share] : [k.amount];
      for (let r = 1; r < n; r++) for (const s of spilled) put(first + r, s, SPILLED);
      if (c === needPot) for (const s of spilled.slice(1)) put(first, s, SPILLED);
    } else formulas.rows.forEach((f, r) => put(first + r, k.amount, f));
  }

  const meanOf = (j: number) =>
    `=SUMPRODUCT(${data.factor(j)},${data.pupils})/SUMIF(${data.factor(j)},">=-1E+300",${data.pupils})`;
  const firstKey = components[0]?.key;
  for (let r = 0; r < n; r++) {
    const row = first + r;
    const p = at(pupils, r);
    if (data.nameCell) put(row, name, `=${data.nameCell(r)}&""`);
    put(row, pupils, `=${data.pupilCell(r)}`);
    factors.forEach((f, j) => {
      put(row, f.share, `=${data.factorCell(j, r)}`);
      put(row, f.mean, meanOf(j));
    });
    for (const c of components) {
      const k = byKey[c.key];
      if (c !== needPot) put(row, k.perPupil, `=IF(${p}>0,${at(k.amount, r)}/${p},"")`);
    }
    const amounts = components.map((c) => at(byKey[c.key].amount, r));
    put(row, totalCol, firstKey ? `=SUM(${amounts.join(",")})` : "=0");
    put(row, totalPerPupil, `=IF(${p}>0,${at(totalCol, r)}/${p},"")`);
    if (data.lastYearCell) put(row, lastYear, `=IF(ISNUMBER(${data.lastYearCell(r)}),${data.lastYearCell(r)},"")`);
    const limits = totalLimitFormulas(lastYear !== undefined ? at(lastYear, r) : undefined);
    put(row, floor, limits.floor);
    put(row, cap, limits.cap);
    if (needPot) {
      const others = components.filter((c) => c !== needPot).map((c) => at(byKey[c.key].amount, r));
      const pot = potLimitFormulas(p, at(floor, r), at(cap, r), others, `LIKVARD_${needPot.key}_ENHET`);
      put(row, potFloor, pot.floor);
      put(row, potCap, pot.cap);
    }
    if (lastYear !== undefined && change !== undefined) {
      const last = at(lastYear, r);
      const now = at(totalPerPupil, r);
      put(row, change, `=IF(AND(ISNUMBER(${now}),ISNUMBER(${last})),${now}-${last},"")`);
      put(row, changePercent, `=IF(ISNUMBER(${at(change, r)}),IF(${last}>0,${at(change, r)}/${last},""),"")`);
    }
  }
  if (index !== undefined) {
    put(first, index, `=LIKVARD.SOCIOINDEX(${data.factors},LIKVARD_VIKTER,${data.pupils},LIKVARD_MODELL)`);
    for (let r = 1; r < n; r++) put(first + r, index, SPILLED);
  }

  // The municipality.
  const sumPupils = `SUM(${whole(pupils)})`;
  put(total, name ?? pupils, words.municipality);
  if (name !== undefined) put(total, pupils, `=${sumPupils}`);
  factors.forEach((f, j) => put(total, f.share, meanOf(j)));
  if (index !== undefined) put(total, index, `=SUMPRODUCT(${whole(index)},${whole(pupils)})/${sumPupils}`);
  for (const c of components) {
    const k = byKey[c.key];
    put(total, k.amount, `=SUM(${whole(k.amount)})`);
    put(total, k.perPupil, `=SUM(${whole(k.amount)})/${sumPupils}`);
    if (k.plain !== undefined) put(total, k.plain, `=SUM(${whole(k.plain)})`);
    if (k.share !== undefined) put(total, k.share, `=SUM(${whole(k.share)})`);
  }
  put(total, totalCol, `=SUM(${whole(totalCol)})`);
  put(total, totalPerPupil, `=SUM(${whole(totalCol)})/${sumPupils}`);

  const writes: Write[] = [{ sheet, topLeft: "A1", values: [grid[0]] }, ...gridWrites(sheet, grid.slice(1), 1)];

  const formats: NumberFormat[] = [];
  const format = (c: number | undefined, code: string) => {
    if (c !== undefined) formats.push({ sheet, range: `${col(c)}${first + 1}:${col(c)}${total + 1}`, code });
  };
  format(pupils, "#,##0");
  factors.forEach((f) => {
    format(f.share, "0.0%");
    format(f.mean, "0.0%");
  });
  format(index, "0.0");
  for (const k of Object.values(byKey)) {
    for (const c of [k.amount, k.perPupil, k.plain]) format(c, "#,##0");
    format(k.share, "0.0%");
  }
  for (const c of [totalCol, totalPerPupil, floor, cap, potFloor, potCap, lastYear, change]) format(c, "#,##0");
  format(changePercent, "0.0%");

  return {
    sheet,
    writes,
    formats,
    columns: {
      name,
      pupils,
      factors,
      index,
      components: byKey,
      total: totalCol,
      totalPerPupil,
      floor,
      cap,
      potFloor,
      potCap,
      lastYear,
      change,
      changePercent,
    },
    firstRow: first,
    schools: n,
  };
}
