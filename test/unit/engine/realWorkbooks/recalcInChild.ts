/**
 * `recalc IN OUT` in a process of its own, for a test that runs it under a
 * small heap (realWorkbooks.test.ts, last-row.xlsx): a whole-column reference
 * to the last row must cost what the used range costs, not a million rows.
 * Prints the number of formulas evaluated; exit 3 with the message on error.
 */
import { recalc } from "../../../../src/engine/recalc";

const [input, output] = process.argv.slice(2);
recalc(input, output, { force: false, lang: "sv" }).then(
  (evaluation) => console.log(evaluation.results.length),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(3);
  },
);
