/**
 * `likvard freeze IN -o OUT`: every Likvärd formula, and every cell of its
 * spill, becomes its freshly computed value; everything else stays and keeps
 * working (other formulas get fresh cached values, and a spill reference
 * `K2#` to a frozen range becomes the range itself). The provenance sheet
 * lists what was frozen, from which formula, when, and with what checksum.
 * A Likvärd formula the engine cannot evaluate is not frozen from stale
 * values unless asked (`allowStale`), and the provenance sheet then says so.
 */
import { Lang } from "../model/errors";
import {
  FrozenRange,
  HEADER_ROW,
  PROVENANCE_SHEET,
  frozenRange,
  provenanceAfterFreeze,
} from "../model/freeze/provenance";
import { isLikvardFormula } from "../model/freeze/likvardFormula";
import { FrozenAnchors, anchorKey, unspillReferences } from "../model/freeze/spillReferences";
import { Area, areaName, inArea } from "../model/sheet/addresses";
import { Value } from "./cellValues";
import { Evaluation, FormulaCell, FormulaResult, evaluateWorkbook } from "./evaluateWorkbook";
import { putSheet } from "./package/addSheet";
import { formulaCellXml, valueCellXml } from "./package/cellXml";
import { addEdit } from "./package/sheetXml";
import { removeContentType, removeRelationshipTo } from "./package/workbookParts";
import { OpenedWorkbook, cachedValues, sheetGrid } from "./readWorkbook";
import { LIKVARD_VERSION } from "./version";
import { loadWorkbook, saveWorkbook } from "./workbookIO";
import { UsageError } from "./workbookFile";
import { WorkbookEdits, sheetCells, writeResults } from "./writeResults";

export interface FreezeOutcome {
  evaluation: Evaluation;
  frozen: FrozenRange[];
}

/** Freeze stopped because Likvärd formulas could not be recomputed; nothing was written. */
export class FreezeRefused extends UsageError {}

export async function freeze(
  input: string,
  output: string,
  options: { force: boolean; lang: Lang; date?: Date; allowStale?: boolean },
): Promise<FreezeOutcome> {
  const { lang } = options;
  const workbook = await loadWorkbook(input, lang);
  const evaluation = evaluateWorkbook(workbook, lang);
  const stale = evaluation.unevaluable.filter((u) => u.cell.likvard);
  if (stale.length > 0 && !options.allowStale) {
    const cells = stale.map((u) => `${u.cell.sheet}!${u.cell.address}`).join(", ");
    throw new FreezeRefused(
      lang === "sv"
        ? `Frös ingenting: ${cells} kan inte räknas om utan Excel, och deras sparade värden kan vara inaktuella. Räkna om i Excel först, eller frys de sparade värdena med --allow-stale (det står då på bladet "${PROVENANCE_SHEET}").`
        : `Froze nothing: ${cells} cannot be recalculated outside Excel, and their cached values may be stale. Recalculate in Excel first, or freeze the cached values with --allow-stale (the sheet "${PROVENANCE_SHEET}" then says so).`,
    );
  }
  const stamp = { date: (options.date ?? new Date()).toISOString().slice(0, 10), version: LIKVARD_VERSION };
  const toFreeze: FormulaResult[] = [
    ...evaluation.results.filter((r) => r.cell.likvard),
    ...(stale.length > 0 ? staleResults(stale, cachedValues(workbook)) : []),
  ];
  const staleNote = (cell: FormulaCell) => {
    const reason = stale.find((u) => u.cell === cell)?.reason;
    if (!reason) return undefined;
    return lang === "sv"
      ? `Inaktuellt: fryst från Excels sparade värden utan omräkning (${reason}).`
      : `Stale: frozen from Excel's cached values without recalculation (${reason}).`;
  };

  const edits = await writeResults(
    workbook,
    evaluation.results.filter((r) => !r.cell.likvard),
  );
  const frozen: FrozenRange[] = [];
  const anchors: FrozenAnchors = new Map();
  for (const { cell, area, values } of toFreeze) {
    const sheet = workbook.sheets[cell.sheetId];
    const cells = sheetCells(workbook, edits, cell.sheet);
    if (!sheet.scan || !cells) continue;
    const cover = cell.storedArea ? [area, cell.storedArea] : [area];
    for (const part of cover) {
      for (let r = part.top; r < part.top + part.rows; r++) {
        for (let c = part.left; c < part.left + part.cols; c++) {
          const value: Value = inArea(area, r, c) ? values[r - area.top][c - area.left] : null;
          addEdit(cells.edits, r, c, valueCellXml(sheet.scan, cells.scannedAt(r, c), r, c, value));
        }
      }
    }
    const range = areaName(area);
    const entry = await frozenRange({ sheet: cell.sheet, range, formula: cell.formula, values }, stamp);
    const note = staleNote(cell);
    frozen.push(note ? { ...entry, message: entry.message ? `${note} ${entry.message}` : note } : entry);
    anchors.set(anchorKey(cell.sheet, cell.address), { sheet: cell.sheet, range });
  }
  rewriteSpillReferences(workbook, evaluation, anchors, edits);
  if (frozen.length > 0) await dropCalcChain(workbook);
  await writeProvenance(workbook, frozen, lang);
  await saveWorkbook(workbook, edits, output, { input, force: options.force, lang });
  return { evaluation, frozen };
}

