/**
 * An in-memory workbook: the pane's preview in a plain browser, and its
 * tests. It calculates as Excel would, after every write batch, with the
 * headless engine of `likvard recalc` (src/engine/evaluateGrids.ts).
 */
/* eslint-disable @typescript-eslint/require-await -- WorkbookPort is asynchronous (Office.js); these methods are
   async without awaiting anything so that a failure rejects their promise, as it would in Excel. */
import { evaluateGrids } from "../../engine/evaluateGrids";
import { Lang } from "../../model/errors";
import { SheetSnapshot } from "../../model/freeze/freezeSheetCopy";
import { FrozenValue } from "../../model/freeze/provenance";
import { areaName, cellName, parseArea, parseCell, quoteSheet, splitSheetRef } from "../../model/sheet/addresses";
import {
  DefinedName,
  NameInWorkbook,
  NumberFormat,
  ScatterOptions,
  SheetCopy,
  Values,
  WorkbookPort,
  Write,
  isBlank,
} from "./workbookPort";

/** A workbook as plain data (the preview keeps it in the tab's sessionStorage with ?keep): cells, formula cells, names. */
export interface SavedWorkbook {
  sheets: Record<string, unknown[][]>;
  formulas: Record<string, string[]>;
  names: DefinedName[];
}

const looksLikeFormula = (v: unknown): v is string => typeof v === "string" && v.startsWith("=");

export class MemoryWorkbook implements WorkbookPort {
  readonly sheets = new Map<string, unknown[][]>();
  readonly names = new Map<string, DefinedName>();
  readonly charts: ({ sheet: string; x: string; y: string; title: string } & ScatterOptions)[] = [];
  /** The cells that hold formulas (written as formulas), per sheet: text that starts with "=" is no formula. */
  private readonly formulaCells = new Map<string, Set<string>>();
  /** What formulas show, as the engine computed them: sheet → anchor ("K2") → values over its spill. */
  private readonly computed = new Map<string, Map<string, FrozenValue[][]>>();
  private readonly listeners: ((sheets: string[]) => void)[] = [];
  /** Number of write batches, so tests can see that one action is one batch. */
  batches = 0;
  selected: string;

  /** Sheets as grids from A1; strings that start with "=" are formulas. `lang`: of the engine's error messages. */
  constructor(
    sheets: Record<string, unknown[][]>,
    selected = "",
    private readonly lang: Lang = "sv",
    names: DefinedName[] = [],
  ) {
    // Names before the first calculation: formulas that use them must not be evaluated without them.
    for (const n of names) this.names.set(n.name, n);
    for (const [name, grid] of Object.entries(sheets)) {
      this.sheets.set(
        name,
        grid.map((row) => [...row]),
      );
      const formulas = new Set<string>();
      grid.forEach((row, r) => row.forEach((v, c) => looksLikeFormula(v) && formulas.add(cellName(r, c))));
      this.formulaCells.set(name, formulas);
    }
    this.selected = selected;
    this.recalculate();
  }

  /** The workbook as plain data, for `MemoryWorkbook.fromSaved` (a row never written is an empty row). */
  saved(): SavedWorkbook {
    return {
      sheets: Object.fromEntries(
        [...this.sheets].map(([name, grid]) => [
          name,
          Array.from(grid, (row) => Array.from(row ?? [], (v) => v ?? null)),
        ]),
      ),
      formulas: Object.fromEntries([...this.formulaCells].map(([name, cells]) => [name, [...cells]])),
      names: [...this.names.values()],
    };
  }

  /** The workbook `saved()` gave, reopened: the same cells, formulas and names, calculated anew. */
  static fromSaved(saved: SavedWorkbook, selected = "", lang: Lang = "sv"): MemoryWorkbook {
    const book = new MemoryWorkbook(saved.sheets, selected, lang, saved.names);
    for (const [sheet, cells] of Object.entries(saved.formulas)) book.formulaCells.set(sheet, new Set(cells));
    book.recalculate();
    return book;
  }

  /** Computes every formula of every sheet anew, as Excel does after a change. */
  recalculate(): void {
    this.computed.clear();
    if (![...this.formulaCells.values()].some((cells) => cells.size > 0)) return;
    const sheets = [...this.sheets].map(([name, cells]) => ({
      name,
      cells,
      isFormula: (r: number, c: number) => this.hasFormula(name, cellName(r, c)),
    }));
    for (const [sheet, results] of evaluateGrids(sheets, [...this.names.values()], this.lang)) {
      this.computed.set(sheet, new Map([...results].map(([anchor, { values }]) => [anchor, values])));
    }
  }

  /** A sheet as Office.js `values` give it: what each cell shows (spills included), an error as its code. */
  private values(sheet: string): Values | undefined {
    if (!this.sheets.has(sheet)) return undefined;
    return Array.from(this.shown(sheet), (row) =>
      Array.from(row ?? [], (v) => (v !== null && typeof v === "object" ? v.error : (v ?? null))),
    );
  }

  async readSheet(sheet: string): Promise<Values | undefined> {
    return this.values(sheet);
  }

  /** Calls `listener` after every batch with the sheets it wrote to (copies first). */
  onChange(listener: (sheets: string[]) => void): void {
    this.listeners.push(listener);
  }

  /** True when `sheet!cell` holds a formula. */
  hasFormula(sheet: string, cell: string): boolean {
    return this.formulaCells.get(sheet)?.has(cell) ?? false;
  }

  async sheetNames(): Promise<string[]> {
    return [...this.sheets.keys()];
  }

