/**
 * One `likvard recalc` of a generated n-school workbook, in its own process
 * so its peak memory is its own: prints { ms, rss_mb, ok } as JSON. Run by
 * bench/run.ts; `npx tsx bench/engineRun.ts 50000` by hand.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "../src/engine/cli";
import { engineWorkbook } from "./engineWorkbook";

void (async () => {
  const n = Number(process.argv[2]);
  const dir = mkdtempSync(join(tmpdir(), "likvard-bench-engine-"));
  const input = join(dir, "in.xlsx");
  writeFileSync(input, await engineWorkbook(n));
  const before = process.memoryUsage().rss;
  const start = process.hrtime.bigint();
  const messages: string[] = [];
  const code = await run(
    ["recalc", input, "-o", join(dir, "out.xlsx")],
    () => {},
    (line) => messages.push(line),
  );
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const rss_mb = Math.round(process.resourceUsage().maxRSS / 1024);
  console.log(JSON.stringify({ n, ms, rss_mb, rss_before_mb: Math.round(before / 2 ** 20), ok: code === 0, messages }));
})();
