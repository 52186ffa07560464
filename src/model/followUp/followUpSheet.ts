/**
 * The sheet "Uppföljning" (steps 7 and 8 of allocating by need: does the
 * money help, does the model work?), as writes for one batch and the charts
 * to add after it. Every number is a live formula on the data's sheet:
 *
 * - per school: its outcome, LIKVARD.EXPECTED's expected value, residual and
 *   standardized residual, a verdict (clearly above/below expectation at
 *   |standardized residual| ≥ 2, or left out for a missing value) and the need
 *   index (LIKVARD.SOCIOINDEX with the model sheet's names);
 * - above the table: rows left out, schools clearly above and below;
 * - below it: LIKVARD.EQUITYGAP "summary" for each resource against the index,
 *   its numbers in the resource's format, and a line saying in words whether
 *   the resource follows need, read by the resource's direction (for pupils
 *   per teacher, lower is more: a negative correlation follows need);
 * - beside it: the two ends of the 45° line for the chart of outcome against expected.
 *
 * The verdict is a per-row formula, not a FILTER list: the headless engine
 * (HyperFormula 3.5) wants FILTER's condition in the shape of the whole array
 * (Excel takes one column for several), has no `if_empty` and collapses an
 * IFERROR around a spill to one cell, so the preview and `likvard recalc`
 * would show a list other than Excel's.
 */
import type { NumberFormat, Write } from "../../taskpane/workbook/workbookPort";
import { Lang } from "../errors";
import { SUMMARY_ROWS, SummaryKey } from "../functions/equitygap";
import { cellName, columnName, parseArea, quoteSheet, splitSheetRef } from "../sheet/addresses";
import { OutcomeModel, modelWord } from "./outcomeModel";
import { ResourceDirection, defaultDirection } from "./resourceDirection";

export const FOLLOW_UP_SHEET = { sv: "Uppföljning", en: "Follow-up" } as const;

/** A standardized residual this far from 0 is "clearly" above or below expectation. */
export const CLEARLY = 2;

/** The texts the sheet carries, in the user's language (the pane's catalogue gives them). */
export interface FollowUpLabels {
  /** "Uppföljning: {outcome} mot förväntan" */
  title: string;
  note: string;
  leftOut: string;
  above: string;
  below: string;
  school: string;
  expected: string;
  residual: string;
  standardized: string;
  verdict: string;
  needIndex: string;
  clearlyAbove: string;
  clearlyBelow: string;
  omitted: string;
  line: string;
  /** "{resource}: följer resursen behovet?" */
  resourceTitle: (resource: string) => string;
  chartExpected: string;
  /** "{resource} mot behovsindex" */
  chartResource: (resource: string) => string;
  /** "Bedömning (lägre är mer resurs)" */
  judgement: (direction: ResourceDirection) => string;
  follows: string;
  against: string;
  neither: string;
}

/** A column of the data, with its header as the sheet shows it. */
export interface LabelledRange {
  /** "Skolor!J2:J14" */
  ref: string;
  label: string;
  /** For a resource: whether more resource is a higher or a lower value (default: from the label). */
  direction?: ResourceDirection;
  /** For a resource: the Excel number format of its values (default "0.0"). */
  format?: string;
}

export interface FollowUpInput {
  /** The schools' names ("Skolor!A2:A14"); undefined: rows are numbered. */
  names?: string;
  pupils: string;
  factors: string;
  outcome: LabelledRange;
  resources: LabelledRange[];
  model: OutcomeModel;
}

/** A scatter chart: y against x, optionally with a line (two or more points) drawn through it. */
export interface ChartSpec {
  sheet: string;
  x: string;
  y: string;
  title: string;
  xLabel: string;
  yLabel: string;
  /** A series drawn as a line, no markers: here the 45° line. */
  line?: { x: string; y: string };
}

export interface FollowUpSheet {
  sheet: string;
  writes: Write[];
  /** Cells the spills fill: checked before writing, never written. */
  reserved: Write[];
  formats: NumberFormat[];
  charts: ChartSpec[];
  /** Where the per-school table starts and what is in which column (tests read the sheet by it). */
  layout: {
    firstRow: number;
    rows: number;
    columns: typeof COLUMNS;
    counts: { leftOut: string; above: string; below: string };
    /** Per resource, the top-left cell of its summary table. */
    summaries: string[];
  };
}

/** Columns of the per-school table. */
const COLUMNS = { school: 0, outcome: 1, expected: 2, residual: 3, standardized: 4, verdict: 5, index: 6, line: 8 };
const C = COLUMNS;
/** The per-school table's header row (0-based); the schools follow. */
const HEADER_ROW = 5;