  /** What the cells of a sheet show: values, and formulas' results over their spills. */
  shown(sheet: string): FrozenValue[][] {
    const grid = this.sheets.get(sheet) ?? [];
    // Array.from, not map: a row never written (between two blocks) is a hole, and map would keep it one.
    const values: FrozenValue[][] = Array.from(grid, (row, r) =>
      Array.from(row ?? [], (v, c) => (this.hasFormula(sheet, cellName(r, c)) ? null : ((v ?? null) as FrozenValue))),
    );
    for (const [anchor, block] of this.computed.get(sheet) ?? []) {
      const start = parseCell(anchor);
      if (start) block.forEach((row, r) => row.forEach((v, c) => ((values[start.row + r] ??= [])[start.col + c] = v)));
    }
    return values;
  }

  async snapshot(sheet: string, spillsOf: (formula: string) => boolean): Promise<SheetSnapshot | undefined> {
    const grid = this.sheets.get(sheet);
    if (!grid) return undefined;
    const formulas = grid.map((row, r) =>
      (row ?? []).map((v, c) => (this.hasFormula(sheet, cellName(r, c)) ? (v as string) : null)),
    );
    const spills: Record<string, string> = {};
    for (const [anchor, block] of this.computed.get(sheet) ?? []) {
      const start = parseCell(anchor);
      const formula = start && formulas[start.row]?.[start.col];
      if (start && formula && spillsOf(formula))
        spills[anchor] = areaName({ top: start.row, left: start.col, rows: block.length, cols: block[0]?.length ?? 1 });
    }
    return { formulas, values: this.shown(sheet), spills };
  }

  async readRange(ref: string): Promise<Values> {
    const { sheet, ref: cells } = splitSheetRef(ref);
    const grid = this.values(sheet ?? [...this.sheets.keys()][0]);
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
      // A spilled cell has no content of its own but shows a value: it counts too, as in Excel.
      const shown = this.shown(w.sheet);
      (w.values ?? w.formulas ?? []).forEach((row, r) =>
        row.forEach((_, c) => {
          const [cellRow, cellCol] = [start.row + r, start.col + c];
          if (!isBlank(grid[cellRow]?.[cellCol]) || !isBlank(shown[cellRow]?.[cellCol]))
            found.push(`${w.sheet}!${cellName(cellRow, cellCol)}`);
        }),
      );
    }
    return found;
  }

  /** Number formats by sheet and cell ("N2" → "#,##0"), as written. */
  readonly formats = new Map<string, Map<string, string>>();

  async write(
    writes: Write[],
    names: DefinedName[],
    copies: SheetCopy[] = [],
    formats: NumberFormat[] = [],
    remove: string[] = [],
  ): Promise<void> {
    this.batches++;
    // Checked before anything changes: a batch is all or nothing.
    for (const { from, to } of copies)
      if (!this.sheets.has(from) || this.sheets.has(to)) throw new Error(`Kan inte kopiera ${from} till ${to}`);
    for (const { from, to } of copies) {
      const grid = this.sheets.get(from) as unknown[][];
      this.sheets.set(
        to,
        grid.map((row) => [...(row ?? [])]),
      );
      this.formulaCells.set(to, new Set(this.formulaCells.get(from)));
      // Excel's copy keeps number formats, as the CLI's freeze does.
      this.formats.set(to, new Map(this.formats.get(from)));
    }
    for (const w of writes) {
      const grid = this.sheets.get(w.sheet) ?? [];
      this.sheets.set(w.sheet, grid);
      const start = parseCell(w.topLeft);
      if (!start) throw new Error(`Ogiltig cell: ${w.topLeft}`);
      if (!this.formulaCells.has(w.sheet)) this.formulaCells.set(w.sheet, new Set());
      const formulas = this.formulaCells.get(w.sheet) as Set<string>;
      const block = w.formulas ?? w.values ?? [];
      block.forEach((row, r) =>
        row.forEach((value, c) => {
          (grid[start.row + r] ??= [])[start.col + c] = value;
          const cell = cellName(start.row + r, start.col + c);
          if (w.formulas) formulas.add(cell);
          else formulas.delete(cell);
        }),
      );
    }
    for (const f of formats) {
      const area = parseArea(f.range);
      if (!area) throw new Error(`Ogiltigt område: ${f.range}`);
      if (!this.formats.has(f.sheet)) this.formats.set(f.sheet, new Map());
      for (let r = 0; r < area.rows; r++)
        for (let c = 0; c < area.cols; c++)
          this.formats.get(f.sheet)?.set(cellName(area.top + r, area.left + c), f.code);
    }
    for (const name of remove) this.names.delete(name);
    for (const n of names) this.names.set(n.name, n);
    this.recalculate();
    const written = [...new Set([...copies.map((c) => c.to), ...writes.map((w) => w.sheet)])];
    this.listeners.forEach((listener) => listener(written));
  }

  async definedNames(): Promise<NameInWorkbook[]> {
    return [...this.names.values()].map((n) => ({ name: n.name, refersTo: `${quoteSheet(n.sheet)}!${n.ref}` }));
  }

  /** A cell's number format, if one was written. */
  formatOf(sheet: string, cell: string): string | undefined {
    return this.formats.get(sheet)?.get(cell);
  }

  async addScatterChart(sheet: string, x: string, y: string, title: string, options?: ScatterOptions): Promise<void> {
    const chart = { sheet, x, y, title, ...options };
    const old = this.charts.findIndex((c) => c.sheet === sheet && c.title === title);
    if (old >= 0) this.charts[old] = chart;
    else this.charts.push(chart);
    this.listeners.forEach((listener) => listener([sheet]));
  }
}
