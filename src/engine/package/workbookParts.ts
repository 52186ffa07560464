/**
 * The workbook-level parts the engine reads and, where it must, registers
 * things in: workbook.xml (sheets, defined names, the 1904 date system), the
 * relationships, [Content_Types].xml and the shared strings. Reading uses the
 * project's XML parser; registering inserts one element before a closing
 * tag, so the rest of each part keeps its bytes.
 */
import { XMLParser } from "fast-xml-parser";
import { escapeXml } from "./xml";
import { stringItemText } from "./sheetXml";
import { PackageError, ZipPackage } from "./zipPackage";

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  removeNSPrefix: true,
  isArray: (name) => ["sheet", "Relationship", "definedName", "Override", "Default"].includes(name),
});

type Xml = Record<string, unknown>;

export interface SheetEntry {
  name: string;
  sheetId: number;
  relId: string;
  /** The worksheet part, e.g. "xl/worksheets/sheet1.xml"; undefined for a chart sheet or a missing part. */
  path?: string;
}

export interface DefinedName {
  name: string;
  /** The formula text without "=". */
  text: string;
  /** Index of the sheet it is local to, if any. */
  localSheetId?: number;
}

export interface WorkbookInfo {
  path: string;
  sheets: SheetEntry[];
  names: DefinedName[];
  date1904: boolean;
  sharedStrings: string[];
  /** Relationships of the workbook part: id → { type, target path }. */
  relationships: Map<string, { type: string; path: string }>;
}

const RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const WORKSHEET_REL = `${RELS}/worksheet`;
export const WORKSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

/** A parsed value as text: attributes and plain elements are strings, an element with attributes holds "#text". */
function text(node: unknown): string {
  if (typeof node === "string" || typeof node === "number" || typeof node === "boolean") return String(node);
  if (typeof node === "object" && node !== null) return text((node as Xml)["#text"]);
  return "";
}

/** The parsed document's root element, or undefined. */
function root(xml: string, name: string): Xml | undefined {
  const doc = parser.parse(xml) as Xml;
  const element = doc[name];
  return typeof element === "object" && element !== null ? (element as Xml) : undefined;
}

/** The path a relationship target points at, relative to the part that holds the relationship. */
export function resolveTarget(from: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = from.split("/").slice(0, -1);
  for (const segment of target.split("/")) {
    if (segment === "..") parts.pop();
    else if (segment !== ".") parts.push(segment);
  }
  return parts.join("/");
}

export function relsPathOf(part: string): string {
  const parts = part.split("/");
  const file = parts.pop();
  return [...parts, "_rels", `${file}.rels`].join("/");
}

export async function readRelationships(pkg: ZipPackage, part: string) {
  const map = new Map<string, { type: string; path: string; external: boolean }>();
  const xml = await pkg.read(relsPathOf(part));
  if (!xml) return map;
  for (const rel of (root(xml, "Relationships")?.Relationship as Xml[] | undefined) ?? []) {
    const external = text(rel.TargetMode) === "External";
    map.set(text(rel.Id), {
      type: text(rel.Type),
      path: external ? text(rel.Target) : resolveTarget(part, text(rel.Target)),
      external,
    });
  }
  return map;
}

