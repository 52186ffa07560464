/**
 * Evaluates every formula of a workbook outside Excel: the cells as the
 * package holds them go into HyperFormula with the LIKVARD plugin, and each
 * formula's value (and, for an array, every value of its spill) comes back.
 * Excel's rules hold: a spill into occupied cells is #SPILL! and leaves them
 * alone; a formula the engine cannot evaluate keeps Excel's cached values
 * (which the formulas that read it then use) and is reported.
 */
import {
  DenseSparseChooseBasedOnThreshold,
  DetailedCellError,
  ErrorType,
  HyperFormula,
  SerializedNamedExpression,
} from "hyperformula";
import { Lang } from "../model/errors";
import { withoutStrings } from "../model/formula/outsideStrings";
import { Area, areaName, cellName, inArea, parseArea, quoteSheet, splitSheetRef } from "../model/sheet/addresses";
import { Value, fromEngine, isErrorValue } from "./cellValues";
import { calledFunctions, isLikvardFormula, nestingDepth, toEngineFormula } from "./formulaText";
import { EngineContext, MAX_COLUMNS, MAX_ROWS, anchorKey, newContext, registerLikvard } from "./likvardPlugin";
import type { DefinedName } from "./package/workbookParts";
import type { WorkbookCell } from "./readWorkbook";

/**
 * What an evaluation reads of a workbook: its sheets' cells, its defined
 * names and its date system. A workbook read from a file (readWorkbook.ts)
 * is one; so are grids of values and formulas (evaluateGrids.ts).
 */
export interface EvaluableWorkbook {
  sheets: readonly { name: string; cells: readonly WorkbookCell[] }[];
  names: readonly DefinedName[];
  date1904: boolean;
}

/** A cell that holds a formula, as stored in the file. */
export interface FormulaCell {
  sheet: string;
  sheetId: number;
  row: number;
  col: number;
  /** "D7" */
  address: string;
  /** The stored formula text, without "=". */
  formula: string;
  likvard: boolean;
  /** The array (spill) area the file records for it, anchor included. */
  storedArea?: Area;
  /** The cell as read from the package. */
  source: WorkbookCell;
}

export interface FormulaResult {
  cell: FormulaCell;
  /** The area its value fills: the cell itself, or the whole spill. */
  area: Area;
  /** Values over `area`, row by row. */
  values: Value[][];
}

export interface Unevaluable {
  cell: FormulaCell;
  reason: string;
}

export interface Evaluation {
  results: FormulaResult[];
  /** Formulas left as the file has them (formula and cached values), with the reason. */
  unevaluable: Unevaluable[];
  /** The value the engine holds for any cell. */
  valueAt(sheet: string, row: number, col: number): Value;
  /**
   * Where an array result of Excel's own functions (FILTER, …) at this cell
   * spilled in the engine, its anchor included; undefined where none did. A
   * file records this area, and the results cover it; a new formula's does not.
   */
  nativeSpillAt(sheet: string, row: number, col: number): Area | undefined;
  sheetNames: string[];
  /** How many rows and columns of a sheet hold anything, from A1 (`--print` clips to it). */
  usedSize?(sheet: string): { rows: number; cols: number };
}

const MAX_PASSES = 4;
/** Deeper nesting than this is refused before parsing (Excel itself allows 64 levels of functions). */
const MAX_NESTING = 100;

let knownFunctions: Set<string> | undefined;
/** Every function the engine evaluates: HyperFormula's and Likvärd's. */
function engineFunctions(): Set<string> {
  registerLikvard();
  // ANCHORARRAY is Excel's stored spill reference (D2#), which the engine turns into the spill's range.
  knownFunctions ??= new Set([
    ...HyperFormula.getRegisteredFunctionNames("enGB").map((n) => n.toUpperCase()),
    "ANCHORARRAY",
  ]);
  return knownFunctions;
}

