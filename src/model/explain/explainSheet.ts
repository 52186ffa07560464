/**
 * "Förklara per skola": a sheet with one row per school that shows, as live
 * formulas over the data and the model sheet's names, what a principal or a
 * politician asks about a school's money: its pupils; each factor's share
 * beside the municipality's pupil-weighted mean; the need index; the weight of
 * one of its pupils against the average pupil; ALLOCATE's "detail" (the amount,
 * kr per pupil, the plain split before limits and rounding, the floor or cap
 * that holds it, its share of the pot); and, with last year's kr per pupil,
 * the change in kr and %. A last row sums up the municipality.
 */
import type { NumberFormat, Write } from "../../taskpane/workbook/workbookPort";
import { Lang } from "../errors";
import { limitFormulas } from "../pane/limitFormulas";
import { cellName, columnName } from "../sheet/addresses";
import { DataRanges, dataReferences } from "./dataReferences";
import { SPILLED, gridWrites } from "./gridWrites";

/** The sheet's name in each language (Excel's). */
export const EXPLAIN_SHEET: Record<Lang, string> = { sv: "Likvärd förklaring", en: "Likvärd explanation" };

const WORDS = {
  sv: {
    school: "Skola",
    pupils: "Elever",
    mean: (factor: string) => `${factor}, kommunen`,
    index: "Behovsindex",
    floor: "Golv per elev (kr)",
    cap: "Tak per elev (kr)",
    weight: "Vikt per elev (genomsnitt = 1)",
    detail: ["Belopp (kr)", "Kr per elev", "Före golv, tak och avrundning (kr)", "Gräns som håller", "Andel av potten"],
    lastYear: "Fjolårets kr per elev",
    change: "Förändring kr per elev",
    changePercent: "Förändring (%)",
    municipality: "Kommunen",
  },
  en: {
    school: "School",
    pupils: "Pupils",
    mean: (factor: string) => `${factor}, municipality`,
    index: "Need index",
    floor: "Floor per pupil (kr)",
    cap: "Cap per pupil (kr)",
    weight: "Weight per pupil (average = 1)",
    detail: [
      "Amount (kr)",
      "Kr per pupil",
      "Before floor, cap and rounding (kr)",
      "Limit that holds",
      "Share of the pot",
    ],
    lastYear: "Last year's kr per pupil",
    change: "Change in kr per pupil",
    changePercent: "Change (%)",
    municipality: "Municipality",
  },
} as const;

/** Where each column is (0-based from A); undefined where the sheet has no such column. */
export interface ExplainColumns {
  name?: number;
  pupils: number;
  /** Per factor: its share and the municipality's mean. */
  factors: { share: number; mean: number }[];
  index: number;
  floor?: number;
  cap?: number;
  weight: number;
  amount: number;
  perPupil: number;
  plain: number;
  limit: number;
  share: number;
  lastYear?: number;
  change?: number;
  changePercent?: number;
}

export interface ExplainLayout {
  sheet: string;
  writes: Write[];
  formats: NumberFormat[];
  columns: ExplainColumns;
  /** Row (0-based) of the first school; the municipality's row follows the last. */
  firstRow: number;
  schools: number;
}

