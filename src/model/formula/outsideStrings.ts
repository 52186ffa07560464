/**
 * Formula text outside its "string literals": the one rule every rewrite of
 * formula text (the engine's, the freeze's, the pane's) goes through, so a
 * reference-like word inside quotes is never touched.
 */

/** Applies `map` to the parts of a formula outside "string literals" ("" inside one is a quote). */
export function mapOutsideStrings(formula: string, map: (code: string) => string): string {
  // Odd parts of the split are the string literals.
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : map(part)))
    .join("");
}

/** The formula with every string literal emptied, for tests on its code alone. */
export function withoutStrings(formula: string): string {
  return formula.replace(/"(?:[^"]|"")*"/g, '""');
}
