/**
 * What "insert formulas" writes beside the data, from the target cell on:
 * need index, amount and kronor per pupil per school (and, with last year's
 * column, each school's floor and cap per pupil), and a follow-up table. The
 * formulas refer to the model sheet's names, so a changed model recalculates.
 */
import { limitFormulas } from "../model/pane/limitFormulas";
import { perPupilFormula } from "../model/pane/perPupilFormula";
import { cellName, columnName, parseArea, parseCell, quoteSheet, splitSheetRef } from "../model/sheet/addresses";
import { PaneLang, t } from "./i18n";
import { NumberFormat, Write } from "./workbook/workbookPort";

export interface DataRanges {
  pupils: string;
  factors: string;
  lastYear: string;
  resource: string;
}

/** Columns of the results, counted from the target cell. */
export const RESULT_COLUMNS = { index: 0, amount: 1, perPupil: 2, floor: 3, cap: 4, gap: 6 } as const;
const C = RESULT_COLUMNS;
/** Columns of a sheet in Excel (A … XFD). */
const MAX_COLUMNS = 16_384;

const HEADERS = ["needIndex", "amountKr", "krPerPupil", "floor", "cap"] as const;

/**
 * A reference as a formula on `sheet` must write it: with its own sheet
 * (quoted where needed) when that is another sheet, so data on "Skolor" read
 * from results on "Resultat" stay on "Skolor".
 */
export function referenceFrom(sheet: string, dataSheet: string | undefined, ref: string): string {
  return dataSheet && dataSheet !== sheet ? `${quoteSheet(dataSheet)}!${ref}` : ref;
}

/** The sheet results go to when the target names none: the data's own sheet. */
export function dataSheetOf(ranges: Pick<DataRanges, "pupils">): string | undefined {
  return splitSheetRef(ranges.pupils).sheet;
}

/**
 * The writes for results from `target` ("Skolor!N2"), headers in the row
 * above when there is one, and the cells the spills will fill (`reserved`:
 * checked for content, never written).
 */
export function formulaWrites(
  target: string,
  ranges: DataRanges,
  lang: PaneLang,
): { writes: Write[]; reserved: Write[]; formats: NumberFormat[] } {
  const split = splitSheetRef(target);
  const sheet = split.sheet ?? dataSheetOf(ranges) ?? "Skolor";
  const start = parseCell(split.ref);
  const pupils = parseArea(splitSheetRef(ranges.pupils).ref);
  if (!start || !pupils) throw new Error(t("needTarget", lang));
  const n = pupils.rows;
  const lastYear = ranges.lastYear.trim() ? parseArea(splitSheetRef(ranges.lastYear).ref) : undefined;
  // Excel's last column is XFD: results beyond it would meet the engine's English "Sheet size limit exceeded".
  const columns = 1 + (ranges.resource.trim() ? C.gap + 1 : lastYear ? C.cap : C.perPupil);
  if (start.col + columns > MAX_COLUMNS) throw new Error(t("targetTooFar", lang, { columns, target }));
  const col = (c: number) => columnName(start.col + c);
  const rowsOf = (c: number) => `${col(c)}${start.row + 1}:${col(c)}${start.row + n}`;
  /** A data range as written in a formula on the results' sheet. */
  const data = (range: string) => {
    const { sheet: own, ref } = splitSheetRef(range);
    return referenceFrom(sheet, own ?? dataSheetOf(ranges), ref);
  };
  const pupilsRef = data(ranges.pupils);
  const factorsRef = data(ranges.factors);
  const lastYearSheet = splitSheetRef(ranges.lastYear).sheet ?? dataSheetOf(ranges);
  const pupilsSheet = dataSheetOf(ranges);
  // With last year's column, the year-on-year limits make per-school floor and cap columns.
  const [floor, cap] = lastYear ? [rowsOf(C.floor), rowsOf(C.cap)] : ["LIKVARD_GOLV", "LIKVARD_TAK"];
  const pupilCell = (r: number) => referenceFrom(sheet, pupilsSheet, cellName(pupils.top + r, pupils.left));
  const anchor = `$${col(C.amount)}$${start.row + 1}`;

  const writes: Write[] = [
    {
      sheet,
      topLeft: cellName(start.row, start.col + C.index),
      formulas: [
        [
          `=LIKVARD.SOCIOINDEX(${factorsRef},LIKVARD_VIKTER,${pupilsRef},LIKVARD_MODELL)`,
          `=LIKVARD.ALLOCATE(${pupilsRef},${rowsOf(C.index)},LIKVARD_POTT,LIKVARD_METOD,LIKVARD_PARAMETER,${floor},${cap},LIKVARD_ENHET)`,
        ],
      ],
    },
    {
      sheet,
      topLeft: cellName(start.row, start.col + C.perPupil),
      formulas: Array.from({ length: n }, (_, r) => [
        perPupilFormula(anchor, `${col(C.amount)}${start.row + r + 1}`, pupilCell(r)),
      ]),
    },
  ];
  if (lastYear) {
    const limits = Array.from({ length: n }, (_, r) => {
      const { floor, cap } = limitFormulas(
        referenceFrom(sheet, lastYearSheet, cellName(lastYear.top + r, lastYear.left)),
      );
      return [floor, cap];
    });
    writes.push({ sheet, topLeft: cellName(start.row, start.col + C.floor), formulas: limits });
  }
  if (ranges.resource.trim()) {
    const resourceRef = data(ranges.resource);
    const summary = lang === "sv" ? "sammanfattning" : "summary";
    writes.push({
      sheet,
      topLeft: cellName(start.row, start.col + C.gap),
      formulas: [[`=LIKVARD.EQUITYGAP(${rowsOf(C.index)},${resourceRef},${pupilsRef},"${summary}")`]],
    });
  }
  if (start.row > 0) {
    const headers = HEADERS.slice(0, lastYear ? 5 : 3).map((key) => t(key, lang));
    writes.push({ sheet, topLeft: cellName(start.row - 1, start.col), values: [headers] });
  }
  // Spilled cells must be empty, so occupied() checks them too.
  const reserved: Write[] =
    n > 1
      ? [{ sheet, topLeft: cellName(start.row + 1, start.col), values: Array.from({ length: n - 1 }, () => ["", ""]) }]
      : [];
  // Kronor as whole kronor with grouped thousands, the index with one decimal (never a literal space in a code).
  const formats: NumberFormat[] = [
    { sheet, range: rowsOf(C.index), code: "0.0" },
    { sheet, range: `${col(C.amount)}${start.row + 1}:${col(C.perPupil)}${start.row + n}`, code: "#,##0" },
  ];
  if (lastYear)
    formats.push({ sheet, range: `${col(C.floor)}${start.row + 1}:${col(C.cap)}${start.row + n}`, code: "#,##0" });
  return { writes, reserved, formats };
}
