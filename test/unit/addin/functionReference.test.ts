/**
 * The README's function reference is the descriptors': each function's
 * signature, argument table and result in README.md are exactly what
 * scripts/function-reference.ts generates from src/model/functions. When
 * this fails, run `npx tsx scripts/function-reference.ts`.
 */
import { readFileSync } from "node:fs";
import { README, documentedFunctions, functionReference, updateReadme } from "../../../scripts/function-reference";
import { FUNCTIONS } from "../../../src/model/functions";

const readme = readFileSync(README, "utf8");

test("README documents every function, and only those", () => {
  expect(documentedFunctions(readme).sort()).toEqual(FUNCTIONS.map((fn) => fn.name).sort());
});

test.each(FUNCTIONS.map((fn) => [fn.name, fn] as const))(
  "README's reference for %s is its descriptor's",
  (_name, fn) => {
    expect(readme).toContain(functionReference(fn));
  },
);

test("regenerating README changes nothing", () => {
  expect(updateReadme(readme)).toBe(readme);
});
