/**
 * The workbook through Office.js. Each action is one `Excel.run`: a first
 * sync reads what must be known (existing sheets and names), then every
 * write is queued and sent in a single final sync, so a failure leaves
 * nothing half written.
 */
import { SheetSnapshot } from "../../model/freeze/freezeSheetCopy";
import { FrozenValue } from "../../model/freeze/provenance";
import { cellName, parseArea, parseCell, splitSheetRef } from "../../model/sheet/addresses";
import {
  DefinedName,
  NumberFormat,
  ScatterOptions,
  SheetCopy,
  NameInWorkbook,
  Values,
  WorkbookPort,
  Write,
  isBlank,
} from "./workbookPort";

const quote = (sheet: string) => `'${sheet.replace(/'/g, "''")}'`;

/** Values stay values: text that starts with "=" gets Excel's quote prefix instead of becoming a formula. */
function asValues(values: Values): Values {
  return values.map((row) => row.map((v) => (typeof v === "string" && v.startsWith("=") ? `'${v}` : v)));
}

function blockOf(w: Write): unknown[][] {
  return w.formulas ?? w.values ?? [[]];
}

/**
 * The used range of a sheet widened to start at A1, so rows and columns match
 * the layout: undefined if there is no such sheet, `{}` if it is empty.
 */
async function usedFromA1(context: Excel.RequestContext, sheet: string): Promise<{ range?: Excel.Range } | undefined> {
  const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
  await context.sync();
  if (ws.isNullObject) return undefined;
  const used = ws.getUsedRangeOrNullObject(true);
  used.load("address");
  await context.sync();
  if (used.isNullObject) return {};
  const end = used.address.split("!")[1].split(":").pop() as string;
  return { range: ws.getRange(`A1:${end}`) };
}

export class OfficeWorkbook implements WorkbookPort {
  async readSheet(sheet: string): Promise<Values | undefined> {
    return Excel.run(async (context) => {
      const used = await usedFromA1(context, sheet);
      if (!used?.range) return used && [];
      const range = used.range;
      range.load("values");
      await context.sync();
      return range.values;
    });
  }

