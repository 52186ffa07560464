/**
 * The Växjö data with its gaps (test/golden/missing/vaxjo-gaps.csv) and R's
 * answers on it (expected.json), both written by make-golden.R, as cells:
 * a gap is an empty cell, or with `marker` that text (e.g. "..").
 */
import * as fs from "fs";
import * as path from "path";
import { Cell, Grid } from "../../../../src/model/sheet/cells";

export const goldenDir = path.resolve(__dirname, "../../../golden/missing");

export interface FitExpected {
  table: number[][];
  stats: (number | null)[][];
  expected: (number | null)[];
  residual: (number | null)[];
  standardized: (number | null)[];
}

export interface Expected {
  logit: FitExpected;
  quasilogit: FitExpected;
  linear: FitExpected;
  linear_unweighted: FitExpected;
  synthetic_logit: FitExpected;
  synthetic_quasilogit: FitExpected;
  synthetic_linear: FitExpected;
  socioindex: { weights: number[]; skip: (number | null)[]; mean: (number | null)[]; logit_skip: (number | null)[] };
  equitygap_summary: number[];
}

export const expected = JSON.parse(fs.readFileSync(path.join(goldenDir, "expected.json"), "utf8")) as Expected;

export type Column = "pupils" | "x1" | "x2" | "teachers" | "certified" | "merit9";
export type Row = Record<Column, number | null> & { school: string };

export const rows: Row[] = (() => {
  const [header, ...lines] = fs.readFileSync(path.join(goldenDir, "vaxjo-gaps.csv"), "utf8").trim().split("\n");
  const names = header.split(",");
  return lines.map((line) => {
    const cells = line.split(",");
    return Object.fromEntries(
      names.map((n, i) => [n, n === "school" ? cells[i] : cells[i] === "" ? null : Number(cells[i])]),
    ) as Row;
  });
})();

/** A column of cells, a gap as null or as the marker. */
export function column(name: Column, marker?: string): Grid {
  return rows.map((r) => [r[name] ?? (marker as Cell)]);
}

/** Several columns side by side (the factors). */
export function table(names: Column[], marker?: string): Grid {
  return rows.map((r) => names.map((n) => r[n] ?? (marker as Cell)));
}

/** Relative agreement within `tolerance` (absolute below 1). */
export function close(actual: unknown, wanted: number, tolerance: number): boolean {
  return typeof actual === "number" && Math.abs(actual - wanted) <= tolerance * Math.max(1, Math.abs(wanted));
}

/** The synthetic municipality of test/golden/sociofit (120 schools, the fifth with 0 pupils), as cells. */
export const synthetic = (() => {
  const file = path.resolve(goldenDir, "../sociofit/synthetic.csv");
  const [, ...lines] = fs.readFileSync(file, "utf8").trim().split("\n");
  const values = lines.map((line) => line.split(",").map(Number));
  // Columns: x1, x2, x3, x4, pupils, y.
  return {
    factors: values.map((v) => v.slice(0, 4)),
    pupils: values.map((v) => [v[4]]),
    y: values.map((v) => [v[5]]),
  };
})();
