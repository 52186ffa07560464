/**
 * Checks of one setting the pane's fields parse to a number: the values a
 * user expects refused (a negative floor or decrease, a rounding unit larger
 * than the pot, which gives one school all of it) get a message under the field instead of
 * being accepted silently. The unit's rule is ALLOCATE's own (unitTooLarge).
 */
import { unitTooLarge } from "../allocate/allocate";
import { Lang } from "../errors";
import { ModelSettings } from "./modelSettings";

export type CheckedSetting = "floor" | "cap" | "maxDecrease" | "maxIncrease" | "unit";

const NEGATIVE: Record<Exclude<CheckedSetting, "unit">, [string, string]> = {
  floor: ["Golvet kan inte vara negativt.", "The floor cannot be negative."],
  cap: ["Taket kan inte vara negativt.", "The cap cannot be negative."],
  maxDecrease: [
    "Största minskning kan inte vara negativ: ange t.ex. 2 för högst 2 % mindre än i fjol.",
    "The largest decrease cannot be negative: give e.g. 2 for at most 2 % less than last year.",
  ],
  maxIncrease: [
    "Största ökning kan inte vara negativ: ange t.ex. 5 för högst 5 % mer än i fjol.",
    "The largest increase cannot be negative: give e.g. 5 for at most 5 % more than last year.",
  ],
};

/** Why `value` (as stored: a fraction for percents, NaN for none) is refused for `key`, or undefined. */
export function settingProblem(
  key: CheckedSetting,
  value: number,
  settings: Pick<ModelSettings, "pot">,
  lang: Lang,
): string | undefined {
  if (!Number.isFinite(value)) return undefined;
  if (key === "unit") {
    if (value < 0)
      return lang === "sv"
        ? "Avrundningsenheten kan inte vara negativ: ange 0 (ingen avrundning) eller t.ex. 1 eller 1000."
        : "The rounding unit cannot be negative: give 0 (no rounding) or e.g. 1 or 1000.";
    // The pane's schools are many: two is enough for the rule.
    const tooLarge = unitTooLarge(value, settings.pot, 2);
    return tooLarge ? tooLarge[lang] : undefined;
  }
  if (value < 0) return NEGATIVE[key][lang === "sv" ? 0 : 1];
  return undefined;
}
