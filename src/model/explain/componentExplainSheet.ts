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
import { Component, componentProblems } from "../components/components";
import { Lang } from "../errors";
import { cellName, columnName } from "../sheet/addresses";
import { MODEL_NAMES, componentDataColumns, putMoneyColumns } from "../components/componentMoneyColumns";
import { DataRanges, dataReferences } from "./dataReferences";
import { EXPLAIN_SHEET } from "./explainSheet";
import { gridWrites } from "./gridWrites";

const WORDS = {
  sv: {
    school: "Skola",
    pupils: "Elever",
    mean: (factor: string) => `${factor}, kommunen`,
    perPupil: (l: string) => `${l}, kr per elev`,
    plain: (l: string) => `${l}, före golv, tak och avrundning (kr)`,
    limit: (l: string) => `${l}, gräns som håller`,
    share: (l: string) => `${l}, andel av potten`,
    lastYear: "Fjolårets totala kr per elev",
    change: "Förändring totalt kr per elev",
    changePercent: "Förändring (%)",
    municipality: "Kommunen",
  },
  en: {
    school: "School",
    pupils: "Pupils",
    mean: (factor: string) => `${factor}, municipality`,
    perPupil: (l: string) => `${l}, kr per pupil`,
    plain: (l: string) => `${l}, before floor, cap and rounding (kr)`,
    limit: (l: string) => `${l}, limit that holds`,
    share: (l: string) => `${l}, share of the pot`,
    lastYear: "Last year's total kr per pupil",
    change: "Change in total kr per pupil",
    changePercent: "Change (%)",
    municipality: "Municipality",
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
  const dataColumn = componentDataColumns(ranges.pupils, columns, components, lang);

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
  for (const c of components) {
    const k = byKey[c.key];
    put(0, k.perPupil, words.perPupil(c.label));
    put(0, k.plain, words.plain(c.label));
    put(0, k.limit, words.limit(c.label));
    put(0, k.share, words.share(c.label));
  }
  put(0, lastYear, words.lastYear);
  put(0, change, words.change);
  put(0, changePercent, words.changePercent);

  // The model's money, over the model sheet's names; the need-based pot's detail beside its amount.
  const amounts = Object.fromEntries(components.map((c) => [c.key, byKey[c.key].amount]));
  const money = { index, components: amounts, total: totalCol, perPupil: totalPerPupil, floor, cap, potFloor, potCap };
  const pot = needPot ? byKey[needPot.key] : undefined;
  const sheetOf = {
    put,
    headerRow: 0,
    first,
    data,
    pupils,
    dataColumn,
    lastYearCell: (r: number) => (lastYear !== undefined ? at(lastYear, r) : undefined),
    detail: pot ? ([pot.perPupil, pot.plain, pot.limit, pot.share] as number[]) : undefined,
  };
  putMoneyColumns(sheetOf, components, money, MODEL_NAMES, lang);

  const meanOf = (j: number) =>
    `=SUMPRODUCT(${data.factor(j)},${data.pupils})/SUMIF(${data.factor(j)},">=-1E+300",${data.pupils})`;
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
    if (data.lastYearCell) put(row, lastYear, `=IF(ISNUMBER(${data.lastYearCell(r)}),${data.lastYearCell(r)},"")`);
    if (lastYear !== undefined && change !== undefined) {
      const last = at(lastYear, r);
      const now = at(totalPerPupil, r);
      put(row, change, `=IF(AND(ISNUMBER(${now}),ISNUMBER(${last})),${now}-${last},"")`);
      put(row, changePercent, `=IF(ISNUMBER(${at(change, r)}),IF(${last}>0,${at(change, r)}/${last},""),"")`);
    }
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
