/**
 * Issue 16, problem 5: the preview reads cells by the formulas' rules
 * (src/model/sheet), so blank rows, text and error values mean the same in
 * the preview as in the cells — checked against the functions on random sheets.
 */
import fc from "fast-check";
import { DEFAULT_SETTINGS, ModelSettings } from "../../../../src/model/pane/modelSettings";
import { computePreviewCells } from "../../../../src/model/pane/preview";
import { allocateCells } from "../../../../src/model/sheet/allocateCells";
import { Cell, ErrorCell, Grid } from "../../../../src/model/sheet/cells";
import { socioindexCells } from "../../../../src/model/sheet/socioindexCells";

const settings: ModelSettings = {
  ...DEFAULT_SETTINGS,
  factors: [
    { name: "a", weight: 2 },
    { name: "b", weight: 1 },
  ],
  pot: 1_000_000,
  unit: 1,
};

test("a blank row is skipped, as the formulas skip it, not counted as 0 pupils", () => {
  const pupils: Grid = [[100], [null], [200], [300]];
  const factors: Grid = [
    [0.2, 0.1],
    [null, null],
    [0.3, 0.2],
    [0.5, 0.1],
  ];
  const outcome = computePreviewCells({ pupils, factors }, settings, "sv");
  if (!outcome.ok) throw new Error(outcome.message);
  expect(outcome.preview.schools).toBe(3);
  expect(Number.isNaN(outcome.preview.amounts[1])).toBe(true);
  const index = socioindexCells(factors, [[0], [2], [1]], pupils, "linear");
  expect(Array.from(outcome.preview.amounts, (x) => (Number.isNaN(x) ? "" : x))).toEqual(
    allocateCells(pupils, index, 1_000_000).map((r) => r[0]),
  );
});

test("text or an error value in a factor gives the cell's message naming the row and the school", () => {
  const names = ["Almskolan", "Björkskolan", "Ekskolan"];
  const text = computePreviewCells(
    {
      pupils: [[100], [200], [300]],
      factors: [
        [0.2, 0.1],
        [0.3, "många"],
        [0.5, 0.1],
      ],
      names,
    },
    settings,
    "sv",
  );
  expect(text.ok).toBe(false);
  expect(text.ok ? "" : text.message).toMatch(/rad 2 \(Björkskolan\): texten "många" är inte ett tal/);
  expect(text.ok ? "" : text.message).not.toMatch(/vikt/);
  const error = computePreviewCells(
    {
      pupils: [[100], [new ErrorCell("#N/A")], [300]],
      factors: [
        [0.2, 0.1],
        [0.3, 0.2],
        [0.5, 0.1],
      ],
    },
    settings,
    "en",
  );
  expect(error.ok ? "" : error.message).toMatch(/row 2: the cell shows #N\/A/);
});

/** A cell of a random sheet: mostly numbers, sometimes blank, text or an error. */
const cell = (lo: number, hi: number) =>
  fc.oneof(
    { weight: 12, arbitrary: fc.double({ min: lo, max: hi, noNaN: true }) },
    { weight: 1, arbitrary: fc.constantFrom<Cell>(null, "", "x", new ErrorCell("#N/A")) },
  );

test("preview = the formulas' result on random sheets (amounts, or the same message)", () => {
  fc.assert(
    fc.property(
      fc.array(fc.tuple(cell(0, 500), cell(0, 1), cell(0, 1)), { minLength: 1, maxLength: 12 }),
      fc.boolean(),
      (rows, blankRow) => {
        const grid = blankRow ? [...rows, [null, null, null] as Cell[]] : rows;
        const pupils: Grid = grid.map((r) => [r[0]]);
        const factors: Grid = grid.map((r) => [r[1], r[2]]);
        let expected: unknown;
        try {
          const index = socioindexCells(factors, [[0], [2], [1]], pupils, "linear");
          expected = allocateCells(pupils, index, 1_000_000).map((r) => (r[0] === "" ? NaN : r[0]));
        } catch (error) {
          expected = (error as Error).message;
        }
        const outcome = computePreviewCells({ pupils, factors }, settings, "en");
        if (typeof expected === "string") expect(outcome.ok ? "" : outcome.message).toBe(expected);
        else expect(outcome.ok ? Array.from(outcome.preview.amounts) : outcome.message).toEqual(expected);
      },
    ),
    { numRuns: 200 },
  );
});

test("a floor message says when the year-on-year limit made the floors (issue 16, problem 7)", () => {
  const cells = {
    pupils: [[100], [200], [300]],
    factors: [
      [0.2, 0.1],
      [0.3, 0.2],
      [0.5, 0.1],
    ],
    lastYear: [[9_000], [9_000], [9_000]],
  };
  const outcome = computePreviewCells(cells, { ...settings, pot: 1_000_000, maxDecrease: 0.02 }, "sv");
  expect(outcome.ok ? "" : outcome.message).toMatch(
    /Golven kräver .* Golven kommer av gränsen största minskning mot fjolåret \(2\s?%\)/,
  );
});
