/**
 * A worksheet part read and edited as text. The scanner finds every row and
 * cell of <sheetData> with its position in the XML, so that an edit replaces
 * exactly the cells the engine computes and leaves every other byte of the
 * part as it was. No parser in our dependencies reports element positions,
 * which is why this is written by hand; it relies only on what SpreadsheetML
 * guarantees (rows hold cells; cells hold <f>, <v>, <is>), with or without a
 * namespace prefix, and with or without the optional r attributes.
 */
import { Area, cellName, parseArea, parseCell } from "../../model/sheet/addresses";
import { escapeXml, formatAttributes, parseAttributes, unescapeXml } from "./xml";

export interface ScannedFormula {
  /** The formula text as stored (unescaped), empty for a shared formula's follower. */
  text: string;
  /** "array", "shared" or undefined (normal). */
  type?: string;
  /** The area of an array formula or a shared formula's master. */
  ref?: string;
  /** A shared formula's group index. */
  shared?: string;
}

export interface ScannedCell {
  row: number;
  col: number;
  /** Offsets of the whole <c …>…</c> element in the part (its attributes are read again from there when edited). */
  start: number;
  end: number;
  /** The t attribute: "s", "str", "inlineStr", "b", "e", "d" or undefined (a number). */
  type?: string;
  /** True when the cell states its address (r is optional in SpreadsheetML). */
  addressed: boolean;
  formula?: ScannedFormula;
  /** The <v> text (unescaped), if any. */
  value?: string;
  /** The text of an inline string (<is>), if any. */
  inline?: string;
}

export interface ScannedRow {
  row: number;
  start: number;
  end: number;
  /** The start tag's attributes. */
  attributes: Map<string, string>;
  cells: ScannedCell[];
}

export interface ScannedSheet {
  xml: string;
  /** Namespace prefix of the SpreadsheetML elements ("" or "x:"). */
  prefix: string;
  rows: ScannedRow[];
  /** Offsets of <sheetData>'s content (equal when it is empty or self-closing). */
  dataStart: number;
  dataEnd: number;
  /** Offsets of a self-closing <sheetData/> tag, which an edit replaces whole. */
  selfClosing?: { start: number; end: number };
  merges: Area[];
  cellCount: number;
}

/** The text of a string item (<si> or <is>): its <t>, or its runs' <t>, phonetic hints left out. */
export function stringItemText(inner: string, prefix = ""): string {
  const body = inner.replace(new RegExp(`<${prefix}rPh\\b[\\s\\S]*?</${prefix}rPh>`, "g"), "");
  let text = "";
  for (const m of body.matchAll(new RegExp(`<${prefix}t\\b[^>]*?(?:/>|>([\\s\\S]*?)</${prefix}t>)`, "g"))) {
    text += unescapeXml(m[1] ?? "");
  }
  return text;
}

/** The namespace prefix a part uses for an element name, e.g. "x:" for <x:sheetData>. */
function prefixOf(xml: string, element: string): string | undefined {
  const m = new RegExp(`<(\\w+:)?${element}\\b`).exec(xml);
  return m ? (m[1] ?? "") : undefined;
}

export function scanSheet(xml: string): ScannedSheet {
  const prefix = prefixOf(xml, "sheetData") ?? prefixOf(xml, "worksheet") ?? "";
  const p = prefix;
  const open = new RegExp(`<${p}sheetData\\b[^>]*?(/?)>`).exec(xml);
  const rows: ScannedRow[] = [];
  let dataStart = xml.length;
  let dataEnd = xml.length;
  let selfClosing: ScannedSheet["selfClosing"];
  let cellCount = 0;
  if (open) {
    dataStart = open.index + open[0].length;
    if (open[1] === "/") selfClosing = { start: open.index, end: dataStart };
    dataEnd = selfClosing ? dataStart : xml.indexOf(`</${p}sheetData>`, dataStart);
    if (dataEnd < 0) dataEnd = xml.length;
    const token = new RegExp(`<${p}row\\b([^>]*?)(/?)>|</${p}row>|<${p}c\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${p}c>)`, "g");
    token.lastIndex = dataStart;
    let current: ScannedRow | undefined;
    let nextRow = 0;
    let nextCol = 0;
    for (let m = token.exec(xml); m && m.index < dataEnd; m = token.exec(xml)) {
      if (m[0].startsWith(`<${p}row`)) {
        const attributes = parseAttributes(m[1]);
        const r = Number(attributes.get("r"));
        current = {
          row: Number.isInteger(r) && r > 0 ? r - 1 : nextRow,
          start: m.index,
          end: 0,
          attributes,
          cells: [],
        };
        nextRow = current.row + 1;
        nextCol = 0;
        rows.push(current);
        if (m[2] === "/") {
          current.end = m.index + m[0].length;
          current = undefined;
        }
      } else if (m[0].startsWith(`</${p}row`)) {
        if (current) current.end = m.index + m[0].length;
        current = undefined;
      } else if (current) {
        const cell = scanCell(m, current.row, nextCol, p);
        nextCol = cell.col + 1;
        current.cells.push(cell);
        cellCount++;
      }
    }
  }
  const merges: Area[] = [];
  for (const m of xml.matchAll(new RegExp(`<${p}mergeCell\\b([^>]*?)/?>`, "g"))) {
    const area = parseArea(parseAttributes(m[1]).get("ref") ?? "");
    if (area) merges.push(area);
  }
  return { xml, prefix, rows, dataStart, dataEnd, selfClosing, merges, cellCount };
}

