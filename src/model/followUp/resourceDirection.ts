/**
 * Which way a follow-up resource counts and how its numbers show. Most
 * resources are "more is more" (certified teachers, kronor per pupil), but a
 * ratio such as pupils per teacher is more resource when it is lower: fewer
 * pupils per teacher where need is high is compensatory, though its gap and
 * correlation against need are negative.
 */
export type ResourceDirection = "higher" | "lower";

/** Lower is more resource for "… per lärare", "elever per …", "per teacher", "pupils per …". */
const LOWER_IS_MORE = /\bper (lärare|lärartjänst|heltidstjänst|teacher|fte)\b|\b(elever|pupils|students) per\b/i;

/** The direction a header suggests: lower for pupils-per-teacher ratios, else higher. */
export function defaultDirection(header: string): ResourceDirection {
  return LOWER_IS_MORE.test(header) ? "lower" : "higher";
}

/**
 * An Excel number format (locale-independent) for a resource's own values:
 * kronor whole when the header says kr, a share as a percentage when every
 * number is in [0, 1], else one decimal.
 */
export function resourceFormat(header: string, values: readonly (readonly unknown[])[]): string {
  if (/\b(kr|kronor|sek)\b/i.test(header)) return "#,##0";
  const numbers = values.flat().filter((v): v is number => typeof v === "number" && Number.isFinite(v));
  if (numbers.length > 0 && numbers.every((v) => v >= 0 && v <= 1)) return "0.0%";
  return "0.0";
}
