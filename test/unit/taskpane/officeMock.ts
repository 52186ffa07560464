/**
 * A small Excel for OfficeWorkbook's tests, built from office-addin-mock's
 * OfficeMockObject: properties can only be read after load() and
 * context.sync(), as in Excel. Every object the code reaches hangs under
 * `context.workbook`, so one context.sync() syncs them all. Calls that change
 * the workbook are logged with the number of syncs before them, so a test can
 * see that every change went out in one final batch.
 */
/* eslint-disable @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-call,
   @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-return, @typescript-eslint/no-unsafe-argument
   -- office-addin-mock's objects are untyped: their children appear at run time (addMock, populate). */
import { OfficeMockObject } from "office-addin-mock";
import { areaName, cellName, parseArea, parseCell } from "../../../src/model/sheet/addresses";

/** A cell's formula ("=…") or value. */
type Cells = Record<string, unknown>;

export interface MockBook {
  /** Sheet → cells by address ("B2"); strings starting with "=" are formulas. */
  sheets: Record<string, Cells>;
  /** What formula and spilled cells show, and where spilling formulas spill ("K2" → "K2:K4"). */
  computed?: Record<string, Cells>;
  spills?: Record<string, Record<string, string>>;
  names?: string[];
  /** What names refer to ("Skolor!$C$2:$C$4"), for `names.load("items/formula")`; unlisted: "#REF!". */
  refersTo?: Record<string, string>;
  selection?: string;
}

export interface MockExcel {
  Excel: unknown;
  /** "sync 1", "add sheet X", … in the order they happened. */
  log: string[];
  syncs: () => number;
  /** The range object the code last wrote through for `sheet!area`. */
  written: (sheet: string, area: string) => { values?: unknown[][]; formulas?: unknown[][] } | undefined;
  /** The charts on each sheet as the code left them, ranges as "Sheet!A1:A3". */
  charts: (sheet: string) => MockChart[];
}

/** A chart as the code set it up: its name, title, axis titles, legend and series (x and y ranges, chart type). */
export interface MockChart {
  name?: string;
  type: string;
  title: { text?: string };
  legend: { visible?: boolean };
  axes: { categoryAxis: { title: { text?: string } }; valueAxis: { title: { text?: string } } };
  series: { x?: string; y?: string; chartType?: string }[];
}

