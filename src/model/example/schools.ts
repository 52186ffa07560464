/**
 * A made-up municipality of twelve schools: plausible numbers, not real
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
];

export const EXAMPLE_SCHOOLS: [string, number, number, number, number, number, number, number, number][] = [
  // name, pupils, parents ≤ upper secondary, newly arrived, boys, income support, not eligible, last year kr/pupil, certified teachers
  ["Almskolan", 412, 0.18, 0.02, 0.51, 0.03, 0.06, 7_900, 0.86],
  ["Björkskolan", 365, 0.42, 0.09, 0.52, 0.12, 0.19, 13_600, 0.71],
  ["Ekskolan", 520, 0.25, 0.03, 0.49, 0.05, 0.09, 9_100, 0.83],
  ["Granskolan", 288, 0.61, 0.17, 0.54, 0.21, 0.31, 19_800, 0.62],
  ["Hasselskolan", 430, 0.33, 0.05, 0.5, 0.08, 0.12, 11_000, 0.79],
  ["Lindskolan", 198, 0.72, 0.22, 0.53, 0.27, 0.38, 23_400, 0.58],
  ["Lönnskolan", 602, 0.15, 0.01, 0.5, 0.02, 0.05, 7_200, 0.9],
  ["Rönnskolan", 347, 0.48, 0.11, 0.52, 0.15, 0.22, 15_300, 0.68],
  ["Sälgskolan", 275, 0.55, 0.14, 0.51, 0.18, 0.27, 17_900, 0.65],
  ["Tallskolan", 459, 0.28, 0.04, 0.49, 0.06, 0.1, 9_900, 0.81],
  ["Videskolan", 233, 0.66, 0.19, 0.55, 0.24, 0.35, 21_700, 0.6],
  ["Äppelskolan", 381, 0.37, 0.07, 0.5, 0.1, 0.15, 12_300, 0.75],
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
};
