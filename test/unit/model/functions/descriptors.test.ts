/**
 * The function descriptors (src/model/functions) are well formed, and the
 * model does what they declare: it accepts every word they list and names
 * their arguments in messages, and its results have the shape their result
 * rule says — the rule the engine reserves areas by.
 */
import { LikvardError } from "../../../../src/model/errors";
import { FUNCTIONS } from "../../../../src/model/functions";
import { argumentList, callOutline } from "../../../../src/model/functions/descriptor";
import { isLikvardFormula } from "../../../../src/model/freeze/likvardFormula";
import { SHEET_FUNCTIONS } from "../../../../src/model/sheet/registry";
import { Input } from "../../../../src/model/sheet/cells";
import { CALLS, schoolsIn } from "./calls";

const each = FUNCTIONS.map((fn) => [fn.name, fn] as const);
const implementation = (name: string) => SHEET_FUNCTIONS.find((f) => f.name === name)!;

function thrown(run: () => unknown): LikvardError | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof LikvardError) return error;
    throw error;
  }
  return undefined;
}

describe.each(each)("%s", (name, fn) => {
  const args = argumentList(fn);

  test("required arguments come first, names are distinct in each language, texts are given in both", () => {
    const firstOptional = args.findIndex((a) => a.optional);
    if (firstOptional >= 0) expect(args.slice(firstOptional).every((a) => a.optional)).toBe(true);
    expect(new Set(args.map((a) => a.en)).size).toBe(args.length);
    expect(new Set(args.map((a) => a.sv)).size).toBe(args.length);
    for (const text of [fn.text, fn.result.text, ...args.map((a) => a.text)]) {
      expect(text.en.length).toBeGreaterThan(10);
      expect(text.sv.length).toBeGreaterThan(10);
    }
  });

  test("word arguments list their words in lower case, default to one of them and describe every choice", () => {
    for (const arg of args) {
      if (arg.type !== "word") {
        expect(arg.words).toBeUndefined();
        continue;
      }
      const words = Object.keys(arg.words!);
      const values = new Set(Object.values(arg.words!));
      expect(words.every((w) => w === w.trim().toLowerCase())).toBe(true);
      expect(values.has(arg.default!)).toBe(true);
      for (const text of [arg.text.en, arg.text.sv]) {
        const quoted = [...text.matchAll(/"([^"]+)"/g)].map((m) => m[1]);
        expect(quoted.every((w) => words.includes(w))).toBe(true);
        for (const value of values) expect(quoted).toContain(value);
      }
    }
  });

  test("is implemented, with its arguments in the descriptor's order", () => {
    const impl = implementation(name);
    expect(impl.params).toEqual(args.map((a) => a.en));
    expect(impl.required).toBe(args.filter((a) => !a.optional).length);
  });

  test("the model accepts every word the descriptor lists, in any case, and names the argument for any other", () => {
    const impl = implementation(name);
    const call = CALLS[name][0];
    args.forEach((arg, i) => {
      if (arg.type !== "word") return;
      const withWord = (word: string) => Object.assign([...call], { [i]: word }) as Input[];
      for (const word of Object.keys(arg.words!)) {
        expect(thrown(() => impl.evaluate(withWord(word), "sv"))).toBeUndefined();
        expect(thrown(() => impl.evaluate(withWord(` ${word.toUpperCase()} `), "sv"))).toBeUndefined();
      }
      const error = thrown(() => impl.evaluate(withWord("nonsense"), "sv"))!;
      expect(error.text.sv).toMatch(new RegExp(`^${arg.sv}: okänt val`));
      expect(error.text.en).toMatch(new RegExp(`^${arg.en}: unknown choice`));
    });
  });

  test("the model names the first argument as the descriptor does", () => {
    const [first, ...rest] = CALLS[name][0] as [unknown[][], ...Input[]];
    const bad = first.map((row, r) => (r === 0 ? ["många", ...row.slice(1)] : row)) as Input;
    const error = thrown(() => implementation(name).evaluate([bad, ...rest], "sv"));
    expect(error?.text.sv).toContain(`${args[0].sv}`);
    expect(error?.text.en).toContain(`${args[0].en}`);
  });

  test.each(CALLS[name].map((call, i) => [i, call] as const))(
    "call %i: the result has the shape the descriptor's rule gives",
    (_i, call) => {
      const outline = callOutline(
        fn,
        (i) => (Array.isArray(call[i]) ? undefined : (call[i] as string | number | undefined)),
        (i) => (Array.isArray(call[i]) ? Math.max(...(call[i] as unknown[][]).map((row) => row.length)) : 1),
      );
      const size = fn.result.size(outline);
      const grid = implementation(name).evaluate(call, "en");
      const rowInput = size.kind === "perSchool" && (call[0] as unknown[][]).length === 1;
      const expected =
        size.kind === "table"
          ? [size.rows, size.columns]
          : rowInput
            ? [size.columns, schoolsIn(call)]
            : [schoolsIn(call), size.columns];
      expect([grid.length, grid[0].length]).toEqual(expected);
    },
  );

  test("is frozen as a Likvärd formula, in both stored forms", () => {
    expect(isLikvardFormula(`=LIKVARD.${name}(A1:A3,B1:B3)`)).toBe(true);
    expect(isLikvardFormula(`_xldudf_LIKVARD_${name}(A1:A3,B1:B3)`)).toBe(true);
    expect(isLikvardFormula(`SUM(LIKVARD_${name})`)).toBe(false);
  });
});

test("the registry implements exactly the described functions, in order", () => {
  expect(SHEET_FUNCTIONS.map((f) => f.name)).toEqual(FUNCTIONS.map((fn) => fn.name));
});
