/** An in-memory workbook: the pane's preview in a plain browser, and its tests. */
import { cellName, parseArea, parseCell, splitSheetRef } from "../../model/sheet/addresses";
import { DefinedName, Values, WorkbookPort, Write } from "./workbookPort";

const isEmpty = (v: unknown) => v === null || v === undefined || v === "";

export class MemoryWorkbook implements WorkbookPort {
  readonly sheets = new Map<string, unknown[][]>();
  readonly names = new Map<string, DefinedName>();
  readonly charts: { sheet: string; x: string; y: string; title: string }[] = [];
  /** Number of write batches, so tests can see that one action is one batch. */
  batches = 0;
  selected: string;

  constructor(sheets: Record<string, unknown[][]>, selected = "") {
    for (const [name, grid] of Object.entries(sheets))
      this.sheets.set(
        name,
        grid.map((row) => [...row]),
      );
    this.selected = selected;
  }

  async readSheet(sheet: string): Promise<Values | undefined> {
    return this.sheets.get(sheet)?.map((row) => [...(row ?? [])]);
  }

  async readRange(ref: string): Promise<Values> {
    const { sheet, ref: cells } = splitSheetRef(ref);
    const grid = this.sheets.get(sheet ?? [...this.sheets.keys()][0]);
    const area = parseArea(cells);
    if (!grid || !area) throw new Error(`Okänt område: ${ref}`);
    return Array.from({ length: area.rows }, (_, r) =>
      Array.from({ length: area.cols }, (_, c) => grid[area.top + r]?.[area.left + c] ?? null),
    );
  }

  async selection(): Promise<string> {
    return this.selected;
  }

  async occupied(writes: Write[], own: string[]): Promise<string[]> {
    const found: string[] = [];
    for (const w of writes) {
      if (own.includes(w.sheet)) continue;
      const grid = this.sheets.get(w.sheet);
      const start = parseCell(w.topLeft);
      if (!grid || !start) continue;
      (w.values ?? w.formulas ?? []).forEach((row, r) =>
        row.forEach((_, c) => {
          if (!isEmpty(grid[start.row + r]?.[start.col + c]))
            found.push(`${w.sheet}!${cellName(start.row + r, start.col + c)}`);
        }),
      );
    }
    return found;
  }

  async write(writes: Write[], names: DefinedName[]): Promise<void> {
    this.batches++;
    for (const w of writes) {
      const grid = this.sheets.get(w.sheet) ?? [];
      this.sheets.set(w.sheet, grid);
      const start = parseCell(w.topLeft);
      if (!start) throw new Error(`Ogiltig cell: ${w.topLeft}`);
      const block = w.formulas ?? w.values ?? [];
      block.forEach((row, r) =>
        row.forEach((value, c) => {
          (grid[start.row + r] ??= [])[start.col + c] = value;
        }),
      );
    }
    for (const n of names) this.names.set(n.name, n);
  }

  async addScatterChart(sheet: string, x: string, y: string, title: string): Promise<void> {
    this.charts.push({ sheet, x, y, title });
  }
}
