/** `npx likvard` as a user runs it: the bin script, a real process, exit codes. */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { allocationWorkbook, save, tempDir } from "./workbooks";

const bin = join(__dirname, "..", "..", "..", "bin", "likvard.js");

test("bin/likvard.js verifies a workbook and exits with the documented codes", async () => {
  const dir = tempDir();
  const good = await save(allocationWorkbook(), dir, "ok.xlsx");
  const bad = await save(allocationWorkbook({ cachedC3: 1 }), dir, "fel.xlsx");
  const ok = spawnSync(process.execPath, [bin, "verify", good], { encoding: "utf8" });
  expect(ok.status).toBe(0);
  const differs = spawnSync(process.execPath, [bin, "verify", bad, "--lang", "en"], { encoding: "utf8" });
  expect(differs.status).toBe(1);
  expect(differs.stderr).toContain("Budget!C3: cached 1, recomputed 187500");
  expect(spawnSync(process.execPath, [bin], { encoding: "utf8" }).status).toBe(2);
}, 60_000);