/** Why a formula cannot be evaluated outside Excel, found before parsing; undefined when it can. */
function staticReason(formula: string, lang: Lang): string | undefined {
  const sv = lang === "sv";
  if (nestingDepth(formula) > MAX_NESTING) {
    return sv
      ? `formeln är nästlad i fler än ${MAX_NESTING} nivåer`
      : `the formula is nested more than ${MAX_NESTING} levels deep`;
  }
  const code = withoutStrings(formula);
  if (code.includes("[")) {
    return sv
      ? "formeln läser en annan arbetsbok eller en tabell ([…]), som bara Excel kan läsa"
      : "the formula reads another workbook or a table ([…]), which only Excel can read";
  }
  const known = engineFunctions();
  const missing = [...new Set(calledFunctions(formula).filter((name) => !known.has(name)))];
  if (missing.length > 0) {
    return sv
      ? `${missing.join(", ")} finns bara i Excel, inte i Likvärds beräkningsmotor`
      : `${missing.join(", ")} exists only in Excel, not in Likvärd's engine`;
  }
  return undefined;
}

/** A plain cell's content for the engine: text stays text even when it looks like a number or formula. */
function plainContent(value: Value): unknown {
  if (value === null) return null;
  if (typeof value === "string") return `'${value}`;
  if (isErrorValue(value)) return value.error;
  return value;
}

interface Prepared {
  formulas: FormulaCell[];
  /** Formulas evaluated from their cached values (keyed by anchorKey). */
  unevaluable: Map<string, Unevaluable>;
}

function prepare(workbook: EvaluableWorkbook, lang: Lang): Prepared {
  const formulas: FormulaCell[] = [];
  const unevaluable = new Map<string, Unevaluable>();
  workbook.sheets.forEach((sheet, sheetId) => {
    for (const cell of sheet.cells) {
      if (cell.formula === undefined) continue;
      const f: FormulaCell = {
        sheet: sheet.name,
        sheetId,
        row: cell.row,
        col: cell.col,
        address: cellName(cell.row, cell.col),
        formula: cell.formula,
        likvard: isLikvardFormula(cell.formula),
        storedArea: cell.arrayArea,
        source: cell,
      };
      formulas.push(f);
      const reason = staticReason(cell.formula, lang);
      if (reason) unevaluable.set(anchorKey(sheetId, f.row, f.col), { cell: f, reason });
    }
  });
  return { formulas, unevaluable };
}

