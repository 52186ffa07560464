/**
 * The provenance sheet a frozen workbook carries tells its reader how to
 * check it without installing anything — the verifier page and the
 * single-file command — and which version froze it; and it still reads back.
 */
import { FrozenRange, provenanceGrid, readProvenance } from "../../../src/model/freeze/provenance";

const range = (version: string): FrozenRange => ({
  sheet: "Skolor",
  range: "K2:K13",
  formula: "=LIKVARD.ALLOCATE(B2:B13,J2:J13,LIKVARD_POTT)",
  checksum: "ab".repeat(32),
  date: "2026-11-25",
  version,
  message: "",
});

test.each([
  [
    "sv",
    /Likvärd 0\.1\.0 har ersatt dem/,
    /kontrollsida verify\.html i en webbläsare/,
    /`node likvard\.cjs verify <fil>\.xlsx`/,
  ],
  [
    "en",
    /Likvärd 0\.1\.0 replaced them/,
    /checking page verify\.html in a browser/,
    /`node likvard\.cjs verify <file>\.xlsx`/,
  ],
] as const)("(%s) names the version, the page and the command", (lang, version, page, command) => {
  const grid = provenanceGrid([range("0.1.0")], lang);
  const intro = grid[1][0];
  expect(intro).toMatch(version);
  expect(intro).toMatch(page);
  expect(intro).toMatch(command);
  expect(intro).toMatch(/`npx likvard verify <fil(e)?>\.xlsx`/);
  expect(readProvenance(grid)).toEqual([range("0.1.0")]);
});

test("ranges frozen by different versions name each; none known says Likvärd", () => {
  expect(provenanceGrid([range("0.1.0"), range("0.2.0"), range("0.1.0")], "sv")[1][0]).toMatch(
    /^Områdena nedan var Likvärd-formler\. Likvärd 0\.1\.0, 0\.2\.0 har ersatt dem/,
  );
  expect(provenanceGrid([range("")], "en")[1][0]).toMatch(/^The ranges below were Likvärd formulas\. Likvärd replaced/);
});
