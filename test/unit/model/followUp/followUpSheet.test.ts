/**
 * The follow-up sheet's formulas, evaluated by the headless engine (the
 * preview's MemoryWorkbook calculates with it, as `likvard recalc` does),
 * agree with R: expected values, residuals and standardized residuals of
 * lm()/glm(quasibinomial) with na.exclude, the need index and EQUITYGAP's
 * summary for each resource (test/golden/followUp/make-golden.R). The row R
 * leaves out (Byskolan's suppressed meritvärde) is empty, marked and counted.
 */
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { exampleModel } from "../../../../src/model/example/model";
import { EXAMPLE_HEADERS, EXAMPLE_RANGES, EXAMPLE_SCHOOLS } from "../../../../src/model/example/schools";
import { FollowUpInput, followUpSheet } from "../../../../src/model/followUp/followUpSheet";
import { defaultOutcomeModel } from "../../../../src/model/followUp/outcomeModel";
import { SUMMARY_ROWS } from "../../../../src/model/functions/equitygap";
import { cellName, parseCell } from "../../../../src/model/sheet/addresses";
import { modelWrites } from "../../../../src/taskpane/actions/modelWrites";
import { followUpLabels } from "../../../../src/taskpane/followUpLabels";
import { MemoryWorkbook } from "../../../../src/taskpane/workbook/memoryWorkbook";

const golden = join(__dirname, "..", "..", "..", "golden", "followUp");
interface Fit {
  expected: (number | null)[];
  residual: (number | null)[];
  standardized: (number | null)[];
}
const R = JSON.parse(readFileSync(join(golden, "expected.json"), "utf8")) as {
  merit9_linear: Fit;
  not_eligible_quasilogit: Fit;
  index: number[];
  equitygap_summary: Record<string, number[]>;
};

const n = EXAMPLE_SCHOOLS.length;
const BYSKOLAN = EXAMPLE_SCHOOLS.findIndex((s) => s[0] === "Byskolan");
const RONNSKOLAN = EXAMPLE_SCHOOLS.findIndex((s) => s[0] === "Rönnskolan");

const RESOURCES = [
  { ref: EXAMPLE_RANGES.resource, label: "Behöriga lärare", key: "certified" },
  { ref: EXAMPLE_RANGES.pupilsPerTeacher, label: "Elever per lärare", key: "pupils_per_teacher" },
  { ref: EXAMPLE_RANGES.leadTeachers, label: "Förstelärare per 100 elever", key: "lead_per_100" },
  { ref: EXAMPLE_RANGES.lastYear, label: "Fjolårets kr per elev", key: "last_year" },
];

function input(outcome: string, label: string, model: FollowUpInput["model"]): FollowUpInput {
  return {
    names: "Skolor!A2:A14",
    pupils: EXAMPLE_RANGES.pupils,
    factors: EXAMPLE_RANGES.factors,
    outcome: { ref: outcome, label },
    resources: RESOURCES.map(({ ref, label }) => ({ ref, label })),
    model,
  };
}

/** The example workbook after the pane's one batch: the model sheet with its names, and the follow-up sheet. */
async function written(fu: ReturnType<typeof followUpSheet>, lang: "sv" | "en") {
  const wb = new MemoryWorkbook({ Skolor: [[...EXAMPLE_HEADERS], ...EXAMPLE_SCHOOLS.map((s) => [...s])] }, "", lang);
  const model = modelWrites(exampleModel(), "sv");
  await wb.write([...fu.writes, ...model.writes], model.names, [], fu.formats);
  const shown = wb.shown(fu.sheet);
  const at = (address: string) => {
    const { row, col } = parseCell(address) as { row: number; col: number };
    return shown[row]?.[col] ?? null;
  };
  return { wb, shown, at };
}

const column = (shown: unknown[][], first: number, col: number) =>
  Array.from({ length: n }, (_, r) => shown[first + r]?.[col] ?? null);

function expectClose(actual: unknown[], expected: (number | null)[]) {
  expect(actual).toHaveLength(expected.length);
  expected.forEach((e, i) => {
    if (e === null) expect(actual[i] === null || actual[i] === "").toBe(true);
    else expect(Math.abs((actual[i] as number) - e)).toBeLessThan(1e-6);
  });
}