export function evaluateWorkbook(workbook: EvaluableWorkbook, lang: Lang = "sv"): Evaluation {
  registerLikvard();
  const { formulas, unevaluable } = prepare(workbook, lang);
  const sheetNames = workbook.sheets.map((s) => s.name);
  /** Spill areas by anchor key: from the file first, then as the engine finds them. */
  const areas = new Map<string, Area>();
  for (const f of formulas) if (f.storedArea) areas.set(anchorKey(f.sheetId, f.row, f.col), f.storedArea);
  const byKey = new Map(formulas.map((f) => [anchorKey(f.sheetId, f.row, f.col), f]));
  const spillReferences = formulas.some((f) => /ANCHORARRAY\(/i.test(f.formula));
  const context = newContext(lang);

  let hf: HyperFormula | undefined;
  let contents: SheetContent[] = [];
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    hf?.destroy();
    contents = sheetContents(workbook, formulas, areas, unevaluable);
    context.usedRows = (sheet, fromRow, toRow, fromCol, toCol) =>
      lastUsedRow(contents[sheet], fromRow, toRow, fromCol, toCol);
    context.resultSizes.clear();
    context.reservedSizes.clear();
    hf = HyperFormula.buildFromSheets(
      Object.fromEntries(contents.map((c) => [c.name, c.grid])) as never,
      {
        licenseKey: "gpl-v3",
        smartRounding: false,
        maxRows: MAX_ROWS,
        maxColumns: MAX_COLUMNS,
        useColumnIndex: true,
        // A sheet with a cell far down or far right is mostly empty: stored sparsely, not as a dense grid.
        chooseAddressMappingPolicy: new DenseSparseChooseBasedOnThreshold(0.8),
        context,
        ...(workbook.date1904 ? { nullDate: { year: 1904, month: 1, day: 1 } } : {}),
      },
      namedExpressions(workbook, sheetNames),
    );
    let changed = false;
    for (const f of formulas) {
      const key = anchorKey(f.sheetId, f.row, f.col);
      if (unevaluable.has(key) || insideOtherSpill(f, areas, byKey)) continue;
      const value = hf.getCellValue({ sheet: f.sheetId, row: f.row, col: f.col });
      // What the parser refuses is found only now: keep it as Excel has it and evaluate again.
      const reason = parserReason(fromEngine(value));
      if (reason) {
        unevaluable.set(key, { cell: f, reason });
        changed = true;
        continue;
      }
      if (!f.likvard) continue;
      changed = learnSize(context, key, f, value, areas, spillReferences) || changed;
    }
    if (!changed) break;
  }
  const engine = hf as HyperFormula;

  const valueAt = (sheet: string, row: number, col: number): Value => {
    const id = engine.getSheetId(sheet);
    if (id === undefined) return null;
    return fromEngine(engine.getCellValue({ sheet: id, row, col }));
  };

  const nativeSpillAt = (sheet: string, row: number, col: number): Area | undefined => {
    const id = engine.getSheetId(sheet);
    const array = id === undefined ? undefined : engine.arrayMapping.getArrayByCorner({ sheet: id, row, col });
    const top = valueAt(sheet, row, col);
    if (!array || (isErrorValue(top) && top.error === "#SPILL!")) return undefined;
    return { top: row, left: col, rows: array.height, cols: array.width };
  };

  const results: FormulaResult[] = [];
  for (const f of formulas) {
    const key = anchorKey(f.sheetId, f.row, f.col);
    if (unevaluable.has(key) || insideOtherSpill(f, areas, byKey)) continue;
    const top = valueAt(f.sheet, f.row, f.col);
    if (f.likvard && isErrorValue(top) && top.error === "#SPILL!") {
      results.push({
        cell: f,
        area: { top: f.row, left: f.col, rows: 1, cols: 1 },
        values: [[spillError(f, key, context, contents, top, lang)]],
      });
      continue;
    }
    const area = areas.get(key) ?? { top: f.row, left: f.col, rows: 1, cols: 1 };
    const values: Value[][] = [];
    for (let r = 0; r < area.rows; r++) {
      const row: Value[] = [];
      for (let c = 0; c < area.cols; c++) row.push(valueAt(f.sheet, area.top + r, area.left + c));
      values.push(row);
    }
    results.push({ cell: f, area, values });
  }
  const usedSize = (sheet: string) => {
    const id = engine.getSheetId(sheet);
    const { height, width } = id === undefined ? { height: 0, width: 0 } : engine.getSheetDimensions(id);
    return { rows: height, cols: width };
  };
  return { results, unevaluable: [...unevaluable.values()], valueAt, nativeSpillAt, sheetNames, usedSize };
}

/**
 * Learns a Likvärd result's real size. The engine reserves a result's area
 * before it evaluates, so a result whose area differs from the one reserved
 * for it is evaluated again with the right one. True when another pass is due.
 */
function learnSize(
  context: EngineContext,
  key: string,
  f: FormulaCell,
  value: unknown,
  areas: Map<string, Area>,
  spillReferences: boolean,
): boolean {
  const { sizeHints, resultSizes, reservedSizes } = context;
  const actual = resultSizes.get(key);
  if (!actual && value instanceof DetailedCellError && value.type === ErrorType.SPILL) {
    // Not evaluated: the reserved area was occupied. Reserve one cell to learn the real size.
    if (sizeHints.has(key)) return false;
    sizeHints.set(key, { rows: 1, cols: 1 });
    return true;
  }
  let changed = false;
  const size = { rows: Math.max(1, actual?.rows ?? 1), cols: Math.max(1, actual?.cols ?? 1) };
  const fits = f.row + size.rows <= MAX_ROWS && f.col + size.cols <= MAX_COLUMNS;
  const reserved = reservedSizes.get(key);
  if (fits && reserved && (reserved.rows !== size.rows || reserved.cols !== size.cols)) {
    sizeHints.set(key, size);
    changed = true;
  }
  const area = fits ? { top: f.row, left: f.col, ...size } : { top: f.row, left: f.col, rows: 1, cols: 1 };
  const previous = areas.get(key);
  if (!previous || previous.rows !== area.rows || previous.cols !== area.cols) {
    areas.set(key, area);
    if (spillReferences) changed = true;
  }
  return changed;
}

