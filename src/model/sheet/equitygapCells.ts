import { Lang, LikvardError } from "../errors";
import { EQUITY_METHOD_NAMES, EquitySummary, equityGap, equitySummary } from "../equity/equityGap";
import { ArgName, Cell, ErrorCell, Grid, Input, isOmitted, optionalChoice, toVector } from "./cells";
import { commonLength, keptRows, numbersAt, requireEach } from "./rows";

export const EQUITYGAP_ARGS = {
  index: { sv: "index", en: "index" },
  resource: { sv: "resurs", en: "resource" },
  pupils: { sv: "elever", en: "pupils" },
  method: { sv: "metod", en: "method" },
} satisfies Record<string, ArgName>;

/** Labels of the summary table, in order. */
const SUMMARY_ROWS: [keyof EquitySummary, string, string][] = [
  ["quartile", "Skillnad högsta − lägsta behovskvartil", "Difference highest − lowest need quarter"],
  ["ratio", "Kvot högsta / lägsta behovskvartil", "Ratio highest / lowest need quarter"],
  ["slope", "Lutning per indexpoäng", "Slope per index point"],
  ["correlation", "Korrelation", "Correlation"],
  ["concentration", "Koncentrationsindex", "Concentration index"],
  ["highMean", "Medel i kvartilen med högst behov", "Mean in the highest-need quarter"],
  ["lowMean", "Medel i kvartilen med lägst behov", "Mean in the lowest-need quarter"],
  ["schools", "Antal skolor", "Number of schools"],
  ["pupils", "Antal elever", "Number of pupils"],
];

/**
 * LIKVARD.EQUITYGAP on cells: one measure as a single cell, or with method
 * "summary" a labelled two-column table in the user's language, where a
 * measure that has no value shows its error in its own row.
 */
export function equitygapCells(index: Input, resource: Input, pupils?: Input, method?: Input, lang: Lang = "sv"): Grid {
  const a = EQUITYGAP_ARGS;
  const indexVector = toVector(index, a.index);
  const resourceVector = toVector(resource, a.resource);
  const pupilsVector = isOmitted(pupils) ? undefined : toVector(pupils as Input, a.pupils);
  const keys = pupilsVector ? [indexVector, resourceVector, pupilsVector] : [indexVector, resourceVector];
  const rows = keptRows(keys, commonLength(keys));
  const chosen = optionalChoice(method, a.method, EQUITY_METHOD_NAMES, "quartile");

  const x = numbersAt(indexVector, rows);
  const y = numbersAt(resourceVector, rows);
  let w: Float64Array;
  if (pupilsVector) {
    w = numbersAt(pupilsVector, rows);
    requireEach(
      w,
      pupilsVector,
      rows,
      (p) => p >= 0,
      (p) => ({
        sv: `negativt elevantal (${p}).`,
        en: `a negative pupil count (${p}).`,
      }),
    );
  } else {
    w = new Float64Array(x.length).fill(1);
  }

  if (chosen !== "summary") return [[equityGap(x, y, w, chosen)]];
  const summary = equitySummary(x, y, w);
  return SUMMARY_ROWS.map(([key, sv, en]) => {
    const value = summary[key];
    const cell: Cell = value instanceof LikvardError ? ErrorCell.from(value) : value;
    return [lang === "sv" ? sv : en, cell];
  });
}
