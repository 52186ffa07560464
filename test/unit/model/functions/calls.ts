/**
 * A valid call of every LIKVARD function on the example municipality's data,
 * as model inputs (grids for ranges, plain values for what a formula types),
 * for the tests that hold the descriptors against the model and the engine.
 */
import { EXAMPLE_SCHOOLS } from "../../../../src/model/example/schools";
import { Input } from "../../../../src/model/sheet/cells";

const column = (c: number) => EXAMPLE_SCHOOLS.map((s) => [s[c]]);
export const pupils = column(1);
export const factors = EXAMPLE_SCHOOLS.map((s) => s.slice(2, 6) as number[]);
export const outcome = column(6);
export const resource = column(8);
export const weights = [[2], [3], [0.5], [2.5]];
/** An index of about 100 per school (the example's own, rounded). */
export const index = [[75], [120], [85], [150], [100], [170], [70], [130], [140], [90], [160], [110], [95]];

/** Per function, calls that together reach every shape of its result. */
export const CALLS: Record<string, Input[][]> = {
  SOCIOINDEX: [
    [factors, weights, pupils],
    [factors, [[0], ...weights], pupils, "logit"],
  ],
  SOCIOFIT: [
    [factors, outcome, pupils, "quasilogit"],
    [factors.map((row) => row.slice(0, 2)), outcome, pupils, "linear"],
    [factors, outcome, pupils, "logit", "utelämna", true],
  ],
  ALLOCATE: [
    [pupils, index, 64_000_000],
    [pupils, index, 64_000_000, "threshold", 90, 5_000, null, 100],
    [[pupils.map((p) => p[0])], [index.map((x) => x[0])], 1_000_000],
    [pupils, index, 64_000_000, "power", 1.6, 4_000, 30_000, 100, "detalj"],
    [[pupils.map((p) => p[0])], [index.map((x) => x[0])], 1_000_000, null, null, null, null, 1, "detail"],
  ],
  EQUITYGAP: [
    [index, resource, pupils],
    [index, resource, pupils, "sammanfattning"],
    [index, resource, null, "ratio"],
  ],
  EXPECTED: [
    [factors, outcome, pupils, "quasilogit"],
    [factors.map((row) => row.slice(0, 2)), outcome, null, "linear", "skip"],
  ],
};

/** The schools in a call: the length of its first range (a row's width for row input). */
export const schoolsIn = (args: Input[]): number => {
  const first = args[0] as unknown[][];
  return first.length === 1 ? first[0].length : first.length;
};
