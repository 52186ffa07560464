/**
 * LibreOffice Calc as a real recipient without the add-in: it shows #NAME?
 * for Likvärd formulas, so the example workbook is frozen, converted to CSV
 * with `soffice --headless --convert-to csv`, and LibreOffice must show the
 * engine's numbers — the frozen ones and the ordinary formulas that read them.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { run } from "../../src/engine/cli";
import { evaluateWorkbook } from "../../src/engine/evaluateWorkbook";
import { exampleWorkbook } from "../../src/engine/exampleWorkbook";
import { loadWorkbook } from "../../src/engine/workbookIO";
import { tempDir } from "../unit/engine/workbooks";

const soffice = spawnSync("soffice", ["--version"], { encoding: "utf8" }).status === 0;
if (!soffice && process.env.CI) throw new Error("CI must install libreoffice-calc-nogui (see .ci/run)");
const maybe = soffice ? test : test.skip;

/** Minimal CSV reading: LibreOffice quotes fields with commas; no embedded newlines in these sheets. */
function parseCsv(text: string): string[][] {
  return text
    .split(/\r?\n/)
    .filter((line) => line.length > 0)
    .map((line) => line.match(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)!.map((f) => f.replace(/,$/, "").replace(/^"|"$/g, "")));
}

maybe(
  "a frozen workbook shows the engine's numbers in LibreOffice, with no #NAME?",
  async () => {
    const dir = tempDir();
    const example = join(dir, "exempel.xlsx");
    await exampleWorkbook().xlsx.writeFile(example);
    const recalculated = join(dir, "omraknad.xlsx");
    const frozen = join(dir, "fryst.xlsx");
    expect(
      await run(
        ["recalc", example, "-o", recalculated],
        () => {},
        () => {},
      ),
    ).toBe(0);
    expect(
      await run(
        ["freeze", recalculated, "-o", frozen],
        () => {},
        () => {},
      ),
    ).toBe(0);

    const profile = `file://${join(dir, "lo-profile")}`;
    execFileSync(
      "soffice",
      [
        `-env:UserInstallation=${profile}`,
        "--headless",
        "--convert-to",
        // Comma-separated, UTF-8, every sheet to its own file (-1), values as shown unformatted.
        "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
        "--outdir",
        join(dir, "csv"),
        frozen,
      ],
      { stdio: "ignore", timeout: 120_000 },
    );
    const files = readdirSync(join(dir, "csv"));
    const sheet = (name: string) =>
      parseCsv(
        readFileSync(
          join(
            dir,
            "csv",
            files.find((f) => f.includes(name))!,
          ),
          "utf8",
        ),
      );
    for (const file of files) expect(readFileSync(join(dir, "csv", file), "utf8")).not.toMatch(/#NAME\?|#NAMN\?/);

    // What the engine computes from the original (unfrozen) workbook.
    const engine = evaluateWorkbook(await loadWorkbook(recalculated, "sv"));
    const schools = sheet("Skolor");
    for (let row = 1; row <= 14; row++) {
      // Q index, R amount (frozen), S kr per pupil (an ordinary formula reading R), and the total row 15.
      for (const col of [16, 17, 18]) {
        const expected = engine.valueAt("Skolor", row, col);
        const shown = schools[row][col];
        if (typeof expected === "number") expect(Number(shown)).toBeCloseTo(expected, 6);
        else expect(shown).toBe(expected ?? "");
      }
    }
    expect(Number(schools[14][17])).toBe(64_000_000);
    const followUp = sheet("Uppf");
    expect(Number(followUp[2][1])).toBeCloseTo(engine.valueAt("Uppföljning", 2, 1) as number, 9);
    // The recipient also sees where the numbers came from.
    expect(sheet("källa").some((row) => row[2]?.startsWith("=LIKVARD.ALLOCATE("))).toBe(true);
  },
  180_000,
);
