/**
 * A school without pupils (closed this year, still in the list) in the
 * explanation and the comparison: no error anywhere in either sheet, its kr
 * per pupil, weight and changes empty, its amount 0, and the pot still split
 * to the krona among the others.
 */
import { exampleModel } from "../../../../src/model/example/model";
import { EXAMPLE_HEADERS, EXAMPLE_SCHOOLS } from "../../../../src/model/example/schools";
import { EXPLAIN_SHEET, explainWrites } from "../../../../src/model/explain/explainSheet";
import { COMPARE_SHEET, compareWrites } from "../../../../src/model/scenarios/compareSheet";
import { scenarioWrites } from "../../../../src/model/scenarios/scenarioSheet";
import { modelWrites } from "../../../../src/taskpane/actions/modelWrites";
import { MemoryWorkbook } from "../../../../src/taskpane/workbook/memoryWorkbook";
import { RANGES } from "../explain/paneSheets";

test("a school without pupils: no error in either sheet, its per-pupil figures empty", async () => {
  const rows = EXAMPLE_SCHOOLS.map((s) => [...s]);
  const byskolan = rows.length - 1;
  rows[byskolan][1] = 0;
  const wb = new MemoryWorkbook({ Skolor: [EXAMPLE_HEADERS, ...rows] });
  const model = modelWrites(exampleModel(), "sv");
  await wb.write(model.writes, model.names);
  for (const [name, column] of [
    ["Nuvarande", 1],
    ["Förslag", 2],
  ] as const) {
    const s = scenarioWrites({ ...exampleModel(), method: "power", parameter: column }, name, column, "sv");
    await wb.write(s.writes, s.names);
  }
  const explain = explainWrites(RANGES, ["a", "b", "c", "d"], "sv");
  const compare = compareWrites(
    [
      { name: "Nuvarande", column: 1 },
      { name: "Förslag", column: 2 },
    ],
    RANGES,
    "sv",
  );
  await wb.write([...explain.writes, ...compare.writes], [], [], [...explain.formats, ...compare.formats]);

  const isError = (v: unknown) => typeof v === "object" && v !== null && "error" in v;
  for (const sheet of [EXPLAIN_SHEET.sv, COMPARE_SHEET.sv]) {
    const errors = wb.shown(sheet).flatMap((row, r) => (row ?? []).flatMap((v, c) => (isError(v) ? [[r, c, v]] : [])));
    expect(errors).toEqual([]);
  }
  const e = wb.shown(EXPLAIN_SHEET.sv)[1 + byskolan];
  const c = explain.columns;
  expect([e[c.amount], e[c.perPupil], e[c.weight], e[c.change as number]]).toEqual([0, "", "", ""]);
  const amounts = wb
    .shown(EXPLAIN_SHEET.sv)
    .slice(1, 1 + rows.length)
    .map((row) => row[c.amount] as number);
  expect(amounts.reduce((a, b) => a + b, 0)).toBe(64_000_000);
  const k = wb.shown(COMPARE_SHEET.sv)[compare.firstRow + byskolan];
  const [, b] = compare.blocks;
  expect([k[b.amount], k[b.perPupil], k[b.percent as number]]).toEqual([0, "", ""]);
});
