/**
 * Issue 15's "done when": a workbook with LIKVARD.EXPECTED for a linear model
 * (meritvärde) and a quasilogit model (the share of certified teachers), on
 * Växjö's schools with their gaps and "utelämna", recalculated by
 * `likvard recalc`, agrees with R's fitted(), y − fitted() and rstandard()
 * to 1e-6 in every cell, with empty cells for the rows left out
 * (test/golden/missing/make-golden.R).
 */
import { join } from "node:path";
import ExcelJS from "exceljs";
import { recalc } from "../../../../src/engine/recalc";
import { FitExpected, expected, rows } from "../../model/missing/vaxjo";
import { open, save, tempDir } from "../workbooks";
import { addVaxjoSheet } from "./vaxjoSheet";

const last = rows.length + 1;
const checks: { at: string; formula: string; wanted: FitExpected }[] = [
  {
    at: "I2",
    formula: `_xldudf_LIKVARD_EXPECTED(C2:D${last},G2:G${last},B2:B${last},"linjär","utelämna")`,
    wanted: expected.linear,
  },
  {
    at: "M2",
    formula: `_xldudf_LIKVARD_EXPECTED(C2:D${last},F2:F${last},E2:E${last},"kvasilogit","utelämna")`,
    wanted: expected.quasilogit,
  },
];

function vaxjoWorkbook(marker: string | undefined): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = addVaxjoSheet(wb, marker);
  for (const c of checks) ws.getCell(c.at).value = { formula: c.formula };
  return wb;
}

for (const marker of [undefined, ".."]) {
  test(`likvard recalc: EXPECTED agrees with R to 1e-6, gaps as ${marker ? `"${marker}"` : "empty cells"}`, async () => {
    const dir = tempDir();
    const input = await save(vaxjoWorkbook(marker), dir, "uppfoljning.xlsx");
    const output = join(dir, "uppfoljning-recalc.xlsx");
    const evaluation = await recalc(input, output, { force: false, lang: "sv" });
    expect(evaluation.unevaluable).toEqual([]);
    const ws = (await open(output)).getWorksheet("Skolor")!;
    const wrong: string[] = [];
    for (const c of checks) {
      const anchor = ws.getCell(c.at);
      const columns = [c.wanted.expected, c.wanted.residual, c.wanted.standardized];
      rows.forEach((_, i) =>
        columns.forEach((values, j) => {
          const cell = ws.getCell(Number(anchor.row) + i, Number(anchor.col) + j);
          const raw = cell.value as unknown;
          const got =
            raw !== null && typeof raw === "object" && "formula" in raw ? (raw as { result?: unknown }).result : raw;
          const w = values[i];
          const ok =
            w === null
              ? got === null || got === ""
              : typeof got === "number" && Math.abs(got - w) <= 1e-6 * Math.max(1, Math.abs(w));
          if (!ok) wrong.push(`${cell.address}: got ${JSON.stringify(got)}, R ${w}`);
        }),
      );
    }
    expect(wrong).toEqual([]);
    // Some schools were left out, and their cells are empty.
    expect(expected.linear.expected.filter((x) => x === null).length).toBeGreaterThan(0);
  });
}
