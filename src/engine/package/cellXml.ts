/**
 * The XML of one cell as the engine writes it: a formula cell keeps its
 * formula element and every attribute it had (style, …) and gets a fresh
 * cached value; a plain cell holds a value as Excel stores one.
 */
import { cellName } from "../../model/sheet/addresses";
import { Value, isErrorValue } from "../cellValues";
import { ScannedCell, ScannedSheet } from "./sheetXml";
import { escapeXml, formatAttributes, parseAttributes } from "./xml";

export interface FormulaChange {
  value: Value;
  /** A new array area for the formula element (`<f t="array" ref>`). */
  ref?: string;
  /** New formula text (stored form, without "="). */
  text?: string;
  /** The cell-metadata index marking a dynamic array, or null to remove the mark. */
  cm?: string | null;
}

/** A cell's start-tag attributes as stored, for keeping what the engine does not change. */
function startTag(sheet: ScannedSheet, cell: ScannedCell | undefined): Map<string, string> {
  if (!cell) return new Map<string, string>();
  const raw = sheet.xml.slice(cell.start, cell.end);
  const m = /^<(?:\w+:)?c\b([^>]*?)\/?>/.exec(raw);
  return m ? parseAttributes(m[1]) : new Map<string, string>();
}

/** Attributes with r first and the value's type set; a changed value drops its rich-value metadata (vm). */
function attributesFor(base: Map<string, string>, row: number, col: number, type: string | undefined) {
  const out = new Map<string, string>([["r", cellName(row, col)]]);
  for (const [name, value] of base) if (name !== "r" && name !== "t" && name !== "vm") out.set(name, value);
  if (type) out.set("t", type);
  return out;
}

function numberText(n: number): string {
  // JavaScript's shortest round-trip form is valid xsd:double ("1e+21", "1.5e-7").
  return Object.is(n, -0) ? "0" : String(n);
}

/** A formula cell's value: its type and <v> element. */
function formulaValue(value: Value, p: string): { type?: string; v: string } {
  if (value === null || value === "") return { v: "" };
  if (isErrorValue(value)) return { type: "e", v: `<${p}v>${escapeXml(value.error)}</${p}v>` };
  if (typeof value === "boolean") return { type: "b", v: `<${p}v>${value ? 1 : 0}</${p}v>` };
  if (typeof value === "number") return { v: `<${p}v>${numberText(value)}</${p}v>` };
  return { type: "str", v: `<${p}v>${escapeXml(value)}</${p}v>` };
}

/** The formula cell with a new cached value (and, where asked, a new array area, text or dynamic-array mark). */
export function formulaCellXml(sheet: ScannedSheet, cell: ScannedCell, change: FormulaChange): string {
  const p = sheet.prefix;
  const raw = sheet.xml.slice(cell.start, cell.end);
  const f = new RegExp(`<${p}f\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${p}f>)`).exec(raw);
  let formula = f ? f[0] : `<${p}f/>`;
  if (f && (change.ref !== undefined || change.text !== undefined)) {
    const attributes = parseAttributes(f[1]);
    if (change.ref !== undefined) {
      attributes.set("t", "array");
      attributes.set("ref", change.ref);
    }
    const text = change.text !== undefined ? escapeXml(change.text) : (f[2] ?? "");
    formula = `<${p}f${formatAttributes(attributes)}>${text}</${p}f>`;
  }
  const { type, v } = formulaValue(change.value, p);
  const attributes = attributesFor(startTag(sheet, cell), cell.row, cell.col, type);
  if (change.cm === null) attributes.delete("cm");
  else if (change.cm !== undefined) attributes.set("cm", change.cm);
  return `<${p}c${formatAttributes(attributes)}>${formula}${v}</${p}c>`;
}

/**
 * A plain cell holding `value` (text as an inline string, so the shared
 * strings stay as they are), keeping the style of the cell it replaces; null
 * when an empty cell without style need not be written at all.
 */
export function valueCellXml(
  sheet: ScannedSheet,
  cell: ScannedCell | undefined,
  row: number,
  col: number,
  value: Value,
): string | null {
  const p = sheet.prefix;
  const base = startTag(sheet, cell);
  base.delete("cm");
  if (value === null || value === "") {
    const attributes = attributesFor(base, row, col, undefined);
    return attributes.size > 1 ? `<${p}c${formatAttributes(attributes)}/>` : null;
  }
  if (typeof value === "string") {
    const space = /^\s|\s$/.test(value) ? ' xml:space="preserve"' : "";
    const attributes = attributesFor(base, row, col, "inlineStr");
    return `<${p}c${formatAttributes(attributes)}><${p}is><${p}t${space}>${escapeXml(value)}</${p}t></${p}is></${p}c>`;
  }
  const { type, v } = formulaValue(value, p);
  return `<${p}c${formatAttributes(attributesFor(base, row, col, type))}>${v}</${p}c>`;
}
