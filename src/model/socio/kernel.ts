import { numError } from "../errors";
import { KeptForNextCall } from "../memory/keptForNextCall";
import { KERNEL_WASM_BASE64 } from "./kernelWasm";

/**
 * The fits' passes over the data, run by the WebAssembly kernel
 * (assembly/irls.ts, SIMD: two schools per instruction). A FitKernel holds
 * one fit's data in the kernel's memory — copied in once, so every pass
 * reads it there — and gives each pass's sums back.
 *
 * The memory (about 13 doubles per school for 8 factors) is kept for the
 * next fit (KeptForNextCall): its first touch costs more than copying the
 * data into it (page faults, ~50 ms for a million schools).
 */

/** What a pass computes (assembly/irls.ts `pass`). */
export enum PassKind {
  /** R's start η, the link and the normal equations of the first step. */
  Start = 0,
  /** η = Xβ, the link and the normal equations of the next step. */
  Step = 1,
  /** η = Xβ and the link only (μ and the deviance). */
  Check = 2,
  /** The normal equations of weighted least squares. */
  Linear = 3,
  /** Fitted values Xβ and the residual sum of squares. */
  Predict = 4,
}

/** A pass's results. */
export interface PassSums {
  /** Row-major p × (p + 1): [X'WX | X'Wz], upper triangle. */
  equations: Float64Array;
  /** Σ w (y η − log(1 + e^η)) for the logit passes; Σ w (y − Xβ)² for Predict. */
  logLikelihood: number;
  /** Pearson χ² with the previous pass's working weights. */
  pearson: number;
  /** Schools with weight whose μ is practically 0 or 1. */
  extreme: number;
  /** Σ w (y log y + (1 − y) log(1 − y)) (Start only). */
  saturated: number;
}

interface KernelExports {
  memory: WebAssembly.Memory;
  heapBase(): number;
  exp1(x: number): number;
  log1(x: number): number;
  pass(
    kind: number,
    swapped: number,
    n2: number,
    k: number,
    x: number,
    center: number,
    beta: number,
    sums: number,
    scratch: number,
  ): void;
}

/** Rows per block in the kernel (its BLOCK). */
const BLOCK = 64;
const PAGE = 65536;

let compiled: WebAssembly.Module | undefined;

