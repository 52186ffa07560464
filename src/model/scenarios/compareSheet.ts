/**
 * "Jämför scenarier": a sheet that computes every scenario of "Likvärd
 * scenarier" from its named cells, as live formulas, so a changed weight or
 * pot in a scenario's column updates the comparison. On top a summary per
 * scenario (kr per pupil min / median / max, the ratio of kr per pupil in the
 * highest-need quarter to the lowest, the schools that get less than in the
 * first scenario and the largest loss in kr and %, EQUITYGAP of kr per pupil);
 * below it one row per school and a block per scenario: its need index (its
 * weights), floor and cap per pupil (with last year's column), amount, kr per
 * pupil, and the difference against the first scenario in kr and %.
 */
import type { NumberFormat, Write } from "../../taskpane/workbook/workbookPort";
import { Lang } from "../errors";
import { DataRanges, DataReferences, dataReferences } from "../explain/dataReferences";
import { SPILLED, gridWrites } from "../explain/gridWrites";
import { perPupilFormula } from "../pane/perPupilFormula";
import { limitFormulas } from "../pane/limitFormulas";
import { cellName, columnName } from "../sheet/addresses";
import { Scenario, scenarioName } from "./scenarioSheet";

/** The sheet's name in each language (Excel's). */
export const COMPARE_SHEET: Record<Lang, string> = { sv: "Likvärd jämförelse", en: "Likvärd comparison" };

const WORDS = {
  sv: {
    title: "Likvärd: jämförelse av scenarier",
    against: "Skillnader och förluster räknas mot det första scenariot, ",
    summary: "Sammanfattning",
    measures: [
      "Kr per elev, lägst",
      "Kr per elev, median",
      "Kr per elev, högst",
      "Kr per elev, kvot högsta / lägsta behovskvartil",
      "Skolor som får mindre än i det första",
      "Största minskning (kr)",
      "Största minskning (%)",
      "EQUITYGAP kr per elev (högsta − lägsta behovskvartil)",
    ],
    base: "(jämförelsens bas)",
    school: "Skola",
    pupils: "Elever",
    index: "Behovsindex",
    floor: "Golv per elev (kr)",
    cap: "Tak per elev (kr)",
    amount: "Belopp (kr)",
    perPupil: "Kr per elev",
    difference: "Skillnad mot första (kr)",
    percent: "Skillnad mot första (%)",
  },
  en: {
    title: "Likvärd: comparison of scenarios",
    against: "Differences and losses are against the first scenario, ",
    summary: "Summary",
    measures: [
      "Kr per pupil, lowest",
      "Kr per pupil, median",
      "Kr per pupil, highest",
      "Kr per pupil, ratio highest / lowest need quarter",
      "Schools that get less than in the first",
      "Largest decrease (kr)",
      "Largest decrease (%)",
      "EQUITYGAP kr per pupil (highest − lowest need quarter)",
    ],
    base: "(the baseline)",
    school: "School",
    pupils: "Pupils",
    index: "Need index",
    floor: "Floor per pupil (kr)",
    cap: "Cap per pupil (kr)",
    amount: "Amount (kr)",
    perPupil: "Kr per pupil",
    difference: "Difference from first (kr)",
    percent: "Difference from first (%)",
  },
} as const;

/** A scenario's columns in the per-school table (0-based from A). */
export interface ScenarioBlock {
  index: number;
  floor?: number;
  cap?: number;
  amount: number;
  perPupil: number;
  difference?: number;
  percent?: number;
}

export interface CompareLayout {
  sheet: string;
  writes: Write[];
  formats: NumberFormat[];
  blocks: ScenarioBlock[];
  /** Row (0-based) of the summary's first measure; scenario k's values are in column 1 + k. */
  summaryRow: number;
  /** Row (0-based) of the first school. */
  firstRow: number;
  name?: number;
  pupils: number;
}

/** Number of measures in the summary, in WORDS' order. */
export const MEASURES = 8;

/** Where the summary stands: its first measure's row, the schools' rows, the pupils' range, the word for "the base". */
export interface SummaryPlace {
  row: number;
  /** Row (0-based) of the first school, and the number of schools. */
  first: number;
  n: number;
  pupils: string;
  base: string;
}

/**
 * Scenario k's column of the summary (column 1 + k): kr per pupil min/median/max, the need quarter ratio, schools
 * that lose, the largest loss in kr and %, and EQUITYGAP. `amounts`: the first cells of this scenario's and the
 * first scenario's amount (or total) spills, where a failing ALLOCATE shows its error.
 */
