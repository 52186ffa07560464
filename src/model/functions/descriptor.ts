/**
 * What a LIKVARD function is, apart from how it computes it (as HyperFormula
 * declares a function plugin's functions apart from their methods): its name,
 * its arguments with their types, optionality, accepted words and names in
 * both languages, the shape of its result, and its texts. Excel's metadata,
 * the engine's plugin, the argument names in messages, the freeze list and
 * the README reference all come from the descriptors; the computing is in
 * src/model/sheet/*Cells.ts, paired with them in src/model/sheet/registry.ts.
 */
import { Text } from "../errors";

/** What an argument takes. */
export type ArgumentType =
  /** A column (or a row) with one value per school. */
  | "schools"
  /** A range with one row per school and one column per factor. */
  | "factors"
  /** A short column or row of numbers (or a whole table, as SOCIOFIT returns). */
  | "numbers"
  /** One number for every school, or a column with one per school. */
  | "schoolsOrNumber"
  /** A single number. */
  | "number"
  /** One of the argument's accepted words. */
  | "word"
  /** TRUE or FALSE. */
  | "logical";

/** Types whose argument is a range: Excel hands it over as a 2-D array. */
export const RANGE_TYPES: ReadonlySet<ArgumentType> = new Set(["schools", "factors", "numbers", "schoolsOrNumber"]);

/** Types whose length is the number of schools: a per-school result is as long as the longest of them. */
export const SCHOOL_TYPES: ReadonlySet<ArgumentType> = new Set(["schools", "factors", "schoolsOrNumber"]);

export interface ArgumentDescriptor {
  /** The name in Swedish (formula tooltip, messages); the English name is the argument's key in `args`. */
  sv: string;
  type: ArgumentType;
  /** Optional arguments come after every required one (Excel's rule). */
  optional?: boolean;
  /** For "word": every accepted spelling, English and Swedish, in lower case, and the value it means. */
  words?: Readonly<Record<string, string>>;
  /** For "word": the value an omitted argument means. */
  default?: string;
  /** What to give: Excel's tooltip, and the README's "meaning". */
  text: Text;
}

/** A word argument's accepted words and its default, typed so that the model gets its own value type back. */
export function choices<T extends string>(words: Readonly<Record<string, T>>, fallback: NoInfer<T>) {
  return { words, default: fallback };
}

/**
 * What a host can see of a call before it evaluates it — enough to know the
 * area its result needs (the engine must reserve that area first).
 */
export interface CallOutline {
  /** Columns of the range given for an argument; 1 for a single value or an omitted argument. */
  columns(arg: string): number;
  /** The argument's value when typed in the formula itself ("summary", 3, TRUE); undefined otherwise. */
  literal(arg: string): string | number | boolean | undefined;
  /** For a word argument typed in the formula: the value the word means ("summary" for "sammanfattning"). */
  word(arg: string): string | undefined;
}

/** The area a result takes. */
export type ResultSize =
  /** One row per school, `columns` wide (turned a quarter when the schools run along a row). */
  | { kind: "perSchool"; columns: number }
  /** A table of known size. */
  | { kind: "table"; rows: number; columns: number };

export interface FunctionDescriptor {
  /** The name after the namespace, LIKVARD.<name>; also its id in Excel's metadata. */
  name: string;
  /** What the function does: Excel's description of it. */
  text: Text;
  /** The arguments in formula order, keyed by their English names. */
  args: Readonly<Record<string, ArgumentDescriptor>>;
  result: {
    /** What the result holds (README). */
    text: Text;
    /** The result's area, from what is known before evaluation. */
    size(call: CallOutline): ResultSize;
  };
}

/** The arguments in formula order, with their English names. */
export function argumentList(fn: FunctionDescriptor): (ArgumentDescriptor & { en: string })[] {
  return Object.entries(fn.args).map(([en, arg]) => ({ ...arg, en }));
}

/** Each argument's name in both languages, for messages: `argumentNames(ALLOCATE).pupils` = { sv: "elever", en: "pupils" }. */
export function argumentNames<F extends FunctionDescriptor>(fn: F): { [K in keyof F["args"]]: Text } {
  return Object.fromEntries(argumentList(fn).map((a) => [a.en, { sv: a.sv, en: a.en }])) as {
    [K in keyof F["args"]]: Text;
  };
}

/** Positions of the arguments whose length is the number of schools. */
export function schoolArguments(fn: FunctionDescriptor): number[] {
  return argumentList(fn).flatMap((a, i) => (SCHOOL_TYPES.has(a.type) ? [i] : []));
}

/** The value a typed word means for a word argument (case and surrounding spaces ignored); undefined if none. */
export function wordMeaning(arg: ArgumentDescriptor, value: unknown): string | undefined {
  if (!arg.words || typeof value !== "string") return undefined;
  const key = value.trim().toLowerCase();
  return Object.prototype.hasOwnProperty.call(arg.words, key) ? arg.words[key] : undefined;
}

/** A call's outline from what a host sees of each argument by position. */
export function callOutline(
  fn: FunctionDescriptor,
  literalAt: (position: number) => string | number | boolean | undefined,
  columnsAt: (position: number) => number,
): CallOutline {
  const positions = new Map(argumentList(fn).map((a, i) => [a.en, i]));
  const at = (arg: string): number => {
    const i = positions.get(arg);
    if (i === undefined) throw new Error(`LIKVARD.${fn.name} has no argument ${arg}`);
    return i;
  };
  return {
    columns: (arg) => columnsAt(at(arg)),
    literal: (arg) => literalAt(at(arg)),
    word: (arg) => wordMeaning(fn.args[arg], literalAt(at(arg))),
  };
}
