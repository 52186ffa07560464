/**
 * verify does not depend on the language (issue 13, item 6): labels that a
 * Likvärd function writes — EQUITYGAP's summary table in the example — are
 * accepted in any language Likvärd speaks, so a workbook recalculated in one
 * language verifies in the other.
 */
import { join } from "node:path";
import { recalc } from "../../../src/engine/recalc";
import { verified, verify } from "../../../src/engine/verify";
import { tempDir } from "./workbooks";

const EXAMPLE = join(__dirname, "../../../assets/exempel-budget.xlsx");

test.each([
  ["sv", "en"],
  ["en", "sv"],
] as const)("recalculated in %s, verified in %s: no differences", async (written, checked) => {
  const output = join(tempDir(), `exempel-${written}.xlsx`);
  await recalc(EXAMPLE, output, { force: false, lang: written });
  const report = await verify(output, checked);
  expect(report.differences).toEqual([]);
  expect(verified(report)).toBe(true);
  // The summary labels are among the values compared.
  expect(report.checked).toBeGreaterThan(9);
});

test("the example as shipped verifies in English", async () => {
  const report = await verify(EXAMPLE, "en");
  expect(report.differences).toEqual([]);
  expect(verified(report)).toBe(true);
});