export function putSummary(
  put: (row: number, col: number, text: string) => void,
  place: SummaryPlace,
  k: number,
  b: { index: number; perPupil: number; difference?: number; percent?: number },
  amounts: [number, number],
): void {
  const { row, first, n } = place;
  const whole = (c: number) => `$${columnName(c)}$${first + 1}:$${columnName(c)}$${first + n}`;
  const anchor = (c: number) => `$${columnName(c)}$${first + 1}`;
  const c = 1 + k;
  const perPupil = whole(b.perPupil);
  const gap = (method: string) =>
    `=LIKVARD.EQUITYGAP(${whole(b.index)},${perPupil},${place.pupils},"${method}","skip")`;
  put(row, c, `=MIN(${perPupil})`);
  put(row + 1, c, `=MEDIAN(${perPupil})`);
  put(row + 2, c, `=MAX(${perPupil})`);
  put(row + 3, c, gap("ratio"));
  if (b.difference !== undefined && b.percent !== undefined) {
    // COUNTIF skips errors: without the guard a failed scenario would have "0 schools" that lose.
    const losers = amounts.reduceRight(
      (f, a) => `IF(ISERROR(${anchor(a)}),${anchor(a)},${f})`,
      `COUNTIF(${whole(b.difference)},"<0")`,
    );
    put(row + 4, c, `=${losers}`);
    put(row + 5, c, `=MIN(0,MIN(${whole(b.difference)}))`);
    put(row + 6, c, `=MIN(0,MIN(${whole(b.percent)}))`);
  } else {
    for (const m of [4, 5, 6]) put(row + m, c, place.base);
  }
  put(row + 7, c, gap("quartile"));
}

/** The summary's number formats: kronor, the ratio, a count, a share, over the scenarios' columns. */
export function summaryFormats(sheet: string, summaryRow: number, scenarios: number): NumberFormat[] {
  if (scenarios === 0) return [];
  const row = (m: number, code: string): NumberFormat => ({
    sheet,
    range: `B${summaryRow + m + 1}:${columnName(scenarios)}${summaryRow + m + 1}`,
    code,
  });
  return [...[0, 1, 2, 5, 7].map((m) => row(m, "#,##0")), row(3, "0.00"), row(4, "0"), row(6, "0.0%")];
}

/** The words both comparisons (one pot, components) put in the frame. */
export interface FrameWords {
  title: string;
  against: string;
  summary: string;
  measures: readonly string[];
  base: string;
  school: string;
  pupils: string;
}

/**
 * What both comparisons (one pot, components) share: the rows (title, summary, blocks, header, schools), the
 * school and pupil columns, each scenario's columns as `blockOf` takes them, the grid with the title, the
 * summary's labels and the school and pupil cells in it, and the number formats so far. `done` turns it
 * into the sheet's layout, with the summary's formats after those the caller added.
 */
export function compareFrame<B>(
  scenarios: Pick<Scenario, "column">[],
  data: DataReferences,
  lang: Lang,
  words: FrameWords,
  blockOf: (k: number, take: () => number) => B,
) {
  const sheet = COMPARE_SHEET[lang];
  const n = data.schools;
  const summaryRow = 3;
  const blockRow = summaryRow + MEASURES + 1;
  const headerRow = blockRow + 1;
  const first = headerRow + 1;

  let next = 0;
  const take = () => next++;
  const name = data.nameCell ? take() : undefined;
  const pupils = take();
  const blocks = scenarios.map((_, k) => blockOf(k, take));
  const width = Math.max(next, 1 + scenarios.length);
  const grid: string[][] = Array.from({ length: first + n }, () => Array.from({ length: width }, () => ""));
  const put = (row: number, c: number | undefined, text: string) => {
    if (c !== undefined) grid[row][c] = text;
  };
  const at = (c: number, r: number) => cellName(first + r, c);
  const named = (k: number, key: string) => scenarioName(scenarios[k].column, key);
  const summary: SummaryPlace = { row: summaryRow, first, n, pupils: data.pupils, base: words.base };

  put(0, 0, words.title);
  put(1, 0, `="${words.against}"&${named(0, "NAMN")}&"."`);
  put(2, 0, words.summary);
  words.measures.forEach((label, m) => put(summaryRow + m, 0, label));
  put(headerRow, name, words.school);
  put(headerRow, pupils, words.pupils);
  for (let r = 0; r < n; r++) {
    if (data.nameCell) put(first + r, name, `=${data.nameCell(r)}&""`);
    put(first + r, pupils, `=${data.pupilCell(r)}`);
  }

  const formats: NumberFormat[] = [];
  const format = (c: number | undefined, code: string) => {
    if (c !== undefined)
      formats.push({ sheet, range: `${columnName(c)}${first + 1}:${columnName(c)}${first + n}`, code });
  };
  format(pupils, "#,##0");
  const done = () => ({
    sheet,
    writes: gridWrites(sheet, grid, 0),
    formats: [...formats, ...summaryFormats(sheet, summaryRow, scenarios.length)],
    blocks,
    summaryRow,
    firstRow: first,
    name,
    pupils,
  });
  return {
    sheet,
    n,
    summaryRow,
    blockRow,
    headerRow,
    first,
    name,
    pupils,
    blocks,
    put,
    at,
    named,
    summary,
    format,
    done,
  };
}

