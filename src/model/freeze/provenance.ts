/**
 * The provenance sheet a frozen workbook carries ("Likvärd – källa"): one row
 * per frozen range with the formula it came from, when, by which version,
 * and a checksum of the frozen values. Written by `likvard freeze` and the
 * pane's "share as values", read back by `likvard verify`.
 */
import { Lang } from "../errors";
import { readableFormula } from "./likvardFormula";

export const PROVENANCE_SHEET = "Likvärd – källa";

/** One frozen range. */
export interface FrozenRange {
  sheet: string;
  /** "K2:K13" */
  range: string;
  /** As a person types it: "=LIKVARD.ALLOCATE(…)". */
  formula: string;
  /** SHA-256 of the frozen values, hex (see valuesChecksum). */
  checksum: string;
  /** ISO date of the freeze. */
  date: string;
  version: string;
  /** The Likvärd message when the formula evaluated to an error. */
  message: string;
}

const HEADER: Record<Lang, string[]> = {
  sv: ["Blad", "Område", "Formel", "Kontrollsumma (SHA-256)", "Fryst", "Likvärd-version", "Meddelande"],
  en: ["Sheet", "Range", "Formula", "Checksum (SHA-256)", "Frozen", "Likvärd version", "Message"],
};

/**
 * The sheet's title and introduction: what the ranges were, which version froze them, and how anyone checks
 * them without installing anything (the verifier page and the single-file command, issue 21).
 */
const INTRO: Record<Lang, (froze: string) => string[]> = {
  sv: (froze) => [
    "Likvärd – källa: frysta resultat",
    `Områdena nedan var Likvärd-formler. ${froze} har ersatt dem med sina värden, så att arbetsboken visar samma tal ` +
      "utan tillägget; formlerna och kontrollsummorna står kvar här. Vem som helst kan kontrollera talen utan att " +
      "installera något: öppna Likvärds kontrollsida verify.html i en webbläsare och välj den här filen (filen lämnar " +
      "inte datorn), eller kör `node likvard.cjs verify <fil>.xlsx` med Node 20 eller senare (`npx likvard verify " +
      "<fil>.xlsx` där Likvärd är installerat). Båda finns där tillägget publiceras; be den som skickade " +
      "arbetsboken om dem.",
  ],
  en: (froze) => [
    "Likvärd – source: frozen results",
    `The ranges below were Likvärd formulas. ${froze} replaced them by their values, so the workbook shows the same ` +
      "numbers without the add-in; the formulas and checksums remain here. Anyone can check the numbers without " +
      "installing anything: open Likvärd's checking page verify.html in a browser and choose this file (the file does " +
      "not leave the computer), or run `node likvard.cjs verify <file>.xlsx` with Node 20 or later (`npx likvard " +
      "verify <file>.xlsx` where Likvärd is installed). Both are published beside the add-in; ask whoever sent the " +
      "workbook for them.",
  ],
};

/** "Likvärd 0.1.0", or every version that froze a range here. */
function frozeWith(ranges: FrozenRange[]): string {
  const versions = [...new Set(ranges.map((r) => r.version).filter((v) => v !== ""))];
  return versions.length === 0 ? "Likvärd" : `Likvärd ${versions.join(", ")}`;
}

/** Row of the column headers (0-based); entries follow directly below. */
export const HEADER_ROW = 3;

/** The sheet's cells: an introduction, the headers and one row per range. */
export function provenanceGrid(ranges: FrozenRange[], lang: Lang): string[][] {
  const [title, text] = INTRO[lang](frozeWith(ranges));
  return [
    [title],
    [text],
    [],
    HEADER[lang],
    ...ranges.map((r) => [r.sheet, r.range, r.formula, r.checksum, r.date, r.version, r.message]),
  ];
}

/** A provenance cell's text: what a sheet holds there is text, a number or empty. */
function cellText(c: unknown): string {
  return typeof c === "string" || typeof c === "number" || typeof c === "boolean" ? String(c) : "";
}

/** The ranges listed on a provenance sheet (either language), read from its cells. */
export function readProvenance(grid: unknown[][]): FrozenRange[] {
  const header = grid[HEADER_ROW]?.map(cellText);
  const known = [HEADER.sv[0], HEADER.en[0]];
  if (!header || !known.includes(header[0])) return [];
  const out: FrozenRange[] = [];
  for (const row of grid.slice(HEADER_ROW + 1)) {
    const cells = (row ?? []).map(cellText);
    if (!cells[0] || !cells[1] || !cells[2]) continue;
    const [sheet, range, formula, checksum = "", date = "", version = "", message = ""] = cells;
    out.push({ sheet, range, formula, checksum, date, version, message });
  }
  return out;
}

/** A frozen value as the checksum sees it: numbers in full, errors by code, empty as "". */
export type FrozenValue = number | string | boolean | null | { error: string; message?: string };

/**
 * SHA-256 over a canonical text of the values (row by row, JSON with numbers
 * in JavaScript's shortest round-trip form), so the same numbers give the
 * same checksum in Node and in the browser.
 */
export async function valuesChecksum(values: FrozenValue[][]): Promise<string> {
  const canonical = JSON.stringify(
    values.map((row) => row.map((v) => (v === null || v === "" ? "" : typeof v === "object" ? v.error : v))),
  );
  const digest = await globalThis.crypto.subtle.digest("SHA-256", new TextEncoder().encode(canonical));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

/** The provenance entry of one range frozen from `formula` (either stored form) to `values`. */
export async function frozenRange(
  frozen: { sheet: string; range: string; formula: string; values: FrozenValue[][] },
  stamp: { date: string; version: string },
): Promise<FrozenRange> {
  const top = frozen.values[0]?.[0];
  return {
    sheet: frozen.sheet,
    range: frozen.range,
    formula: readableFormula(frozen.formula),
    checksum: await valuesChecksum(frozen.values),
    date: stamp.date,
    version: stamp.version,
    message: top !== null && typeof top === "object" ? (top.message ?? top.error) : "",
  };
}

/**
 * The provenance sheet after a freeze: the ranges an earlier freeze listed
 * (read from the sheet's cells, `earlier`, empty when there is none) and then
 * the ones frozen now. Engine and pane both write exactly this.
 */
export function provenanceAfterFreeze(earlier: unknown[][], frozen: FrozenRange[], lang: Lang): string[][] {
  return provenanceGrid([...readProvenance(earlier), ...frozen], lang);
}
