/**
 * Numbers typed in the pane (issue 16, problem 3): Swedish and English writing
 * read as the same number, anything ambiguous or wrong refused with a message,
 * never reinterpreted ("65.000.000" is never 65 kr).
 */
import { formatNumberInput, parseNumberInput } from "../../../../src/model/pane/numberInput";

const value = (text: string, empty?: number) => {
  const parsed = parseNumberInput(text, "sv", empty, "%");
  return parsed.ok ? parsed.value : parsed.message;
};

test.each([
  ["64000000", 64_000_000],
  ["64 000 000", 64_000_000],
  ["64\u00a0000\u00a0000", 64_000_000],
  ["64 000 000 kr", 64_000_000],
  ["64000000kr", 64_000_000],
  ["65.000.000", 65_000_000],
  ["65,000,000", 65_000_000],
  ["0,5", 0.5],
  ["0.5", 0.5],
  ["0,125", 0.125],
  ["1 234,5", 1234.5],
  ["1.234,5", 1234.5],
  ["1,234.5", 1234.5],
  ["-2,5", -2.5],
  ["\u22122,5", -2.5],
  ["2 %", 2],
  [",5", 0.5],
])("%s is %p", (text, expected) => {
  expect(value(text)).toBe(expected);
});

test.each([
  ["65.000", /kan läsas på två sätt: skriv 65000 eller 65/],
  ["1,234", /kan läsas på två sätt/],
  ["64 000 000 kronor", /inte ett tal/],
  ["abc", /inte ett tal/],
  ["6 4000", /mellanslagen ska dela tusental/],
  ["65.00.000", /tusentalen ska ha tre siffror/],
  ["", /Ange ett tal/],
])("%s is refused: %p", (text, message) => {
  expect(value(text)).toMatch(message);
});

test("typed key by key, 65.000.000 is never a small number on the way", () => {
  const typed = "65.000.000";
  const seen = Array.from({ length: typed.length }, (_, i) => parseNumberInput(typed.slice(0, i + 1), "sv"));
  // Each prefix is either refused or the number it plainly says; the last is 65 million.
  expect(seen.at(-1)).toEqual({ ok: true, value: 65_000_000 });
  for (const [i, p] of seen.entries()) if (p.ok && i >= 3) expect(p.value).toBeGreaterThanOrEqual(65);
  expect(seen[5].ok).toBe(false); // "65.000"
});

test("an empty optional field is its stated meaning; English messages", () => {
  expect(parseNumberInput("", "sv", NaN)).toEqual({ ok: true, value: NaN });
  expect(parseNumberInput("x", "en")).toEqual({ ok: false, message: '"x" is not a number.' });
});

test("formatted for the language", () => {
  expect(formatNumberInput(64_000_000, "sv").replace(/\s/g, " ")).toBe("64 000 000");
  expect(formatNumberInput(0.5, "sv")).toBe("0,5");
  expect(formatNumberInput(64_000_000, "en")).toBe("64,000,000");
  for (const x of [64_000_000, 0.5, 1234.5, -2.25]) {
    for (const lang of ["sv", "en"] as const)
      expect(parseNumberInput(formatNumberInput(x, lang), lang)).toEqual({ ok: true, value: x });
  }
});
