/**
 * "Infoga formler" for a model with components: componentFormulaWrites
 * (src/model/components/componentLayout.ts) over the pane's ranges, each
 * component's data columns split from the range the pane holds for it (the
 * stage columns as one range, the count column), and the number formats:
 * kronor whole with grouped thousands, the need index with one decimal.
 */
import { componentFormulaWrites } from "../../model/components/componentLayout";
import { dataColumns } from "../../model/components/componentFormulas";
import { Component } from "../../model/components/components";
import { cellName, parseArea, quoteSheet, splitSheetRef } from "../../model/sheet/addresses";
import { PaneLang, t } from "../i18n";
import { Ranges } from "../state/paneState";
import { NumberFormat, Write } from "../workbook/workbookPort";

/** A range's columns, each as a range of its own ("Skolor!M2:O14" → M2:M14, N2:N14, O2:O14), its sheet kept. */
export function splitColumns(range: string): string[] {
  const { sheet, ref } = splitSheetRef(range.trim());
  const area = parseArea(ref);
  if (!area) return [];
  const prefix = sheet ? `${quoteSheet(sheet)}!` : "";
  return Array.from(
    { length: area.cols },
    (_, c) => `${prefix}${cellName(area.top, area.left + c)}:${cellName(area.top + area.rows - 1, area.left + c)}`,
  );
}

/**
 * What a component's data range lacks, in the pane's language, or undefined:
 * none given, not a range, or another number of columns than the component
 * reads (one per stage, one count).
 */
export function columnsProblem(c: Component, range: string | undefined, lang: PaneLang): string | undefined {
  const want = dataColumns(c);
  if (want === 0) return undefined;
  if (!range?.trim()) return t("giveColumns", lang);
  const got = splitColumns(range).length;
  if (got === 0) return t("notARange", lang, { range });
  if (got !== want) return t("wrongColumns", lang, { got, want });
  return undefined;
}

export function componentWrites(
  target: string,
  ranges: Ranges,
  components: Component[],
  componentRanges: Record<string, string>,
  lang: PaneLang,
): { writes: Write[]; reserved: Write[]; formats: NumberFormat[] } {
  for (const c of components) {
    const problem = columnsProblem(c, componentRanges[c.key], lang);
    if (problem) throw new Error(t("componentColumnsProblem", lang, { component: c.label, problem }));
  }
  const columns = Object.fromEntries(components.map((c) => [c.key, splitColumns(componentRanges[c.key] ?? "")]));
  const { writes, reserved, columns: at } = componentFormulaWrites(target, { ...ranges, columns }, components, lang);
  const split = splitSheetRef(target);
  const sheet = split.sheet ?? splitSheetRef(ranges.pupils).sheet ?? "Skolor";
  const start = parseArea(split.ref);
  const n = parseArea(splitSheetRef(ranges.pupils).ref)?.rows ?? 0;
  const formats: NumberFormat[] = [];
  if (start && n > 0) {
    const rows = (from: number, to = from) =>
      `${cellName(start.top, start.left + from)}:${cellName(start.top + n - 1, start.left + to)}`;
    if (at.index !== undefined) formats.push({ sheet, range: rows(at.index), code: "0.0" });
    // Components, total, per pupil and the total's floor and cap are side by side: kronor, whole.
    const first = Math.min(...Object.values(at.components), at.total);
    formats.push({ sheet, range: rows(first, at.cap), code: "#,##0" });
    if (at.potFloor !== undefined && at.potCap !== undefined)
      formats.push({ sheet, range: rows(at.potFloor, at.potCap), code: "#,##0" });
  }
  return { writes, reserved, formats };
}
