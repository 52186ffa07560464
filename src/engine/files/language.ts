/** Numbers, counts and lists as a Swedish or an English reader expects them. */
import { Lang } from "../../model/errors";

const LOCALE: Record<Lang, string> = { sv: "sv-SE", en: "en-GB" };

/** The language LIKVARD_LANG asks for (en, en_GB, … mean English); Swedish otherwise. */
export function langFromEnv(env: NodeJS.ProcessEnv = process.env): Lang {
  return /^en/i.test(env.LIKVARD_LANG ?? "") ? "en" : "sv";
}

// 21 significant digits never round JavaScript's shortest round-trip digits, so no precision is lost;
// no grouping, so a value can be pasted back into Excel.
const FULL: Record<Lang, Intl.NumberFormat> = {
  sv: new Intl.NumberFormat(LOCALE.sv, { useGrouping: false, maximumSignificantDigits: 21 }),
  en: new Intl.NumberFormat(LOCALE.en, { useGrouping: false, maximumSignificantDigits: 21 }),
};

/** A cell value in full precision: `172,556` in Swedish, `172.556` in English. */
export function formatNumber(v: number, lang: Lang): string {
  const plain = String(v);
  // Beyond 1e21 or below 1e-6 JavaScript's own exponent form is the readable one.
  if (!Number.isFinite(v) || plain.includes("e")) return lang === "sv" ? plain.replace(".", ",") : plain;
  // Swedish writes U+2212 for minus; a hyphen is what terminals, grep and Excel accept.
  return FULL[lang].format(v === 0 ? 0 : v).replace("\u2212", "-");
}

/** "1 skillnad", "2 skillnader", "12 345 värden" (counts are grouped: they are read, not pasted). */
export function counted(n: number, lang: Lang, one: string, many: string): string {
  const noun = new Intl.PluralRules(LOCALE[lang]).select(n) === "one" ? one : many;
  return `${new Intl.NumberFormat(LOCALE[lang]).format(n)} ${noun}`;
}

/** "a, b och c" / "a, b and c". */
export function listed(items: string[], lang: Lang): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${lang === "sv" ? "och" : "and"} ${items[items.length - 1]}`;
}
