/** LIKVARD.EXPECTED, declared: computed by src/model/sheet/expectedCells.ts. */
import { FunctionDescriptor } from "./descriptor";
import { MISSING_ARGUMENT } from "./missing";
import { FIT_MODEL_ARGUMENT } from "./sociofit";
import { FACTORS_ARGUMENT, FIT_PUPILS_ARGUMENT } from "./sharedArguments";

/** The columns of the result: expected value, residual, standardized residual. */
export const EXPECTED_COLUMNS = 3;

export const EXPECTED = {
  name: "EXPECTED",
  text: {
    en: "Each school's expected outcome given its factors (the fit SOCIOFIT makes), its residual and standardized residual, as R's fitted() and rstandard().",
    sv: "Varje skolas förväntade utfall givet dess faktorer (samma skattning som SOCIOFIT), residualen och den standardiserade residualen, som R:s fitted() och rstandard().",
  },
  args: {
    factors: FACTORS_ARGUMENT,
    outcome: {
      sv: "utfall",
      type: "schools",
      text: {
        en: "The outcome per school, e.g. meritvärde (linear) or the share eligible for upper secondary school (logit).",
        sv: "Utfallet per skola, t.ex. meritvärde (linjär) eller andelen behöriga till gymnasiet (logit).",
      },
    },
    pupils: FIT_PUPILS_ARGUMENT,
    model: FIT_MODEL_ARGUMENT,
    missing: MISSING_ARGUMENT,
  },
  result: {
    text: {
      en: "Per school: expected value, residual (outcome − expected; positive = above expectation) and standardized residual (beyond ±2: clearly above or below).",
      sv: "Per skola: förväntat värde, residual (utfall − förväntat; positiv = över förväntan) och standardiserad residual (bortom ±2: klart över eller under).",
    },
    size: () => ({ kind: "perSchool", columns: EXPECTED_COLUMNS }),
  },
} satisfies FunctionDescriptor;
