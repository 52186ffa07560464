/**
 * Issue 20's Done-when: a model with a base per stage, a need-based pot, a
 * newly-arrived pot and a tapered lump sum. The formulas componentFormulaWrites
 * returns, in an .xlsx as Excel stores them (`_xldudf_LIKVARD_…`, defined
 * names on the model sheet), evaluated by the headless engine, equal a plain
 * computation written out below to the krona; every school's total per pupil
 * is within −2 %/+5 % of last year's; each pot sums exactly.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { run } from "../../../../src/engine/cli";
import { evaluateWorkbook } from "../../../../src/engine/evaluateWorkbook";
import { openWorkbook } from "../../../../src/engine/readWorkbook";
import { allocate } from "../../../../src/model/allocate/allocate";
import { componentFormulaWrites } from "../../../../src/model/components/componentLayout";
import { componentSheetCells } from "../../../../src/model/components/componentSheet";
import { Component } from "../../../../src/model/components/components";
import { exampleModel } from "../../../../src/model/example/model";
import { EXAMPLE_SCHOOLS } from "../../../../src/model/example/schools";

/** The example's twelve town schools; the small rural school below has last year's total with its lump sum. */
const URBAN_SCHOOLS = EXAMPLE_SCHOOLS.filter(([name]) => name !== "Byskolan");
import { ModelSettings } from "../../../../src/model/pane/modelSettings";
import { MODEL_SHEET, modelSheetCells } from "../../../../src/model/pane/modelSheet";
import { parseCell, quoteSheet } from "../../../../src/model/sheet/addresses";
import { PER_STAGE } from "./exampleByHand";

// The example's twelve schools and a small rural one; stages and newly arrived as counts.
interface School {
  name: string;
  pupils: number;
  factors: number[];
  stages: [number, number, number];
  newlyArrived: number;
  lastYear: number;
}
const stagesOf = (p: number): [number, number, number] => {
  const f3 = Math.round(p * 0.45);
  const s46 = Math.round(p * 0.3);
  return [f3, s46, p - f3 - s46];
};
const SCHOOLS: School[] = [
  ...URBAN_SCHOOLS.map(([name, pupils, a, b, c, d, , lastPot], i) => ({
    name,
    pupils,
    factors: [a, b, c, d],
    stages: stagesOf(pupils),
    newlyArrived: Math.round(b * pupils),
    // Last year's total per pupil: a base near this year's, last year's supplement, and a nudge up or down.
    lastYear: 60_500 + lastPot * 1.2 + [0, 2_500, -5_000, 1_000][i % 4],
  })),
  {
    name: "Byskolan",
    pupils: 41,
    factors: [0.3, 0.0, 0.5, 0.05],
    stages: [24, 17, 0],
    newlyArrived: 0,
    lastYear: 112_000,
  },
];
const n = SCHOOLS.length;

const components: Component[] = [
  PER_STAGE,
  {
    kind: "needPot",
    key: "SOCIO",
    label: "Socioekonomiskt tillägg",
    pot: 64_000_000,
    method: "proportional",
    parameter: 1,
    unit: 100,
  },
  { kind: "counted", key: "NYANL", label: "Nyanlända", basis: "pot", amount: 6_000_000, unit: 1 },
  { kind: "lumpSum", key: "SMA", label: "Småskoletillägg", amount: 1_200_000, taperFrom: 50, taperTo: 250 },
];
const settings: ModelSettings = { ...exampleModel(), maxDecrease: 0.02, maxIncrease: 0.05 };

// Sheet "Skolor": A name, B pupils, C–F factors, G–I stages, J newly arrived, K last year's total per pupil.
const rows = (c: string) => `Skolor!${c}2:${c}${n + 1}`;
const ranges = {
  pupils: rows("B"),
  factors: `Skolor!C2:F${n + 1}`,
  lastYear: rows("K"),
  resource: "",
  columns: { GRUND: [rows("G"), rows("H"), rows("I")], NYANL: [rows("J")] },
};

function workbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Skolor");
  ws.addRow(["Skola", "Elever", "F1", "F2", "F3", "F4", "F–3", "4–6", "7–9", "Nyanlända", "Fjolårets kr per elev"]);
  for (const s of SCHOOLS) ws.addRow([s.name, s.pupils, ...s.factors, ...s.stages, s.newlyArrived, s.lastYear]);
  const model = wb.addWorksheet(MODEL_SHEET);
  const main = modelSheetCells(settings);
  const block = componentSheetCells(components, main.cells.length + 1);
  const cells = [...main.cells, [], ...block.cells];
  cells.forEach((row, r) => row.forEach((v, c) => (model.getCell(r + 1, c + 1).value = v as never)));
  for (const name of [...main.names, ...block.names])
    wb.definedNames.add(`${quoteSheet(MODEL_SHEET)}!${name.ref}`, name.name);
  const { writes } = componentFormulaWrites("Skolor!M2", ranges, components, "sv");
  for (const w of writes) {
    const start = parseCell(w.topLeft) as { row: number; col: number };
    (w.formulas ?? w.values ?? []).forEach((row, r) =>
      row.forEach((v, c) => {
        const formula = String(v)
          .slice(1)
          .replace(/LIKVARD\.([A-Z]+)\(/g, "_xldudf_LIKVARD_$1(");
        ws.getCell(start.row + r + 1, start.col + c + 1).value = (w.formulas ? { formula } : v) as never;
      }),
    );
  }
  return wb;
}

/** The model computed plainly: each component, the guarantee, the pots' floors and caps. */
function plainComputation() {
  const pupils = SCHOOLS.map((s) => s.pupils);
  const totalPupils = pupils.reduce((a, b) => a + b, 0);
  const weights = settings.factors.map((f) => f.weight);
  const score = SCHOOLS.map((s) => s.factors.reduce((sum, x, j) => sum + weights[j] * x, 0));
  const meanScore = score.reduce((sum, x, i) => sum + x * pupils[i], 0) / totalPupils;
  const index = score.map((x) => (100 * x) / meanScore);
  const amounts = [55_300, 58_900, 66_450];
  const base = SCHOOLS.map((s) => Math.round(s.stages.reduce((sum, c, j) => sum + c * amounts[j], 0)));
  const lump = SCHOOLS.map((s) => {
    const share = s.pupils <= 50 ? 1 : s.pupils >= 250 ? 0 : (250 - s.pupils) / 200;
    return Math.round(1_200_000 * share);
  });
  const counts = Float64Array.from(SCHOOLS, (s) => s.newlyArrived);
  const newlyArrived = Array.from(
    allocate({ pupils: counts, index: counts, pot: 6_000_000, method: "power", parameter: 0 }),
  );
  const others = SCHOOLS.map((_, i) => base[i] + lump[i] + newlyArrived[i]);
  // The guarantee on the total per pupil, and what it leaves the need-based pot (whole hundreds: its unit).
  const floor = SCHOOLS.map(
    (s, i) =>
      Math.max(0, Math.ceil(Math.round((s.lastYear * 0.98 * s.pupils - others[i]) * 100) / 100 / 100) * 100) / s.pupils,
  );
  const cap = SCHOOLS.map(
    (s, i) =>
      Math.max(0, Math.floor(Math.round((s.lastYear * 1.05 * s.pupils - others[i]) * 100) / 100 / 100) * 100) /
      s.pupils,
  );
  const need = Array.from(
    allocate({
      pupils: Float64Array.from(pupils),
      index: Float64Array.from(index),
      pot: 64_000_000,
      floor: Float64Array.from(floor),
      cap: Float64Array.from(cap),
      unit: 100,
    }),
  );
  const total = SCHOOLS.map((_, i) => others[i] + need[i]);
  // Unguarded, for the check that the guarantee makes a difference.
  const free = Array.from(
    allocate({ pupils: Float64Array.from(pupils), index: Float64Array.from(index), pot: 64_000_000, unit: 100 }),
  );
  return { index, base, need, newlyArrived, lump, total, floor, cap, free };
}

let sheet: (row: number, col: number) => unknown;
beforeAll(async () => {
  const evaluation = evaluateWorkbook(
    await openWorkbook(new Uint8Array(await workbook().xlsx.writeBuffer()), "sv"),
    "sv",
  );
  sheet = (row, col) => evaluation.valueAt("Skolor", row, col);
});

