/**
 * Errors that Likvärd reports in a cell. The model never returns NaN or
 * Infinity: anything it cannot compute becomes a LikvardError, which each host
 * turns into its own error value (CustomFunctions.Error in Excel, CellError in
 * the headless engine) carrying the message in the user's language.
 */

/** Which Excel error a problem maps to. */
export type ErrorKind = "value" | "num" | "div0" | "na" | "name" | "ref" | "null";

/** The languages Likvärd speaks. Swedish is the users' language. */
export type Lang = "sv" | "en";

/** The one rule for Office's display language ("sv-SE", "en-US", …): Swedish for sv-*, English otherwise. */
export function languageOf(displayLanguage: string | undefined): Lang {
  return (displayLanguage ?? "").toLowerCase().startsWith("sv") ? "sv" : "en";
}

/** A text in both languages. */
export interface Text {
  sv: string;
  en: string;
}

/** The Excel spelling of each kind, for hosts and messages. */
export const EXCEL_ERROR: Record<ErrorKind, string> = {
  value: "#VALUE!",
  num: "#NUM!",
  div0: "#DIV/0!",
  na: "#N/A",
  name: "#NAME?",
  ref: "#REF!",
  null: "#NULL!",
};

/** The kind of an Excel error code such as "#N/A"; unknown codes count as #VALUE!. */
export function kindOfExcelError(code: string): ErrorKind {
  const upper = code.trim().toUpperCase();
  for (const kind of Object.keys(EXCEL_ERROR) as ErrorKind[]) {
    if (EXCEL_ERROR[kind] === upper) return kind;
  }
  return "value";
}

export class LikvardError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly text: Text,
  ) {
    super(text.en);
    this.name = "LikvardError";
  }

  /** The message in the given language. */
  messageIn(lang: Lang): string {
    return this.text[lang];
  }
}

/** Shorthands used at throw sites: `throw valueError({ sv, en })`. */
export const valueError = (text: Text): LikvardError => new LikvardError("value", text);
export const numError = (text: Text): LikvardError => new LikvardError("num", text);
export const div0Error = (text: Text): LikvardError => new LikvardError("div0", text);
