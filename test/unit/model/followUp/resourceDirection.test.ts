/**
 * A resource's direction on the follow-up sheet. "Elever per lärare" has a gap
 * of −2,40 and a correlation of −0,90 against need (R,
 * test/golden/followUp/make-golden.R): fewer pupils per teacher where need is
 * high, which is compensatory. The sheet says so in words, reading the sign
 * by the resource's direction (from the header unless chosen), and shows the
 * summary's numbers in the resource's own format.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { exampleModel } from "../../../../src/model/example/model";
import { EXAMPLE_HEADERS, EXAMPLE_RANGES, EXAMPLE_SCHOOLS } from "../../../../src/model/example/schools";
import { LabelledRange, followUpSheet } from "../../../../src/model/followUp/followUpSheet";
import { defaultDirection, resourceFormat } from "../../../../src/model/followUp/resourceDirection";
import { SUMMARY_ROWS } from "../../../../src/model/functions/equitygap";
import { parseCell } from "../../../../src/model/sheet/addresses";
import { modelWrites } from "../../../../src/taskpane/actions/modelWrites";
import { followUpLabels } from "../../../../src/taskpane/followUpLabels";
import { MemoryWorkbook } from "../../../../src/taskpane/workbook/memoryWorkbook";

const golden = join(__dirname, "..", "..", "..", "golden", "followUp", "expected.json");
const R = (JSON.parse(readFileSync(golden, "utf8")) as { equitygap_summary: Record<string, number[]> })
  .equitygap_summary;
const CORRELATION = SUMMARY_ROWS.findIndex((r) => r.key === "correlation");

test("the direction from the header: pupils per teacher is lower-is-more, the rest higher", () => {
  expect(defaultDirection("Elever per lärare")).toBe("lower");
  expect(defaultDirection("Pupils per teacher")).toBe("lower");
  expect(defaultDirection("Antal elever per lärare (heltid)")).toBe("lower");
  expect(defaultDirection("Behöriga lärare")).toBe("higher");
  expect(defaultDirection("Förstelärare per 100 elever")).toBe("higher");
  expect(defaultDirection("Fjolårets kr per elev")).toBe("higher");
});

test("a resource's format: kronor whole, shares as percent, else one decimal", () => {
  expect(resourceFormat("Fjolårets kr per elev", [[12000.5]])).toBe("#,##0");
  expect(resourceFormat("Behöriga lärare", [[0.62], [".."], [1]])).toBe("0.0%");
  expect(resourceFormat("Elever per lärare", [[11.6], [14]])).toBe("0.0");
});

async function sheet(resources: LabelledRange[]) {
  const fu = followUpSheet(
    {
      names: "Skolor!A2:A14",
      pupils: EXAMPLE_RANGES.pupils,
      factors: EXAMPLE_RANGES.factors,
      outcome: { ref: EXAMPLE_RANGES.meritValue, label: "Meritvärde" },
      resources,
      model: "linear",
    },
    followUpLabels("Meritvärde", "sv"),
    "sv",
  );
  const wb = new MemoryWorkbook({ Skolor: [[...EXAMPLE_HEADERS], ...EXAMPLE_SCHOOLS.map((s) => [...s])] }, "", "sv");
  const model = modelWrites(exampleModel(), "sv");
  await wb.write([...fu.writes, ...model.writes], model.names, [], fu.formats);
  const values = wb.shown(fu.sheet);
  const at = (i: number, r: number) => {
    const top = parseCell(fu.layout.summaries[i]) as { row: number; col: number };
    return values[top.row + r];
  };
  return { fu, wb, at };
}

test("Uppföljning says per resource whether it follows need, by its direction", async () => {
  // R's correlations: certified −0,97, pupils per teacher −0,90, last year's kronor +0,999.
  expect(R.certified[CORRELATION]).toBeLessThan(0);
  expect(R.pupils_per_teacher[CORRELATION]).toBeLessThan(0);
  expect(R.last_year[CORRELATION]).toBeGreaterThan(0);
  const { at } = await sheet([
    { ref: EXAMPLE_RANGES.resource, label: "Behöriga lärare" },
    { ref: EXAMPLE_RANGES.pupilsPerTeacher, label: "Elever per lärare" },
    { ref: EXAMPLE_RANGES.lastYear, label: "Fjolårets kr per elev" },
    { ref: EXAMPLE_RANGES.pupilsPerTeacher, label: "Elever per lärare", direction: "higher" },
  ]);
  const verdict = (i: number) => at(i, SUMMARY_ROWS.length);
  expect(verdict(0)).toEqual(["Bedömning (högre är mer resurs)", "går mot behovet"]);
  expect(verdict(1)).toEqual(["Bedömning (lägre är mer resurs)", "följer behovet"]);
  expect(verdict(2)).toEqual(["Bedömning (högre är mer resurs)", "följer behovet"]);
  expect(verdict(3)).toEqual(["Bedömning (högre är mer resurs)", "går mot behovet"]);
});

test("the summaries' numbers carry formats: kronor whole, shares in percent, correlation two decimals", async () => {
  const { fu } = await sheet([
    { ref: EXAMPLE_RANGES.resource, label: "Behöriga lärare", format: "0.0%" },
    { ref: EXAMPLE_RANGES.lastYear, label: "Fjolårets kr per elev", format: "#,##0" },
  ]);
  const formatOf = (i: number, key: string) => {
    const top = parseCell(fu.layout.summaries[i]) as { row: number; col: number };
    const r = SUMMARY_ROWS.findIndex((row) => row.key === key);
    const address = `B${top.row + r + 1}`;
    return fu.formats.find((f) => f.range === address)?.code;
  };
  expect(formatOf(1, "quartile")).toBe("#,##0"); // 12 105,6042 kr shows as 12 106
  expect(formatOf(1, "highMean")).toBe("#,##0");
  expect(formatOf(0, "quartile")).toBe("0.0%");
  expect(formatOf(0, "correlation")).toBe("0.00");
  expect(formatOf(0, "schools")).toBe("#,##0");
});