test("golden data: example.csv is the example municipality, and R's index uses the example model", () => {
  const csv = readFileSync(join(golden, "example.csv"), "utf8").trim().split("\n").slice(1);
  expect(csv).toEqual(EXAMPLE_SCHOOLS.map((s) => s.map((v) => (v === ".." ? "" : String(v))).join(",")));
  const model = exampleModel();
  expect([model.scoreModel, model.intercept, ...model.factors.map((f) => f.weight)]).toEqual([
    "linear",
    0,
    2,
    3,
    0.5,
    2.5,
  ]);
});

test("the default model: a share (values in [0, 1]) is quasilogit, a score linear; '..' is a gap", () => {
  const col = (c: number) => EXAMPLE_SCHOOLS.map((s) => [s[c]]);
  expect(defaultOutcomeModel(col(6))).toBe("quasilogit");
  expect(defaultOutcomeModel(col(9))).toBe("linear");
  expect(defaultOutcomeModel([[".."], [""], [0.2]])).toBe("quasilogit");
  expect(defaultOutcomeModel([[".."]])).toBe("linear");
  expect(defaultOutcomeModel([[0.5], [1.5]])).toBe("linear");
});

test("the default model, for any column: quasilogit exactly when it has a number and every number is in [0, 1]", () => {
  const gap = fc.constantFrom("..", ".", "–", "", null);
  const cell = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }), gap);
  fc.assert(
    fc.property(fc.array(cell, { maxLength: 30 }), (column) => {
      const numbers = column.filter((v): v is number => typeof v === "number");
      const share = numbers.length > 0 && numbers.every((v) => v >= 0 && v <= 1);
      expect(defaultOutcomeModel(column.map((v) => [v]))).toBe(share ? "quasilogit" : "linear");
    }),
  );
});

test("meritvärde, linear, in Swedish: EXPECTED beside each school agrees with R; Byskolan left out and counted", async () => {
  const fu = followUpSheet(
    input(EXAMPLE_RANGES.meritValue, "Meritvärde åk 9", "linear"),
    followUpLabels("Meritvärde åk 9", "sv"),
    "sv",
  );
  expect(fu.sheet).toBe("Uppföljning");
  const { shown, at } = await written(fu, "sv");
  const { firstRow, columns: C, counts } = fu.layout;
  expect(column(shown, firstRow, C.school)).toEqual(EXAMPLE_SCHOOLS.map((s) => s[0]));
  const merit = column(shown, firstRow, C.outcome);
  expect(merit[BYSKOLAN]).toBe(".."); // the suppressed value, as the data sheet has it
  expectClose(column(shown, firstRow, C.expected), R.merit9_linear.expected);
  expectClose(column(shown, firstRow, C.residual), R.merit9_linear.residual);
  expectClose(column(shown, firstRow, C.standardized), R.merit9_linear.standardized);
  expectClose(column(shown, firstRow, C.index), R.index);
  const verdicts = column(shown, firstRow, C.verdict);
  expect(verdicts[RONNSKOLAN]).toBe("klart över förväntan");
  expect(verdicts[BYSKOLAN]).toBe("utelämnad (saknat värde)");
  // R says which schools are clearly above and below: exactly those carry a verdict.
  const z = R.merit9_linear.standardized;
  expect(verdicts.map((v, i) => (z[i] === null ? "left out" : v === "" ? "" : z[i] > 0 ? "above" : "below"))).toEqual(
    z.map((x) => (x === null ? "left out" : x >= 2 ? "above" : x <= -2 ? "below" : "")),
  );
  expect([at(counts.leftOut), at(counts.above), at(counts.below)]).toEqual([1, 1, 0]);
  // The 45° line runs from the smallest to the largest of outcome and expected.
  const values = [...merit, ...column(shown, firstRow, C.expected)].filter((v): v is number => typeof v === "number");
  expect([shown[firstRow][C.line], shown[firstRow + 1][C.line]]).toEqual([Math.min(...values), Math.max(...values)]);
});

