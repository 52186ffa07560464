/**
 * Calls every custom-function wrapper exactly as Excel does — 2-D arrays of
 * numbers, text, logicals, empties and error values, in any shape — and checks
 * that each call either returns a well-formed result (finite numbers, the
 * documented shape) or throws a CustomFunctions.Error with a message. Nothing
 * else may escape, and no call may be an internal error.
 */
import fc from "fast-check";
import { allocate, equitygap, expected, sociofit, socioindex } from "../../src/functions/functions";

const CALLS_PER_FUNCTION = Number(process.env.FUZZ_CALLS ?? 25_000);
let calls = 0;

const excelError = fc
  .constantFrom(
    CustomFunctions.ErrorCode.notAvailable,
    CustomFunctions.ErrorCode.invalidValue,
    CustomFunctions.ErrorCode.divisionByZero,
    CustomFunctions.ErrorCode.invalidNumber,
    CustomFunctions.ErrorCode.invalidReference,
  )
  .map((code) => new CustomFunctions.Error(code));

/** Any cell at all, weighted toward the awkward ones. */
const anyCell: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 2, arbitrary: fc.constantFrom(0, -0, 1, -1, 100, 1e308, -1e308, 5e-324, 1e-300, 0.5, 2 ** 53) },
  { weight: 2, arbitrary: fc.constantFrom(null, "", " ", "12", "12%", "abc", "#N/A", "proportional") },
  // Skolverket's markers for a suppressed or missing figure.
  { weight: 1, arbitrary: fc.constantFrom(".", "..", " .. ", "-", "–", "*") },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: excelError },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
);

/** Cells a real budget sheet holds: counts, shares, indexes — with the odd blank or bad cell. */
const plausibleCell = (min: number, max: number): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 20, arbitrary: fc.double({ min, max, noNaN: true }) },
    { weight: 6, arbitrary: fc.integer({ min: Math.ceil(min), max: Math.floor(max) }) },
    { weight: 1, arbitrary: anyCell },
  );

/** A column (n × 1), sometimes a row (1 × n), sometimes with trailing blanks, rarely ragged or wide. */
function range(cell: fc.Arbitrary<unknown>, maxLength = 25): fc.Arbitrary<unknown[][]> {
  return fc.oneof(
    { weight: 8, arbitrary: fc.array(cell, { maxLength }).map((cells) => cells.map((c) => [c])) },
    { weight: 2, arbitrary: fc.array(cell, { maxLength }).map((cells) => [cells]) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.array(cell, { minLength: 1, maxLength }), fc.integer({ min: 1, max: 20 }))
        .map(([cells, blanks]) => [...cells, ...new Array<null>(blanks).fill(null)].map((c) => [c])),
    },
    { weight: 1, arbitrary: fc.array(fc.array(cell, { maxLength: 4 }), { maxLength: 6 }) },
    { weight: 1, arbitrary: fc.constant([] as unknown[][]) },
  );
}

/** Two or more columns of the same length, as a function with several ranges gets them. */
function matchingRanges(cells: fc.Arbitrary<unknown>[], maxLength = 25): fc.Arbitrary<unknown[][][]> {
  return fc
    .integer({ min: 0, max: maxLength })
    .chain((n) =>
      fc
        .tuple(...cells.map((cell) => fc.array(cell, { minLength: n, maxLength: n })))
        .map((columns) => columns.map((column) => column.map((c) => [c]))),
    );
}

const table = (cell: fc.Arbitrary<unknown>, maxRows = 25, maxCols = 5) =>
  fc
    .tuple(fc.integer({ min: 0, max: maxRows }), fc.integer({ min: 0, max: maxCols }))
    .chain(([rows, cols]) =>
      fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }),
    );

const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null, freq: 3 });

/** The `missing` argument: its words, a wrong one, or none. */
const missing = optional(fc.constantFrom("error", "skip", "utelämna", "medel", "mean", "?"));

function isMessageError(error: unknown): boolean {
  return (
    error instanceof CustomFunctions.Error &&
    typeof error.message === "string" &&
    error.message.length > 0 &&
    !/^(Internal error|Internt fel)/.test(error.message)
  );
}

