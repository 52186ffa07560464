/**
 * A budget workbook of n schools with every Likvärd function, written as a
 * package directly (ExcelJS takes minutes at 500 000 rows): pupils, four
 * factor shares, an outcome and a resource, then SOCIOINDEX, ALLOCATE with
 * floor and cap, EQUITYGAP "summary" and SOCIOFIT "quasilogit", as Excel
 * saves them. Deterministic data, so runs compare.
 */
import JSZip from "jszip";

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

function row(r: number, cells: string): string {
  return `<row r="${r}">${cells}</row>`;
}

export async function engineWorkbook(n: number): Promise<Uint8Array> {
  const last = n + 1;
  const rows: string[] = [
    row(
      1,
      ["Elever", "Andel 1", "Andel 2", "Andel 3", "Andel 4", "Utfall", "Resurs"]
        .map((t, c) => `<c r="${"ABCDEFG"[c]}1" t="inlineStr"><is><t>${t}</t></is></c>`)
        .join(""),
    ),
  ];
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let r = 2; r <= last; r++) {
    const shares = [0.1 + 0.6 * next(), 0.05 + 0.3 * next(), 0.4 + 0.2 * next(), 0.02 + 0.2 * next()];
    const outcome = Math.min(0.95, Math.max(0.02, 0.05 + 0.5 * shares[0] + 0.3 * shares[1] + 0.05 * next()));
    let cells = `<c r="A${r}"><v>${50 + Math.floor(600 * next())}</v></c>`;
    shares.forEach((s, j) => (cells += `<c r="${"BCDE"[j]}${r}"><v>${s.toFixed(4)}</v></c>`));
    cells += `<c r="F${r}"><v>${outcome.toFixed(4)}</v></c><c r="G${r}"><v>${(0.6 + 0.4 * next()).toFixed(3)}</v></c>`;
    if (r === 2) {
      cells +=
        `<c r="I2"><f t="array" ref="I2:I${last}">_xldudf_LIKVARD_SOCIOINDEX(B2:E${last},{0.4,0.3,0.2,0.1},A2:A${last})</f><v>0</v></c>` +
        `<c r="J2"><f t="array" ref="J2:J${last}">_xldudf_LIKVARD_ALLOCATE(A2:A${last},I2:I${last},${n * 3_000_000},"power",1.5,4000,30000,100)</f><v>0</v></c>` +
        `<c r="L2"><f t="array" ref="L2:M10">_xldudf_LIKVARD_EQUITYGAP(I2:I${last},G2:G${last},A2:A${last},"summary")</f><v>0</v></c>` +
        `<c r="O2"><f t="array" ref="O2:R6">_xldudf_LIKVARD_SOCIOFIT(B2:E${last},F2:F${last},A2:A${last},"quasilogit")</f><v>0</v></c>`;
    }
    rows.push(row(r, cells));
  }
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
  );
  zip.file(
    "_rels/.rels",
    `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  zip.file(
    "xl/workbook.xml",
    `${XML}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Skolor" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
  );
  zip.file(
    "xl/worksheets/sheet1.xml",
    `${XML}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join("")}</sheetData></worksheet>`,
  );
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