/** Unevaluable formulas' values as Excel cached them (each anchor and its recorded spill). */
function staleResults(
  stale: { cell: FormulaCell }[],
  cached: (sheet: string, row: number, col: number) => Value,
): FormulaResult[] {
  return stale.map(({ cell }) => {
    const area: Area = cell.storedArea ?? { top: cell.row, left: cell.col, rows: 1, cols: 1 };
    const values = Array.from({ length: area.rows }, (_, r) =>
      Array.from({ length: area.cols }, (_, c) => cached(cell.sheet, area.top + r, area.left + c)),
    );
    return { cell, area, values };
  });
}

/** Formulas that refer to a frozen spill (`_xlfn.ANCHORARRAY(K2)`, Excel's stored `K2#`) get its range instead. */
function rewriteSpillReferences(
  workbook: OpenedWorkbook,
  evaluation: Evaluation,
  anchors: FrozenAnchors,
  edits: WorkbookEdits,
) {
  if (anchors.size === 0) return;
  const results = new Map(evaluation.results.map((r) => [r.cell.source, r]));
  for (const sheet of workbook.sheets) {
    if (!sheet.scan) continue;
    for (const cell of sheet.cells) {
      const stored = cell.scanned?.formula;
      // A shared formula's follower has no text of its own: it follows its master's.
      if (cell.formula === undefined || !stored?.text || isLikvardFormula(cell.formula)) continue;
      const text = unspillReferences(stored.text, sheet.name, anchors);
      if (text === stored.text) continue;
      const value = results.get(cell)?.values[0][0] ?? cell.value;
      const cells = sheetCells(workbook, edits, sheet.name);
      if (cells && cell.scanned)
        addEdit(cells.edits, cell.row, cell.col, formulaCellXml(sheet.scan, cell.scanned, { value, text }));
    }
  }
}

/** Excel rebuilds its calculation chain; one that lists cells which no longer hold formulas makes it repair the file. */
async function dropCalcChain(workbook: OpenedWorkbook): Promise<void> {
  for (const [, rel] of workbook.info.relationships) {
    if (!rel.type.endsWith("/calcChain")) continue;
    workbook.pkg.remove(rel.path);
    await removeRelationshipTo(workbook.pkg, workbook.info.path, rel.path);
    await removeContentType(workbook.pkg, rel.path);
  }
}

/** Writes the provenance sheet, keeping the ranges an earlier freeze listed. */
async function writeProvenance(workbook: OpenedWorkbook, frozen: FrozenRange[], lang: Lang): Promise<void> {
  const existing = workbook.sheets.find((s) => s.name === PROVENANCE_SHEET);
  const rows = provenanceAfterFreeze(existing ? sheetGrid(existing.cells) : [], frozen, lang);
  if (rows.length <= HEADER_ROW + 1) return; // nothing frozen, now or before
  await putSheet(workbook.pkg, workbook.info, PROVENANCE_SHEET, {
    rows,
    widths: [18, 14, 70, 68, 12, 16, 50],
    merges: [{ top: 1, left: 0, rows: 1, cols: 7 }],
    heights: new Map([[1, 48]]),
  });
}
