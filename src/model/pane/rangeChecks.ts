/**
 * Checks of the ranges the pane is pointed at, before any number is read:
 * each problem gets its own message naming the range — a range that is not
 * one, a pupils range of several columns, a header row included, ranges of
 * different lengths or starting on different rows, a range with nothing in it.
 */
import { Lang } from "../errors";
import { Area, parseArea, splitSheetRef } from "../sheet/addresses";
import { isEmpty } from "../sheet/cells";

export interface NamedRange {
  /** The field's label, as the pane shows it ("Elever"). */
  label: string;
  ref: string;
  /** The range's values, as read; undefined if not read. */
  values?: unknown[][];
  /** True for a range of one column (pupils, last year, resource, outcome). */
  column?: boolean;
}

const say = (lang: Lang, sv: string, en: string) => (lang === "sv" ? sv : en);

/** "Elever (Skolor!B1:B13)" */
const named = (r: NamedRange) => `${r.label} (${r.ref})`;

/** The area of a range's text, or undefined. */
export function areaOf(ref: string): { sheet?: string; area: Area } | undefined {
  const { sheet, ref: cells } = splitSheetRef(ref);
  const area = parseArea(cells);
  return area ? { sheet, area } : undefined;
}

/** The first problem with the ranges, or undefined. The first range is the pupils range, the one the rest follow. */
export function rangeProblem(ranges: NamedRange[], lang: Lang): string | undefined {
  const given = ranges.filter((r) => r.ref.trim() !== "");
  for (const r of given) {
    const parsed = areaOf(r.ref);
    if (!parsed) {
      return say(
        lang,
        `${r.label}: "${r.ref}" är inget område (skriv t.ex. Skolor!B2:B13).`,
        `${r.label}: "${r.ref}" is not a range (write e.g. Schools!B2:B13).`,
      );
    }
    if (r.column && parsed.area.cols > 1) {
      return say(
        lang,
        `${named(r)} ska vara en kolumn men är ${parsed.area.cols} kolumner bred.`,
        `${named(r)} must be one column but is ${parsed.area.cols} columns wide.`,
      );
    }
    const first = r.values?.[0];
    if (
      first &&
      first.some((v) => typeof v === "string" && v.trim() !== "") &&
      !first.some((v) => typeof v === "number")
    ) {
      const header = String(first.find((v) => typeof v === "string" && v.trim() !== ""));
      return say(
        lang,
        `${named(r)} börjar med rubriken "${header}": låt området börja på raden under.`,
        `${named(r)} starts with the header "${header}": start the range on the row below.`,
      );
    }
    if (r.values && r.values.every((row) => row.every((v) => isEmpty(v as never)))) {
      return say(
        lang,
        `${named(r)} är tomt: ligger området utanför data?`,
        `${named(r)} is empty: is the range past the data?`,
      );
    }
  }
  const [lead, ...rest] = given;
  const leadArea = lead && areaOf(lead.ref)?.area;
  if (!lead || !leadArea) return undefined;
  for (const r of rest) {
    const area = areaOf(r.ref)?.area as Area;
    if (area.rows !== leadArea.rows) {
      return say(
        lang,
        `${named(r)} har ${area.rows} rader men ${named(lead)} har ${leadArea.rows}: ge dem samma rader.`,
        `${named(r)} has ${area.rows} rows but ${named(lead)} has ${leadArea.rows}: give them the same rows.`,
      );
    }
    if (area.top !== leadArea.top) {
      return say(
        lang,
        `${named(r)} börjar på rad ${area.top + 1} men ${named(lead)} på rad ${leadArea.top + 1}: raderna måste vara samma skolor.`,
        `${named(r)} starts on row ${area.top + 1} but ${named(lead)} on row ${leadArea.top + 1}: the rows must be the same schools.`,
      );
    }
  }
  return undefined;
}
