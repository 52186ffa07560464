/** LIKVARD.ALLOCATE, declared: computed by src/model/sheet/allocateCells.ts. */
import { OUTPUT_NAMES } from "../allocate/allocationDetail";
import { METHOD_NAMES } from "../allocate/weights";
import { FunctionDescriptor, choices } from "./descriptor";

export const ALLOCATE = {
  name: "ALLOCATE",
  text: {
    en: "Splits a pot between schools by pupils and need index, exact to the krona, with floors, caps and rounding.",
    sv: "Fördelar en pott mellan skolor efter elevantal och behovsindex, exakt på kronan, med golv, tak och avrundning.",
  },
  args: {
    pupils: {
      sv: "elever",
      type: "schools",
      text: { en: "Pupils per school (a column or a row).", sv: "Elever per skola (en kolumn eller en rad)." },
    },
    index: {
      sv: "index",
      type: "schools",
      text: { en: "Each school's need index (100 = average).", sv: "Varje skolas behovsindex (100 = genomsnitt)." },
    },
    pot: {
      sv: "pott",
      type: "number",
      text: { en: "The total to split, in kronor.", sv: "Beloppet som ska fördelas, i kronor." },
    },
    method: {
      sv: "metod",
      type: "word",
      optional: true,
      ...choices(METHOD_NAMES, "proportional"),
      text: {
        en: '"proportional" (default), "threshold" (only need above the parameter) or "power" (index to the parameter).',
        sv: '"proportional" (standard), "threshold" (bara behov över parametern) eller "power" (index upphöjt till parametern).',
      },
    },
    parameter: {
      sv: "parameter",
      type: "number",
      optional: true,
      text: {
        en: 'Threshold for "threshold" (default 100) or exponent for "power" (default 1).',
        sv: 'Tröskel för "threshold" (standard 100) eller exponent för "power" (standard 1).',
      },
    },
    floor: {
      sv: "golv",
      type: "schoolsOrNumber",
      optional: true,
      text: {
        en: "Least kronor per pupil: one number or one per school.",
        sv: "Minsta belopp i kronor per elev: ett tal eller ett per skola.",
      },
    },
    cap: {
      sv: "tak",
      type: "schoolsOrNumber",
      optional: true,
      text: {
        en: "Most kronor per pupil: one number or one per school.",
        sv: "Högsta belopp i kronor per elev: ett tal eller ett per skola.",
      },
    },
    unit: {
      sv: "enhet",
      type: "number",
      optional: true,
      text: {
        en: "Rounding unit in kronor (default 1; 0 = no rounding; 1000 for tkr).",
        sv: "Avrundningsenhet i kronor (standard 1; 0 = ingen avrundning; 1000 för tkr).",
      },
    },
    output: {
      sv: "utdata",
      type: "word",
      optional: true,
      ...choices(OUTPUT_NAMES, "amount"),
      text: {
        en: '"amount" (default) or "detail": five columns per school (amount, kr per pupil, split before limits and rounding, the limit that holds it, share of the pot).',
        sv: '"amount" (standard) eller "detail": fem kolumner per skola (belopp, kr per elev, fördelning före golv, tak och avrundning, gränsen som håller den, andel av potten).',
      },
    },
  },
  result: {
    text: {
      en: 'Kronor per school, summing exactly to the pot; with "detail" five columns per school.',
      sv: 'Kronor per skola, som summerar exakt till potten; med "detail" fem kolumner per skola.',
    },
    // The detail is known only when the output is typed in the formula; an output from a cell gets one column.
    size: (call) => ({ kind: "perSchool", columns: call.word("output") === "detail" ? 5 : 1 }),
  },
} satisfies FunctionDescriptor;
