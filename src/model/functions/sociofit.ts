/** LIKVARD.SOCIOFIT, declared: computed by src/model/sheet/sociofitCells.ts. */
import { ArgumentDescriptor, FunctionDescriptor, choices } from "./descriptor";
import { MISSING_ARGUMENT } from "./missing";
import { FACTORS_ARGUMENT, FIT_PUPILS_ARGUMENT } from "./sharedArguments";

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

/** Rows that `stats` adds under the coefficient table (three rows of four numbers). */
export const FIT_STATS_ROWS = 3;

/** The model argument as SOCIOFIT and EXPECTED declare it. */
export const FIT_MODEL_ARGUMENT = {
  sv: "modell",
  type: "word",
  optional: true,
  ...choices(FIT_MODEL_NAMES, "logit"),
  text: {
    en: '"logit" (default): binomial GLM; "quasilogit": the same with overdispersion; "linear": weighted least squares.',
    sv: '"logit" (standard): binomial GLM; "quasilogit": samma med överspridning; "linear": viktad minstakvadratmetod.',
  },
} satisfies ArgumentDescriptor;

/** TRUE typed in the formula (or a non-zero number): the result is known to have the stats rows. */
function statsTyped(value: string | number | boolean | undefined): boolean {
  return value === true || (typeof value === "number" && value !== 0);
}

export const SOCIOFIT = {
  name: "SOCIOFIT",
  text: {
    en: "Fits the weights of a need index to an outcome, as R's glm or lm: estimate, standard error, statistic and p-value per term.",
    sv: "Skattar behovsindexets vikter mot ett utfall, som R:s glm eller lm: skattning, medelfel, teststorhet och p-värde per term.",
  },
  args: {
    factors: FACTORS_ARGUMENT,
    outcome: {
      sv: "utfall",
      type: "schools",
      text: {
        en: "The outcome per school, e.g. the share of pupils not eligible for upper secondary school.",
        sv: "Utfallet per skola, t.ex. andelen elever som inte är behöriga till gymnasiet.",
      },
    },
    pupils: FIT_PUPILS_ARGUMENT,
    model: FIT_MODEL_ARGUMENT,
    missing: MISSING_ARGUMENT,
    stats: {
      sv: "statistik",
      type: "logical",
      optional: true,
      text: {
        en: "TRUE adds three rows: schools used, pupils, rows left out, residual df; deviance, null deviance, dispersion, AIC; R², model test, its df, p-value.",
        sv: "SANT lägger till tre rader: skolor som används, elever, utelämnade rader, residualfrihetsgrader; devians, nolldevians, dispersion, AIC; R², modelltest, dess frihetsgrader, p-värde.",
      },
    },
  },
  result: {
    text: {
      en: "A table with one row per term (intercept first): estimate, standard error, statistic, p-value; with stats, three rows of fit statistics under it.",
      sv: "En tabell med en rad per term (interceptet först): skattning, medelfel, teststorhet, p-värde; med statistik tre rader anpassningsmått under den.",
    },
    // The intercept's row, then one per factor column; the stats rows when TRUE is typed in the formula.
    size: (call) => ({
      kind: "table",
      rows: call.columns("factors") + 1 + (statsTyped(call.literal("stats")) ? FIT_STATS_ROWS : 0),
      columns: FIT_COLUMNS,
    }),
  },
} satisfies FunctionDescriptor;