/** #SPILL! as Excel shows it, with a message naming the first cell in the way. */
function spillError(
  f: FormulaCell,
  key: string,
  context: EngineContext,
  contents: SheetContent[],
  top: Value,
  lang: Lang,
): Value {
  const size = context.sizeHints.get(key) ?? context.resultSizes.get(key);
  const own = isErrorValue(top) ? top.message : undefined;
  if (!size || (size.rows === 1 && size.cols === 1)) return { error: "#SPILL!", message: own };
  const need: Area = { top: f.row, left: f.col, ...size };
  const grid = contents[f.sheetId]?.grid ?? [];
  let blocker: string | undefined;
  for (let r = need.top; r < need.top + need.rows && !blocker; r++) {
    for (let c = need.left; c < need.left + need.cols; c++) {
      if ((r !== f.row || c !== f.col) && grid[r]?.[c] !== undefined) {
        blocker = cellName(r, c);
        break;
      }
    }
  }
  const range = areaName(need);
  const message = blocker
    ? lang === "sv"
      ? `Resultatet behöver ${range}, men ${blocker} är inte tom. Töm ${blocker} eller flytta formeln.`
      : `The result needs ${range}, but ${blocker} is not empty. Clear ${blocker} or move the formula.`
    : lang === "sv"
      ? `Resultatet behöver ${range}, men området överlappar en annan formels resultat.`
      : `The result needs ${range}, but that range overlaps another formula's result.`;
  return { error: "#SPILL!", message: own && !blocker ? own : message };
}

/** Excel keeps a formula only at a spill's anchor; a stray formula inside another spill is skipped. */
function insideOtherSpill(f: FormulaCell, areas: Map<string, Area>, byKey: Map<string, FormulaCell>): boolean {
  for (const key of areas.keys()) {
    const anchor = byKey.get(key);
    if (!anchor || anchor === f || anchor.sheetId !== f.sheetId || !anchor.storedArea) continue;
    if (inArea(anchor.storedArea, f.row, f.col)) return true;
  }
  return false;
}

/** Why the engine's parser refused a formula, or undefined when its value is a real result. */
function parserReason(value: Value): string | undefined {
  if (!isErrorValue(value)) return undefined;
  const message = value.message ?? "";
  if (/^Parsing error|not recognized|not supported/i.test(message)) return message;
  return undefined;
}

interface SheetContent {
  name: string;
  grid: unknown[][];
  /** Per column, the rows that hold content or lie in a spill, ascending. */
  usedRows: Map<number, number[]>;
}

