/**
 * `--print 'Skolor!A1:ZZZ9'` printed some 18 000 empty columns: the range is
 * clipped to the sheet's used area, and the output says so.
 */
import { exampleWorkbook } from "../../../src/engine/exampleWorkbook";
import { evaluateWorkbook } from "../../../src/engine/evaluateWorkbook";
import { printRange } from "../../../src/engine/printRange";
import { openWorkbook } from "../../../src/engine/readWorkbook";
import { EXAMPLE_HEADERS, EXAMPLE_SHEET } from "../../../src/model/example/schools";

async function evaluation() {
  const buffer = await exampleWorkbook().xlsx.writeBuffer();
  return evaluateWorkbook(await openWorkbook(new Uint8Array(buffer), "sv"), "sv");
}

test("a range far wider than the sheet is clipped to the used columns, and the output says so", async () => {
  const ev = await evaluation();
  const text = printRange(ev, `${EXAMPLE_SHEET}!A1:ZZZ9`, "sv");
  const lines = text.split("\n");
  expect(lines.length).toBeLessThan(20);
  expect(text.length).toBeLessThan(20_000);
  expect(lines[0]).toMatch(/A1:ZZZ9/);
  expect(text).toMatch(/använda/);
  // The first header is on row 1, in column A.
  expect(lines.find((l) => l.startsWith("1 "))).toContain(EXAMPLE_HEADERS[0]);
  expect(lines.some((l) => /\bZZZ\b/.test(l))).toBe(false);
});

test("a range inside the used area prints as asked, without a note", async () => {
  const ev = await evaluation();
  const text = printRange(ev, `${EXAMPLE_SHEET}!A1:B3`, "en");
  expect(text.split("\n")).toHaveLength(5);
  expect(text).not.toMatch(/used/);
});
