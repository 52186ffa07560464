/**
 * The workbook through Office.js. Each action is one `Excel.run`: a first
 * sync reads what must be known (existing sheets and names), then every
 * write is queued and sent in a single final sync, so a failure leaves
 * nothing half written.
 */
import { cellName, parseCell, splitSheetRef } from "../../model/sheet/addresses";
import { DefinedName, Values, WorkbookPort, Write } from "./workbookPort";

const quote = (sheet: string) => `'${sheet.replace(/'/g, "''")}'`;

function blockOf(w: Write): unknown[][] {
  return w.formulas ?? w.values ?? [[]];
}

export class OfficeWorkbook implements WorkbookPort {
  async readSheet(sheet: string): Promise<Values | undefined> {
    return Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
      await context.sync();
      if (ws.isNullObject) return undefined;
      // From A1, so row and column positions match the layout.
      const used = ws.getUsedRangeOrNullObject(true);
      used.load("address");
      await context.sync();
      if (used.isNullObject) return [];
      const end = used.address.split("!")[1].split(":").pop() as string;
      const range = ws.getRange(`A1:${end}`);
      range.load("values");
      await context.sync();
      return range.values;
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
      const checks: { sheet: string; range: Excel.Range }[] = [];
      for (const w of writes) {
        if (own.includes(w.sheet)) continue;
        const ws = context.workbook.worksheets.getItemOrNullObject(w.sheet);
        await context.sync();
        if (ws.isNullObject) continue;
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
        range.formulas.forEach((row, r) =>
          row.forEach((f, c) => {
            if (f !== "" && f !== null) found.push(`${sheet}!${cellName(origin.row + r, origin.col + c)}`);
          }),
        );
      }
      return found;
    });
  }

  async write(writes: Write[], names: DefinedName[]): Promise<void> {
    await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const existing = new Map(writes.map((w) => [w.sheet, sheets.getItemOrNullObject(w.sheet)]));
      const oldNames = names.map((n) => context.workbook.names.getItemOrNullObject(n.name));
      await context.sync();
      // Everything below is queued and sent in one sync.
      for (const [name, ws] of existing) if (ws.isNullObject) sheets.add(name);
      for (const w of writes) {
        const block = blockOf(w);
        const range = sheets
          .getItem(w.sheet)
          .getRange(w.topLeft)
          .getResizedRange(block.length - 1, (block[0]?.length ?? 1) - 1);
        if (w.formulas) range.formulas = w.formulas;
        else range.values = w.values as never;
      }
      oldNames.forEach((old) => {
        if (!old.isNullObject) old.delete();
      });
      for (const n of names) context.workbook.names.add(n.name, `=${quote(n.sheet)}!${n.ref}`);
      await context.sync();
    });
  }

  async addScatterChart(sheet: string, x: string, y: string, title: string): Promise<void> {
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      const chart = ws.charts.add(Excel.ChartType.xyscatter, ws.getRange(y), Excel.ChartSeriesBy.columns);
      chart.series.getItemAt(0).setXAxisValues(ws.getRange(x));
      chart.title.text = title;
      chart.legend.visible = false;
      await context.sync();
    });
  }
}
