/**
 * `npm run bench`: every Likvärd function at municipality (150), national
 * (5 000) and stress (1 000 000) size, each timed in turns with its floor (one
 * pass summing the same typed columns: no function can touch its data
 * faster) and, for SOCIOFIT, with R's glm()/lm() on the same data when
 * Rscript is installed (harness.ts, peer.ts); the peak memory each call adds;
 * the engine on the example workbook and, each in its own process, on
 * workbooks of 5 000, 50 000 and 500 000 schools; the functions bundle size
 * and the custom-function wrapper's own cost.
 * `npm run bench -- --json` prints one JSON object instead of a table
 * (bench/report.ts turns it into docs/benchmarks.md and README's section);
 * `--quick` leaves out the million-row and the two largest engine cases.
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
import { Contender, Stats, batched, interleave, peakGrowthMb } from "./harness";
import { FitModel, RPeer, rVersion } from "./peer";
import { BenchRun, Machine, Result, fullTable, machineLine } from "./report";

const json = process.argv.includes("--json");
const quick = process.argv.includes("--quick");
/** `--memory=name@rows`: the child process that measures one case's memory (see memoryOf). */
const memoryCase = process.argv.find((a) => a.startsWith("--memory="))?.slice("--memory=".length);
const SIZES = memoryCase ? [Number(memoryCase.split("@")[1])] : quick ? [150, 5_000] : [150, 5_000, 1_000_000];
const results: Result[] = [];
const log = (text: string) => {
  if (!json) process.stderr.write(text + "\n");
};

/**
 * Rounds of turns, also at a million rows where one R fit takes seconds: on this shared virtual machine the
 * host's load moves a single sample by a third, and medians of 5 moved the SOCIOFIT ratios by 0.03 between runs.
 */
const ROUNDS = 9;

/** One pass summing the columns. */
function floorOf(columns: Float64Array[]): () => number {
  return () => {
    let s = 0;
    for (const c of columns) for (let i = 0; i < c.length; i++) s += c[i];
    return s;
  };
}

/**
 * The peak memory one call of a case adds: its first call in a fresh
 * process, with glibc told to return large freed blocks to the system at
 * once. In this process, memory freed by earlier calls would be reused and
 * hide what a call needs. The first call also counts V8's own growth
 * (compiled code, a larger young generation: a few MB, which dominates
 * below a million rows).
 */
function memoryOf(name: string, rows: number): number | undefined {
  try {
    const out = execFileSync(process.execPath, ["--import", "tsx", __filename, `--memory=${name}@${rows}`], {
      encoding: "utf8",
      maxBuffer: 1 << 24,
      env: { ...process.env, MALLOC_MMAP_THRESHOLD_: "131072" },
    });
    const { rss_mb } = JSON.parse(out.trim().split("\n").pop() ?? "{}") as { rss_mb?: number };
    return rss_mb;
  } catch (error) {
    log(`memory ${name} ${rows}: ${(error as Error).message}`);
    return undefined;
  }
}

/** Times `run` in turns with its floor (and R), then measures the memory one call adds. */
async function bench(
  name: string,
  rows: number,
  run: () => unknown,
  floorColumns: Float64Array[] | undefined,
  extra: { cols?: number; peer?: Contender } = {},
): Promise<Result> {
  if (memoryCase) {
    if (memoryCase === `${name}@${rows}`) {
      console.log(JSON.stringify({ rss_mb: peakGrowthMb(run) }));
      process.exit(0);
    }
    return { name, rows, median_ms: NaN, min_ms: NaN, runs: 0 };
  }
  const contenders: Record<string, Contender> = { ours: batched(run) };
  if (floorColumns) contenders.floor = batched(floorOf(floorColumns));
  if (extra.peer) contenders.peer = extra.peer;
  const timed: Record<string, Stats> = await interleave(contenders, ROUNDS);
  const { ours, floor, peer } = timed;
  const result: Result = { name, rows, cols: extra.cols, ...ours, rss_mb: memoryOf(name, rows) };
  if (floor) {
    result.floor_ms = floor.median_ms;
    result.floor_min_ms = floor.min_ms;
    result.x_floor = ours.median_ms / floor.median_ms;
  }
  if (peer) {
    result.peer_ms = peer.median_ms;
    result.peer_min_ms = peer.min_ms;
    result.ratio = ours.median_ms / peer.median_ms;
  }
  return result;
}