  async sheetNames(): Promise<string[]> {
    return Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      return sheets.items.map((ws) => ws.name);
    });
  }

  async snapshot(sheet: string, spillsOf: (formula: string) => boolean): Promise<SheetSnapshot | undefined> {
    return Excel.run(async (context) => {
      const used = await usedFromA1(context, sheet);
      if (!used?.range) return used && { formulas: [], values: [], spills: {} };
      const range = used.range;
      range.load("values, formulas");
      await context.sync();
      // Text that starts with "=" reads back the same in both (Excel drops its quote prefix); a formula does not.
      const formulas = range.formulas.map((row, r) =>
        row.map((f, c) => (typeof f === "string" && f.startsWith("=") && f !== range.values[r][c] ? f : null)),
      );
      const anchors: { cell: string; spill: Excel.Range }[] = [];
      const ws = context.workbook.worksheets.getItem(sheet);
      formulas.forEach((row, r) =>
        row.forEach((f, c) => {
          if (f === null || !spillsOf(f)) return;
          const cell = cellName(r, c);
          const spill = ws.getRange(cell).getSpillingToRangeOrNullObject();
          spill.load("address");
          anchors.push({ cell, spill });
        }),
      );
      if (anchors.length > 0) await context.sync();
      const spills: Record<string, string> = {};
      for (const { cell, spill } of anchors) if (!spill.isNullObject) spills[cell] = spill.address.split("!")[1];
      return { formulas, values: range.values as FrozenValue[][], spills };
    });
  }

  async readRange(ref: string): Promise<Values> {
    return Excel.run(async (context) => {
      const { sheet, ref: cells } = splitSheetRef(ref);
      const ws = sheet ? context.workbook.worksheets.getItem(sheet) : context.workbook.worksheets.getActiveWorksheet();
      const range = ws.getRange(cells);
      range.load("values");
      await context.sync();
      return range.values;
    });
  }

  async selection(): Promise<string> {
    return Excel.run(async (context) => {
      const range = context.workbook.getSelectedRange();
      range.load("address");
      await context.sync();
      return range.address;
    });
  }

  async occupied(writes: Write[], own: string[]): Promise<string[]> {
    return Excel.run(async (context) => {
      // One sync finds every sheet written to, one more reads every target range.
      const sheets = new Map<string, Excel.Worksheet>();
      for (const w of writes) {
        if (!own.includes(w.sheet) && !sheets.has(w.sheet))
          sheets.set(w.sheet, context.workbook.worksheets.getItemOrNullObject(w.sheet));
      }
      await context.sync();
      const checks: { sheet: string; range: Excel.Range }[] = [];
      for (const w of writes) {
        const ws = sheets.get(w.sheet);
        if (!ws || ws.isNullObject) continue;
        const block = blockOf(w);
        const range = ws.getRange(w.topLeft).getResizedRange(block.length - 1, (block[0]?.length ?? 1) - 1);
        range.load("values, formulas, address");
        checks.push({ sheet: w.sheet, range });
      }
      await context.sync();
      const found: string[] = [];
      for (const { range } of checks) {
        const [sheet, cells] = range.address.split("!");
        const origin = parseCell(cells.split(":")[0]) as { row: number; col: number };
        // A spilled cell has no formula of its own but shows a value: it counts too.
        range.formulas.forEach((row, r) =>
          row.forEach((f, c) => {
            if (!isBlank(f) || !isBlank(range.values[r][c]))
              found.push(`${sheet}!${cellName(origin.row + r, origin.col + c)}`);
          }),
        );
      }
      return found;
    });
  }

  async write(
    writes: Write[],
    names: DefinedName[],
    copies: SheetCopy[] = [],
    formats: NumberFormat[] = [],
    remove: string[] = [],
  ): Promise<void> {
    await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const copied = new Set(copies.map((c) => c.to));
      const existing = new Map(
        writes.filter((w) => !copied.has(w.sheet)).map((w) => [w.sheet, sheets.getItemOrNullObject(w.sheet)]),
      );
      // Names written anew are deleted first (names.add refuses an existing name), and so are the ones to remove.
      const oldNames = [...new Set([...names.map((n) => n.name), ...remove])].map((name) =>
        context.workbook.names.getItemOrNullObject(name),
      );
      await context.sync();
      // Everything below is queued and sent in one sync.
      const target = new Map<string, Excel.Worksheet>();
      for (const { from, to } of copies) {
        const copy = sheets.getItem(from).copy(Excel.WorksheetPositionType.end);
        copy.name = to;
        target.set(to, copy);
      }
      for (const [name, ws] of existing) target.set(name, ws.isNullObject ? sheets.add(name) : ws);
      for (const w of writes) {
        const block = blockOf(w);
        const range = (target.get(w.sheet) as Excel.Worksheet)
          .getRange(w.topLeft)
          .getResizedRange(block.length - 1, (block[0]?.length ?? 1) - 1);
        if (w.formulas) range.formulas = w.formulas;
        else range.values = asValues(w.values ?? []) as never;
      }
      for (const f of formats) {
        const area = parseArea(f.range);
        const ws = target.get(f.sheet) ?? sheets.getItem(f.sheet);
        if (area)
          ws.getRange(f.range).numberFormat = Array.from({ length: area.rows }, () =>
            Array<string>(area.cols).fill(f.code),
          );
      }
      oldNames.forEach((old) => {
        if (!old.isNullObject) old.delete();
      });
      for (const n of names) context.workbook.names.add(n.name, `=${quote(n.sheet)}!${n.ref}`);
      await context.sync();
    });
  }

  async definedNames(): Promise<NameInWorkbook[]> {
    return Excel.run(async (context) => {
      const names = context.workbook.names;
      names.load("items/name, items/formula");
      await context.sync();
      return names.items.map((n) => ({ name: n.name, refersTo: String(n.formula ?? "").replace(/^=/, "") }));
    });
  }

  async addScatterChart(sheet: string, x: string, y: string, title: string, options?: ScatterOptions): Promise<void> {
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      // A range may name its own sheet ("Skolor!I2:I13"): the data need not be on the chart's sheet.
      const rangeOf = (ref: string) => {
        const { sheet: own, ref: cells } = splitSheetRef(ref);
        return (own ? context.workbook.worksheets.getItem(own) : ws).getRange(cells);
      };
      const old = ws.charts.getItemOrNullObject(title);
      await context.sync();
      if (!old.isNullObject) old.delete();
      const chart = ws.charts.add(Excel.ChartType.xyscatter, rangeOf(y), Excel.ChartSeriesBy.columns);
      chart.name = title;
      chart.series.getItemAt(0).setXAxisValues(rangeOf(x));
      chart.title.text = title;
      chart.legend.visible = false;
      if (options?.xLabel) chart.axes.categoryAxis.title.text = options.xLabel;
      if (options?.yLabel) chart.axes.valueAxis.title.text = options.yLabel;
      if (options?.line) {
        // A second series through the line's points, drawn as a line without markers (ExcelApi 1.7).
        const line = chart.series.add();
        line.setXAxisValues(rangeOf(options.line.x));
        line.setValues(rangeOf(options.line.y));
        line.chartType = Excel.ChartType.xyscatterLinesNoMarkers;
      }
      await context.sync();
    });
  }
}
