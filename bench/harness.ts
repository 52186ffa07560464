/**
 * Timing: warm up, then run until at least `minRuns` runs and `minMs` of
 * measured time, and report the median (robust to the odd GC pause).
 */
export interface Timing {
  median_ms: number;
  runs: number;
}

export function measure(
  run: () => unknown,
  options: { warmup?: number; minRuns?: number; minMs?: number } = {},
): Timing {
  const warmup = options.warmup ?? 3;
  const minRuns = options.minRuns ?? 7;
  const minMs = options.minMs ?? 300;
  for (let i = 0; i < warmup; i++) run();
  const times: number[] = [];
  let total = 0;
  while (times.length < minRuns || (total < minMs && times.length < 1000)) {
    const start = process.hrtime.bigint();
    run();
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    times.push(ms);
    total += ms;
  }
  return { median_ms: median(times), runs: times.length };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