async function fitBenchmark(f: FitData, model: FitModel, r: RPeer | undefined): Promise<Result> {
  const fit = () =>
    model === "linear"
      ? fitLinear(f.factors, f.outcome, f.pupils)
      : fitLogit(f.factors, f.outcome, f.pupils, { quasi: model === "quasilogit" });
  let peerMb = 0;
  let peerCoefficients: number[] = [];
  const peer = r
    ? async () => {
        const sample = await r.sample(model);
        peerMb = Math.max(peerMb, sample.peak_mb);
        peerCoefficients = sample.coefficients;
        return sample.ms;
      }
    : undefined;
  const result = await bench(`sociofit.${model}`, f.n, fit, [...f.factors, f.outcome, f.pupils], { cols: f.k, peer });
  if (r) {
    const coef = fit().coef;
    result.peer_mb = peerMb;
    result.max_rel_diff = Math.max(
      ...peerCoefficients.map((b, j) => Math.abs(coef[j] - b) / Math.max(Math.abs(b), 1e-300)),
    );
  }
  return result;
}

async function functionCases(n: number): Promise<void> {
  const s = schools(n);
  log(`${n} rader …`);
  results.push(
    await bench(
      "allocate",
      n,
      () => allocate({ pupils: s.pupils, index: s.index, pot: s.pot, floor: s.floor, cap: s.cap, unit: 1 }),
      [s.pupils, s.index, s.floor, s.cap],
    ),
  );

  const k = n === 150 ? 4 : 8;
  const f = fitData(n, k);
  const weights = Float64Array.from({ length: k }, (_, j) => 1 + j / 4);
  results.push(
    await bench(
      "socioindex",
      n,
      () => socioIndex(f.factors, weights, 0.5, f.pupils, "linear"),
      [...f.factors, f.pupils],
      {
        cols: k,
      },
    ),
  );

  const equityColumns = [s.index, s.resource, s.pupils];
  for (const method of ["quartile", "ratio", "slope", "correlation", "concentration"] as EquityMeasure[]) {
    results.push(
      await bench(`equitygap.${method}`, n, () => equityGap(s.index, s.resource, s.pupils, method), equityColumns),
    );
  }
  results.push(await bench("equitygap.summary", n, () => equitySummary(s.index, s.resource, s.pupils), equityColumns));

  const r = memoryCase ? undefined : await RPeer.start(f);
  try {
    for (const model of ["logit", "quasilogit", "linear"] as FitModel[]) results.push(await fitBenchmark(f, model, r));
  } finally {
    r?.stop();
  }
}

/**
 * The custom-function call path: Excel's 2-D arrays in and out, against the
 * model on typed columns, in a process of its own (`--wrapper`): after the
 * million-row cases this process's heap made every small allocation of a
 * 0.3 ms call slower (the 5 000 result rows most), which measured the heap,
 * not the wrapper — a user's Excel does not fit a million rows before each
 * ALLOCATE.
 */
function wrapperInOwnProcess(): Result | undefined {
  try {
    const out = execFileSync(process.execPath, ["--import", "tsx", __filename, "--wrapper"], { encoding: "utf8" });
    return JSON.parse(out.trim().split("\n").pop() ?? "{}") as Result;
  } catch (error) {
    log(`wrapper: ${(error as Error).message}`);
    return undefined;
  }
}

