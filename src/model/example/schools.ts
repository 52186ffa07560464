/**
 * A made-up municipality of thirteen schools: plausible numbers, not real
 * ones. The example workbook's sheet "Skolor" (src/engine/exampleWorkbook.ts)
 * and the pane's preview outside Excel hold these rows under these headers.
 */

export const EXAMPLE_HEADERS = [
  "Skola",
  "Elever",
  "Föräldrar högst gymnasial",
  "Nyanlända",
  "Pojkar",
  "Försörjningsstöd",
  "Ej behöriga till gymnasiet",
  "Fjolårets kr per elev",
  "Behöriga lärare",
  "Meritvärde åk 9",
  "Elever per lärare",
  "Förstelärare per 100 elever",
  "Elever F–3",
  "Elever 4–6",
  "Elever 7–9",
  "Nyanlända (antal)",
];

/** Suppressed in official statistics: too few pupils in the group to publish (Skolverket writes ".."). */
type Suppressed = "..";

export type ExampleSchool = [
  name: string,
  pupils: number,
  parentsUpperSecondary: number,
  newlyArrived: number,
  boys: number,
  incomeSupport: number,
  notEligible: number,
  lastYearPerPupil: number,
  certifiedTeachers: number,
  meritValue: number | Suppressed,
  pupilsPerTeacher: number,
  leadTeachersPer100: number,
  pupilsF3: number,
  pupils46: number,
  pupils79: number,
  newlyArrivedCount: number,
];

/**
 * Shares are of the school's pupils; the newly arrived count is of pupils who
 * arrived in the last four years; stage counts sum to the pupils. Byskolan is
 * a small rural school whose grade-9 result is suppressed, as real statistics
 * suppress small groups. Rönnskolan's meritvärde is clearly above what its
 * pupils' background predicts (standardized residual above 2), so the
 * pane's follow-up has a school to show.
 */
export const EXAMPLE_SCHOOLS: ExampleSchool[] = [
  ["Almskolan", 412, 0.18, 0.02, 0.51, 0.03, 0.06, 7_900, 0.86, 251.4, 13.9, 1.9, 165, 124, 123, 8],
  ["Björkskolan", 365, 0.42, 0.09, 0.52, 0.12, 0.19, 13_600, 0.71, 218.2, 12.4, 1.1, 146, 110, 109, 33],
  ["Ekskolan", 520, 0.25, 0.03, 0.49, 0.05, 0.09, 9_100, 0.83, 226.0, 13.5, 1.7, 208, 156, 156, 16],
  ["Granskolan", 288, 0.61, 0.17, 0.54, 0.21, 0.31, 19_800, 0.62, 199.8, 11.6, 0.7, 115, 86, 87, 49],
  ["Hasselskolan", 430, 0.33, 0.05, 0.5, 0.08, 0.12, 11_000, 0.79, 234.9, 13.1, 1.4, 172, 129, 129, 22],
  ["Lindskolan", 198, 0.72, 0.22, 0.53, 0.27, 0.38, 23_400, 0.58, 186.3, 11.0, 0.5, 79, 59, 60, 44],
  ["Lönnskolan", 602, 0.15, 0.01, 0.5, 0.02, 0.05, 7_200, 0.9, 254.1, 14.2, 2.0, 241, 181, 180, 6],
  ["Rönnskolan", 347, 0.48, 0.11, 0.52, 0.15, 0.22, 15_300, 0.68, 242.0, 12.2, 1.2, 139, 104, 104, 38],
  ["Sälgskolan", 275, 0.55, 0.14, 0.51, 0.18, 0.27, 17_900, 0.65, 202.7, 12.0, 0.7, 110, 83, 82, 39],
  ["Tallskolan", 459, 0.28, 0.04, 0.49, 0.06, 0.1, 9_900, 0.81, 239.6, 13.4, 1.5, 184, 138, 137, 18],
  ["Videskolan", 233, 0.66, 0.19, 0.55, 0.24, 0.35, 21_700, 0.6, 188.4, 11.3, 0.9, 93, 70, 70, 44],
  ["Äppelskolan", 381, 0.37, 0.07, 0.5, 0.1, 0.15, 12_300, 0.75, 226.1, 12.8, 1.3, 152, 114, 115, 27],
  ["Byskolan", 58, 0.34, 0, 0.52, 0.04, 0.12, 10_800, 0.64, "..", 9.6, 0, 24, 18, 16, 0],
];

/** The example's sheet, and where each kind of column is on it (headers in row 1), as the pane is pointed at them. */
export const EXAMPLE_SHEET = "Skolor";
const rows = (col: string, last = col) => `${EXAMPLE_SHEET}!${col}2:${last}${EXAMPLE_SCHOOLS.length + 1}`;
export const EXAMPLE_RANGES = {
  pupils: rows("B"),
  factors: rows("C", "F"),
  outcome: rows("G"),
  lastYear: rows("H"),
  resource: rows("I"),
  /** Results and resources for the follow-up: meritvärde, pupils per teacher, lead teachers per 100 pupils. */
  meritValue: rows("J"),
  pupilsPerTeacher: rows("K"),
  leadTeachers: rows("L"),
  /** Pupils by stage (F–3, 4–6, 7–9) and the count of newly arrived pupils, for the components of a model. */
  stages: rows("M", "O"),
  newlyArrivedCount: rows("P"),
};
