/** Spill references to a frozen range become the range, in the typed and the stored form. */
import { FrozenAnchors, anchorKey, unspillReferences } from "../../../../src/model/freeze/spillReferences";

const anchors: FrozenAnchors = new Map([
  [anchorKey("Budget", "K2"), { sheet: "Budget", range: "K2:K13" }],
  [anchorKey("Skolor 2", "B2"), { sheet: "Skolor 2", range: "B2:C3" }],
]);

test.each([
  // typed, as Office.js and the formula bar show it
  ["=SUM(K2#)", "Budget", "=SUM(K2:K13)"],
  ["=SUM($K$2#)/COUNT(k2#)", "Budget", "=SUM(K2:K13)/COUNT(K2:K13)"],
  ["=SUM(Budget!K2#)", "Andra", "=SUM(Budget!K2:K13)"],
  ["=SUM('Skolor 2'!B2#)", "Budget", "=SUM('Skolor 2'!B2:C3)"],
  // stored in the file
  ["SUM(_xlfn.ANCHORARRAY(K2))", "Budget", "SUM(K2:K13)"],
  ["SUM(_xlfn.ANCHORARRAY(Budget!$K$2))*2", "Andra", "SUM(Budget!K2:K13)*2"],
])("%s on %s becomes %s", (formula, sheet, expected) => {
  expect(unspillReferences(formula, sheet, anchors)).toBe(expected);
});

test.each([
  ["=SUM(K3#)", "Budget"], // not a frozen anchor
  ["=SUM(K2#)", "Andra"], // K2 on another sheet
  ['=K2&"K2#"', "Budget"], // inside a string
  ["=IFERROR(K2,#N/A)", "Budget"],
  ["=SUM(XK2#)", "Budget"], // not a cell reference at all
  ["=SUM(_xlfn.ANCHORARRAY(K3))", "Budget"],
])("%s on %s stays as it is", (formula, sheet) => {
  expect(unspillReferences(formula, sheet, anchors)).toBe(formula);
});
