/**
 * A worksheet of the engine's own (the provenance sheet): written whole as a
 * new part and registered in the workbook, its relationships and the content
 * types, or rewritten in place when the workbook already has it.
 */
import { areaName, cellName } from "../../model/sheet/addresses";
import { Area } from "../../model/sheet/addresses";
import {
  WORKSHEET_REL,
  WORKSHEET_TYPE,
  WorkbookInfo,
  addContentType,
  addRelationship,
  insertBeforeClose,
} from "./workbookParts";
import { escapeXml } from "./xml";
import { ZipPackage } from "./zipPackage";

export interface SheetLayout {
  /** Rows of text; empty strings leave the cell out. */
  rows: string[][];
  /** Column widths in characters. */
  widths: number[];
  merges: Area[];
  /** Row heights in points, by 0-based row. */
  heights: Map<number, number>;
}

function worksheetXml(layout: SheetLayout): string {
  const cols = layout.widths
    .map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`)
    .join("");
  const rows = layout.rows
    .map((row, r) => {
      const cells = row
        .map((text, c) =>
          text === ""
            ? ""
            : `<c r="${cellName(r, c)}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(text)}</t></is></c>`,
        )
        .join("");
      const height = layout.heights.get(r);
      const ht = height ? ` ht="${height}" customHeight="1"` : "";
      return `<row r="${r + 1}"${ht}>${cells}</row>`;
    })
    .join("");
  const merges = layout.merges.length
    ? `<mergeCells count="${layout.merges.length}">${layout.merges.map((m) => `<mergeCell ref="${areaName(m)}"/>`).join("")}</mergeCells>`
    : "";
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    `<cols>${cols}</cols><sheetData>${rows}</sheetData>${merges}</worksheet>`
  );
}

/** Writes the sheet `name`: over its own part when the workbook has it, else as a new last sheet. */
export async function putSheet(pkg: ZipPackage, info: WorkbookInfo, name: string, layout: SheetLayout): Promise<void> {
  const xml = worksheetXml(layout);
  const existing = info.sheets.find((s) => s.name === name);
  if (existing?.path) {
    pkg.write(existing.path, xml);
    return;
  }
  const dir = info.path.split("/").slice(0, -1).join("/");
  let n = info.sheets.length + 1;
  const pathOf = (i: number) => `${dir ? `${dir}/` : ""}worksheets/sheet${i}.xml`;
  while (pkg.has(pathOf(n))) n++;
  const path = pathOf(n);
  pkg.write(path, xml);
  await addContentType(pkg, path, WORKSHEET_TYPE);
  const relId = await addRelationship(pkg, info.path, WORKSHEET_REL, `worksheets/sheet${n}.xml`);
  const sheetId = Math.max(0, ...info.sheets.map((s) => s.sheetId)) + 1;
  const workbook = (await pkg.read(info.path)) as string;
  const relPrefix = /xmlns:(\w+)="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/.exec(
    workbook,
  )?.[1];
  const idAttribute = relPrefix
    ? `${relPrefix}:id`
    : 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id';
  const element = `<sheet name="${escapeXml(name)}" sheetId="${sheetId}" ${idAttribute}="${relId}"/>`;
  const prefix = /<(\w+:)?sheets\b/.exec(workbook)?.[1] ?? "";
  pkg.write(
    info.path,
    insertBeforeClose(workbook, "sheets", prefix ? element.replace("<sheet ", `<${prefix}sheet `) : element),
  );
  info.sheets.push({ name, sheetId, relId, path });
}