// Results from M (column 12): index, GRUND, SOCIO, NYANL, SMA, total, per pupil, floor, cap, pot floor, pot cap.
const M = 12;
const column = (c: number) => SCHOOLS.map((_, r) => sheet(r + 1, M + c));

test("every column and the total equal the plain computation to the krona", () => {
  const plain = plainComputation();
  const index = column(0) as number[];
  index.forEach((x, i) => expect(x).toBeCloseTo(plain.index[i], 9));
  expect(column(1)).toEqual(plain.base);
  expect(column(2)).toEqual(plain.need);
  expect(column(3)).toEqual(plain.newlyArrived);
  expect(column(4)).toEqual(plain.lump);
  expect(column(5)).toEqual(plain.total);
});

test("every school's total per pupil is within −2 % and +5 % of last year's", () => {
  const total = column(5) as number[];
  SCHOOLS.forEach((s, i) => {
    expect(total[i] / s.pupils).toBeGreaterThanOrEqual(s.lastYear * 0.98 - 1e-9);
    expect(total[i] / s.pupils).toBeLessThanOrEqual(s.lastYear * 1.05 + 1e-9);
  });
  expect(column(6)).toEqual(total.map((t, i) => t / SCHOOLS[i].pupils));
});

test("each pot sums exactly; the amounts are whole kronor, the need-based pot whole hundreds", () => {
  const sum = (xs: unknown[]) => (xs as number[]).reduce((a, b) => a + b, 0);
  expect(sum(column(2))).toBe(64_000_000);
  expect(sum(column(3))).toBe(6_000_000);
  expect((column(2) as number[]).every((x) => x % 100 === 0)).toBe(true);
  expect((column(5) as number[]).every(Number.isInteger)).toBe(true);
});

test("the guarantee makes a difference here: floors and caps bind, and without them schools would break it", () => {
  const plain = plainComputation();
  const need = column(2) as number[];
  const floorBinds = SCHOOLS.filter((s, i) => need[i] === Math.round(plain.floor[i] * s.pupils) && need[i] > 0);
  const capBinds = SCHOOLS.filter((s, i) => need[i] === Math.round(plain.cap[i] * s.pupils));
  expect(floorBinds.length).toBeGreaterThan(0);
  expect(capBinds.length).toBeGreaterThan(0);
  const unguarded = SCHOOLS.map((s, i) => (plain.total[i] - need[i] + plain.free[i]) / s.pupils / s.lastYear);
  expect(unguarded.some((r) => r < 0.98)).toBe(true);
  expect(unguarded.some((r) => r > 1.05)).toBe(true);
  // The small school gets the whole lump sum, the large ones none, one in between a part.
  const lump = column(4) as number[];
  expect(lump[n - 1]).toBe(1_200_000);
  expect(lump[6]).toBe(0);
  expect(lump[5]).toBe(Math.round((1_200_000 * (250 - 198)) / 200));
});

test("`likvard recalc` writes the same totals into the file, and `likvard verify` accepts it", async () => {
  const dir = mkdtempSync(join(tmpdir(), "likvard-components-"));
  const input = join(dir, "komponenter.xlsx");
  const output = join(dir, "omraknad.xlsx");
  writeFileSync(input, new Uint8Array(await workbook().xlsx.writeBuffer()));
  const quiet = () => undefined;
  expect(await run(["recalc", input, "-o", output], quiet, quiet)).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(output);
  const ws = wb.getWorksheet("Skolor") as ExcelJS.Worksheet;
  const result = (r: number, c: number) => {
    const v = ws.getCell(r + 1, c + 1).value as unknown;
    return v !== null && typeof v === "object" && "result" in v ? (v as { result?: unknown }).result : v;
  };
  const plain = plainComputation();
  expect(SCHOOLS.map((_, r) => result(r + 1, M + 5))).toEqual(plain.total);
  expect(SCHOOLS.map((_, r) => result(r + 1, M + 2))).toEqual(plain.need);
  expect(await run(["verify", output], quiet, quiet)).toBe(0);
  rmSync(dir, { recursive: true, force: true });
});
