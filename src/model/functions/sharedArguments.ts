/**
 * Arguments several functions declare alike: one declaration each, so their
 * names and texts cannot drift apart between functions.
 */
import { ArgumentDescriptor } from "./descriptor";

/** Factor shares, one row per school (SOCIOINDEX, SOCIOFIT, EXPECTED). */
export const FACTORS_ARGUMENT = {
  sv: "faktorer",
  type: "factors",
  text: {
    en: "Factor shares: one row per school, one column per factor.",
    sv: "Faktorandelar: en rad per skola, en kolumn per faktor.",
  },
} satisfies ArgumentDescriptor;

/** Optional pupils as weights; omitted, each school counts once (SOCIOINDEX, EQUITYGAP). */
export const PUPILS_EACH_ONCE_ARGUMENT = {
  sv: "elever",
  type: "schools",
  optional: true,
  text: {
    en: "Pupils per school; omitted = every school counts once.",
    sv: "Elever per skola; utelämnat = varje skola räknas en gång.",
  },
} satisfies ArgumentDescriptor;

/** Optional pupils as binomial trials or linear weights (SOCIOFIT, EXPECTED). */
export const FIT_PUPILS_ARGUMENT = {
  sv: "elever",
  type: "schools",
  optional: true,
  text: {
    en: "Pupils per school (binomial trials, or weights in the linear model); omitted = every school counts once.",
    sv: "Elever per skola (antal försök, eller vikter i den linjära modellen); utelämnat = varje skola räknas en gång.",
  },
} satisfies ArgumentDescriptor;
