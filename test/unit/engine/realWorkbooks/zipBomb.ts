/**
 * An .xlsx whose worksheet part inflates to hundreds of megabytes from well
 * under a megabyte, made in milliseconds: one chunk of the part is deflated
 * once (sync-flushed, so it ends on a byte boundary without ending the
 * stream) and the compressed chunk is repeated; an empty final block closes
 * the stream. The zip is assembled by hand so that the sizes its headers
 * declare can be honest or a lie.
 */
import { constants, crc32, deflateRawSync } from "node:zlib";
import JSZip from "jszip";

const MB = 1024 * 1024;

export interface BombOptions {
  /** A valid small workbook whose parts are kept (its first worksheet is replaced). */
  base: Buffer;
  /** Inflated size of the worksheet part, in MiB. */
  megabytes: number;
  /** The uncompressed size the zip headers declare for the part; default: the true size. */
  declaredSize?: number;
}

export async function zipBomb({ base, megabytes, declaredSize }: BombOptions): Promise<Buffer> {
  const zip = await JSZip.loadAsync(base);
  const entries: { name: string; data: Buffer; raw: Buffer; crc: number; size: number }[] = [];
  const sheet = "xl/worksheets/sheet1.xml";
  for (const entry of Object.values(zip.files)) {
    if (entry.dir || entry.name === sheet) continue;
    const data = await entry.async("nodebuffer");
    entries.push({ name: entry.name, data, raw: deflateRawSync(data), crc: crc32(data), size: data.length });
  }

  // The worksheet: a valid start, megabytes of whitespace inside <sheetData>, a valid end.
  const head = Buffer.from(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
      '<row r="1"><c r="A1"><v>1</v></c></row>',
  );
  const tail = Buffer.from("</sheetData></worksheet>");
  const chunk = Buffer.alloc(MB, 0x20);
  const flushed = (data: Buffer) => deflateRawSync(data, { finishFlush: constants.Z_SYNC_FLUSH });
  const compressedChunk = flushed(chunk);
  const pieces = [flushed(head)];
  let crc = crc32(head);
  for (let i = 0; i < megabytes; i++) {
    pieces.push(compressedChunk);
    crc = crc32(chunk, crc);
  }
  pieces.push(deflateRawSync(tail)); // ends with the final block
  crc = crc32(tail, crc);
  const size = head.length + megabytes * MB + tail.length;
  entries.splice(0, 0, { name: sheet, data: Buffer.alloc(0), raw: Buffer.concat(pieces), crc, size });
  return assemble(entries, sheet, declaredSize);
}

/** A zip (deflate, no zip64) of the entries; `lieAbout`'s declared uncompressed size may be replaced. */
function assemble(
  entries: { name: string; raw: Buffer; crc: number; size: number }[],
  lieAbout: string,
  declaredSize: number | undefined,
): Buffer {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  const time = 0x4800; // 09:00:00
  const date = ((2026 - 1980) << 9) | (1 << 5) | 15; // 2026-01-15
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const size = e.name === lieAbout && declaredSize !== undefined ? declaredSize : e.size;
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(0x0800, 6); // UTF-8 names
    header.writeUInt16LE(8, 8); // deflate
    header.writeUInt16LE(time, 10);
    header.writeUInt16LE(date, 12);
    header.writeUInt32LE(e.crc >>> 0, 14);
    header.writeUInt32LE(e.raw.length, 18);
    header.writeUInt32LE(size, 22);
    header.writeUInt16LE(name.length, 26);
    header.writeUInt16LE(0, 28);
    local.push(header, name, e.raw);

    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(0x0800, 8);
    dir.writeUInt16LE(8, 10);
    dir.writeUInt16LE(time, 12);
    dir.writeUInt16LE(date, 14);
    dir.writeUInt32LE(e.crc >>> 0, 16);
    dir.writeUInt32LE(e.raw.length, 20);
    dir.writeUInt32LE(size, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    central.push(dir, name);
    offset += header.length + name.length + e.raw.length;
  }
  const centralSize = central.reduce((s, b) => s + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, ...central, end]);
}