test("a share, quasilogit, in English: agrees with R; Byskolan clearly below; EQUITYGAP summaries agree with R", async () => {
  const fu = followUpSheet(
    input(EXAMPLE_RANGES.outcome, "Not eligible", "quasilogit"),
    followUpLabels("Not eligible", "en"),
    "en",
  );
  expect(fu.sheet).toBe("Follow-up");
  expect(fu.writes.some((w) => w.formulas?.[0][0].includes('"quasilogit","skip")'))).toBe(true);
  const { shown, at } = await written(fu, "en");
  const { firstRow, columns: C, counts, summaries } = fu.layout;
  const fit = R.not_eligible_quasilogit;
  expectClose(column(shown, firstRow, C.expected), fit.expected);
  expectClose(column(shown, firstRow, C.residual), fit.residual);
  expectClose(column(shown, firstRow, C.standardized), fit.standardized);
  expect(column(shown, firstRow, C.verdict)[BYSKOLAN]).toBe("clearly below expectation");
  expect([at(counts.leftOut), at(counts.above), at(counts.below)]).toEqual([0, 0, 1]);
  RESOURCES.forEach(({ key, label }, i) => {
    const top = parseCell(summaries[i]) as { row: number; col: number };
    expect(shown[top.row - 1][0]).toBe(`${label}: does the resource follow need?`);
    const table = SUMMARY_ROWS.map((_, r) => shown[top.row + r]);
    expect(table.map((row) => row[0])).toEqual(SUMMARY_ROWS.map((row) => row.label.en));
    expectClose(
      table.map((row) => row[1]),
      R.equitygap_summary[key],
    );
  });
});

test("formulas: live references with the data's sheet (quoted where needed), spills reserved and never written", () => {
  const on = (range: string) => range.replace("Skolor!", "'Skolor 2026'!");
  const fu = followUpSheet(
    {
      ...input(on(EXAMPLE_RANGES.meritValue), "Meritvärde", "linear"),
      names: "'Skolor 2026'!A2:A14",
      pupils: on(EXAMPLE_RANGES.pupils),
      factors: on(EXAMPLE_RANGES.factors),
      resources: [{ ref: on(EXAMPLE_RANGES.resource), label: "Behöriga lärare" }],
    },
    followUpLabels("Meritvärde", "sv"),
    "sv",
  );
  const formulas = fu.writes.flatMap((w) => w.formulas?.flat() ?? []);
  expect(formulas).toContain(
    `=LIKVARD.EXPECTED('Skolor 2026'!C2:F14,'Skolor 2026'!J2:J14,'Skolor 2026'!B2:B14,"linjär","utelämna")`,
  );
  expect(formulas).toContain(
    `=LIKVARD.SOCIOINDEX('Skolor 2026'!C2:F14,LIKVARD_VIKTER,'Skolor 2026'!B2:B14,LIKVARD_MODELL,"utelämna")`,
  );
  expect(formulas).toContain(
    `=LIKVARD.EQUITYGAP(G7:G19,'Skolor 2026'!I2:I14,'Skolor 2026'!B2:B14,"sammanfattning","utelämna")`,
  );
  expect(formulas).toContain(`='Skolor 2026'!A2`);
  // No cell is both written and reserved; together they cover EXPECTED's 13 × 3 and the index's 13 × 1.
  const cells = (ws: typeof fu.writes) =>
    ws.flatMap((w) => {
      const start = parseCell(w.topLeft) as { row: number; col: number };
      return (w.formulas ?? w.values ?? []).flatMap((row, r) =>
        row.map((_, c) => cellName(start.row + r, start.col + c)),
      );
    });
  const written = new Set(cells(fu.writes));
  const reserved = cells(fu.reserved);
  expect(reserved.filter((c) => written.has(c))).toEqual([]);
  const all = new Set([...written, ...reserved]);
  for (let r = 7; r <= 19; r++) for (const c of ["C", "D", "E", "G"]) expect(all.has(`${c}${r}`)).toBe(true);
  // Charts: outcome against expected with the 45° line; the resource against the index, read from the data sheet.
  expect(fu.charts.map(({ x, y, line }) => ({ x, y, line }))).toEqual([
    { x: "C7:C19", y: "B7:B19", line: { x: "I7:I8", y: "I7:I8" } },
    { x: "G7:G19", y: "'Skolor 2026'!I2:I14", line: undefined },
  ]);
});
