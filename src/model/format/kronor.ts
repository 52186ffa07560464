import { Lang } from "../errors";

/**
 * An amount in kronor as a Swedish or English reader expects it in a
 * message: "12 400 000 kr" / "12,400,000 kr"; two decimals only when the
 * amount has öre.
 */
export function formatKronor(amount: number, lang: Lang): string {
  return `${formatNumber(amount, lang)} kr`;
}

/** A number with thousands grouped the Swedish or English way (at most two decimals). */
export function formatNumber(value: number, lang: Lang): string {
  if (!Number.isFinite(value)) return String(value);
  const rounded = Math.round(value * 100) / 100;
  const negative = rounded < 0;
  const [whole, fraction] = Math.abs(rounded)
    .toFixed(Number.isInteger(rounded) ? 0 : 2)
    .split(".");
  const groups = whole.replace(/\B(?=(\d{3})+(?!\d))/g, lang === "sv" ? " " : ",");
  const text = fraction ? `${groups}${lang === "sv" ? "," : "."}${fraction}` : groups;
  return negative ? `-${text}` : text;
}

/** Both languages at once, for messages. */
export function kronorText(amount: number): { sv: string; en: string } {
  return { sv: formatKronor(amount, "sv"), en: formatKronor(amount, "en") };
}

/**
 * A measured value in a message (an outcome, a pupil count, a mean): up to
 * four decimals, trailing zeros dropped, the language's decimal sign —
 * "251,4" / "251.4", never "251,40".
 */
export function formatDecimal(value: number, lang: Lang): string {
  if (!Number.isFinite(value)) return String(value);
  const text = String(Math.round(value * 1e4) / 1e4);
  return lang === "sv" ? text.replace(".", ",") : text;
}
