/**
 * The README's function reference, generated from the function descriptors
 * (src/model/functions): for each function, between its two markers, the
 * signature, what it does, a table of its arguments and what it returns. The
 * prose around the markers (formulas, examples, errors) is written by hand.
 *
 *   npx tsx scripts/function-reference.ts     rewrites README.md
 *
 * test/unit/addin/functionReference.test.ts fails when README.md and the
 * descriptors disagree.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { FUNCTIONS } from "../src/model/functions";
import { ArgumentDescriptor, ArgumentType, FunctionDescriptor, argumentList } from "../src/model/functions/descriptor";

/** What each type of argument takes, in words. */
const TAKES: Record<ArgumentType, string> = {
  schools: "one value per school: a column (or a row)",
  factors: "one row per school, one column per factor",
  numbers: "numbers in a column or row",
  schoolsOrNumber: "one number for every school, or a column with one per school",
  number: "a number",
  word: "one of the words",
  logical: "TRUE or FALSE",
};

const code = (text: string) => `\`${text}\``;
const cell = (text: string) => text.replace(/\|/g, "\\|");

/** A word argument's words, English and Swedish spellings of each value together: `"power"`/`"potens"`. */
function words(arg: ArgumentDescriptor): string {
  const byValue = new Map<string, string[]>();
  for (const [word, value] of Object.entries(arg.words ?? {}))
    byValue.set(value, [...(byValue.get(value) ?? []), word]);
  return [...byValue]
    .map(
      ([value, spellings]) =>
        spellings.map((w) => code(`"${w}"`)).join("/") + (value === arg.default ? " (default)" : ""),
    )
    .join(", ");
}

export function signature(fn: FunctionDescriptor): string {
  const args = argumentList(fn).map((a) => (a.optional ? `[${a.en}]` : a.en));
  return `LIKVARD.${fn.name}(${args.join(", ")})`;
}

const begin = (fn: FunctionDescriptor) =>
  `<!-- begin LIKVARD.${fn.name}: generated from src/model/functions by scripts/function-reference.ts -->`;
const end = (fn: FunctionDescriptor) => `<!-- end LIKVARD.${fn.name} -->`;

/** One function's generated block, markers included. */
export function functionReference(fn: FunctionDescriptor): string {
  const rows = argumentList(fn).map((a) =>
    [
      code(a.en) + (a.optional ? " (optional)" : ""),
      code(a.sv),
      a.type === "word" ? words(a) : TAKES[a.type],
      a.text.en,
    ]
      .map(cell)
      .join(" | "),
  );
  return [
    begin(fn),
    `### ${signature(fn)}`,
    "",
    fn.text.en,
    "",
    "| argument | in Swedish | takes | meaning |",
    "| --- | --- | --- | --- |",
    ...rows.map((row) => `| ${row} |`),
    "",
    `**Result:** ${fn.result.text.en}`,
    end(fn),
  ].join("\n");
}

/** README with every function's block regenerated; a function without its markers is an error. */
export function updateReadme(readme: string): string {
  let text = readme;
  for (const fn of FUNCTIONS) {
    const from = text.indexOf(begin(fn));
    const to = text.indexOf(end(fn));
    if (from < 0 || to < from) throw new Error(`README.md: no generated block for LIKVARD.${fn.name}; add its markers`);
    text = text.slice(0, from) + functionReference(fn) + text.slice(to + end(fn).length);
  }
  return text;
}

/** Names of the functions README has a generated block for. */
export function documentedFunctions(readme: string): string[] {
  return [...readme.matchAll(/<!-- begin LIKVARD\.([A-Z]+):/g)].map((m) => m[1]);
}

export const README = join(__dirname, "..", "README.md");

if (require.main === module) {
  writeFileSync(README, updateReadme(readFileSync(README, "utf8")));
}
