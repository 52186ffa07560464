/**
 * `npm run bench`: every Likvärd function at municipality (150), national
 * (5 000) and stress (1 000 000) size, SOCIOFIT side by side with R's
 * glm()/lm() when Rscript is installed, each against a memory-bound floor (one
 * pass summing the same typed columns), plus the engine on the example
 * workbook, the functions bundle size and the custom-function wrapper's own
 * cost. `npm run bench -- --json` prints one JSON object instead of a table.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import "../test/setup/custom-functions";
import { allocate as allocateWrapper } from "../src/functions/functions";
import { allocate } from "../src/model/allocate/allocate";
import { EquityMeasure, equityGap, equitySummary } from "../src/model/equity/equityGap";
import { fitLinear } from "../src/model/socio/fitLinear";
import { fitLogit } from "../src/model/socio/fitLogit";
import { socioIndex } from "../src/model/socio/socioIndex";
import { recalc } from "../src/engine/recalc";
import { FitData, fitData, schools } from "./data";
import { measure } from "./harness";
import { FitModel, fitInR, rVersion } from "./peer";

interface Result {
  name: string;
  rows: number;
  cols?: number;
  median_ms: number;
  /** Peak resident memory of the process that ran it (engine cases run alone). */
  rss_mb?: number;
  peer_ms?: number;
  floor_ms?: number;
  max_rel_diff?: number;
  note?: string;
}

const json = process.argv.includes("--json");
const quick = process.argv.includes("--quick");
const SIZES = quick ? [150, 5_000] : [150, 5_000, 1_000_000];
const results: Result[] = [];
const log = (text: string) => {
  if (!json) process.stderr.write(text + "\n");
};

/** One pass summing the columns: no function can touch its data faster. */
function floorOf(columns: Float64Array[]): number {
  return measure(() => {
    let s = 0;
    for (const c of columns) for (let i = 0; i < c.length; i++) s += c[i];
    return s;
  }).median_ms;
}

function runsFor(rows: number) {
  return rows >= 1_000_000 ? { warmup: 1, minRuns: 5, minMs: 0 } : {};
}

for (const n of SIZES) {
  const s = schools(n);
  log(`${n} rader …`);
  const floor = floorOf([s.pupils, s.index, s.floor, s.cap]);
  const timing = measure(
    () => allocate({ pupils: s.pupils, index: s.index, pot: s.pot, floor: s.floor, cap: s.cap, unit: 1 }),
    runsFor(n),
  );
  results.push({ name: "allocate", rows: n, median_ms: timing.median_ms, floor_ms: floor });

  const k = n === 150 ? 4 : 8;
  const f = fitData(n, k);
  const weights = Float64Array.from({ length: k }, (_, j) => 1 + j / 4);
  results.push({
    name: "socioindex",
    rows: n,
    cols: k,
    median_ms: measure(() => socioIndex(f.factors, weights, 0.5, f.pupils, "linear"), runsFor(n)).median_ms,
    floor_ms: floorOf([...f.factors, f.pupils]),
  });

  const equityFloor = floorOf([s.index, s.resource, s.pupils]);
  for (const method of ["quartile", "ratio", "slope", "correlation", "concentration"] as EquityMeasure[]) {
    results.push({
      name: `equitygap.${method}`,
      rows: n,
      median_ms: measure(() => equityGap(s.index, s.resource, s.pupils, method), runsFor(n)).median_ms,
      floor_ms: equityFloor,
    });
  }
  results.push({
    name: "equitygap.summary",
    rows: n,
    median_ms: measure(() => equitySummary(s.index, s.resource, s.pupils), runsFor(n)).median_ms,
    floor_ms: equityFloor,
  });

  for (const model of ["logit", "quasilogit", "linear"] as FitModel[]) {
    results.push(fitBenchmark(f, model));
  }
}

function fitBenchmark(f: FitData, model: FitModel): Result {
  const fit = () =>
    model === "linear"
      ? fitLinear(f.factors, f.outcome, f.pupils)
      : fitLogit(f.factors, f.outcome, f.pupils, { quasi: model === "quasilogit" });
  const ours = measure(fit, runsFor(f.n));
  const result: Result = {
    name: `sociofit.${model}`,
    rows: f.n,
    cols: f.k,
    median_ms: ours.median_ms,
    floor_ms: floorOf([...f.factors, f.outcome, f.pupils]),
  };
  const peer = fitInR(f, model, f.n >= 1_000_000 ? 3 : 7);
  if (peer) {
    const coef = fit().coef;
    result.peer_ms = peer.median_ms;
    result.max_rel_diff = Math.max(
      ...peer.coefficients.map((b, j) => Math.abs(coef[j] - b) / Math.max(Math.abs(b), 1e-300)),
    );
  }
  return result;
}

