/**
 * Workbooks for the verifier tests: the example as it is, frozen, with a
 * saved value changed in its sheet XML (as someone editing the file would),
 * and a municipality of 5 000 schools recalculated by the engine.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { freeze } from "../../../src/engine/freeze";
import { recalc } from "../../../src/engine/recalc";

export const EXAMPLE = join(__dirname, "..", "..", "..", "assets", "exempel-budget.xlsx");

/** The sheet part of the sheet called `sheet`, found through workbook.xml and its relationships. */
async function sheetPart(zip: JSZip, sheet: string): Promise<string> {
  const workbook = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
  const tag = [...workbook.matchAll(/<sheet\b[^>]*>/g)].map((m) => m[0]).find((t) => t.includes(`name="${sheet}"`));
  const id = /r:id="([^"]+)"/.exec(tag ?? "")?.[1];
  const rel = [...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => m[0]).find((t) => t.includes(`Id="${id}"`));
  const target = /Target="([^"]+)"/.exec(rel ?? "")?.[1];
  if (!target) throw new Error(`no sheet ${sheet}`);
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}

/** A copy of `input` at `output` with the saved value of `sheet`!`cell` replaced by `value` (formula kept). */
export async function withSavedValue(
  input: string,
  output: string,
  sheet: string,
  cell: string,
  value: number,
): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(input));
  const part = await sheetPart(zip, sheet);
  const xml = (await zip.file(part)?.async("string")) ?? "";
  const pattern = new RegExp(`(<c r="${cell}"[^>]*>(?:(?!</c>).)*?<v>)[^<]*(</v>)`);
  if (!pattern.test(xml)) throw new Error(`no saved value in ${sheet}!${cell}`);
  zip.file(part, xml.replace(pattern, `$1${value}$2`));
  writeFileSync(output, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  return output;
}

/** The saved value of `sheet`!`cell` as the file holds it. */
export async function savedValue(input: string, sheet: string, cell: string): Promise<number> {
  const zip = await JSZip.loadAsync(readFileSync(input));
  const xml = (await zip.file(await sheetPart(zip, sheet))?.async("string")) ?? "";
  const match = new RegExp(`<c r="${cell}"[^>]*>(?:(?!</c>).)*?<v>([^<]*)</v>`).exec(xml);
  if (!match) throw new Error(`no saved value in ${sheet}!${cell}`);
  return Number(match[1]);
}

/** The example frozen by the engine, as `likvard freeze` writes it. */
export async function frozenExample(output: string): Promise<string> {
  await freeze(EXAMPLE, output, { force: true, lang: "sv", allowStale: false });
  return output;
}

/**
 * `schools` schools with four factors, their need index and allocation,
 * kronor per pupil, an EQUITYGAP summary and a SOCIOFIT table, recalculated
 * by the engine so that every saved value is the computed one.
 */
export async function municipality(dir: string, schools: number): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Skolor");
  const model = wb.addWorksheet("Modell");
  ws.getRow(1).values = [
    "Skola",
    "Elever",
    "F1",
    "F2",
    "F3",
    "F4",
    "Utfall",
    "Fjol",
    "Behöriga",
    "Index",
    "Belopp",
    "Kr/elev",
  ];
  let seed = 7;
  const random = () => (seed = (seed * 16_807) % 2_147_483_647) / 2_147_483_647;
  for (let i = 0; i < schools; i++) {
    const r = i + 2;
    ws.getRow(r).values = [
      `Skola ${i + 1}`,
      100 + Math.floor(random() * 500),
      random() * 0.7,
      random() * 0.2,
      0.45 + random() * 0.1,
      random() * 0.3,
      random() * 0.4,
      7_000 + Math.round(random() * 15_000),
      0.5 + random() * 0.45,
    ];
    ws.getCell(r, 12).value = { formula: `IF(B${r}>0,K${r}/B${r},"")` };
  }
  const last = schools + 1;
  model.getRow(1).values = ["Pott", 250_000_000];
  model.getRow(2).values = ["Vikter", 1, 0.4, 0.3, 0.1, 0.2];
  wb.definedNames.add("Modell!$B$1", "Pott");
  wb.definedNames.add("Modell!$B$2:$F$2", "Vikter");
  const spill = (cell: string, formula: string, ref: string) =>
    (ws.getCell(cell).value = { formula, shareType: "array", ref } as never);
  spill("J2", `_xldudf_LIKVARD_SOCIOINDEX(C2:F${last},Vikter,B2:B${last})`, `J2:J${last}`);
  spill("K2", `_xldudf_LIKVARD_ALLOCATE(B2:B${last},J2:J${last},Pott)`, `K2:K${last}`);
  spill("N2", `_xldudf_LIKVARD_EQUITYGAP(J2:J${last},I2:I${last},B2:B${last},"summary")`, "N2:O12");
  spill("Q2", `_xldudf_LIKVARD_SOCIOFIT(C2:F${last},G2:G${last},B2:B${last},"quasilogit")`, "Q2:T6");
  const plain = join(dir, `plain-${schools}.xlsx`);
  await wb.xlsx.writeFile(plain);
  const output = join(dir, `kommun-${schools}.xlsx`);
  await recalc(plain, output, { force: true, lang: "sv" });
  return output;
}
