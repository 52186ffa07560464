/** LIKVARD.SOCIOINDEX, declared: computed by src/model/sheet/socioindexCells.ts. */
import { ScoreModel } from "../socio/socioIndex";
import { FunctionDescriptor, choices } from "./descriptor";
import { MISSING_OR_MEAN_NAMES } from "./missing";
import { FACTORS_ARGUMENT, PUPILS_EACH_ONCE_ARGUMENT } from "./sharedArguments";

/** Accepted spellings of SOCIOINDEX's model. */
export const SCORE_MODEL_NAMES: Record<string, ScoreModel> = {
  linear: "linear",
  linjär: "linear",
  linjar: "linear",
  logit: "logit",
};

export const SOCIOINDEX = {
  name: "SOCIOINDEX",
  text: {
    en: "Each school's need index (pupil-weighted mean 100) from factor shares and chosen or fitted weights.",
    sv: "Varje skolas behovsindex (elevviktat medel 100) från faktorandelar och valda eller skattade vikter.",
  },
  args: {
    factors: FACTORS_ARGUMENT,
    weights: {
      sv: "vikter",
      type: "numbers",
      text: {
        en: "One weight per factor, or the intercept first and then one weight per factor, or the whole table SOCIOFIT returns.",
        sv: "En vikt per faktor, eller interceptet först och sedan en vikt per faktor, eller hela tabellen från SOCIOFIT.",
      },
    },
    pupils: PUPILS_EACH_ONCE_ARGUMENT,
    model: {
      sv: "modell",
      type: "word",
      optional: true,
      ...choices(SCORE_MODEL_NAMES, "linear"),
      text: {
        en: '"linear" (default): intercept + weighted sum; "logit": the predicted share of a fitted logistic model.',
        sv: '"linear" (standard): intercept + viktad summa; "logit": förväntad andel enligt en skattad logistisk modell.',
      },
    },
    missing: {
      sv: "saknade",
      type: "word",
      optional: true,
      ...choices(MISSING_OR_MEAN_NAMES, "error"),
      text: {
        en: 'Rows with a missing value (an empty cell, or a marker . .. - – *): "error" (default); "skip": an empty cell, mean 100 over the other schools; "mean": a missing factor share is that factor\'s pupil-weighted mean.',
        sv: 'Rader med ett saknat värde (en tom cell, eller en markering . .. - – *): "error" (standard); "skip": tom cell, medel 100 över övriga skolor; "mean": en saknad faktorandel ersätts med faktorns elevviktade medel.',
      },
    },
  },
  result: {
    text: { en: "A column with each school's need index.", sv: "En kolumn med varje skolas behovsindex." },
    size: () => ({ kind: "perSchool", columns: 1 }),
  },
} satisfies FunctionDescriptor;
