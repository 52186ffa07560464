/**
 * The values a file caches for its cells, read from the sheet XML itself:
 * ExcelJS drops a cached result of 0 when it reads a formula cell, and a
 * verifier that trusted it would report every zero as a difference.
 */
import JSZip from "jszip";
import { XMLParser } from "fast-xml-parser";
import { Value } from "./cellValues";

/** Sheet name → cell address ("D7") → cached value. */
export type CachedValues = Map<string, Map<string, Value>>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  parseTagValue: false,
  trimValues: false,
  isArray: (name) => ["sheet", "Relationship", "row", "c", "si", "r"].includes(name),
});

type Xml = Record<string, unknown>;

/** The text of an element parsed by fast-xml-parser (plain string, or an object with "#text"). */
function text(node: unknown): string {
  if (node === undefined || node === null) return "";
  if (typeof node === "string" || typeof node === "number") return String(node);
  const inner = (node as Xml)["#text"];
  return inner === undefined ? "" : String(inner);
}

/** A shared-string or inline-string item: plain <t>, or rich-text runs <r><t>. */
function stringItem(si: Xml | undefined): string {
  if (!si) return "";
  if (si.t !== undefined) return text(si.t);
  const runs = (si.r as Xml[] | undefined) ?? [];
  return runs.map((r) => text(r.t)).join("");
}

export async function readCachedValues(file: Buffer): Promise<CachedValues> {
  const zip = await JSZip.loadAsync(file);
  const read = async (path: string) => {
    const entry = zip.file(path);
    return entry ? parser.parse(await entry.async("string")) : undefined;
  };
  const workbook = await read("xl/workbook.xml");
  const rels = await read("xl/_rels/workbook.xml.rels");
  const strings = await read("xl/sharedStrings.xml");
  const shared: string[] = ((strings?.sst?.si as Xml[] | undefined) ?? []).map(stringItem);
  const targets = new Map<string, string>();
  for (const rel of (rels?.Relationships?.Relationship as Xml[] | undefined) ?? []) {
    const target = String(rel.Target);
    targets.set(String(rel.Id), target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }

  const result: CachedValues = new Map();
  for (const sheet of (workbook?.workbook?.sheets?.sheet as Xml[] | undefined) ?? []) {
    const path = targets.get(String(sheet["r:id"]));
    const xml = path ? await read(path) : undefined;
    const cells = new Map<string, Value>();
    for (const row of (xml?.worksheet?.sheetData?.row as Xml[] | undefined) ?? []) {
      for (const c of (row.c as Xml[] | undefined) ?? []) {
        const value = cellValue(c, shared);
        if (value !== undefined) cells.set(String(c.r), value);
      }
    }
    result.set(String(sheet.name), cells);
  }
  return result;
}

function cellValue(c: Xml, shared: string[]): Value | undefined {
  const type = c.t === undefined ? "n" : String(c.t);
  if (type === "inlineStr") return stringItem(c.is as Xml);
  if (c.v === undefined) return c.f === undefined ? undefined : null;
  const v = text(c.v);
  switch (type) {
    case "s":
      return shared[Number(v)] ?? "";
    case "str":
      return v;
    case "b":
      return v === "1";
    case "e":
      return { error: v };
    default:
      return Number(v);
  }
}