function scanCell(m: RegExpExecArray, row: number, nextCol: number, p: string): ScannedCell {
  const attributes = parseAttributes(m[3]);
  const at = parseCell(attributes.get("r") ?? "");
  const cell: ScannedCell = {
    row: at?.row ?? row,
    col: at?.col ?? nextCol,
    start: m.index,
    end: m.index + m[0].length,
    type: attributes.get("t"),
    addressed: at !== undefined,
  };
  const inner = m[4];
  if (!inner) return cell;
  const f = new RegExp(`<${p}f\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${p}f>)`).exec(inner);
  if (f) {
    const fa = parseAttributes(f[1]);
    cell.formula = { text: unescapeXml(f[2] ?? ""), type: fa.get("t"), ref: fa.get("ref"), shared: fa.get("si") };
  }
  const v = new RegExp(`<${p}v\\b[^>]*?(?:/>|>([\\s\\S]*?)</${p}v>)`).exec(inner);
  if (v) cell.value = unescapeXml(v[1] ?? "");
  const is = new RegExp(`<${p}is\\b[^>]*>([\\s\\S]*?)</${p}is>`).exec(inner);
  if (is) cell.inline = stringItemText(is[1], p);
  return cell;
}

/** New content per row and column: the cell's whole XML, or null to remove the cell. */
export type SheetEdits = Map<number, Map<number, string | null>>;

export function addEdit(edits: SheetEdits, row: number, col: number, xml: string | null): void {
  let cols = edits.get(row);
  if (!cols) edits.set(row, (cols = new Map<number, string | null>()));
  cols.set(col, xml);
}

/**
 * The part with the edits applied. Rows without edits keep their bytes; an
 * edited row is rebuilt from its untouched cells' own XML and the new cells,
 * in column order.
 */
export function editSheet(sheet: ScannedSheet, edits: SheetEdits): string {
  if (edits.size === 0) return sheet.xml;
  const { xml, prefix: p } = sheet;
  // Rows and cells may omit r; once anything is inserted, positions must be explicit.
  const explicit = sheet.rows.some((r) => !r.attributes.has("r") || r.cells.some((c) => !c.addressed));
  const existing = new Set(sheet.rows.map((r) => r.row));
  const pending = [...edits.keys()].filter((r) => !existing.has(r)).sort((a, b) => a - b);
  let out = "";
  let cursor = sheet.dataStart;
  const flushNewRows = (before: number) => {
    while (pending.length > 0 && pending[0] < before) {
      const row = pending.shift() as number;
      out += rowXml(p, new Map([["r", String(row + 1)]]), [], edits.get(row));
    }
  };
  for (const row of sheet.rows) {
    const rowEdits = edits.get(row.row);
    if (!rowEdits && !explicit) continue;
    out += xml.slice(cursor, row.start);
    flushNewRows(row.row);
    if (rowEdits || row.cells.some((c) => !c.addressed) || !row.attributes.has("r")) {
      const attributes = new Map(row.attributes);
      attributes.set("r", String(row.row + 1));
      const cells = row.cells.map((c) => ({ col: c.col, xml: withAddress(xml, c) }));
      out += rowXml(p, attributes, cells, rowEdits);
    } else out += xml.slice(row.start, row.end);
    cursor = row.end;
  }
  out += xml.slice(cursor, sheet.dataEnd);
  flushNewRows(Infinity);
  const edited = sheet.selfClosing
    ? xml.slice(0, sheet.selfClosing.start) + `<${p}sheetData>${out}</${p}sheetData>` + xml.slice(sheet.selfClosing.end)
    : xml.slice(0, sheet.dataStart) + out + xml.slice(sheet.dataEnd);
  return widenDimension(edited, edits, p);
}

/** A cell's own XML, with its r attribute added when the file left it implicit. */
function withAddress(xml: string, cell: ScannedCell): string {
  const raw = xml.slice(cell.start, cell.end);
  if (cell.addressed) return raw;
  return raw.replace(/^(<(?:\w+:)?c)\b/, `$1 r="${cellName(cell.row, cell.col)}"`);
}

function rowXml(
  p: string,
  attributes: Map<string, string>,
  existing: { col: number; xml: string }[],
  edits: Map<number, string | null> | undefined,
): string {
  const cells = new Map(existing.map((c) => [c.col, c.xml] as [number, string | null]));
  for (const [col, xml] of edits ?? []) cells.set(col, xml);
  const body = [...cells]
    .filter(([, xml]) => xml !== null)
    .sort(([a], [b]) => a - b)
    .map(([, xml]) => xml)
    .join("");
  const attrs = new Map(attributes);
  // spans is an optional hint that new cells may fall outside of.
  attrs.delete("spans");
  return body ? `<${p}row${formatAttributes(attrs)}>${body}</${p}row>` : `<${p}row${formatAttributes(attrs)}/>`;
}

/** <dimension ref> grown to cover the edited cells (Excel reads it as a hint of the used range). */
function widenDimension(xml: string, edits: SheetEdits, p: string): string {
  const m = new RegExp(`<${p}dimension\\b([^>]*?)/>`).exec(xml);
  if (!m) return xml;
  const area = parseArea(parseAttributes(m[1]).get("ref") ?? "");
  if (!area) return xml;
  let bottom = area.top + area.rows - 1;
  let right = area.left + area.cols - 1;
  let top = area.top;
  let left = area.left;
  for (const [row, cols] of edits) {
    for (const [col, cell] of cols) {
      if (cell === null) continue;
      top = Math.min(top, row);
      left = Math.min(left, col);
      bottom = Math.max(bottom, row);
      right = Math.max(right, col);
    }
  }
  const ref =
    top === bottom && left === right ? cellName(top, left) : `${cellName(top, left)}:${cellName(bottom, right)}`;
  if (ref === parseAttributes(m[1]).get("ref")) return xml;
  return xml.slice(0, m.index) + `<${p}dimension ref="${escapeXml(ref)}"/>` + xml.slice(m.index + m[0].length);
}
