/**
 * Numbers as an economist types them into the pane, in Swedish or English
 * writing: "64 000 000", "64 000 000 kr", "0,5", "1 234,5", "1,234.5",
 * "65.000.000", a non-breaking space, a minus sign. Anything that could mean
 * two different numbers ("1.234": one thousand or one point two?) or that is
 * not a number at all is refused with a message saying why — never read as
 * something else ("65.000.000" is 65 million, never 65).
 */
import { Lang } from "../errors";

export type Parsed = { ok: true; value: number } | { ok: false; message: string };

const bad = (sv: string, en: string, lang: Lang): Parsed => ({ ok: false, message: lang === "sv" ? sv : en });

/**
 * The number in `text`; `empty` says what an empty field means: a value
 * (e.g. NaN for "no floor") or undefined when the field is required.
 */
export function parseNumberInput(text: string, lang: Lang, empty?: number, unit = ""): Parsed {
  let s = text
    .replace(/[\s\u00a0\u202f\u2009]+/g, " ")
    .trim()
    .replace(/\u2212/g, "-");
  if (unit) s = s.replace(new RegExp(`\\s*${unit}\\.?$`, "i"), "").trim();
  s = s.replace(/\s*kr\.?$/i, "").trim();
  if (s === "") {
    if (empty !== undefined) return { ok: true, value: empty };
    return bad("Ange ett tal.", "Enter a number.", lang);
  }
  const sign = s.startsWith("-") ? -1 : 1;
  if (sign < 0) s = s.slice(1).trim();
  if (!/^[\d .,]+$/.test(s) || !/\d/.test(s)) {
    return bad(`"${text.trim()}" är inte ett tal.`, `"${text.trim()}" is not a number.`, lang);
  }
  // Spaces group thousands: "64 000 000", "1 234,5".
  if (s.includes(" ")) {
    const [whole, ...rest] = s.split(/[.,]/);
    if (!/^\d{1,3}( \d{3})+$/.test(whole.trim()) || rest.length > 1) {
      return bad(
        `"${text.trim()}": mellanslagen ska dela tusental, som i 64 000 000.`,
        `"${text.trim()}": spaces must group thousands, as in 64 000 000.`,
        lang,
      );
    }
    s = s.replace(/ /g, "");
  }
  const dots = (s.match(/\./g) ?? []).length;
  const commas = (s.match(/,/g) ?? []).length;
  let normal: string;
  if (dots > 0 && commas > 0) {
    // Both: the last one is the decimal mark, the other groups thousands ("1.234,5" or "1,234.5").
    const decimal = s.lastIndexOf(",") > s.lastIndexOf(".") ? "," : ".";
    const group = decimal === "," ? "." : ",";
    const [whole, fraction, ...more] = s.split(decimal);
    if (more.length > 0 || !new RegExp(`^\\d{1,3}(\\${group}\\d{3})*$`).test(whole)) {
      return bad(`"${text.trim()}" är inte ett tal.`, `"${text.trim()}" is not a number.`, lang);
    }
    normal = `${whole.split(group).join("")}.${fraction}`;
  } else if (dots + commas > 1) {
    // One mark several times groups thousands: "65.000.000", "65,000,000".
    const mark = dots ? "." : ",";
    if (!new RegExp(`^\\d{1,3}(\\${mark}\\d{3})+$`).test(s)) {
      return bad(
        `"${text.trim()}": tusentalen ska ha tre siffror, som i 65.000.000.`,
        `"${text.trim()}": thousands need three digits, as in 65,000,000.`,
        lang,
      );
    }
    normal = s.split(mark).join("");
  } else if (dots + commas === 1) {
    const mark = dots ? "." : ",";
    const [whole, fraction] = s.split(mark);
    if (fraction.length === 3 && whole !== "" && whole !== "0") {
      // "1.234" or "1,234": one thousand two hundred and thirty-four, or one point two three four?
      const thousands = whole + fraction;
      return bad(
        `"${text.trim()}" kan läsas på två sätt: skriv ${thousands} eller ${Number(thousands) / 1000}`.replace(
          /\.(\d+)$/,
          ",$1",
        ) + ".",
        `"${text.trim()}" can be read two ways: write ${thousands} or ${Number(thousands) / 1000}.`,
        lang,
      );
    }
    if (fraction === "") {
      return bad(`"${text.trim()}" är inte ett helt tal.`, `"${text.trim()}" is not a whole number.`, lang);
    }
    normal = `${whole === "" ? "0" : whole}.${fraction}`;
  } else {
    normal = s;
  }
  const value = sign * Number(normal);
  if (!Number.isFinite(value)) {
    return bad(`"${text.trim()}" är inte ett tal.`, `"${text.trim()}" is not a number.`, lang);
  }
  return { ok: true, value };
}

/** A number as the pane shows it: "64 000 000", "0,5" (Swedish) or "64,000,000", "0.5" (English). */
export function formatNumberInput(value: number, lang: Lang, maximumFractionDigits = 6): string {
  if (!Number.isFinite(value)) return "";
  return new Intl.NumberFormat(lang === "sv" ? "sv-SE" : "en-GB", { maximumFractionDigits }).format(value);
}
