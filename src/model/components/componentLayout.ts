/**
 * What "insert formulas" writes for a model with components, in the shape of
 * src/taskpane/formulaLayout.ts (`Write`s from the target cell, headers in
 * the row above, spilled cells `reserved`): the need index (when there is a
 * need-based pot), one column per component, the total and the total per
 * pupil, the total's floor and cap per pupil (the guarantee), the need-based
 * pot's floor and cap per pupil that make the total meet it (guarantee.ts),
 * and an EQUITYGAP summary of the resource against the index.
 */
import { Write } from "../../taskpane/workbook/workbookPort";
import { cellName, columnName, parseArea, parseCell, quoteSheet, splitSheetRef } from "../sheet/addresses";
import { componentColumn, dataColumns } from "./componentFormulas";
import { Component, componentProblems } from "./components";
import { potLimitFormulas, totalLimitFormulas } from "./guarantee";
import { MONEY_HEADERS, MoneyColumns } from "./componentMoneyColumns";

type Lang = "sv" | "en";

export interface ComponentDataRanges {
  pupils: string;
  /** The factor shares, for the need index (needed with a need-based pot). */
  factors: string;
  /** Last year's TOTAL kronor per pupil per school; "" = none (then only the fixed floor and cap). */
  lastYear: string;
  resource: string;
  /** Per component key: its data columns (a range each) — one per stage, in the stages' order, or the count. */
  columns: Record<string, string[]>;
}

/** Where each result is, in columns counted from the target cell: the model's money, then EQUITYGAP's summary. */
export interface ComponentColumns extends MoneyColumns {
  gap?: number;
}

const WORDS = {
  sv: {
    ...MONEY_HEADERS.sv,
    missing: (what: string) => `Ange ${what}.`,
    tooFar: (columns: number, target: string) =>
      `Resultaten behöver ${columns} kolumner från målcellen ${target}, men bladet slutar vid kolumn XFD. Välj en målcell längre till vänster.`,
    target: "elevområde och en målcell",
  },
  en: {
    ...MONEY_HEADERS.en,
    missing: (what: string) => `Give ${what}.`,
    tooFar: (columns: number, target: string) =>
      `The results need ${columns} columns from the target cell ${target}, but the sheet ends at column XFD. Choose a target cell further left.`,
    target: "the pupils range and a target cell",
  },
};

/** The columns' places for these components (with or without a resource). */
export function componentColumns(components: Component[], withResource: boolean): ComponentColumns {
  const needPot = components.some((c) => c.kind === "needPot");
  let next = 0;
  const index = needPot ? next++ : undefined;
  const byKey: Record<string, number> = {};
  for (const c of components) byKey[c.key] = next++;
  const total = next++;
  const perPupil = next++;
  const floor = next++;
  const cap = next++;
  const potFloor = needPot ? next++ : undefined;
  const potCap = needPot ? next++ : undefined;
  const gap = needPot && withResource ? next + 1 : undefined;
  return { index, components: byKey, total, perPupil, floor, cap, potFloor, potCap, gap };
}

/**
 * The writes for a model with components, from `target` ("Skolor!N2"). The
 * components' data columns must have one row per school, as the pupils.
 * Throws (in `lang`) on a model componentProblems() refuses or missing ranges.
 */