/** Calls the wrapper and checks the outcome; returns the result grid (or undefined for an error). */
function check(call: () => unknown[][], shape: (result: unknown[][]) => boolean): void {
  calls++;
  let result: unknown[][];
  try {
    result = call();
  } catch (error) {
    if (!isMessageError(error)) {
      throw new Error(`escaped: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
    }
    return;
  }
  if (!Array.isArray(result) || !result.every((row) => Array.isArray(row)))
    throw new Error("result is not a 2-D array");
  for (const row of result) {
    for (const cell of row) {
      const ok =
        (typeof cell === "number" && Number.isFinite(cell)) || typeof cell === "string" || isMessageError(cell);
      if (!ok) throw new Error(`bad cell in result: ${String(cell)}`);
    }
  }
  if (!shape(result)) throw new Error(`result has the wrong shape: ${result.length} × ${result[0]?.length}`);
}

const column = (result: unknown[][]) => result.length >= 1 && result.every((row) => row.length === 1);
const columnOrRow = (result: unknown[][]) => column(result) || result.length === 1;

const params = { numRuns: CALLS_PER_FUNCTION, seed: 20261124 };

afterAll(() => {
  console.log(`fuzz: ${calls} custom-function calls made as Excel makes them`);
});

describe("every wrapper answers any input with a result or a clear error", () => {
  test("ALLOCATE", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          matchingRanges([plausibleCell(0, 800), plausibleCell(0, 250)]),
          fc.tuple(range(anyCell), range(anyCell)),
        ),
        fc.oneof(plausibleCell(0, 1e9), anyCell),
        optional(fc.constantFrom("proportional", "threshold", "power", "tröskel", "x", "")),
        optional(plausibleCell(-2, 200)),
        optional(
          fc.oneof(
            plausibleCell(0, 20000).map((c) => [[c]]),
            range(plausibleCell(0, 20000)),
          ),
        ),
        optional(
          fc.oneof(
            plausibleCell(0, 60000).map((c) => [[c]]),
            range(plausibleCell(0, 60000)),
          ),
        ),
        optional(fc.oneof(fc.constantFrom(0, 1, 1000, 0.5, -1), anyCell)),
        ([pupils, index], pot, method, parameter, floor, cap, unit) => {
          check(
            () => allocate(pupils, index, pot, method, parameter, floor ?? undefined, cap ?? undefined, unit),
            columnOrRow,
          );
        },
      ),
      params,
    );
  });

  test("SOCIOINDEX", () => {
    fc.assert(
      fc.property(
        table(plausibleCell(0, 1)),
        fc.oneof(range(plausibleCell(-3, 3), 6), table(plausibleCell(-3, 3), 6, 4)),
        optional(range(plausibleCell(0, 800))),
        optional(fc.constantFrom("linear", "logit", "linjär", "y")),
        missing,
        (factors, weights, pupils, model, rule) => {
          check(() => socioindex(factors, weights, pupils ?? undefined, model, rule), columnOrRow);
        },
      ),
      params,
    );
  });

  test("SOCIOFIT", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 14 }).chain((n) =>
          fc.tuple(
            fc.array(fc.array(plausibleCell(0, 1), { minLength: 2, maxLength: 2 }), { minLength: n, maxLength: n }),
            fc.array(plausibleCell(0, 1), { minLength: n, maxLength: n }).map((c) => c.map((x) => [x])),
            fc.array(plausibleCell(0, 500), { minLength: n, maxLength: n }).map((c) => c.map((x) => [x])),
          ),
        ),
        optional(fc.constantFrom("logit", "quasilogit", "linear", "kvasilogit", "nope")),
        missing,
        optional(fc.constantFrom(true, false, 1, "SANT", "kanske")),
        ([factors, outcome, pupils], model, rule, stats) => {
          check(
            () => sociofit(factors, outcome, pupils, model, rule, stats),
            (result) => result.every((row) => row.length === 4),
          );
          check(
            () => expected(factors, outcome, pupils, model, rule),
            (result) => result.every((row) => row.length === 3),
          );
        },
      ),
      { ...params, numRuns: CALLS_PER_FUNCTION / 2 },
    );
    fc.assert(
      fc.property(
        table(anyCell, 12, 3),
        range(anyCell, 12),
        optional(range(anyCell, 12)),
        (factors, outcome, pupils) => {
          check(
            () => sociofit(factors, outcome, pupils ?? undefined),
            (result) => result.every((row) => row.length === 4),
          );
          check(
            () => expected(factors, outcome, pupils ?? undefined, undefined, "skip"),
            (result) => result.every((row) => row.length === 3) || result.length === 3,
          );
        },
      ),
      { ...params, numRuns: CALLS_PER_FUNCTION / 2 },
    );
  });

  test("EQUITYGAP", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          matchingRanges([plausibleCell(40, 200), plausibleCell(0, 1), plausibleCell(0, 800)]),
          fc.tuple(range(anyCell), range(anyCell), range(anyCell)),
        ),
        optional(fc.constantFrom("quartile", "ratio", "slope", "correlation", "concentration", "summary", "kvot", "?")),
        missing,
        ([index, resource, pupils], method, rule) => {
          check(
            () => equitygap(index, resource, pupils, method, rule),
            (result) => (result.length === 1 && result[0].length === 1) || result.every((row) => row.length === 2),
          );
        },
      ),
      params,
    );
  });
});

describe("whole-column and very long ranges", () => {
  const ROWS = 1_048_576;
  /** A whole-column reference: a few schools at the top, then a million empty cells. */
  function wholeColumn(values: unknown[]): unknown[][] {
    const grid = new Array<unknown[]>(ROWS);
    for (let i = 0; i < ROWS; i++) grid[i] = [i < values.length ? values[i] : null];
    return grid;
  }

  test("ALLOCATE on A:A-style ranges answers for the used rows only", () => {
    const pupils = wholeColumn([100, 200, 300]);
    const index = wholeColumn([80, 100, 120]);
    const result = allocate(pupils, index, 600000);
    calls++;
    expect(result.length).toBe(3);
    expect(result.reduce((s, [x]) => s + (x as number), 0)).toBe(600000);
  });

  test("every function finishes on 100 000 rows", () => {
    const n = 100_000;
    const pupils = Array.from({ length: n }, (_, i) => [50 + (i % 400)]);
    const index = Array.from({ length: n }, (_, i) => [60 + ((i * 7919) % 100)]);
    const resource = Array.from({ length: n }, (_, i) => [0.5 + ((i * 104729) % 1000) / 2000]);
    const factors = Array.from({ length: n }, (_, i) => [((i * 31) % 100) / 100, ((i * 17) % 89) / 89]);
    const outcome = Array.from({ length: n }, (_, i) => [
      Math.min(1, Math.max(0, 0.1 + 0.5 * factors[i][0] + ((i % 13) - 6) / 100)),
    ]);
    check(() => allocate(pupils, index, 1e9, null, null, [[1000]], [[30000]]), column);
    check(() => socioindex(factors, [[0.5], [1], [2]], pupils), column);
    check(
      () => sociofit(factors, outcome, pupils),
      (r) => r.length === 3,
    );
    check(
      () => equitygap(index, resource, pupils, "summary"),
      (r) => r.length > 1,
    );
  });
});
