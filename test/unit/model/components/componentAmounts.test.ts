/**
 * The preview's numbers (componentAmounts, model code) are what the inserted
 * formulas give in the headless engine, column for column: the Done-when
 * model, and variants — fixed floor and cap without last year, a rate per
 * newly arrived pupil, no rounding, threshold method, no guarantee at all.
 */
import { Component } from "../../../../src/model/components/components";
import { componentAmounts } from "../../../../src/model/components/componentAmounts";
import { exampleModel } from "../../../../src/model/example/model";
import { EXAMPLE_SCHOOLS } from "../../../../src/model/example/schools";

/** The example's twelve town schools; the small rural school below has last year's total with its lump sum. */
const URBAN_SCHOOLS = EXAMPLE_SCHOOLS.filter(([name]) => name !== "Byskolan");
import { ModelSettings } from "../../../../src/model/pane/modelSettings";
import { evaluateComponents } from "./componentWorkbook";

// A name, B pupils, C–F factors, G–I stages, J newly arrived, K last year's total per pupil.
const data = [
  ...URBAN_SCHOOLS.map(([name, pupils, a, b, c, d, , lastPot], i) => {
    const f3 = Math.round(pupils * 0.45);
    const s46 = Math.round(pupils * 0.3);
    return [
      name,
      pupils,
      a,
      b,
      c,
      d,
      f3,
      s46,
      pupils - f3 - s46,
      Math.round(b * pupils),
      60_000 + lastPot * 1.2 + (i % 3) * 900,
    ];
  }),
  ["Byskolan", 41, 0.3, 0, 0.5, 0.05, 24, 17, 0, 0, 110_000],
  ["Nya skolan", 120, 0.4, 0.1, 0.5, 0.1, 120, 0, 0, 12, null],
] as (string | number | null)[][];
const n = data.length;
const col = (c: number) => Float64Array.from(data, (row) => (row[c] === null ? NaN : (row[c] as number)));
const rows = (c: string) => `Skolor!${c}2:${c}${n + 1}`;
const ranges = {
  pupils: rows("B"),
  factors: `Skolor!C2:F${n + 1}`,
  lastYear: rows("K"),
  resource: "",
  columns: { GRUND: [rows("G"), rows("H"), rows("I")], NYANL: [rows("J")] },
};
const base: Component = {
  kind: "perStage",
  key: "GRUND",
  label: "Grundbelopp",
  stages: [
    { key: "F3", label: "F–3", amount: 55_300 },
    { key: "46", label: "4–6", amount: 58_900.5 },
    { key: "79", label: "7–9", amount: 66_450 },
  ],
};
const socio: Component = {
  kind: "needPot",
  key: "SOCIO",
  label: "Tillägg",
  pot: 64_000_000,
  method: "proportional",
  parameter: 1,
  unit: 100,
};
const newlyPot: Component = {
  kind: "counted",
  key: "NYANL",
  label: "Nyanlända",
  basis: "pot",
  amount: 6_000_000,
  unit: 1,
};
const lump: Component = {
  kind: "lumpSum",
  key: "SMA",
  label: "Småskola",
  amount: 1_200_000,
  taperFrom: 50,
  taperTo: 250,
};

const cases: [string, ModelSettings, Component[], boolean][] = [
  [
    "the Done-when model",
    { ...exampleModel(), maxDecrease: 0.02, maxIncrease: 0.05 },
    [base, socio, newlyPot, lump],
    true,
  ],
  [
    "fixed floor and cap, no last year; a rate per newly arrived pupil; no rounding; threshold",
    { ...exampleModel(), floor: 70_000, cap: 95_000, maxDecrease: NaN },
    [
      lump,
      { ...newlyPot, basis: "rate", amount: 14_250 },
      { ...socio, unit: 0, method: "threshold", parameter: 90 },
      base,
    ],
    false,
  ],
  [
    "no guarantee at all; power",
    { ...exampleModel(), maxDecrease: NaN },
    [base, { ...socio, method: "power", parameter: 1.6 }],
    true,
  ],
];

test.each(cases)("%s: the formulas give componentAmounts' numbers", async (_, settings, components, withLastYear) => {
  const model = componentAmounts(
    {
      pupils: col(1),
      factors: [2, 3, 4, 5].map(col),
      lastYear: withLastYear ? col(10) : undefined,
      columns: { GRUND: [6, 7, 8].map(col), NYANL: [col(9)] },
    },
    settings,
    components,
  );
  const sheet = await evaluateComponents(data, settings, components, {
    ...ranges,
    lastYear: withLastYear ? ranges.lastYear : "",
  });
  const { columns } = sheet;
  const close = (actual: unknown[], expected: Float64Array | undefined) => {
    if (!expected) throw new Error("no model numbers");
    expected.forEach((x, i) => {
      if (Number.isNaN(x)) expect(actual[i]).toBe("");
      else expect(actual[i] as number).toBeCloseTo(x, 6);
    });
  };
  for (const c of components) {
    const actual = sheet.column(columns.components[c.key]);
    if (c.kind === "needPot" && c.unit === 0) close(actual, model.amounts[c.key]);
    else expect(actual).toEqual(Array.from(model.amounts[c.key]));
  }
  close(sheet.column(columns.total), model.total);
  close(sheet.column(columns.floor), model.floor);
  close(sheet.column(columns.cap), model.cap);
  if (columns.index !== undefined) close(sheet.column(columns.index), model.index);
  if (columns.potFloor !== undefined) close(sheet.column(columns.potFloor), model.potFloor);
  if (columns.potCap !== undefined) close(sheet.column(columns.potCap), model.potCap);
  // Where there is a guarantee, the pot's floors bind somewhere (so the comparison above can fail).
  if (withLastYear ? !Number.isNaN(settings.maxDecrease) : Number.isFinite(settings.floor))
    expect(model.potFloor?.some((x) => x > 0)).toBe(true);
  // The guarantee holds wherever there is one; the pot sums exactly.
  model.total.forEach((t, i) => {
    const p = data[i][1] as number;
    if (!Number.isNaN(model.floor[i])) expect(t / p).toBeGreaterThanOrEqual(model.floor[i] - 1e-9);
    if (!Number.isNaN(model.cap[i])) expect(t / p).toBeLessThanOrEqual(model.cap[i] + 1e-9);
  });
  const pot = (sheet.column(columns.components.SOCIO) as number[]).reduce((a, b) => a + b, 0);
  expect(pot).toBeCloseTo(64_000_000, 6);
});

test("a need-based pot whose ALLOCATE fails: every total and kr per pupil shows its error, never a partial sum", async () => {
  // A floor no pot can pay: the pot's ALLOCATE is an error, the cells under its anchor empty.
  const settings = { ...exampleModel(), floor: 1e9, maxDecrease: NaN };
  const sheet = await evaluateComponents(data, settings, [base, socio, newlyPot, lump], { ...ranges, lastYear: "" });
  const { columns } = sheet;
  const anchor = sheet.column(columns.components.SOCIO)[0] as { error: string };
  expect(anchor).toHaveProperty("error");
  for (const c of [columns.total, columns.perPupil])
    sheet
      .column(c)
      .forEach((v, r) => expect([c, r, v]).toEqual([c, r, expect.objectContaining({ error: anchor.error })]));
});
