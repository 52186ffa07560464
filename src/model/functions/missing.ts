/**
 * The `missing` argument shared by SOCIOINDEX, SOCIOFIT, EQUITYGAP and
 * EXPECTED: what to do with a row that has some but not all of its values
 * (an empty cell, or one of Skolverket's markers for a suppressed figure).
 */
import { ArgumentDescriptor, choices } from "./descriptor";

/** "error": the row is an error; "skip": it is left out (R's na.omit); "mean": factor shares filled in (SOCIOINDEX). */
export type MissingRule = "error" | "skip" | "mean";

/** Accepted spellings of "error" and "skip". */
export const MISSING_NAMES: Record<string, "error" | "skip"> = {
  error: "error",
  fel: "error",
  skip: "skip",
  utelämna: "skip",
  utelamna: "skip",
};

/** SOCIOINDEX's spellings: "error", "skip" and "mean". */
export const MISSING_OR_MEAN_NAMES: Record<string, MissingRule> = { ...MISSING_NAMES, mean: "mean", medel: "mean" };

/** The argument as SOCIOFIT, EQUITYGAP and EXPECTED declare it. */
export const MISSING_ARGUMENT = {
  sv: "saknade",
  type: "word",
  optional: true,
  ...choices(MISSING_NAMES, "error"),
  text: {
    en: 'Rows with a missing value (an empty cell, or one of Skolverket\'s markers . .. - – *): "error" (default) or "skip" (left out, as R\'s na.omit).',
    sv: 'Rader med ett saknat värde (en tom cell, eller en av Skolverkets markeringar . .. - – *): "error" (standard) eller "skip" (utelämnas, som R:s na.omit).',
  },
} satisfies ArgumentDescriptor;