export function compareWrites(
  scenarios: Pick<Scenario, "name" | "column">[],
  ranges: DataRanges,
  lang: Lang,
): CompareLayout {
  const data = dataReferences(ranges, lang);
  const words = WORDS[lang];
  const frame = compareFrame(scenarios, data, lang, words, (k, take): ScenarioBlock => {
    const index = take();
    const [floor, cap] = data.lastYearCell ? [take(), take()] : [undefined, undefined];
    const [amount, perPupil] = [take(), take()];
    const [difference, percent] = k > 0 ? [take(), take()] : [undefined, undefined];
    return { index, floor, cap, amount, perPupil, difference, percent };
  });
  const { n, blockRow, headerRow, first, pupils, blocks, put, at, named, summary, format } = frame;
  const whole = (c: number) => `$${columnName(c)}$${first + 1}:$${columnName(c)}$${first + n}`;
  /** A spill's first cell, absolute: where a failing ALLOCATE shows its error (the cells under it are empty). */
  const anchor = (c: number) => `$${columnName(c)}$${first + 1}`;
  /** `formula`, or the first error among the spills it reads: never a number computed over empty cells. */
  const guard = (formula: string, ...spills: number[]) =>
    `=${spills.reduceRight((f, c) => `IF(ISERROR(${anchor(c)}),${anchor(c)},${f})`, formula)}`;

  blocks.forEach((b, k) => {
    const limitNames = {
      floor: named(k, "GOLV"),
      cap: named(k, "TAK"),
      maxDecrease: named(k, "MAXMINSKNING"),
      maxIncrease: named(k, "MAXOKNING"),
    };
    // Headers: the scenario's name (live) over its block, and in the summary's column.
    put(2, 1 + k, `=${named(k, "NAMN")}`);
    put(blockRow, b.index, `=${named(k, "NAMN")}`);
    put(headerRow, b.index, words.index);
    put(headerRow, b.floor, words.floor);
    put(headerRow, b.cap, words.cap);
    put(headerRow, b.amount, words.amount);
    put(headerRow, b.perPupil, words.perPupil);
    put(headerRow, b.difference, words.difference);
    put(headerRow, b.percent, words.percent);

    // The index with the scenario's weights, and its allocation, spill down from the first school.
    put(
      first,
      b.index,
      `=LIKVARD.SOCIOINDEX(${data.factors},${named(k, "VIKTER")},${data.pupils},${named(k, "MODELL")})`,
    );
    const floor = b.floor !== undefined ? whole(b.floor) : limitNames.floor;
    const cap = b.cap !== undefined ? whole(b.cap) : limitNames.cap;
    put(
      first,
      b.amount,
      `=LIKVARD.ALLOCATE(${data.pupils},${whole(b.index)},${named(k, "POTT")},${named(k, "METOD")},` +
        `${named(k, "PARAMETER")},${floor},${cap},${named(k, "ENHET")})`,
    );
    const base = blocks[0];
    for (let r = 0; r < n; r++) {
      if (r > 0) {
        put(first + r, b.index, SPILLED);
        put(first + r, b.amount, SPILLED);
      }
      if (data.lastYearCell) {
        const limits = limitFormulas(data.lastYearCell(r), limitNames);
        put(first + r, b.floor, limits.floor);
        put(first + r, b.cap, limits.cap);
      }
      put(first + r, b.perPupil, perPupilFormula(anchor(b.amount), at(b.amount, r), at(pupils, r)));
      if (b.difference !== undefined && b.percent !== undefined) {
        const [mine, theirs] = [at(b.amount, r), at(base.amount, r)];
        put(
          first + r,
          b.difference,
          guard(`IF(AND(ISNUMBER(${mine}),ISNUMBER(${theirs})),${mine}-${theirs},"")`, b.amount, base.amount),
        );
        put(
          first + r,
          b.percent,
          guard(
            `IF(ISNUMBER(${at(b.difference, r)}),IF(${theirs}>0,${at(b.difference, r)}/${theirs},""),"")`,
            b.amount,
            base.amount,
          ),
        );
      }
    }

    // The summary: a column per scenario.
    putSummary(put, summary, k, b, [b.amount, base.amount]);
  });

  for (const b of blocks) {
    format(b.index, "0.0");
    for (const c of [b.floor, b.cap, b.amount, b.perPupil, b.difference]) format(c, "#,##0");
    format(b.percent, "0.0%");
  }
  return frame.done();
}
