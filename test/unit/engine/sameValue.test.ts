/**
 * sameValue, as verify compares a cached value with a recomputed one: labels
 * in any language Likvärd speaks, numbers to 1e-9 relative, everything else
 * exactly.
 */
import { sameValue } from "../../../src/engine/cellValues";

test("a label written in Swedish matches the same label recomputed in English, and back", () => {
  expect(sameValue("Korrelation", "Correlation")).toBe(true);
  expect(sameValue("Number of pupils", "Antal elever")).toBe(true);
  expect(sameValue("Skillnad högsta − lägsta behovskvartil", "Difference highest − lowest need quarter")).toBe(true);
});

test("a label never matches another label, other text, a number, an empty cell or an error", () => {
  expect(sameValue("Korrelation", "Number of schools")).toBe(false);
  expect(sameValue("Korrelation", "Correlation!")).toBe(false);
  expect(sameValue("Antal skolor", 12)).toBe(false);
  expect(sameValue("Antal skolor", null)).toBe(false);
  expect(sameValue("Antal skolor", { error: "#VALUE!" })).toBe(false);
});

test("other values as before: text exactly, numbers to 1e-9 relative, empty as empty, errors by code", () => {
  expect(sameValue("Skola A", "Skola A")).toBe(true);
  expect(sameValue("Skola A", "skola a")).toBe(false);
  expect(sameValue(600_000, 600_000 * (1 + 1e-12))).toBe(true);
  expect(sameValue(600_000, 600_001)).toBe(false);
  expect(sameValue(1e-12, 0)).toBe(true);
  expect(sameValue(null, "")).toBe(true);
  expect(sameValue(null, 0)).toBe(false);
  expect(sameValue({ error: "#NUM!", message: "Potten" }, { error: "#NUM!", message: "The pot" })).toBe(true);
  expect(sameValue({ error: "#NUM!" }, { error: "#DIV/0!" })).toBe(false);
  expect(sameValue(true, true)).toBe(true);
  expect(sameValue(true, "TRUE")).toBe(false);
});