export function componentFormulaWrites(
  target: string,
  ranges: ComponentDataRanges,
  components: Component[],
  lang: Lang,
): { writes: Write[]; reserved: Write[]; columns: ComponentColumns } {
  const w = WORDS[lang];
  const problems = componentProblems(components);
  if (problems.length > 0) throw new Error(problems.join(" "));
  const dataSheet = splitSheetRef(ranges.pupils).sheet;
  const split = splitSheetRef(target);
  const sheet = split.sheet ?? dataSheet ?? "Skolor";
  const start = parseCell(split.ref);
  const pupils = parseArea(splitSheetRef(ranges.pupils).ref);
  if (!start || !pupils) throw new Error(w.missing(w.target));
  const n = pupils.rows;
  const needPot = components.find((c) => c.kind === "needPot");
  const cols = componentColumns(components, needPot !== undefined && ranges.resource.trim() !== "");
  // Excel's last column is XFD (16 384 columns): beyond it the engine would say "Sheet size limit exceeded".
  const width = cols.gap !== undefined ? cols.gap + 2 : (cols.potCap ?? cols.cap) + 1;
  if (start.col + width > 16_384) throw new Error(w.tooFar(width, target));

  /** A range or cell of another sheet as written on the results' sheet. */
  const on = (own: string | undefined, ref: string) => {
    const from = own ?? dataSheet;
    return from && from !== sheet ? `${quoteSheet(from)}!${ref}` : ref;
  };
  const data = (range: string) => {
    const { sheet: own, ref } = splitSheetRef(range);
    return on(own, ref);
  };
  /** Cell r (0-based school) of a one-column data range. */
  const dataCell = (range: string, r: number) => {
    const { sheet: own, ref } = splitSheetRef(range);
    const area = parseArea(ref);
    if (!area) throw new Error(w.missing(range));
    return on(own, cellName(area.top + r, area.left));
  };
  const col = (c: number) => columnName(start.col + c);
  const cell = (c: number, r: number) => `${col(c)}${start.row + r + 1}`;
  const rowsOf = (c: number) => `${col(c)}${start.row + 1}:${col(c)}${start.row + n}`;
  const componentRange = (key: string, column: number) => {
    const range = ranges.columns[key]?.[column];
    if (!range?.trim()) throw new Error(w.missing(`${key}: ${lang === "sv" ? "kolumn" : "column"} ${column + 1}`));
    return range;
  };
  for (const c of components) for (let i = 0; i < dataColumns(c); i++) componentRange(c.key, i);

  const writes: Write[] = [];
  const reserved: Write[] = [];
  const put = (c: number, formulas: string[][]) => writes.push({ sheet, topLeft: cell(c, 0), formulas });
  /** The component columns that spill (the pots' ALLOCATE): their anchors guard the totals. */
  const spills: number[] = [];
  const spill = (c: number, formula: string) => {
    if (c !== cols.index) spills.push(c);
    put(c, [[formula]]);
    if (n > 1) reserved.push({ sheet, topLeft: cell(c, 1), values: Array.from({ length: n - 1 }, () => [""]) });
  };
  const perRow = (c: number, f: (r: number) => string) =>
    put(
      c,
      Array.from({ length: n }, (_, r) => [f(r)]),
    );

  const pupilsRef = data(ranges.pupils);
  const pupilCell = (r: number) => dataCell(ranges.pupils, r);
  if (cols.index !== undefined) {
    if (!ranges.factors.trim()) throw new Error(w.missing(lang === "sv" ? "faktorområdet" : "the factors range"));
    spill(cols.index, `=LIKVARD.SOCIOINDEX(${data(ranges.factors)},LIKVARD_VIKTER,${pupilsRef},LIKVARD_MODELL)`);
  }
  for (const c of components) {
    const formulas = componentColumn(c, {
      pupils: pupilsRef,
      pupilCell,
      index: cols.index !== undefined ? rowsOf(cols.index) : "",
      dataCell: (key, column, r) => dataCell(componentRange(key, column), r),
      dataRange: (key, column) => data(componentRange(key, column)),
      potFloor: cols.potFloor !== undefined ? rowsOf(cols.potFloor) : undefined,
      potCap: cols.potCap !== undefined ? rowsOf(cols.potCap) : undefined,
      n,
    });
    const at = cols.components[c.key];
    if ("spill" in formulas) spill(at, formulas.spill);
    else
      put(
        at,
        formulas.rows.map((f) => [f]),
      );
  }
  const first = cols.components[components[0]?.key];
  // A failing pot's ALLOCATE shows its error at its anchor and leaves the cells below empty: every school's
  // total shows that error, never a sum without the pot.
  const anchors = spills.map((c) => `$${col(c)}$${start.row + 1}`);
  const guarded = (formula: string) => `=${anchors.reduceRight((f, a) => `IF(ISERROR(${a}),${a},${f})`, formula)}`;
  perRow(cols.total, (r) =>
    components.length ? guarded(`SUM(${cell(first, r)}:${cell(first + components.length - 1, r)})`) : "=0",
  );
  perRow(cols.perPupil, (r) => `=IF(${pupilCell(r)}>0,${cell(cols.total, r)}/${pupilCell(r)},"")`);
  const lastYear = ranges.lastYear.trim() ? ranges.lastYear : undefined;
  put(
    cols.floor,
    Array.from({ length: n }, (_, r) => {
      const limits = totalLimitFormulas(lastYear ? dataCell(lastYear, r) : undefined);
      return [limits.floor, limits.cap];
    }),
  );
  if (needPot && cols.potFloor !== undefined) {
    const others = components.filter((c) => c !== needPot).map((c) => cols.components[c.key]);
    put(
      cols.potFloor,
      Array.from({ length: n }, (_, r) => {
        const limits = potLimitFormulas(
          pupilCell(r),
          cell(cols.floor, r),
          cell(cols.cap, r),
          others.map((c) => cell(c, r)),
          `LIKVARD_${needPot.key}_ENHET`,
        );
        return [limits.floor, limits.cap];
      }),
    );
  }
  if (cols.gap !== undefined && cols.index !== undefined) {
    const summary = lang === "sv" ? "sammanfattning" : "summary";
    put(cols.gap, [[`=LIKVARD.EQUITYGAP(${rowsOf(cols.index)},${data(ranges.resource)},${pupilsRef},"${summary}")`]]);
  }
  if (start.row > 0) {
    const headers: string[] = [];
    if (cols.index !== undefined) headers[cols.index] = w.index;
    for (const c of components) headers[cols.components[c.key]] = w.component(c.label);
    headers[cols.total] = w.total;
    headers[cols.perPupil] = w.perPupil;
    headers[cols.floor] = w.floor;
    headers[cols.cap] = w.cap;
    if (needPot && cols.potFloor !== undefined && cols.potCap !== undefined) {
      headers[cols.potFloor] = w.potFloor(needPot.label);
      headers[cols.potCap] = w.potCap(needPot.label);
    }
    writes.push({ sheet, topLeft: cellName(start.row - 1, start.col), values: [Array.from(headers, (h) => h ?? "")] });
  }
  return { writes, reserved, columns: cols };
}
