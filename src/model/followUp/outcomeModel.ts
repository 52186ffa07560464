/**
 * Which model the follow-up fits an outcome with: linear for a score such as
 * meritvärde, quasilogit for a share (the share eligible for upper secondary
 * school), as Skolverket's SALSA does. The default comes from the data.
 */
import { Lang } from "../errors";

export type OutcomeModel = "linear" | "quasilogit";

/** The user's choice: a model, or "auto" (from the data). */
export type OutcomeModelChoice = OutcomeModel | "auto";

/**
 * A share when every number is in [0, 1] (and there is at least one):
 * quasilogit; otherwise linear. Text such as Skolverket's ".." is a gap, not a value.
 */
export function defaultOutcomeModel(values: readonly (readonly unknown[])[]): OutcomeModel {
  const numbers = values.flat().filter((v): v is number => typeof v === "number" && Number.isFinite(v));
  return numbers.length > 0 && numbers.every((v) => v >= 0 && v <= 1) ? "quasilogit" : "linear";
}

/** The model the follow-up uses: the user's, or the data's default. */
export function chosenOutcomeModel(choice: OutcomeModelChoice, values: readonly (readonly unknown[])[]): OutcomeModel {
  return choice === "auto" ? defaultOutcomeModel(values) : choice;
}

/** The model as a formula argument, in the language Excel runs in (LIKVARD accepts both spellings). */
export function modelWord(model: OutcomeModel, lang: Lang): string {
  if (lang === "sv") return model === "linear" ? "linjär" : "kvasilogit";
  return model;
}