function kernelBytes(): Uint8Array<ArrayBuffer> {
  const binary = atob(KERNEL_WASM_BASE64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

// Browsers compile larger modules than 4 KB (older Chromium) only asynchronously on the main thread, where
// Excel's functions and the preview run: start that at once, so the module is there before the first fit.
if (typeof window !== "undefined" && typeof WebAssembly !== "undefined") {
  WebAssembly.compile(kernelBytes()).then(
    (module) => (compiled ??= module),
    () => undefined, // kernelModule() says why, at the first fit
  );
}

/** The compiled module, once per process. */
function kernelModule(): WebAssembly.Module {
  if (compiled) return compiled;
  if (typeof WebAssembly === "undefined") throw noKernel();
  try {
    compiled = new WebAssembly.Module(kernelBytes());
  } catch (error) {
    if (error instanceof RangeError) {
      throw numError({
        sv: "Likvärds beräkningskärna laddas fortfarande; räkna om (F9) om en stund.",
        en: "Likvärd's calculation kernel is still loading; recalculate (F9) in a moment.",
      });
    }
    throw noKernel();
  }
  return compiled;
}

/** WebAssembly with SIMD: every Excel from 2023 on has it (Edge WebView2, Safari 16.4), Node.js 16 on. */
function noKernel() {
  return numError({
    sv: "Den här Excel-versionen kan inte köra Likvärds beräkningskärna (WebAssembly SIMD). Uppdatera Excel eller webbläsaren.",
    en: "This version of Excel cannot run Likvärd's calculation kernel (WebAssembly SIMD). Update Excel or the browser.",
  });
}

/** A fresh instance of the kernel, e.g. for the tests of its exp and log. */
export function kernelInstance(): KernelExports {
  return new WebAssembly.Instance(kernelModule(), {}).exports as unknown as KernelExports;
}

/** The last fit's instance, with the FitKernel that uses it now: kept for the next fit (KeptForNextCall says why). */
interface Reusable {
  kernel: KernelExports;
  owner?: FitKernel;
}
// Any kept instance will do: its memory grows to what a fit needs.
const reusable = new KeptForNextCall<Reusable>(
  () => ({ kernel: kernelInstance() }),
  () => Infinity,
);

/** The kept instance, now `owner`'s (a fresh one when none is kept). */
function instanceFor(owner: FitKernel): KernelExports {
  const held = reusable.take(0);
  held.owner = owner;
  return held.kernel;
}

/** Grows the kernel's memory to at least `bytes`. */
function growTo(kernel: KernelExports, bytes: number): void {
  const pages = Math.ceil(bytes / PAGE) - kernel.memory.buffer.byteLength / PAGE;
  if (pages > 0) kernel.memory.grow(pages);
}

/** Whether `owner` still has the kept instance (a later fit takes it over). */
function stillOwns(owner: FitKernel): boolean {
  return reusable.peek()?.owner === owner;
}

const align16 = (bytes: number) => Math.ceil(bytes / 16) * 16;

export class FitKernel {
  readonly n: number;
  readonly k: number;
  readonly p: number;
  private readonly n2: number;
  private readonly kernel: KernelExports;
  private readonly heap: Float64Array;
  private readonly at: { x: number; fitted: number; center: number; beta: number; sums: number; scratch: number };
  /** Which working-weight column (0 or 1) the last Start or Step pass wrote; they take turns. */
  private written = 1;

  constructor(factors: Float64Array[], y: Float64Array, weights: Float64Array, center: Float64Array) {
    this.n = y.length;
    this.k = factors.length;
    this.p = this.k + 1;
    this.n2 = this.n + (this.n % 2);
    const { n2, k, p } = this;
    const column = n2 * 8;
    this.kernel = instanceFor(this);
    let next = align16(this.kernel.heapBase());
    const take = (bytes: number) => {
      const start = next;
      next = align16(next + bytes);
      return start;
    };
    const x = take((k + 5) * column);
    this.at = {
      x,
      fitted: x + (k + 2) * column,
      center: take(k * 8),
      beta: take(p * 8),
      sums: take((p * (p + 1) + 4) * 8),
      scratch: take(3 * BLOCK * 8 + (p + 1) * 4),
    };
    growTo(this.kernel, next);
    this.heap = new Float64Array(this.kernel.memory.buffer);
    const base = x / 8;
    [...factors, y, weights].forEach((column, j) => {
      this.heap.set(column, base + j * n2);
      // The padding row (n odd), over what an earlier fit left: weight 0, and values that keep η finite.
      if (n2 > this.n) this.heap[base + j * n2 + this.n] = 0;
    });
    this.heap.set(center, this.at.center / 8);
  }

  /** One pass at β (none for Start and Linear). */
  pass(kind: PassKind, beta?: Float64Array): PassSums {
    const { kernel, heap, at, p } = this;
    if (!stillOwns(this)) throw new Error("FitKernel: a later fit has taken over the kernel's memory");
    if (beta) heap.set(beta, at.beta / 8);
    // A pass that writes working weights writes the other column than the pass before and reads that
    // one's as the previous weights (for Pearson's χ²); a Check reads the last written.
    const writes = kind === PassKind.Start || kind === PassKind.Step;
    if (writes) this.written = 1 - this.written;
    const writeTo = writes ? this.written : 1 - this.written;
    kernel.pass(kind, writeTo, this.n2, this.k, at.x, at.center, at.beta, at.sums, at.scratch);
    const sums = heap.subarray(at.sums / 8, at.sums / 8 + p * (p + 1) + 4);
    const tail = p * (p + 1);
    return {
      equations: sums.slice(0, tail),
      logLikelihood: sums[tail],
      pearson: sums[tail + 1],
      extreme: sums[tail + 2],
      saturated: sums[tail + 3],
    };
  }

  /** Whether this fit's data are still in the kernel's memory (a later fit takes it over). */
  owns(): boolean {
    return stillOwns(this);
  }

  /** μ of the last Check pass or Xβ of the last Predict pass, copied out. */
  fitted(): Float64Array {
    const start = this.at.fitted / 8;
    return this.heap.slice(start, start + this.n);
  }

  /** The working weights the last Start or Step pass wrote (`back` = 1: the one before it), copied out. */
  workingWeights(back: 0 | 1 = 0): Float64Array {
    const column = back ? 1 - this.written : this.written;
    const start = this.at.fitted / 8 + this.n2 * (1 + column);
    return this.heap.slice(start, start + this.n);
  }
}
