/** Numbers as the pane shows them: Intl.NumberFormat in the pane's language, "–" for no number. */
import { PaneLang } from "./i18n";

export const localeOf = (lang: PaneLang): string => (lang === "sv" ? "sv-SE" : "en-GB");

/** `x` with exactly `digits` decimals ("64 000 000", "1,25"); "–" when it is not a finite number. */
export function formatNumber(x: number | undefined, lang: PaneLang, digits = 0): string {
  return x === undefined || !Number.isFinite(x)
    ? "–"
    : new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(x);
}

/** `x` with `digits` significant digits, for estimates and p-values. */
export function formatSignificant(x: number, lang: PaneLang, digits = 3): string {
  return new Intl.NumberFormat(localeOf(lang), { maximumSignificantDigits: digits }).format(x);
}

/** An amount in kronor: whole, or with its öre when it has them (a pot of 64 000 000,50 is not 64 000 001). */
export function formatKronorShown(x: number, lang: PaneLang): string {
  const hasOre = Number.isFinite(x) && Math.round(x * 100) % 100 !== 0;
  return `${formatNumber(x, lang, hasOre ? 2 : 0)} kr`;
}