/** The workbook part's path, from the package's root relationships. */
async function workbookPath(pkg: ZipPackage): Promise<string> {
  const root = await readRelationships(pkg, "");
  for (const rel of root.values()) {
    if (rel.type.endsWith("/officeDocument")) return rel.path.replace(/^\//, "");
  }
  return "xl/workbook.xml";
}

export async function readWorkbookInfo(pkg: ZipPackage, notWorkbook: string): Promise<WorkbookInfo> {
  const path = await workbookPath(pkg);
  const xml = await pkg.read(path);
  if (!xml) throw new PackageError(notWorkbook);
  const workbook = root(xml, "workbook");
  if (!workbook) throw new PackageError(notWorkbook);
  const relationships = await readRelationships(pkg, path);
  const sheets: SheetEntry[] =
    ((workbook.sheets as Xml | undefined)?.sheet as Xml[] | undefined)?.map((s) => {
      const relId = text(s.id);
      const rel = relationships.get(relId);
      return {
        name: text(s.name),
        sheetId: Number(s.sheetId),
        relId,
        path: rel && rel.type === WORKSHEET_REL ? rel.path : undefined,
      };
    }) ?? [];
  const names: DefinedName[] = (
    ((workbook.definedNames as Xml | undefined)?.definedName as Xml[] | undefined) ?? []
  ).map((n) => ({
    name: String(n.name),
    text: text(n),
    localSheetId: n.localSheetId === undefined ? undefined : Number(n.localSheetId),
  }));
  const pr = workbook.workbookPr as Xml | undefined;
  const date1904 = pr !== undefined && ["1", "true"].includes(text(pr.date1904));
  let sharedStrings: string[] = [];
  for (const rel of relationships.values()) {
    if (!rel.type.endsWith("/sharedStrings")) continue;
    const sst = await pkg.read(rel.path);
    if (sst) sharedStrings = readSharedStrings(sst);
  }
  return { path, sheets, names, date1904, sharedStrings, relationships };
}

function readSharedStrings(xml: string): string[] {
  const p = /<(\w+:)?sst\b/.exec(xml)?.[1] ?? "";
  const items: string[] = [];
  for (const m of xml.matchAll(new RegExp(`<${p}si\\b[^>]*?(?:/>|>([\\s\\S]*?)</${p}si>)`, "g"))) {
    items.push(stringItemText(m[1] ?? "", p));
  }
  return items;
}

/** Inserts `element` just before the closing tag `</name>` (or expands `<name/>`). */
export function insertBeforeClose(xml: string, name: string, element: string): string {
  const close = new RegExp(`</(\\w+:)?${name}>`).exec(xml);
  if (close) return xml.slice(0, close.index) + element + xml.slice(close.index);
  const empty = new RegExp(`<((?:\\w+:)?${name})\\b([^>]*?)/>`).exec(xml);
  if (!empty) throw new Error(`<${name}> not found`);
  return (
    xml.slice(0, empty.index) +
    `<${empty[1]}${empty[2]}>${element}</${empty[1]}>` +
    xml.slice(empty.index + empty[0].length)
  );
}

/** Adds a relationship to `part`'s relationships and returns its id. */
export async function addRelationship(pkg: ZipPackage, part: string, type: string, target: string): Promise<string> {
  const path = relsPathOf(part);
  const xml =
    (await pkg.read(path)) ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  const used = new Set([...xml.matchAll(/\bId="([^"]*)"/g)].map((m) => m[1]));
  let n = used.size + 1;
  while (used.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  pkg.write(
    path,
    insertBeforeClose(
      xml,
      "Relationships",
      `<Relationship Id="${id}" Type="${escapeXml(type)}" Target="${escapeXml(target)}"/>`,
    ),
  );
  return id;
}

/** Removes the relationship(s) of `part` that point at `target` (a package path). */
export async function removeRelationshipTo(pkg: ZipPackage, part: string, targetPath: string): Promise<void> {
  const path = relsPathOf(part);
  const xml = await pkg.read(path);
  if (!xml) return;
  const edited = xml.replace(/<Relationship\b[^>]*?\/>/g, (element) => {
    const target = /\bTarget="([^"]*)"/.exec(element)?.[1] ?? "";
    return resolveTarget(part, target) === targetPath ? "" : element;
  });
  if (edited !== xml) pkg.write(path, edited);
}

/** Declares a part's content type, unless it already has one. */
export async function addContentType(pkg: ZipPackage, partPath: string, contentType: string): Promise<void> {
  const xml = (await pkg.read("[Content_Types].xml")) ?? "";
  if (xml.includes(`PartName="/${partPath}"`)) return;
  pkg.write(
    "[Content_Types].xml",
    insertBeforeClose(xml, "Types", `<Override PartName="/${escapeXml(partPath)}" ContentType="${contentType}"/>`),
  );
}

export async function removeContentType(pkg: ZipPackage, partPath: string): Promise<void> {
  const xml = await pkg.read("[Content_Types].xml");
  if (!xml) return;
  const edited = xml.replace(new RegExp(`<Override\\b[^>]*?PartName="/${escapeRegExp(partPath)}"[^>]*?/>`), "");
  if (edited !== xml) pkg.write("[Content_Types].xml", edited);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
