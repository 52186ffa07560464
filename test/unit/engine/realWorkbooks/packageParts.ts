/**
 * Comparing .xlsx packages part by part and cell by cell, for the tests that
 * prove the engine changes only what it must (issue 13). Everything here reads
 * the raw bytes and XML of a package; nothing goes through ExcelJS or the
 * engine's own readers, so a test cannot pass because reader and writer share
 * a mistake.
 */
import { readFileSync } from "node:fs";
import JSZip from "jszip";

/** Every part of a package (directories left out), by its path inside the zip. */
export async function partsOf(file: string | Buffer): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(typeof file === "string" ? readFileSync(file) : file);
  const parts = new Map<string, Buffer>();
  for (const entry of Object.values(zip.files)) {
    if (!entry.dir) parts.set(entry.name, await entry.async("nodebuffer"));
  }
  return parts;
}

export interface PartChanges {
  added: string[];
  removed: string[];
  /** Present in both, bytes differ. */
  changed: string[];
}

export function changedParts(before: Map<string, Buffer>, after: Map<string, Buffer>): PartChanges {
  const added = [...after.keys()].filter((p) => !before.has(p)).sort();
  const removed = [...before.keys()].filter((p) => !after.has(p)).sort();
  const changed = [...before.keys()].filter((p) => after.has(p) && !before.get(p)!.equals(after.get(p)!)).sort();
  return { added, removed, changed };
}

export const text = (parts: Map<string, Buffer>, path: string): string => {
  const part = parts.get(path);
  if (!part) throw new Error(`no part ${path}`);
  return part.toString("utf8");
};

export function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (whole, code: string) => {
    const named: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
    if (code[0] !== "#") return named[code.toLowerCase()] ?? whole;
    const n = code[1] === "x" || code[1] === "X" ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
    return String.fromCodePoint(n);
  });
}

/** Attributes of a start tag's inside (`r="D2" s="3"`), namespace prefixes kept. */
export function attributes(inside: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of inside.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
    out.set(m[1], unescapeXml(m[2] ?? m[3]));
  return out;
}

/** The worksheet part of a sheet, found through workbook.xml and its relationships. */
export function sheetPath(parts: Map<string, Buffer>, sheetName: string): string {
  const workbook = text(parts, "xl/workbook.xml");
  const rels = text(parts, "xl/_rels/workbook.xml.rels");
  for (const m of workbook.matchAll(/<(?:\w+:)?sheet\b([^>]*?)\/?>/g)) {
    const a = attributes(m[1]);
    if (a.get("name") !== sheetName) continue;
    const id = a.get("r:id") ?? [...a.entries()].find(([k]) => k.endsWith(":id"))?.[1];
    for (const r of rels.matchAll(/<(?:\w+:)?Relationship\b([^>]*?)\/?>/g)) {
      const rel = attributes(r[1]);
      if (rel.get("Id") !== id) continue;
      const target = rel.get("Target")!;
      return target.startsWith("/") ? target.slice(1) : normalise(`xl/${target}`);
    }
  }
  throw new Error(`no sheet "${sheetName}" in the workbook`);
}

function normalise(path: string): string {
  const out: string[] = [];
  for (const piece of path.split("/")) {
    if (piece === "..") out.pop();
    else if (piece !== ".") out.push(piece);
  }
  return out.join("/");
}

export const sheetXml = (parts: Map<string, Buffer>, sheetName: string) => text(parts, sheetPath(parts, sheetName));

/** The sheet names, in workbook order. */
export function sheetNames(parts: Map<string, Buffer>): string[] {
  const workbook = text(parts, "xl/workbook.xml");
  return [...workbook.matchAll(/<(?:\w+:)?sheet\b([^>]*?)\/?>/g)].map((m) => attributes(m[1]).get("name")!);
}

/** Every cell element `<c …>…</c>` or `<c …/>` of a sheet part, with its position. */
const CELL = /<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g;

export interface CellInfo {
  /** The whole element, byte for byte as stored. */
  xml: string;
  ref: string;
  attributes: Map<string, string>;
  /** The t attribute (undefined = number). */
  type?: string;
  /** The <v> text, unescaped. */
  value?: string;
  /** The text of an inline string. */
  inline?: string;
  /** The <f> text, unescaped, and its attributes. */
  formula?: string;
  formulaAttributes?: Map<string, string>;
  start: number;
  end: number;
}

function parseCell(m: RegExpMatchArray): CellInfo {
  const a = attributes(m[1]);
  const inner = m[2] ?? "";
  const f = /<(?:\w+:)?f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?f>)/.exec(inner);
  const v = /<(?:\w+:)?v(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?v>/.exec(inner);
  const is = /<(?:\w+:)?is>([\s\S]*?)<\/(?:\w+:)?is>/.exec(inner);
  return {
    xml: m[0],
    ref: a.get("r") ?? "",
    attributes: a,
    type: a.get("t"),
    value: v ? unescapeXml(v[1]) : undefined,
    inline: is
      ? unescapeXml([...is[1].matchAll(/<(?:\w+:)?t\b[^>]*>([\s\S]*?)<\/(?:\w+:)?t>/g)].map((t) => t[1]).join(""))
      : undefined,
    formula: f ? unescapeXml(f[2] ?? "") : undefined,
    formulaAttributes: f ? attributes(f[1]) : undefined,
    start: m.index!,
    end: m.index! + m[0].length,
  };
}

/** All cells of a sheet part that state their address. */
export function cells(xml: string): CellInfo[] {
  return [...xml.matchAll(CELL)].map(parseCell).filter((c) => c.ref !== "");
}

