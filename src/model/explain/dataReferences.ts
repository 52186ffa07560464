/**
 * The data ranges as formulas on another of Likvärd's sheets read them: whole
 * ranges absolute and with their sheet ('Skolor'!$B$2:$B$14), so every row's
 * formula reads the same range; one school's cell by its row (Skolor!B2).
 */
import { Lang } from "../errors";
import { Area, cellName, columnName, parseArea, quoteSheet, splitSheetRef } from "../sheet/addresses";

export interface DataRanges {
  pupils: string;
  /** One column per factor. */
  factors: string;
  /** Last year's kronor per pupil; "" = none. */
  lastYear: string;
}

export interface DataReferences {
  /** Number of schools (rows of the pupils' range). */
  schools: number;
  pupils: string;
  factors: string;
  factorCount: number;
  /** Factor j's column, whole. */
  factor(j: number): string;
  pupilCell(r: number): string;
  factorCell(j: number, r: number): string;
  /** Last year's cell of school r; undefined without last year's range. */
  lastYearCell?: (r: number) => string;
  /** The data sheet's first column on school r's row (where the names are), unless pupils are in column A. */
  nameCell?: (r: number) => string;
}

const absolute = (area: Area) =>
  `$${columnName(area.left)}$${area.top + 1}:$${columnName(area.left + area.cols - 1)}$${area.top + area.rows}`;

/** The references; an error naming the range when one is not a range on a named sheet. */
export function dataReferences(ranges: DataRanges, lang: Lang): DataReferences {
  const pupilsSplit = splitSheetRef(ranges.pupils);
  const sheet = pupilsSplit.sheet;
  const pupils = parseArea(pupilsSplit.ref);
  const factorsSplit = splitSheetRef(ranges.factors);
  const factors = parseArea(factorsSplit.ref);
  if (!sheet || !pupils || !factors) {
    throw new Error(
      lang === "sv"
        ? `Ange elever och faktorer som områden med bladnamn, t.ex. Skolor!B2:B14 (nu: "${ranges.pupils}", "${ranges.factors}").`
        : `Give pupils and factors as ranges with their sheet, e.g. Skolor!B2:B14 (now: "${ranges.pupils}", "${ranges.factors}").`,
    );
  }
  const on = (own: string | undefined) => `${quoteSheet(own ?? sheet)}!`;
  const factorSheet = on(factorsSplit.sheet);
  const lastYearSplit = splitSheetRef(ranges.lastYear);
  const lastYear = ranges.lastYear.trim() ? parseArea(lastYearSplit.ref) : undefined;
  return {
    schools: pupils.rows,
    pupils: on(sheet) + absolute(pupils),
    factors: factorSheet + absolute(factors),
    factorCount: factors.cols,
    factor: (j) => factorSheet + absolute({ ...factors, left: factors.left + j, cols: 1 }),
    pupilCell: (r) => on(sheet) + cellName(pupils.top + r, pupils.left),
    factorCell: (j, r) => factorSheet + cellName(factors.top + r, factors.left + j),
    lastYearCell: lastYear && ((r) => on(lastYearSplit.sheet) + cellName(lastYear.top + r, lastYear.left)),
    nameCell: pupils.left > 0 ? (r) => on(sheet) + cellName(pupils.top + r, 0) : undefined,
  };
}