export function officeMock(book: MockBook): MockExcel {
  const log: string[] = [];
  let syncs = 0;
  const sheets = new Map(Object.entries(book.sheets));
  const names = new Set(book.names ?? []);
  const ranges = new Map<string, Record<string, unknown>>();
  const charts = new Map<string, MockChart[]>();
  /** Each range object's "Sheet!A1:B2", for the charts' series. */
  const addresses = new WeakMap<object, string>();

  const grid = (sheet: string, area: string, computed: boolean) => {
    const a = parseArea(area) as NonNullable<ReturnType<typeof parseArea>>;
    return Array.from({ length: a.rows }, (_, r) =>
      Array.from({ length: a.cols }, (_, c) => {
        const cell = cellName(a.top + r, a.left + c);
        const v = sheets.get(sheet)?.[cell];
        const shown = book.computed?.[sheet]?.[cell]; // a formula's result or a spilled value
        if (computed && shown !== undefined) return shown;
        return typeof v === "string" && v.startsWith("=") && computed ? "" : (v ?? "");
      }),
    );
  };

  /** A child mock under the workbook, created on first use so sync() reaches it. */
  const child = (key: string, data: Record<string, unknown>) => {
    if (!root.context.workbook[key]) {
      root.context.workbook.addMock(key);
      root.context.workbook[key].populate(data);
    }
    return root.context.workbook[key];
  };

  const range = (sheet: string, area: string) => {
    const key = `range ${sheet}!${area}`;
    const made = child(key, {
      address: `${sheet}!${area}`,
      values: grid(sheet, area, true),
      formulas: grid(sheet, area, false),
      getResizedRange: (rows: number, cols: number) => {
        const a = parseArea(area) as NonNullable<ReturnType<typeof parseArea>>;
        return range(sheet, areaName({ ...a, rows: a.rows + rows, cols: a.cols + cols }));
      },
      getSpillingToRangeOrNullObject: () => {
        const spill = book.spills?.[sheet]?.[area];
        return spill ? range(sheet, spill) : nullObject(`no spill ${sheet}!${area}`);
      },
    });
    ranges.set(`${sheet}!${area}`, made);
    addresses.set(made, `${sheet}!${area}`);
    return made;
  };

  const nullObject = (key: string) => {
    const made = child(key, { delete: () => undefined });
    Object.defineProperty(made, "isNullObject", { value: true });
    return made;
  };

  const worksheet = (name: string) => {
    const onSheet = () => charts.get(name) ?? charts.set(name, []).get(name) ?? [];
    // Charts are plain objects: the code only sets their properties and calls their series' methods.
    const series = (y?: object) => {
      const s: MockChart["series"][number] & Record<string, unknown> = { y: y && addresses.get(y) };
      s.setXAxisValues = (r: object) => (s.x = addresses.get(r));
      s.setValues = (r: object) => (s.y = addresses.get(r));
      return s;
    };
    const made = child(`sheet ${name}`, {
      name,
      charts: {
        add: (type: string, source: object) => {
          log.push(`add chart ${name} @${syncs}`);
          const chart: MockChart & Record<string, unknown> = {
            type,
            title: {},
            legend: {},
            axes: { categoryAxis: { title: {} }, valueAxis: { title: {} } },
            series: [series(source)],
          };
          chart.series = Object.assign([...chart.series], {
            getItemAt: (i: number) => chart.series[i],
            add: () => {
              const s = series();
              chart.series.push(s);
              return s;
            },
          });
          onSheet().push(chart);
          return chart;
        },
        getItemOrNullObject: (chartName: string) => {
          const found = onSheet().find((c) => c.name === chartName);
          return {
            isNullObject: !found,
            delete: () => {
              log.push(`delete chart ${chartName} @${syncs}`);
              charts.set(
                name,
                onSheet().filter((c) => c !== found),
              );
            },
          };
        },
      },
      getRange: (area: string) => range(name, area),
      getUsedRangeOrNullObject: () => {
        const cells = Object.keys(sheets.get(name) ?? {}).map((a) => parseCell(a) as { row: number; col: number });
        if (cells.length === 0) return nullObject(`no used range ${name}`);
        const top = Math.min(...cells.map((c) => c.row));
        const left = Math.min(...cells.map((c) => c.col));
        const bottom = Math.max(...cells.map((c) => c.row));
        const right = Math.max(...cells.map((c) => c.col));
        return range(name, areaName({ top, left, rows: bottom - top + 1, cols: right - left + 1 }));
      },
      copy: () => {
        log.push(`copy sheet ${name} @${syncs}`);
        return worksheet(`${name} (copy)`);
      },
    });
    Object.defineProperty(made, "isNullObject", { value: false, configurable: true });
    return made;
  };

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const root: any = new OfficeMockObject({
    context: {
      workbook: {
        worksheets: {
          getItemOrNullObject: (name: string) => (sheets.has(name) ? worksheet(name) : nullObject(`no sheet ${name}`)),
          getItem: (name: string) => worksheet(name),
          getActiveWorksheet: () => worksheet([...sheets.keys()][0]),
          add: (name: string) => {
            log.push(`add sheet ${name} @${syncs}`);
            sheets.set(name, {});
            return worksheet(name);
          },
          load: () => undefined,
        },
        names: {
          getItemOrNullObject: (name: string) => {
            if (!names.has(name)) return nullObject(`no name ${name}`);
            const made = child(`name ${name}`, { delete: () => log.push(`delete name ${name} @${syncs}`) });
            Object.defineProperty(made, "isNullObject", { value: false });
            return made;
          },
          add: (name: string, ref: string) => log.push(`add name ${name} ${ref} @${syncs}`),
          load: () => undefined,
        },
        getSelectedRange: () => child("selection", { address: book.selection ?? "" }),
      },
    },
    run: async (batch: (context: unknown) => Promise<unknown>) => batch(root.context),
  });
  const sync = root.context.sync.bind(root.context);
  root.context.sync = async () => {
    syncs++;
    log.push(`sync ${syncs}`);
    await sync();
    // office-addin-mock settles nested properties in later microtasks: let them run.
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  // Worksheets' items for sheetNames(): plain objects, as after load("items/name").
  Object.defineProperty(root.context.workbook.worksheets, "items", {
    get: () => [...sheets.keys()].map((name) => ({ name })),
  });
  // The names' items, as after load("items/name, items/formula").
  Object.defineProperty(root.context.workbook.names, "items", {
    get: () => [...names].map((name) => ({ name, formula: `=${book.refersTo?.[name] ?? "#REF!"}` })),
  });
  return {
    Excel: { run: root.run, WorksheetPositionType: { end: "End" }, ...chartEnums },
    log,
    syncs: () => syncs,
    written: (sheet, area) => ranges.get(`${sheet}!${area}`),
    charts: (sheet) => charts.get(sheet) ?? [],
  };
}

const chartEnums = {
  ChartType: { xyscatter: "XYScatter", xyscatterLinesNoMarkers: "XYScatterLinesNoMarkers" },
  ChartSeriesBy: { columns: "Columns" },
};
