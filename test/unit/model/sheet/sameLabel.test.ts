/**
 * sameLabel: a text that a Likvärd function writes is the same label in every
 * language Likvärd speaks (issue 13, item 6: verify must not depend on --lang).
 */
import { equitygapCells } from "../../../../src/model/sheet/equitygapCells";
import { sameLabel } from "../../../../src/model/sheet/labels";

const col = (...values: number[]) => values.map((v) => [v]);
/** EQUITYGAP's summary labels as the function writes them, in one language. */
const summaryLabels = (lang: "sv" | "en") =>
  equitygapCells(col(80, 100, 120, 140), col(1, 2, 3, 5), col(10, 20, 30, 40), "summary", undefined, lang).map(
    (row) => row[0],
  );

test("each summary label is the same label in Swedish and English, and equals itself", () => {
  const sv = summaryLabels("sv");
  const en = summaryLabels("en");
  expect(sv.length).toBeGreaterThan(1);
  expect(en).toHaveLength(sv.length);
  sv.forEach((label, i) => {
    expect(sameLabel(label as string, en[i] as string)).toBe(true);
    expect(sameLabel(en[i] as string, label as string)).toBe(true);
    expect(sameLabel(label as string, label as string)).toBe(true);
  });
});

test("different labels, changed spelling and other texts are not the same label", () => {
  const sv = summaryLabels("sv") as string[];
  const en = summaryLabels("en") as string[];
  expect(sameLabel(sv[0], en[1])).toBe(false);
  expect(sameLabel("Korrelation", "Number of schools")).toBe(false);
  expect(sameLabel("Korrelation", "korrelation")).toBe(false);
  expect(sameLabel("Korrelation ", "Correlation")).toBe(false);
  // Text the user typed is not a label, not even equal to itself as one: sameValue compares it exactly.
  expect(sameLabel("Skola A", "Skola A")).toBe(false);
  expect(sameLabel("", "")).toBe(false);
});