async function wrapperCase(): Promise<Result> {
  const n = 5_000;
  const s = schools(n);
  const grid = (column: Float64Array) => Array.from(column, (x) => [x]);
  const pupils = grid(s.pupils);
  const index = grid(s.index);
  const floorCol = grid(s.floor);
  const capCol = grid(s.cap);
  const timed = await interleave(
    {
      wrapper: batched(() => allocateWrapper(pupils, index, s.pot, null, null, floorCol, capCol, 1)),
      model: batched(() =>
        allocate({ pupils: s.pupils, index: s.index, pot: s.pot, floor: s.floor, cap: s.cap, unit: 1 }),
      ),
    },
    // Many short rounds: V8 compiles a small call's code over its first few hundred calls, on other threads
    // whose time counts in the process's CPU time, and a 5 ms sample catches a garbage collection or not.
    25,
    10,
  );
  const { wrapper, model } = timed;
  return {
    name: "wrapper.allocate",
    rows: n,
    ...wrapper,
    floor_ms: model.median_ms,
    floor_min_ms: model.min_ms,
    x_floor: wrapper.median_ms / model.median_ms,
    note: `wrapper overhead ${(((wrapper.median_ms - model.median_ms) / wrapper.median_ms) * 100).toFixed(0)} % of the call`,
  };
}

async function engineExample(): Promise<Result> {
  const example = join(__dirname, "..", "assets", "exempel-budget.xlsx");
  const dir = mkdtempSync(join(tmpdir(), "likvard-bench-"));
  let i = 0;
  const timed = await interleave(
    {
      engine: async () => {
        const start = process.hrtime.bigint();
        await recalc(example, join(dir, `out${i++}.xlsx`), { force: true, lang: "sv" });
        return Number(process.hrtime.bigint() - start) / 1e6;
      },
    },
    6,
    2,
  );
  return { name: "engine.example", rows: 12, ...timed.engine };
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
    // The heap the engine asks for at 500 000 schools (it refuses rather than run out of memory on the default).
    const heap = n > 100_000 ? ["--max-old-space-size=8192"] : [];
    const out = execFileSync(process.execPath, [...heap, "--import", "tsx", script, String(n)], { encoding: "utf8" });
    const { ms, rss_mb, ok } = JSON.parse(out.trim().split("\n").pop() ?? "{}") as {
      ms: number;
      rss_mb: number;
      ok: boolean;
    };
    return {
      name: "engine.recalc (all functions)",
      rows: n,
      median_ms: ms,
      min_ms: ms,
      runs: 1,
      rss_mb,
      note: ok ? (heap.length ? "8 GB heap" : undefined) : "failed",
    };
  } catch (error) {
    log(`engine ${n}: ${(error as Error).message}`);
    return undefined;
  }
}

(async () => {
  if (process.argv.includes("--wrapper")) return console.log(JSON.stringify(await wrapperCase()));
  for (const n of SIZES) await functionCases(n);
  if (memoryCase) return console.log("{}"); // no such case
  const wrapper = wrapperInOwnProcess();
  if (wrapper) results.push(wrapper);
  results.push(await engineExample());
  for (const n of quick ? [5_000] : [5_000, 50_000, 500_000]) {
    log(`motorn, ${n} skolor …`);
    const result = engineAtScale(n);
    if (result) results.push(result);
  }
  const machine: Machine = {
    cpus: cpus().length,
    cpu: cpus()[0]?.model,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    r: rVersion() ?? null,
    date: new Date().toISOString().slice(0, 10),
  };
  const bundle_gzip_bytes = bundleGzipBytes();
  const run: BenchRun = { machine, bundle_gzip_bytes, results };
  if (json) console.log(JSON.stringify(run, null, 2));
  else {
    console.log(`Likvärd benchmarks ${machineLine(machine)}`);
    console.log(`functions bundle: ${bundle_gzip_bytes ?? "?"} bytes minified + gzipped\n`);
    console.log(fullTable(run));
  }
})().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
