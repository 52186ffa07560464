/**
 * An upstream error arrives first: when SOCIOINDEX fails, its anchor shows
 * #VALUE! and the cells under it are empty. ALLOCATE and EQUITYGAP over that
 * column must name the error in row 1 — not "row 2: missing value" with advice
 * to use "utelämna", which sends the user after the wrong cell.
 */
import { LikvardError } from "../../../../src/model/errors";
import { ErrorCell } from "../../../../src/model/sheet/cells";
import { allocateCells } from "../../../../src/model/sheet/allocateCells";
import { equitygapCells } from "../../../../src/model/sheet/equitygapCells";

const pupils = [[100], [200], [300], [400]];
/** A failed SOCIOINDEX spill as the next function reads it: the error at the anchor, empty cells below. */
const failedIndex = [[new ErrorCell("#VALUE!")], [null], [null], [null]];

function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return (error as LikvardError).messageIn("sv");
  }
  throw new Error("no error");
}

test("ALLOCATE over a failed index names row 1's error, not a missing value in row 2", () => {
  const message = messageOf(() => allocateCells(pupils, failedIndex, 1_000_000, "proportional", 1));
  expect(message).toMatch(/^index, rad 1: cellen visar #VALUE! \(fel i cellen eller i formeln som räknar den/);
  expect(message).not.toMatch(/saknas/);
});

test("EQUITYGAP over a failed index names row 1's error, with no advice to use utelämna", () => {
  const message = messageOf(() => equitygapCells(failedIndex, [[1], [2], [3], [4]], pupils, "ratio"));
  expect(message).toMatch(/^index, rad 1: cellen visar #VALUE! \(fel i cellen eller i formeln som räknar den/);
  expect(message).not.toMatch(/utelämna|saknas/);
});

test("an error further down still comes before an earlier gap", () => {
  const index = [[100], [null], [new ErrorCell("#N/A")], [90]];
  const message = messageOf(() => allocateCells(pupils, index, 1_000_000, "proportional", 1));
  expect(message).toMatch(/^index, rad 3: .*#N\/A/);
});
