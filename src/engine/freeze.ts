/**
 * `likvard freeze IN -o OUT`: every Likvärd formula, and every cell of its
 * spill, becomes its freshly computed value; everything else stays and keeps
 * working (other formulas get fresh cached values, and a spill reference
 * `K2#` to a frozen range becomes the range itself). The provenance sheet
 * lists what was frozen, from which formula, when, and with what checksum.
 */
import ExcelJS from "exceljs";
import { Lang } from "../model/errors";
import { FrozenRange, PROVENANCE_SHEET, frozenRange, provenanceGrid, readProvenance } from "../model/freeze/provenance";
import { FrozenAnchors, anchorKey, unspillReferences } from "../model/freeze/spillReferences";
import { areaName } from "../model/sheet/addresses";
import { Evaluation, evaluateWorkbook } from "./evaluateWorkbook";
import { LIKVARD_VERSION } from "./version";
import { sheetGrid } from "./verify";
import { loadWorkbook, saveWorkbook } from "./workbookFile";
import { excelValue, writeResults } from "./writeResults";

export interface FreezeOutcome {
  evaluation: Evaluation;
  frozen: FrozenRange[];
}

export async function freeze(
  input: string,
  output: string,
  options: { force: boolean; lang: Lang; date?: Date },
): Promise<FreezeOutcome> {
  const { workbook } = await loadWorkbook(input);
  const evaluation = evaluateWorkbook(workbook, options.lang);
  writeResults(workbook, evaluation.results);
  const stamp = { date: (options.date ?? new Date()).toISOString().slice(0, 10), version: LIKVARD_VERSION };

  const frozen: FrozenRange[] = [];
  const anchors: FrozenAnchors = new Map();
  for (const { cell, area, values } of evaluation.results) {
    if (!cell.likvard) continue;
    const ws = workbook.getWorksheet(cell.sheet) as ExcelJS.Worksheet;
    for (let r = 0; r < area.rows; r++) {
      for (let c = 0; c < area.cols; c++)
        ws.getCell(area.top + r + 1, area.left + c + 1).value = excelValue(values[r][c]);
    }
    const range = areaName(area);
    frozen.push(await frozenRange({ sheet: cell.sheet, range, formula: cell.formula, values }, stamp));
    anchors.set(anchorKey(cell.sheet, cell.address), { sheet: cell.sheet, range });
  }
  rewriteSpillReferences(workbook, anchors);
  writeProvenance(workbook, frozen, options.lang);
  await saveWorkbook(workbook, output, input, options.force);
  return { evaluation, frozen };
}

/** Formulas that refer to a frozen spill (`_xlfn.ANCHORARRAY(K2)`, Excel's stored `K2#`) get its range instead. */
function rewriteSpillReferences(workbook: ExcelJS.Workbook, anchors: FrozenAnchors) {
  if (anchors.size === 0) return;
  workbook.eachSheet((ws) => {
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const value = cell.value as unknown as Record<string, unknown> | null;
        if (!value || typeof value.formula !== "string") return;
        const formula = unspillReferences(value.formula, ws.name, anchors);
        if (formula !== value.formula) cell.value = { ...value, formula } as never;
      });
    });
  });
}

/** Adds the provenance sheet, keeping the ranges an earlier freeze listed. */
function writeProvenance(workbook: ExcelJS.Workbook, frozen: FrozenRange[], lang: Lang) {
  const existing = workbook.getWorksheet(PROVENANCE_SHEET);
  const earlier = existing ? readProvenance(sheetGrid(existing)) : [];
  if (existing) workbook.removeWorksheet(existing.id);
  if (earlier.length === 0 && frozen.length === 0) return;
  const ws = workbook.addWorksheet(PROVENANCE_SHEET);
  provenanceGrid([...earlier, ...frozen], lang).forEach((row, r) => {
    row.forEach((text, c) => (ws.getCell(r + 1, c + 1).value = text));
  });
  ws.getRow(1).font = { bold: true, size: 14 };
  ws.getRow(4).font = { bold: true };
  ws.getCell("A2").alignment = { wrapText: true, vertical: "top" };
  ws.mergeCells("A2:G2");
  ws.getRow(2).height = 48;
  [18, 14, 70, 68, 12, 16, 50].forEach((width, i) => (ws.getColumn(i + 1).width = width));
}
