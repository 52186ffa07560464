/**
 * Excel 365 marks a dynamic array (a spill) with cell metadata: `cm="1"` on
 * the anchor cell, pointing through xl/metadata.xml at an XLDAPR record with
 * fDynamic="1". Without the mark Excel reads the formula as a legacy
 * Ctrl+Shift+Enter array ({=…}), which does not resize. This finds the
 * package's mark, or adds the part that defines it.
 */
import { addContentType, addRelationship, WorkbookInfo } from "./workbookParts";
import { ZipPackage } from "./zipPackage";

const METADATA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml";
const METADATA_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sheetMetadata";

const METADATA_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<metadata xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
  'xmlns:xda="http://schemas.microsoft.com/office/spreadsheetml/2017/dynamicarray">' +
  '<metadataTypes count="1"><metadataType name="XLDAPR" minSupportedVersion="120000" copy="1" pasteAll="1" ' +
  'pasteValues="1" merge="1" splitFirst="1" rowColShift="1" clearFormats="1" clearComments="1" assign="1" ' +
  'coerce="1" cellMeta="1"/></metadataTypes>' +
  '<futureMetadata name="XLDAPR" count="1"><bk><extLst><ext uri="{bdbb8cdc-fa1e-496e-a857-3c3f30c029c3}">' +
  '<xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/></ext></extLst></bk></futureMetadata>' +
  '<cellMetadata count="1"><bk><rc t="1" v="0"/></bk></cellMetadata></metadata>';

/** The cm value of an existing dynamic-array record in metadata.xml, if it has one. */
export function dynamicArrayMark(xml: string): string | undefined {
  const types = [...xml.matchAll(/<(?:\w+:)?metadataType\b[^>]*\bname="([^"]*)"/g)].map((m) => m[1]);
  const type = types.indexOf("XLDAPR") + 1;
  if (type === 0) return undefined;
  const future = /<(?:\w+:)?futureMetadata\b[^>]*\bname="XLDAPR"[^>]*>([\s\S]*?)<\/(?:\w+:)?futureMetadata>/.exec(xml);
  if (!future) return undefined;
  const blocks = [...future[1].matchAll(/<(?:\w+:)?bk\b[\s\S]*?<\/(?:\w+:)?bk>/g)].map((m) => m[0]);
  const value = blocks.findIndex((bk) => /fDynamic="(1|true)"/.test(bk));
  if (value < 0) return undefined;
  const cells = /<(?:\w+:)?cellMetadata\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellMetadata>/.exec(xml);
  if (!cells) return undefined;
  const records = [...cells[1].matchAll(/<(?:\w+:)?bk\b[\s\S]*?<\/(?:\w+:)?bk>/g)].map((m) => m[0]);
  const index = records.findIndex((bk) =>
    new RegExp(`<(?:\\w+:)?rc\\b[^>]*\\bt="${type}"[^>]*\\bv="${value}"`).test(bk),
  );
  return index < 0 ? undefined : String(index + 1);
}

/**
 * The cm value that marks a dynamic array in this package: the existing
 * record, or a new metadata part with one. Undefined when the package has a
 * metadata part without such a record (the spill is then written without the mark).
 */
export async function ensureDynamicArrayMark(pkg: ZipPackage, info: WorkbookInfo): Promise<string | undefined> {
  for (const rel of info.relationships.values()) {
    if (rel.type !== METADATA_REL) continue;
    const xml = await pkg.read(rel.path);
    return xml ? dynamicArrayMark(xml) : undefined;
  }
  const dir = info.path.split("/").slice(0, -1).join("/");
  const path = dir ? `${dir}/metadata.xml` : "metadata.xml";
  if (pkg.has(path)) return undefined;
  pkg.write(path, METADATA_XML);
  await addContentType(pkg, path, METADATA_TYPE);
  const id = await addRelationship(pkg, info.path, METADATA_REL, "metadata.xml");
  info.relationships.set(id, { type: METADATA_REL, path });
  return "1";
}
