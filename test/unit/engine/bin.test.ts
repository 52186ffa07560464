/** `npx likvard` as a user runs it: the bin script, a real process, exit codes. */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { allocationWorkbook, save, tempDir } from "./workbooks";

const bin = join(__dirname, "..", "..", "..", "bin", "likvard.js");
const likvard = (args: string[], cwd?: string) =>
  spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", cwd });

test("bin/likvard.js verifies a workbook and exits with the documented codes", async () => {
  const dir = tempDir();
  const good = await save(allocationWorkbook(), dir, "ok.xlsx");
  const bad = await save(allocationWorkbook({ cachedC3: 1 }), dir, "fel.xlsx");
  expect(likvard(["verify", good]).status).toBe(0);
  const differs = likvard(["verify", bad, "--lang", "en"]);
  expect(differs.status).toBe(1);
  expect(differs.stderr).toContain("Budget!C3: cached 1, recomputed 187500");
  expect(likvard([]).status).toBe(2);
}, 60_000);

test("--help, -h and --version exit 0; -- lets a file start with -", async () => {
  const help = likvard(["--help"]);
  expect(help.status).toBe(0);
  expect(help.stdout).toMatch(/likvard recalc IN\.xlsx -o UT\.xlsx/);
  expect(likvard(["freeze", "-h", "--lang", "en"]).stdout).toMatch(/--allow-stale/);
  const version = likvard(["--version"]);
  expect(version.status).toBe(0);
  expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  const dir = tempDir();
  await save(allocationWorkbook(), dir, "-budget.xlsx");
  expect(likvard(["verify", "--", "-budget.xlsx"], dir).status).toBe(0);
}, 60_000);