/** The sheet's writes: headers in row 1, a school per row from row 2, the municipality below. */
export function explainWrites(ranges: DataRanges, factorNames: string[], lang: Lang): ExplainLayout {
  const data = dataReferences(ranges, lang);
  const words = WORDS[lang];
  const sheet = EXPLAIN_SHEET[lang];
  const n = data.schools;
  const first = 1;
  const total = first + n;

  // Columns, left to right.
  let next = 0;
  const take = () => next++;
  const name = data.nameCell ? take() : undefined;
  const pupils = take();
  const factors = Array.from({ length: data.factorCount }, () => ({ share: take(), mean: take() }));
  const index = take();
  const [floor, cap] = data.lastYearCell ? [take(), take()] : [undefined, undefined];
  const weight = take();
  const [amount, perPupil, plain, limit, share] = [take(), take(), take(), take(), take()];
  const [lastYear, change, changePercent] = data.lastYearCell ? [take(), take(), take()] : [];
  const columns: ExplainColumns = {
    name,
    pupils,
    factors,
    index,
    floor,
    cap,
    weight,
    amount,
    perPupil,
    plain,
    limit,
    share,
    lastYear,
    change,
    changePercent,
  };

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
  put(0, floor, words.floor);
  put(0, cap, words.cap);
  put(0, weight, words.weight);
  words.detail.forEach((header, k) => put(0, amount + k, header));
  put(0, lastYear, words.lastYear);
  put(0, change, words.change);
  put(0, changePercent, words.changePercent);

  // The municipality's pupil-weighted mean of a factor over the schools where it is a number: a gap ("..")
  // counts for nothing above and below the line (SUMIF's numeric criterion passes every number, never text;
  // the engine that calculates the preview has no array arithmetic for SUMPRODUCT(--ISNUMBER(…))).
  const meanOf = (j: number) =>
    `=SUMPRODUCT(${data.factor(j)},${data.pupils})/SUMIF(${data.factor(j)},">=-1E+300",${data.pupils})`;
  const floorRef = floor !== undefined ? whole(floor) : "LIKVARD_GOLV";
  const capRef = cap !== undefined ? whole(cap) : "LIKVARD_TAK";

  for (let r = 0; r < n; r++) {
    const row = first + r;
    const pupilCell = data.pupilCell(r);
    if (data.nameCell) put(row, name, `=${data.nameCell(r)}&""`);
    put(row, pupils, `=${pupilCell}`);
    factors.forEach((f, j) => {
      put(row, f.share, `=${data.factorCell(j, r)}`);
      put(row, f.mean, meanOf(j));
    });
    if (data.lastYearCell) {
      const limits = limitFormulas(at(lastYear as number, r));
      put(row, floor, limits.floor);
      put(row, cap, limits.cap);
    }
    // One pupil here against the average pupil: the plain split per pupil over the pot per pupil.
    put(
      row,
      weight,
      `=IF(AND(ISNUMBER(${at(plain, r)}),${at(pupils, r)}>0),` +
        `(${at(plain, r)}/${at(pupils, r)})/(SUM(${whole(plain)})/SUM(${whole(pupils)})),"")`,
    );
    if (data.lastYearCell) {
      const last = at(lastYear as number, r);
      put(row, lastYear, `=IF(ISNUMBER(${data.lastYearCell(r)}),${data.lastYearCell(r)},"")`);
      put(row, change, `=IF(AND(ISNUMBER(${at(perPupil, r)}),ISNUMBER(${last})),${at(perPupil, r)}-${last},"")`);
      put(
        row,
        changePercent,
        `=IF(ISNUMBER(${at(change as number, r)}),IF(${last}>0,${at(change as number, r)}/${last},""),"")`,
      );
    }
  }
  // The index and ALLOCATE's detail spill down from the first school's row (five columns for the detail).
  put(first, index, `=LIKVARD.SOCIOINDEX(${data.factors},LIKVARD_VIKTER,${data.pupils},LIKVARD_MODELL)`);
  put(
    first,
    amount,
    `=LIKVARD.ALLOCATE(${data.pupils},${whole(index)},LIKVARD_POTT,LIKVARD_METOD,LIKVARD_PARAMETER,` +
      `${floorRef},${capRef},LIKVARD_ENHET,"detail")`,
  );
  for (let r = 1; r < n; r++)
    for (const c of [index, amount, perPupil, plain, limit, share]) grid[first + r][c] = SPILLED;

  // The municipality.
  put(total, name ?? pupils, words.municipality);
  if (name !== undefined) put(total, pupils, `=SUM(${whole(pupils)})`);
  factors.forEach((f, j) => put(total, f.share, meanOf(j)));
  put(total, index, `=SUMPRODUCT(${whole(index)},${whole(pupils)})/SUM(${whole(pupils)})`);
  put(total, amount, `=SUM(${whole(amount)})`);
  put(total, perPupil, `=SUM(${whole(amount)})/SUM(${whole(pupils)})`);
  put(total, plain, `=SUM(${whole(plain)})`);
  put(total, share, `=SUM(${whole(share)})`);

  // Rows as blocks of formulas; headers and the municipality's label as values; spilled cells left alone.
  const writes: Write[] = [{ sheet, topLeft: "A1", values: [grid[0]] }, ...gridWrites(sheet, grid.slice(1), 1)];

  const rowsOf = (c: number | undefined, last = total) =>
    c === undefined ? undefined : `${col(c)}${first + 1}:${col(c)}${last + 1}`;
  const formats: NumberFormat[] = [];
  const format = (c: number | undefined, code: string) => {
    const range = rowsOf(c);
    if (range) formats.push({ sheet, range, code });
  };
  format(pupils, "#,##0");
  factors.forEach((f) => {
    format(f.share, "0.0%");
    format(f.mean, "0.0%");
  });
  format(index, "0.0");
  for (const c of [floor, cap, amount, perPupil, plain, lastYear, change]) format(c, "#,##0");
  format(weight, "0.00");
  format(share, "0.0%");
  format(changePercent, "0.0%");
  return { sheet, writes, formats, columns, firstRow: first, schools: n };
}