function sheetContents(
  workbook: EvaluableWorkbook,
  formulas: FormulaCell[],
  areas: Map<string, Area>,
  unevaluable: Map<string, Unevaluable>,
): SheetContent[] {
  const sheets = workbook.sheets;
  const spillOf = (anchor: string, formulaSheet: string): string | undefined => {
    const { sheet = formulaSheet, ref } = splitSheetRef(anchor);
    const sheetId = sheets.findIndex((s) => s.name.toLowerCase() === sheet.toLowerCase());
    const cell = parseArea(ref);
    if (sheetId < 0 || !cell) return undefined;
    const area = areas.get(anchorKey(sheetId, cell.top, cell.left));
    if (!area) return undefined;
    return sheet === formulaSheet ? areaName(area) : `${quoteSheet(sheets[sheetId].name)}!${areaName(area)}`;
  };
  // Per sheet and column, the last used row (1-based): a range to the sheet's last row ends there.
  const lastRows = sheets.map(() => new Map<number, number>());
  const extend = (sheetId: number, col: number, row: number) =>
    lastRows[sheetId].set(col, Math.max(lastRows[sheetId].get(col) ?? 0, row + 1));
  sheets.forEach((sheet, sheetId) => sheet.cells.forEach((cell) => extend(sheetId, cell.col, cell.row)));
  for (const [key, area] of areas) {
    const sheetId = Number(key.split("!")[0]);
    for (let c = area.left; c < area.left + area.cols; c++) extend(sheetId, c, area.top + area.rows - 1);
  }
  const lastRowOn = (sheetId: number) => (sheet: string | undefined, fromCol: number, toCol: number) => {
    const id = sheet === undefined ? sheetId : sheets.findIndex((s) => s.name.toLowerCase() === sheet.toLowerCase());
    let last = 1;
    for (const [col, row] of lastRows[id] ?? []) if (col >= fromCol && col <= toCol) last = Math.max(last, row);
    return last;
  };

  return sheets.map((ws, sheetId) => {
    const grid: unknown[][] = [];
    const used = new Map<number, number[]>();
    const markUsed = (row: number, col: number) => {
      const list = used.get(col);
      if (list) list.push(row);
      else used.set(col, [row]);
    };
    // The spill a file records holds cached copies: the engine spills the formula anew.
    const storedSpills = formulas.filter((f) => f.sheetId === sheetId && f.storedArea);
    const inStoredSpill = (r: number, c: number) =>
      storedSpills.some((f) => (f.row !== r || f.col !== c) && inArea(f.storedArea as Area, r, c));
    for (const cell of ws.cells) {
      const { row: r, col: c } = cell;
      const key = anchorKey(sheetId, r, c);
      let content: unknown;
      if (cell.formula !== undefined && !unevaluable.has(key)) {
        content = `=${toEngineFormula(cell.formula, ws.name, spillOf, lastRowOn(sheetId))}`;
      } else if (cell.formula === undefined && inStoredSpill(r, c)) {
        const anchor = storedSpills.find((f) => inArea(f.storedArea as Area, r, c));
        // An unevaluable formula's spill keeps Excel's values, for the formulas that read them.
        if (!anchor || !unevaluable.has(anchorKey(sheetId, anchor.row, anchor.col))) continue;
        content = plainContent(cell.value);
      } else content = plainContent(cell.value);
      if (content === null) continue;
      (grid[r] ??= [])[c] = content;
      markUsed(r, c);
    }
    for (const f of formulas) {
      if (f.sheetId !== sheetId) continue;
      const area = areas.get(anchorKey(sheetId, f.row, f.col));
      if (!area) continue;
      for (let r = area.top; r < area.top + area.rows; r++) {
        for (let c = area.left; c < area.left + area.cols; c++) markUsed(r, c);
      }
    }
    for (let r = 0; r < grid.length; r++) grid[r] ??= [];
    for (const list of used.values()) list.sort((a, b) => a - b);
    return { name: ws.name, grid, usedRows: used };
  });
}

/** The last row in [fromRow, toRow] with content in any of the columns, or fromRow − 1 if none. */
function lastUsedRow(sheet: SheetContent | undefined, fromRow: number, toRow: number, fromCol: number, toCol: number) {
  let last = fromRow - 1;
  if (!sheet) return last;
  for (let c = fromCol; c <= toCol; c++) {
    const rows = sheet.usedRows.get(c);
    if (!rows) continue;
    // Binary search: the largest used row ≤ toRow.
    let lo = 0;
    let hi = rows.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (rows[mid] <= toRow) {
        found = rows[mid];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (found >= fromRow) last = Math.max(last, found);
  }
  return last;
}

/** Workbook- and sheet-level defined names the engine can read (not Excel's own _xlnm names, not external ones). */
function namedExpressions(workbook: EvaluableWorkbook, sheetNames: string[]): SerializedNamedExpression[] {
  const out: SerializedNamedExpression[] = [];
  for (const { name, text, localSheetId } of workbook.names) {
    if (name.startsWith("_xlnm.") || /\[|#REF!/i.test(text) || !text.trim()) continue;
    const scope = localSheetId !== undefined && sheetNames[localSheetId] !== undefined ? localSheetId : undefined;
    out.push({ name, expression: `=${toEngineFormula(text, sheetNames[scope ?? 0] ?? "", () => undefined)}`, scope });
  }
  return out;
}
