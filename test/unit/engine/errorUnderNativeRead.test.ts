/**
 * A Likvärd formula that ends in an error, read over its rows by a native
 * function (SUMPRODUCT over the index, as the explanation sheet does): the
 * error shows where it belongs and the rest of the workbook is evaluated.
 * HyperFormula threw "Unknown array" for the whole workbook when the call
 * returned a bare error over the area it had reserved.
 */
import { evaluateGrids } from "../../../src/engine/evaluateGrids";

const data: unknown[][] = [["Elever", "Andel", "Index"]];
for (let r = 0; r < 4; r++) data.push([10 + r, 0.1 * r, null]);

test.each([
  ["a model error (a negative weight sum)", "=LIKVARD.SOCIOINDEX(B2:B5,-1,A2:A5)", "#NUM!"],
  ["a name that is not defined", "=LIKVARD.SOCIOINDEX(B2:B5,LIKVARD_VIKTER,A2:A5)", "#NAME?"],
])("%s under SUMPRODUCT: the anchor shows the error, the rest is evaluated", (_, formula, code) => {
  const grid = data.map((row) => [...row]);
  grid[1][2] = formula;
  grid[6] = [null, "=SUM(A2:A5)", "=SUMPRODUCT(C2:C5,A2:A5)"];
  const sheet = { name: "S", cells: grid };
  const results = evaluateGrids([sheet], [], "sv").get("S");
  const index = results?.get("C2")?.values[0][0];
  expect(index).toMatchObject({ error: code });
  expect(results?.get("B7")?.values).toEqual([[46]]);
});