/** A data range as a formula on the follow-up sheet writes it: always with its sheet. */
function onDataSheet(range: string, dataSheet: string): string {
  const { sheet, ref } = splitSheetRef(range);
  return `${quoteSheet(sheet ?? dataSheet)}!${ref}`;
}

/** The cell `r` rows down a one-column range, with its sheet. */
function cellOf(range: string, r: number, dataSheet: string): string {
  const { sheet, ref } = splitSheetRef(range);
  const area = parseArea(ref);
  if (!area) throw new Error(`Ogiltigt område: ${range}`);
  return `${quoteSheet(sheet ?? dataSheet)}!${cellName(area.top + r, area.left)}`;
}

const quoteText = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** A slope per index point is small: a decimal more than the resource's own values. */
function slopeFormat(format: string | undefined): string {
  if (format === "0.0%") return "0.00%";
  if (format === "#,##0") return "#,##0.0";
  return "0.00";
}

export function followUpSheet(input: FollowUpInput, labels: FollowUpLabels, lang: Lang): FollowUpSheet {
  const sheet = FOLLOW_UP_SHEET[lang];
  const dataSheet = splitSheetRef(input.pupils).sheet ?? "Skolor";
  const pupilsArea = parseArea(splitSheetRef(input.pupils).ref);
  if (!pupilsArea) throw new Error(`Ogiltigt område: ${input.pupils}`);
  const n = pupilsArea.rows;
  const first = HEADER_ROW + 1;
  const col = (c: number) => columnName(c);
  const cell = (r: number, c: number) => cellName(first + r, c);
  const column = (c: number) => `${cell(0, c)}:${cell(n - 1, c)}`;
  const data = (range: string) => onDataSheet(range, dataSheet);
  const skip = lang === "sv" ? "utelämna" : "skip";
  const summary = lang === "sv" ? "sammanfattning" : "summary";

  const perSchool = Array.from({ length: n }, (_, r) => {
    const name = input.names ? `=${cellOf(input.names, r, dataSheet)}` : `="${r + 1}"`;
    const outcome = cellOf(input.outcome.ref, r, dataSheet);
    const z = cell(r, C.standardized);
    const verdict =
      `=IF(ISNUMBER(${z}),IF(${z}>=${CLEARLY},${quoteText(labels.clearlyAbove)},` +
      `IF(${z}<=-${CLEARLY},${quoteText(labels.clearlyBelow)},"")),` +
      `IF(ISNUMBER(${cell(r, C.expected)}),"",${quoteText(labels.omitted)}))`;
    // An empty outcome cell is a gap, not 0 (a plain reference would show 0).
    return { name, outcome: `=IF(ISBLANK(${outcome}),"",${outcome})`, verdict };
  });

  const writes: Write[] = [
    {
      sheet,
      topLeft: "A1",
      values: [[labels.title], [labels.note]],
    },
    {
      sheet,
      topLeft: "A3",
      values: [[labels.leftOut], [labels.above], [labels.below]],
    },
    {
      sheet,
      topLeft: "B3",
      formulas: [
        [`=ROWS(${column(C.expected)})-COUNT(${column(C.expected)})`],
        [`=COUNTIF(${column(C.standardized)},">=${CLEARLY}")`],
        [`=COUNTIF(${column(C.standardized)},"<=-${CLEARLY}")`],
      ],
    },
    {
      sheet,
      topLeft: cellName(HEADER_ROW, 0),
      values: [
        [
          labels.school,
          input.outcome.label,
          labels.expected,
          labels.residual,
          labels.standardized,
          labels.verdict,
          labels.needIndex,
        ],
      ],
    },
    { sheet, topLeft: cell(0, C.school), formulas: perSchool.map((s) => [s.name, s.outcome]) },
    {
      sheet,
      topLeft: cell(0, C.expected),
      formulas: [
        [
          `=LIKVARD.EXPECTED(${data(input.factors)},${data(input.outcome.ref)},${data(input.pupils)},` +
            `"${modelWord(input.model, lang)}","${skip}")`,
        ],
      ],
    },
    { sheet, topLeft: cell(0, C.verdict), formulas: perSchool.map((s) => [s.verdict]) },
    {
      sheet,
      topLeft: cell(0, C.index),
      formulas: [
        [`=LIKVARD.SOCIOINDEX(${data(input.factors)},LIKVARD_VIKTER,${data(input.pupils)},LIKVARD_MODELL,"${skip}")`],
      ],
    },
    // The 45° line from the smallest to the largest value of outcome and expected: x = y.
    {
      sheet,
      topLeft: cellName(HEADER_ROW, C.line),
      values: [[labels.line]],
    },
    {
      sheet,
      topLeft: cell(0, C.line),
      formulas: [
        [`=MIN(${cell(0, C.outcome)}:${cell(n - 1, C.expected)})`],
        [`=MAX(${cell(0, C.outcome)}:${cell(n - 1, C.expected)})`],
      ],
    },
  ];

  // Below the table, one summary per resource: its title, then EQUITYGAP's labelled table.
  const summaries: string[] = [];
  // Each: title, the table, the judgement in words, a blank row.
  const summaryTop = (i: number) => first + n + 1 + i * (SUMMARY_ROWS.length + 3);
  const correlationRow = SUMMARY_ROWS.findIndex((r) => r.key === "correlation");
  input.resources.forEach((resource, i) => {
    const top = summaryTop(i);
    writes.push({ sheet, topLeft: cellName(top, 0), values: [[labels.resourceTitle(resource.label)]] });
    const at = cellName(top + 1, 0);
    summaries.push(at);
    writes.push({
      sheet,
      topLeft: at,
      formulas: [
        [`=LIKVARD.EQUITYGAP(${column(C.index)},${data(resource.ref)},${data(input.pupils)},"${summary}","${skip}")`],
      ],
    });
    // The correlation's sign, turned by the direction: more resource where need is higher follows need.
    const direction = resource.direction ?? defaultDirection(resource.label);
    const r = cellName(top + 1 + correlationRow, 1);
    const signed = direction === "lower" ? `-${r}` : r;
    writes.push({
      sheet,
      topLeft: cellName(top + 1 + SUMMARY_ROWS.length, 0),
      values: [[labels.judgement(direction)]],
    });
    writes.push({
      sheet,
      topLeft: cellName(top + 1 + SUMMARY_ROWS.length, 1),
      formulas: [
        [
          `=IF(ISNUMBER(${r}),IF(${signed}>0,${quoteText(labels.follows)},` +
            `IF(${signed}<0,${quoteText(labels.against)},${quoteText(labels.neither)})),"")`,
        ],
      ],
    });
  });

  // The spills' cells (EXPECTED's three columns, the index, each summary's two) beside and below their formulas.
  const blank = (rows: number, cols: number) => Array.from({ length: rows }, () => Array<string>(cols).fill(""));
  const reserved: Write[] = [{ sheet, topLeft: cell(0, C.residual), values: blank(1, 2) }];
  if (n > 1) {
    reserved.push({ sheet, topLeft: cell(1, C.expected), values: blank(n - 1, 3) });
    reserved.push({ sheet, topLeft: cell(1, C.index), values: blank(n - 1, 1) });
  }
  summaries.forEach((_, i) => {
    const top = summaryTop(i) + 1;
    reserved.push({ sheet, topLeft: cellName(top, 1), values: blank(1, 1) });
    reserved.push({ sheet, topLeft: cellName(top + 1, 0), values: blank(SUMMARY_ROWS.length - 1, 2) });
  });

  // A share as a share with three decimals, a score with one; standardized residuals with two.
  const decimals = input.model === "linear" ? "0.0" : "0.000";
  const formats: NumberFormat[] = [
    { sheet, range: `${col(C.outcome)}${first + 1}:${col(C.residual)}${first + n}`, code: decimals },
    { sheet, range: column(C.standardized), code: "0.00" },
    { sheet, range: column(C.index), code: "0.0" },
    { sheet, range: `${cell(0, C.line)}:${cell(1, C.line)}`, code: decimals },
  ];
  // Each summary's numbers: differences and means in the resource's own format, the rest as what they are.
  const fixed: Partial<Record<SummaryKey, string>> = {
    ratio: "0.00",
    correlation: "0.00",
    concentration: "0.000",
    schools: "#,##0",
    pupils: "#,##0",
    leftOut: "#,##0",
  };
  input.resources.forEach((resource, i) => {
    const top = summaryTop(i) + 1;
    SUMMARY_ROWS.forEach((row, k) => {
      const code = fixed[row.key] ?? (row.key === "slope" ? slopeFormat(resource.format) : resource.format);
      formats.push({ sheet, range: cellName(top + k, 1), code: code ?? "0.0" });
    });
  });

  const lineRange = `${cell(0, C.line)}:${cell(1, C.line)}`;
  const charts: ChartSpec[] = [
    {
      sheet,
      x: column(C.expected),
      y: column(C.outcome),
      title: labels.chartExpected,
      xLabel: labels.expected,
      yLabel: input.outcome.label,
      line: { x: lineRange, y: lineRange },
    },
    ...input.resources.map((resource) => ({
      sheet,
      x: column(C.index),
      y: data(resource.ref),
      title: labels.chartResource(resource.label),
      xLabel: labels.needIndex,
      yLabel: resource.label,
    })),
  ];

  return {
    sheet,
    writes,
    reserved,
    formats,
    charts,
    layout: {
      firstRow: first,
      rows: n,
      columns: COLUMNS,
      counts: { leftOut: "B3", above: "B4", below: "B5" },
      summaries,
    },
  };
}
