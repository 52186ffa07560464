/**
 * The texts that Likvärd functions write into cells (labels), each in every
 * language Likvärd speaks. Taken from the tables the functions write them
 * from, so a workbook recalculated in one language can be checked in another.
 */
import { Text } from "../errors";
import { SUMMARY_ROWS } from "../functions/equitygap";

const LABELS: readonly Text[] = SUMMARY_ROWS.map((row) => row.label);

/** Each label's text in any language → which label it is. */
const LABEL_ID = new Map<string, number>();
LABELS.forEach((label, id) => {
  for (const text of Object.values(label) as string[]) LABEL_ID.set(text, id);
});

/** True when `a` and `b` are the same label of a Likvärd function, in any of its languages (other texts: false). */
export function sameLabel(a: string, b: string): boolean {
  const id = LABEL_ID.get(a);
  return id !== undefined && id === LABEL_ID.get(b);
}
