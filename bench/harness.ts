/**
 * Timing and memory for the benchmarks. The machine is shared and its load
 * changes from second to second, so contenders (Likvärd, its floor, R) are
 * never timed minutes apart: `interleave` runs them in turns, one timed
 * sample each per round, and reports min and median of each, in CPU time
 * (cpuMs). A fast case is timed in batches (one sample = several calls) so a
 * sample is long enough to time.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

export interface Stats {
  min_ms: number;
  median_ms: number;
  /** Timed samples. */
  runs: number;
}

/** A contender times one sample and returns its milliseconds per call. */
export type Contender = () => number | Promise<number>;

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function stats(samples: number[]): Stats {
  return { min_ms: Math.min(...samples), median_ms: median(samples), runs: samples.length };
}

/** A synchronous function as a contender: calls per sample chosen so a sample takes at least `sampleMs`. */
export function batched(run: () => unknown, sampleMs = 5): Contender {
  let calls = 0;
  return () => {
    if (calls === 0) {
      calls = 1;
      for (let elapsed = timeCalls(run, 1); elapsed < sampleMs && calls < 1 << 20; elapsed = timeCalls(run, calls)) {
        calls *= elapsed > 0 ? Math.min(10, Math.max(2, Math.ceil(sampleMs / elapsed))) : 10;
      }
    }
    return timeCalls(run, calls) / calls;
  };
}

/**
 * CPU milliseconds (user + system, all of the process's threads) the calls
 * take. Not wall time: on a shared machine wall time also counts the time
 * other processes have the core, which made the same case 2–4× slower from
 * one run to the next; CPU time still counts everything the calls do,
 * waiting for memory and garbage collection included.
 */
export function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function timeCalls(run: () => unknown, calls: number): number {
  const start = cpuMs();
  for (let i = 0; i < calls; i++) run();
  return cpuMs() - start;
}

/** `warmup` untimed rounds, then `rounds` rounds in which every contender times one sample, in turn. */
export async function interleave<K extends string>(
  contenders: Record<K, Contender>,
  rounds: number,
  warmup = 1,
): Promise<Record<K, Stats>> {
  const names = Object.keys(contenders) as K[];
  const samples = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<K, number[]>;
  for (let round = 0; round < warmup + rounds; round++) {
    for (const name of names) {
      const ms = await contenders[name]();
      if (round >= warmup) samples[name].push(ms);
    }
  }
  return Object.fromEntries(names.map((name) => [name, stats(samples[name])])) as Record<K, Stats>;
}

let collect: (() => void) | undefined;
function collectGarbage(): void {
  if (!collect) {
    setFlagsFromString("--expose-gc");
    collect = runInNewContext("gc") as () => void;
  }
  collect();
}

function statusKb(field: "VmRSS" | "VmHWM"): number | undefined {
  try {
    const line = readFileSync("/proc/self/status", "utf8")
      .split("\n")
      .find((l) => l.startsWith(field + ":"));
    return line ? Number(line.split(/\s+/)[1]) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Peak memory one call adds: resident memory at its high-water mark during
 * the call minus before it, in MB. Linux only (the kernel's high-water mark
 * is reset through /proc/self/clear_refs); undefined elsewhere.
 */
export function peakGrowthMb(run: () => unknown): number | undefined {
  collectGarbage();
  try {
    writeFileSync("/proc/self/clear_refs", "5");
  } catch {
    return undefined;
  }
  const before = statusKb("VmRSS");
  run();
  const peak = statusKb("VmHWM");
  if (before === undefined || peak === undefined) return undefined;
  return Math.max(0, Math.round(((peak - before) / 1024) * 10) / 10);
}