/** The cell at `ref` ("D3"), or undefined when the part holds no element for it. */
export function cellAt(xml: string, ref: string): CellInfo | undefined {
  return cells(xml).find((c) => c.ref === ref);
}

/** The raw XML of the cell at `ref`, byte for byte (undefined when absent). */
export function cellXml(xml: string, ref: string): string | undefined {
  return cellAt(xml, ref)?.xml;
}

/** A cell's number, or undefined when it holds no number (absent, empty, text, error). */
export function numberAt(xml: string, ref: string): number | undefined {
  const c = cellAt(xml, ref);
  if (!c || c.value === undefined || c.value === "" || (c.type !== undefined && c.type !== "n")) return undefined;
  return Number(c.value);
}

/** A cell's Excel error code ("#SPILL!"), or undefined when it is not an error. */
export function errorAt(xml: string, ref: string): string | undefined {
  const c = cellAt(xml, ref);
  return c?.type === "e" ? c.value : undefined;
}

/** The shared strings of a package, in order ([] without the part). */
export function sharedStrings(parts: Map<string, Buffer>): string[] {
  if (!parts.has("xl/sharedStrings.xml")) return [];
  const sst = text(parts, "xl/sharedStrings.xml");
  return [...sst.matchAll(/<(?:\w+:)?si>([\s\S]*?)<\/(?:\w+:)?si>/g)].map((si) =>
    unescapeXml([...si[1].matchAll(/<(?:\w+:)?t\b[^>]*>([\s\S]*?)<\/(?:\w+:)?t>/g)].map((t) => t[1]).join("")),
  );
}

/** A cell's text as a person sees it: shared, inline or formula string; numbers and errors as stored. */
export function displayText(cell: CellInfo, shared: string[]): string {
  if (cell.type === "s") return shared[Number(cell.value)] ?? "";
  if (cell.type === "inlineStr") return cell.inline ?? "";
  return cell.value ?? "";
}

/** Every non-empty text of a sheet, row by row (for reading the provenance sheet). */
export function sheetRows(parts: Map<string, Buffer>, sheetName: string): string[][] {
  const shared = sharedStrings(parts);
  const rows = new Map<number, string[]>();
  for (const c of cells(sheetXml(parts, sheetName))) {
    const { row, col } = parseRef(c.ref);
    const list = rows.get(row) ?? [];
    list[col] = displayText(c, shared);
    rows.set(row, list);
  }
  return [...rows.entries()].sort((a, b) => a[0] - b[0]).map(([, r]) => Array.from(r, (t) => t ?? ""));
}

/** "XFD1048576" → 0-based row and column. */
export function parseRef(ref: string): { row: number; col: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/i.exec(ref);
  if (!m) throw new Error(`not a cell reference: ${ref}`);
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

export function refOf(row: number, col: number): string {
  let name = "";
  for (let c = col + 1; c > 0; c = Math.floor((c - 1) / 26)) name = String.fromCharCode(65 + ((c - 1) % 26)) + name;
  return `${name}${row + 1}`;
}

/** The cell references of a column range, e.g. column("J", 2, 13) → J2 … J13. */
export function column(letter: string, fromRow: number, toRow: number): string[] {
  const out: string[] = [];
  for (let r = fromRow; r <= toRow; r++) out.push(`${letter}${r}`);
  return out;
}

/**
 * The sheet part with the cached results of formula cells masked: in every
 * cell that holds an <f>, its t attribute and its <v> element are removed.
 * Two sheets that agree after masking differ at most in formulas' cached values.
 */
export function maskFormulaValues(xml: string): string {
  return xml.replace(CELL, (whole: string, inside: string, inner: string | undefined) => {
    if (inner === undefined || !/<(?:\w+:)?f\b/.test(inner)) return whole;
    const start = inside.replace(/\s+t="[^"]*"/, "");
    const body = inner.replace(/<(?:\w+:)?v(?:\s[^>]*)?>[\s\S]*?<\/(?:\w+:)?v>|<(?:\w+:)?v\s*\/>/g, "");
    return `<c${start}>${body}</c>`;
  });
}

/** The sheet part with the cells for which `masked(ref)` holds replaced by a marker naming them. */
export function maskCells(xml: string, masked: (ref: string) => boolean): string {
  return xml.replace(CELL, (whole: string, inside: string) => {
    const ref = attributes(inside).get("r");
    return ref && masked(ref) ? `<!--${ref}-->` : whole;
  });
}

/** True when `ref` lies in the area "D2:D13" (or is the cell "D2"). */
export function inRange(ref: string, range: string): boolean {
  const [a, b = a] = range.split(":");
  const p = parseRef(ref);
  const from = parseRef(a);
  const to = parseRef(b);
  return p.row >= from.row && p.row <= to.row && p.col >= from.col && p.col <= to.col;
}

/** The largest row and column any <row r> or <c r> of a sheet part names (0-based). */
export function extent(xml: string): { maxRow: number; maxCol: number } {
  let maxRow = -1;
  let maxCol = -1;
  for (const m of xml.matchAll(/<(?:\w+:)?row\b([^>]*?)\/?>/g)) {
    const r = attributes(m[1]).get("r");
    if (r) maxRow = Math.max(maxRow, Number(r) - 1);
  }
  for (const c of cells(xml)) {
    const { row, col } = parseRef(c.ref);
    maxRow = Math.max(maxRow, row);
    maxCol = Math.max(maxCol, col);
  }
  return { maxRow, maxCol };
}