// The custom-function call path: Excel's 2-D arrays in and out, against the model on typed columns.
{
  const n = 5_000;
  const s = schools(n);
  const grid = (column: Float64Array) => Array.from(column, (x) => [x]);
  const pupils = grid(s.pupils);
  const index = grid(s.index);
  const floorCol = grid(s.floor);
  const capCol = grid(s.cap);
  const wrapper = measure(() => allocateWrapper(pupils, index, s.pot, null, null, floorCol, capCol, 1)).median_ms;
  const model = measure(() =>
    allocate({ pupils: s.pupils, index: s.index, pot: s.pot, floor: s.floor, cap: s.cap, unit: 1 }),
  ).median_ms;
  results.push({
    name: "wrapper.allocate",
    rows: n,
    median_ms: wrapper,
    floor_ms: model,
    note: `wrapper overhead ${(((wrapper - model) / wrapper) * 100).toFixed(0)} % of the call`,
  });
}

async function engineExample(): Promise<Result> {
  const example = join(__dirname, "..", "assets", "exempel-budget.xlsx");
  const dir = mkdtempSync(join(tmpdir(), "likvard-bench-"));
  let i = 0;
  const times: number[] = [];
  for (let run = 0; run < 8; run++) {
    const start = process.hrtime.bigint();
    await recalc(example, join(dir, `out${i++}.xlsx`), { force: true, lang: "sv" });
    if (run >= 2) times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { name: "engine.example", rows: 12, median_ms: times[times.length >> 1] };
}

function bundleGzipBytes(): number | undefined {
  const bundle = join(__dirname, "..", "dist", "functions.js");
  // Always a fresh production build: a stale dist/ would report the wrong size.
  if (!process.argv.includes("--no-build")) {
    log("bygger produktionspaketet …");
    execFileSync("npx", ["webpack", "--mode", "production"], { stdio: "ignore", cwd: join(__dirname, "..") });
  }
  return existsSync(bundle) ? gzipSync(readFileSync(bundle), { level: 9 }).length : undefined;
}

/**
 * `likvard recalc` on a workbook with every function, at growing sizes, each
 * in a fresh process so time and peak memory are its own.
 */
function engineAtScale(n: number): Result | undefined {
  const script = join(__dirname, "engineRun.ts");
  try {
    const out = execFileSync(process.execPath, ["--import", "tsx", script, String(n)], { encoding: "utf8" });
    const { ms, rss_mb, ok } = JSON.parse(out.trim().split("\n").pop() ?? "{}") as {
      ms: number;
      rss_mb: number;
      ok: boolean;
    };
    return { name: "engine.recalc (all functions)", rows: n, median_ms: ms, rss_mb, note: ok ? undefined : "failed" };
  } catch (error) {
    log(`engine ${n}: ${(error as Error).message}`);
    return undefined;
  }
}

(async () => {
  results.push(await engineExample());
  for (const n of quick ? [5_000] : [5_000, 50_000, 500_000]) {
    log(`motorn, ${n} skolor …`);
    const result = engineAtScale(n);
    if (result) results.push(result);
  }
  const machine = {
    cpus: cpus().length,
    cpu: cpus()[0]?.model,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    r: rVersion() ?? null,
    date: new Date().toISOString().slice(0, 10),
  };
  const bundle_gzip_bytes = bundleGzipBytes();
  if (json) {
    console.log(JSON.stringify({ machine, bundle_gzip_bytes, results }, null, 2));
    return;
  }
  const fmt = (x: number | undefined, digits = 2) => (x === undefined ? "" : x.toFixed(digits));
  console.log(
    `Likvärd benchmarks ${machine.date}: ${machine.cpus} × ${machine.cpu}, Node ${machine.node}, ${machine.r ?? "no R"}`,
  );
  console.log(`functions bundle: ${bundle_gzip_bytes ?? "?"} bytes minified + gzipped\n`);
  console.log(
    "| function | rows × cols | median ms | R ms | ours/R | floor ms | ×floor | max rel diff vs R | peak MB |",
  );
  console.log("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
  for (const r of results) {
    const size = r.cols ? `${r.rows.toLocaleString("en")} × ${r.cols}` : r.rows.toLocaleString("en");
    const ratio = r.peer_ms ? fmt(r.median_ms / r.peer_ms) : "";
    const floorRatio = r.floor_ms ? fmt(r.median_ms / r.floor_ms, 1) : "";
    const diff = r.max_rel_diff === undefined ? "" : r.max_rel_diff.toExponential(1);
    console.log(
      `| ${r.name}${r.note ? ` (${r.note})` : ""} | ${size} | ${fmt(r.median_ms, 3)} | ${fmt(r.peer_ms, 1)} | ${ratio} | ${fmt(r.floor_ms, 3)} | ${floorRatio} | ${diff} | ${r.rss_mb ?? ""} |`,
    );
  }
})().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
