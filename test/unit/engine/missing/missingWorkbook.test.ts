/**
 * Issue 14's "done when": on Växjö's data with its gaps — as empty cells, and
 * as Skolverket's ".." — a workbook with SOCIOINDEX ("medel" and "utelämna"),
 * EQUITYGAP ("sammanfattning", "utelämna") and SOCIOFIT ("utelämna", stats
 * TRUE) recalculated by `likvard recalc` agrees with R in every cell to 1e-6
 * (test/golden/missing/make-golden.R); the default still gives an error whose
 * message names the option.
 */
import { join } from "node:path";
import ExcelJS from "exceljs";
import { recalc } from "../../../../src/engine/recalc";
import { evaluateWorkbook } from "../../../../src/engine/evaluateWorkbook";
import { openWorkbook } from "../../../../src/engine/readWorkbook";
import { expected, rows } from "../../model/missing/vaxjo";
import { open, save, tempDir } from "../workbooks";
import { addVaxjoSheet } from "./vaxjoSheet";

const last = rows.length + 1;
const data = `Skolor!C2:D${last},Skolor!F2:F${last},Skolor!E2:E${last}`;

/** Where each formula stands and what R says it gives (null: an empty cell). */
const checks: { sheet: string; at: string; formula: string; wanted: (number | null)[][] }[] = [
  {
    sheet: "Skolor",
    at: "I2",
    formula: `_xldudf_LIKVARD_SOCIOINDEX(C2:D${last},Modell!A1:A3,B2:B${last},"linjär","medel")`,
    wanted: expected.socioindex.mean.map((x) => [x]),
  },
  {
    sheet: "Skolor",
    at: "J2",
    formula: `_xldudf_LIKVARD_SOCIOINDEX(C2:D${last},Modell!A1:A3,B2:B${last},"linjär","utelämna")`,
    wanted: expected.socioindex.skip.map((x) => [x]),
  },
  {
    sheet: "Skolor",
    at: "K2",
    formula: `_xldudf_LIKVARD_SOCIOINDEX(C2:D${last},Analys!A2:D7,B2:B${last},"logit","utelämna")`,
    wanted: expected.socioindex.logit_skip.map((x) => [x]),
  },
  {
    sheet: "Analys",
    at: "A2",
    formula: `_xldudf_LIKVARD_SOCIOFIT(${data},"logit","utelämna",TRUE)`,
    wanted: [...expected.logit.table, ...expected.logit.stats],
  },
  {
    sheet: "Analys",
    at: "A10",
    formula: `_xldudf_LIKVARD_SOCIOFIT(${data},"kvasilogit","utelämna",TRUE)`,
    wanted: [...expected.quasilogit.table, ...expected.quasilogit.stats],
  },
  {
    sheet: "Analys",
    at: "A18",
    formula: `_xldudf_LIKVARD_SOCIOFIT(Skolor!C2:D${last},Skolor!G2:G${last},Skolor!B2:B${last},"linjär","utelämna",TRUE)`,
    wanted: [...expected.linear.table, ...expected.linear.stats],
  },
  {
    sheet: "Analys",
    at: "G2",
    formula: `_xldudf_LIKVARD_EQUITYGAP(Skolor!I2:I${last},Skolor!F2:F${last},Skolor!B2:B${last},"sammanfattning","utelämna")`,
    wanted: expected.equitygap_summary.map((x) => [x]),
  },
];

function vaxjoWorkbook(marker: string | undefined): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  addVaxjoSheet(wb, marker);
  const model = wb.addWorksheet("Modell");
  [1, 2, 1.5].forEach((b, i) => (model.getCell(i + 1, 1).value = b));
  wb.addWorksheet("Analys");
  for (const c of checks) wb.getWorksheet(c.sheet)!.getCell(c.at).value = { formula: c.formula };
  // The default: an error that names the option.
  wb.getWorksheet("Analys")!.getCell("A30").value = { formula: `_xldudf_LIKVARD_SOCIOFIT(${data})` };
  return wb;
}

/** The cell `r` rows and `c` columns from an anchor such as "G2". */
function offset(ws: ExcelJS.Worksheet, at: string, r: number, c: number): ExcelJS.Cell {
  const anchor = ws.getCell(at);
  return ws.getCell(Number(anchor.row) + r, Number(anchor.col) + c);
}

for (const marker of [undefined, ".."]) {
  describe(marker ? `gaps as "${marker}"` : "gaps as empty cells", () => {
    test("likvard recalc agrees with R to 1e-6 in every cell", async () => {
      const dir = tempDir();
      const input = await save(vaxjoWorkbook(marker), dir, "vaxjo.xlsx");
      const output = join(dir, "vaxjo-recalc.xlsx");
      const evaluation = await recalc(input, output, { force: false, lang: "sv" });
      expect(evaluation.unevaluable).toEqual([]);
      const wb = await open(output);
      const wrong: string[] = [];
      for (const c of checks) {
        const ws = wb.getWorksheet(c.sheet)!;
        // EQUITYGAP's summary: the values are in the second column, beside the labels.
        const column = c.at === "G2" ? 1 : 0;
        c.wanted.forEach((row, i) =>
          row.forEach((w, j) => {
            const cell = offset(ws, c.at, i, j + column);
            // The anchor holds the formula and its result; the rest of the spill plain values.
            const raw = cell.value as unknown;
            const got =
              raw !== null && typeof raw === "object" && "formula" in raw ? (raw as { result?: unknown }).result : raw;
            const ok =
              w === null
                ? got === null || got === ""
                : typeof got === "number" && Math.abs(got - w) <= 1e-6 * Math.max(1, Math.abs(w));
            if (!ok) wrong.push(`${c.sheet}!${cell.address}: got ${JSON.stringify(got)}, R ${w}`);
          }),
        );
      }
      expect(wrong).toEqual([]);
      // Nothing beyond the R table: the spills end where R's results end.
      expect(offset(wb.getWorksheet("Skolor")!, "I2", rows.length, 0).value ?? null).toBeNull();
    });

    test("the default (no missing argument) is an error that names the option", async () => {
      const bytes = new Uint8Array(await vaxjoWorkbook(marker).xlsx.writeBuffer());
      for (const lang of ["sv", "en"] as const) {
        const evaluation = evaluateWorkbook(await openWorkbook(bytes, lang), lang);
        const value = evaluation.valueAt("Analys", 29, 0);
        expect(value).toMatchObject({ error: "#VALUE!" });
        const message = (value as { message: string }).message;
        expect(message).toMatch(lang === "sv" ? /"utelämna" som argumentet saknade/ : /"skip" as the argument missing/);
        expect(message).toMatch(
          lang === "sv" ? /faktorer kolumn 1, rad 4: värde saknas/ : /factors column 1, row 4: value missing/,
        );
      }
    });
  });
}
