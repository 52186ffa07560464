/**
 * Model messages show their numbers the way the message's language writes
 * them: "251,4" in Swedish, "251.4" in English (a new user's trial found
 * "utfallet 251.4 ligger utanför 0–1" in a Swedish pane).
 */
import { LikvardError } from "../../../../src/model/errors";
import { sociofitCells } from "../../../../src/model/sheet/sociofitCells";
import { socioindexCells } from "../../../../src/model/sheet/socioindexCells";

function failure(run: () => unknown): LikvardError {
  try {
    run();
  } catch (error) {
    if (error instanceof LikvardError) return error;
    throw error;
  }
  throw new Error("expected a LikvardError");
}

const factors = [
  [0.1, 0.5],
  [0.3, 0.2],
  [0.4, 0.6],
  [0.2, 0.3],
  [0.5, 0.1],
];

test("an outcome outside 0–1: 251,4 in Swedish, 251.4 in English", () => {
  const error = failure(() => sociofitCells(factors, [[0.2], [251.4], [0.5], [0.25], [0.4]]));
  expect(error.messageIn("sv")).toMatch(/utfallet 251,4\d* ligger utanför 0–1/);
  expect(error.messageIn("en")).toMatch(/the outcome 251\.4\d* is outside 0–1/);
});

test("a percentage outcome: 37,5 in Swedish", () => {
  const error = failure(() => sociofitCells(factors, [[20], [37.5], [50], [25], [40]]));
  expect(error.messageIn("sv")).toMatch(/utfallet 20 ligger utanför/);
  const second = failure(() => sociofitCells(factors, [[0.2], [37.5], [50], [25], [40]]));
  expect(second.messageIn("sv")).toMatch(/utfallet 37,5\d* ligger utanför/);
});

test("a negative pupil count: -2,5 in Swedish", () => {
  const error = failure(() => socioindexCells(factors, [[1, 1]], [[10], [-2.5], [10], [10], [10]]));
  expect(error.messageIn("sv")).toMatch(/negativt elevantal \(-2,5\d*\)/);
  expect(error.messageIn("en")).toMatch(/negative pupil count \(-2\.5\d*\)/);
});

test("a mean score that is not positive: a Swedish decimal comma", () => {
  // Weights −1, 0: scores −0.1 … −0.5, pupil-weighted mean −0.3.
  const error = failure(() => socioindexCells(factors, [[-1, 0]], [[1], [1], [1], [1], [1]]));
  expect(error.messageIn("sv")).toMatch(/medelvärdet av poängen är -0,3\d*,/);
  expect(error.messageIn("en")).toMatch(/mean score is -0\.3\d*,/);
});
