/**
 * "Share as values": a copy of the result sheet in which Likvärd's formulas
 * are their values, for recipients without the add-in, and the provenance
 * sheet that lets `likvard verify` check them. The rules are the model's
 * (src/model/freeze), the same ones `likvard freeze` applies to a file.
 */
import { Lang } from "../model/errors";
import { freezeSheetCopy } from "../model/freeze/freezeSheetCopy";
import { isLikvardFormula } from "../model/freeze/likvardFormula";
import { FrozenRange, PROVENANCE_SHEET, provenanceAfterFreeze } from "../model/freeze/provenance";
import { t } from "./i18n";
import { WorkbookPort } from "./workbook/workbookPort";

/** Excel's longest sheet name. */
const MAX_SHEET_NAME = 31;

/** "Skolor (värden)", or "Skolor (värden 2)" … when that name is taken (Excel compares names case-insensitively). */
export function valuesCopyName(sheet: string, taken: string[], lang: Lang): string {
  const word = t("valuesCopy", lang);
  const used = new Set(taken.map((n) => n.toLowerCase()));
  for (let i = 1; ; i++) {
    const suffix = ` (${word}${i > 1 ? ` ${i}` : ""})`;
    const name = sheet.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!used.has(name.toLowerCase())) return name;
  }
}

export interface Shared {
  copy: string;
  frozen: FrozenRange[];
}

/** Copies `sheet`, freezes the copy's Likvärd formulas and lists them on the provenance sheet, in one batch. */
export async function shareAsValues(
  workbook: WorkbookPort,
  sheet: string,
  stamp: { date: string; version: string },
  lang: Lang,
): Promise<Shared> {
  const snapshot = await workbook.snapshot(sheet, isLikvardFormula);
  if (!snapshot) throw new Error(t("noSuchSheet", lang, { sheet }));
  const copy = valuesCopyName(sheet, await workbook.sheetNames(), lang);
  const plan = await freezeSheetCopy(snapshot, copy, stamp);
  if (plan.frozen.length === 0) throw new Error(t("noLikvardFormulas", lang, { sheet }));
  // The provenance sheet is Likvärd's own: earlier entries are kept, new ones added below.
  const grid = provenanceAfterFreeze((await workbook.readSheet(PROVENANCE_SHEET)) ?? [], plan.frozen, lang);
  const width = Math.max(...grid.map((row) => row.length));
  await workbook.write(
    [
      ...plan.writes.map((w) => ({ sheet: copy, ...w })),
      {
        sheet: PROVENANCE_SHEET,
        topLeft: "A1",
        values: grid.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? "")),
      },
    ],
    [],
    [{ from: sheet, to: copy }],
  );
  return { copy, frozen: plan.frozen };
}
