/**
 * The block "Dataområden" ("Data ranges") at the foot of the model sheet: the
 * data ranges the user picked in the pane, so a reopened workbook starts
 * where it was left instead of from the defaults.
 *
 * Each range gets a row (label, the range as text, help, name) and a defined
 * name of its own, LIKVARD_OMR_…, that refers to the data range itself, not
 * to the text cell. That is the sturdier design: Excel moves a name's
 * reference when the user inserts or deletes rows or columns above or inside
 * the data, while a text address would go on pointing at the old cells. The
 * reader therefore takes the name's current reference first and the text only
 * where the name is gone or broken (#REF!, an unqualified range, a workbook
 * saved before names were written). A sheet without the block reads as no
 * stored ranges: the pane starts as it always did.
 */
import { Component } from "../components/components";
import { parseArea, quoteSheet, splitSheetRef } from "../sheet/addresses";
import { PaneLang, t } from "../../taskpane/i18n";

/** The ranges the pane holds, as texts like "Skolor!C2:C14" ("" = none picked). */
export interface DataRanges {
  pupils: string;
  factors: string;
  lastYear: string;
  resource: string;
  outcome: string;
  /** Each component's columns by its key (the stage columns as one range, or the count column). */
  components: Record<string, string>;
  /** The follow-up's outcome column and resource columns. */
  followUp: { outcome: string; resources: string[] };
}

type Cell = string | number;

const PREFIX = "LIKVARD_OMR_";
/** The one-pot ranges: field, name, label (the pane's own label for it). */
const MAIN = [
  ["pupils", "ELEVER", "pupils"],
  ["factors", "FAKTORER", "factorRange"],
  ["lastYear", "FJOL", "lastYear"],
  ["resource", "RESURS", "resource"],
  ["outcome", "UTFALL", "outcome"],
] as const;
const COMPONENT = `${PREFIX}KOMP_`;
const FOLLOW_UP_OUTCOME = `${PREFIX}UPPF_UTFALL`;
const FOLLOW_UP_RESOURCE = `${PREFIX}UPPF_RESURS`;

/** True for the names this block defines (the pane removes those the new model no longer has). */
export const isDataRangeName = (name: string): boolean => name.startsWith(PREFIX);

/** A range as a defined name refers to it ("Skolor!C2:C14" → Skolor, $C$2:$C$14); undefined without a sheet. */
function nameTarget(range: string): { sheet: string; ref: string } | undefined {
  const { sheet, ref } = splitSheetRef(range.replace(/\$/g, ""));
  const area = parseArea(ref);
  if (!sheet || !area) return undefined;
  return { sheet, ref: ref.replace(/([A-Z]+)(\d+)/gi, "$$$1$$$2").toUpperCase() };
}

/** The block's rows and names; nothing when no range is picked. */
export function dataRangeCells(
  ranges: DataRanges,
  components: Component[],
  lang: PaneLang,
): { cells: Cell[][]; names: { name: string; sheet: string; ref: string }[] } {
  const rows: [label: string, range: string, name: string][] = [];
  for (const [field, name, label] of MAIN) rows.push([t(label, lang), ranges[field], `${PREFIX}${name}`]);
  for (const [key, range] of Object.entries(ranges.components)) {
    const component = components.find((c) => c.key === key)?.label ?? key;
    rows.push([t("sheetComponentColumns", lang, { component }), range, `${COMPONENT}${key}`]);
  }
  rows.push([t("followUpOutcome", lang), ranges.followUp.outcome, FOLLOW_UP_OUTCOME]);
  ranges.followUp.resources.forEach((range, i) =>
    rows.push([t("followUpResource", lang, { n: i + 1 }), range, `${FOLLOW_UP_RESOURCE}${i + 1}`]),
  );
  const picked = rows.filter(([, range]) => range.trim() !== "");
  if (picked.length === 0) return { cells: [], names: [] };
  const cells: Cell[][] = [[t("sheetDataRanges", lang), t("sheetRange", lang), t("sheetDataRangesHelp", lang), ""]];
  const names: { name: string; sheet: string; ref: string }[] = [];
  for (const [label, range, name] of picked) {
    cells.push([label, range.trim(), "", name]);
    const target = nameTarget(range);
    if (target) names.push({ name, ...target });
  }
  return { cells, names };
}

/** True for the block's header row, in either language: the factors and components end above it. */
export const isDataRangeHeader = (row: unknown[] | undefined): boolean =>
  row?.[0] === t("sheetDataRanges", "sv") || row?.[0] === t("sheetDataRanges", "en");

/** A name's reference as the pane shows ranges: "Skolor!C2:C14"; undefined when broken (#REF!) or not a range. */
function asRange(refersTo: string): string | undefined {
  const { sheet, ref } = splitSheetRef(refersTo);
  const plain = ref.replace(/\$/g, "");
  if (!sheet || !parseArea(plain)) return undefined;
  return `${quoteSheet(sheet)}!${plain}`;
}

/**
 * The stored ranges from the model sheet's values and the workbook's names
 * (`refersTo` as the workbook holds it now); undefined when neither holds any
 * (a workbook saved before ranges were stored).
 */
export function readDataRanges(
  values: unknown[][],
  names: { name: string; refersTo: string }[],
): DataRanges | undefined {
  const found = new Map<string, string>();
  for (const row of values) {
    if (typeof row?.[3] === "string" && isDataRangeName(row[3]) && typeof row[1] === "string" && row[1].trim())
      found.set(row[3], row[1].trim());
  }
  // The name follows the data when rows or columns are inserted: it wins over the text.
  for (const { name, refersTo } of names) {
    const range = isDataRangeName(name) ? asRange(refersTo) : undefined;
    if (range) found.set(name, range);
  }
  if (found.size === 0) return undefined;
  const get = (name: string) => found.get(name) ?? "";
  const ranges: DataRanges = {
    pupils: get(`${PREFIX}ELEVER`),
    factors: get(`${PREFIX}FAKTORER`),
    lastYear: get(`${PREFIX}FJOL`),
    resource: get(`${PREFIX}RESURS`),
    outcome: get(`${PREFIX}UTFALL`),
    components: {},
    followUp: { outcome: get(FOLLOW_UP_OUTCOME), resources: [] },
  };
  for (const [name, range] of found) {
    if (name.startsWith(COMPONENT)) ranges.components[name.slice(COMPONENT.length)] = range;
  }
  for (let i = 1; found.has(`${FOLLOW_UP_RESOURCE}${i}`); i++)
    ranges.followUp.resources.push(get(`${FOLLOW_UP_RESOURCE}${i}`));
  return ranges;
}
