/** LIKVARD.SOCIOFIT, declared: computed by src/model/sheet/sociofitCells.ts. */
import { FunctionDescriptor, choices } from "./descriptor";

export type FitModel = "logit" | "quasilogit" | "linear";

/** Accepted spellings of SOCIOFIT's model. */
export const FIT_MODEL_NAMES: Record<string, FitModel> = {
  logit: "logit",
  quasilogit: "quasilogit",
  kvasilogit: "quasilogit",
  linear: "linear",
  linjär: "linear",
  linjar: "linear",
};

/** The columns of the coefficient table, as R's summary() prints them. */
export const FIT_COLUMNS = 4; // estimate, standard error, z or t, p-value

export const SOCIOFIT = {
  name: "SOCIOFIT",
  text: {
    en: "Fits the weights of a need index to an outcome, as R's glm or lm: estimate, standard error, statistic and p-value per term.",
    sv: "Skattar behovsindexets vikter mot ett utfall, som R:s glm eller lm: skattning, medelfel, teststorhet och p-värde per term.",
  },
  args: {
    factors: {
      sv: "faktorer",
      type: "factors",
      text: {
        en: "Factor shares: one row per school, one column per factor.",
        sv: "Faktorandelar: en rad per skola, en kolumn per faktor.",
      },
    },
    outcome: {
      sv: "utfall",
      type: "schools",
      text: {
        en: "The outcome per school, e.g. the share of pupils not eligible for upper secondary school.",
        sv: "Utfallet per skola, t.ex. andelen elever som inte är behöriga till gymnasiet.",
      },
    },
    pupils: {
      sv: "elever",
      type: "schools",
      optional: true,
      text: {
        en: "Pupils per school (binomial trials, or weights in the linear model); omitted = every school counts once.",
        sv: "Elever per skola (antal försök, eller vikter i den linjära modellen); utelämnat = varje skola räknas en gång.",
      },
    },
    model: {
      sv: "modell",
      type: "word",
      optional: true,
      ...choices(FIT_MODEL_NAMES, "logit"),
      text: {
        en: '"logit" (default): binomial GLM; "quasilogit": the same with overdispersion; "linear": weighted least squares.',
        sv: '"logit" (standard): binomial GLM; "quasilogit": samma med överspridning; "linear": viktad minstakvadratmetod.',
      },
    },
  },
  result: {
    text: {
      en: "A table with one row per term (intercept first): estimate, standard error, statistic, p-value.",
      sv: "En tabell med en rad per term (interceptet först): skattning, medelfel, teststorhet, p-värde.",
    },
    // The intercept's row, then one per factor column.
    size: (call) => ({ kind: "table", rows: call.columns("factors") + 1, columns: FIT_COLUMNS }),
  },
} satisfies FunctionDescriptor;
