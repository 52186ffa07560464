/** LIKVARD.EQUITYGAP, declared: computed by src/model/sheet/equitygapCells.ts. */
import { Text } from "../errors";
import { EQUITY_METHOD_NAMES, EquitySummary } from "../equity/equityGap";
import { FunctionDescriptor, choices } from "./descriptor";
import { MISSING_ARGUMENT } from "./missing";
import { PUPILS_EACH_ONCE_ARGUMENT } from "./sharedArguments";

/** What the summary shows: the measures, and the incomplete rows left out. */
export type SummaryKey = keyof EquitySummary | "leftOut";

/** The rows of the "summary" table, in order: the measure and its label. */
export const SUMMARY_ROWS: readonly { key: SummaryKey; label: Text }[] = [
  {
    key: "quartile",
    label: { sv: "Skillnad högsta − lägsta behovskvartil", en: "Difference highest − lowest need quarter" },
  },
  { key: "ratio", label: { sv: "Kvot högsta / lägsta behovskvartil", en: "Ratio highest / lowest need quarter" } },
  { key: "slope", label: { sv: "Lutning per indexpoäng", en: "Slope per index point" } },
  { key: "correlation", label: { sv: "Korrelation", en: "Correlation" } },
  { key: "concentration", label: { sv: "Koncentrationsindex", en: "Concentration index" } },
  { key: "highMean", label: { sv: "Medel i kvartilen med högst behov", en: "Mean in the highest-need quarter" } },
  { key: "lowMean", label: { sv: "Medel i kvartilen med lägst behov", en: "Mean in the lowest-need quarter" } },
  { key: "schools", label: { sv: "Antal skolor", en: "Number of schools" } },
  { key: "pupils", label: { sv: "Antal elever", en: "Number of pupils" } },
  { key: "leftOut", label: { sv: "Utelämnade rader (saknade värden)", en: "Rows left out (missing values)" } },
];

export const EQUITYGAP = {
  name: "EQUITYGAP",
  text: {
    en: "Does a resource follow need? Compares a resource (e.g. share of certified teachers) with the need index, pupil-weighted.",
    sv: "Följer resursen behovet? Jämför en resurs (t.ex. andel behöriga lärare) med behovsindex, elevviktat.",
  },
  args: {
    index: {
      sv: "index",
      type: "schools",
      text: { en: "Each school's need index.", sv: "Varje skolas behovsindex." },
    },
    resource: {
      sv: "resurs",
      type: "schools",
      text: { en: "The resource or outcome per school.", sv: "Resursen eller utfallet per skola." },
    },
    pupils: PUPILS_EACH_ONCE_ARGUMENT,
    method: {
      sv: "metod",
      type: "word",
      optional: true,
      ...choices(EQUITY_METHOD_NAMES, "quartile"),
      text: {
        en: '"quartile" (default), "ratio", "slope", "correlation", "concentration" or "summary".',
        sv: '"quartile" (standard), "ratio", "slope", "correlation", "concentration" eller "summary".',
      },
    },
    missing: MISSING_ARGUMENT,
  },
  result: {
    text: {
      en: "The measure (positive = the resource rises with need), or a labelled summary table.",
      sv: "Måttet (positivt = resursen ökar med behovet), eller en sammanfattande tabell med rubriker.",
    },
    // The summary is known only when the method is typed in the formula; a method from a cell gets one cell.
    size: (call) =>
      call.word("method") === "summary"
        ? { kind: "table", rows: SUMMARY_ROWS.length, columns: 2 }
        : { kind: "table", rows: 1, columns: 1 },
  },
} satisfies FunctionDescriptor;
