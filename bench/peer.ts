/**
 * The peer a statistician would use: R's glm()/lm() on the same data, in one
 * R process that stays up for the whole case so its fits can be timed in
 * turns with Likvärd's (see harness.ts). The data go over as raw doubles
 * (fast even at a million rows); each request times one sample of fits in R
 * (several fits when one is too short to time) and answers one line: ms per
 * fit, R's peak memory growth during one fit (gc()'s "max used", measured on
 * the model's first request, outside the timing) and the coefficients.
 */
import { ChildProcessWithoutNullStreams, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { FitData } from "./data";

export type FitModel = "logit" | "quasilogit" | "linear";

export interface PeerSample {
  ms: number;
  peak_mb: number;
  coefficients: number[];
}

export function rVersion(): string | undefined {
  try {
    const run = spawnSync("Rscript", ["-e", "cat(R.version.string)"], { encoding: "utf8" });
    return run.status === 0 ? run.stdout.trim() : undefined;
  } catch {
    return undefined;
  }
}

const SERVER = `
args <- commandArgs(trailingOnly = TRUE)
n <- as.integer(args[2]); k <- as.integer(args[3])
con <- file(args[1], "rb"); v <- readBin(con, "double", n * (k + 2)); close(con)
d <- as.data.frame(matrix(v, nrow = n)); rm(v)
names(d) <- c(paste0("x", 1:k), "y", "n")
f <- as.formula(paste("y ~", paste0("x", 1:k, collapse = " + ")))
fit <- function(model) switch(model,
  logit = glm(f, data = d, weights = n, family = binomial),
  quasilogit = glm(f, data = d, weights = n, family = quasibinomial),
  linear = lm(f, data = d, weights = n))
input <- file("stdin"); open(input)
peaks <- list()
cat("ready\\n"); flush(stdout())
repeat {
  model <- readLines(input, n = 1)
  if (length(model) == 0 || model == "quit") break
  if (is.null(peaks[[model]])) {
    before <- sum(gc(reset = TRUE)[, 2]); m <- fit(model); peaks[[model]] <- sum(gc()[, 6]) - before
  }
  cpu <- function() { t <- proc.time(); t[["user.self"]] + t[["sys.self"]] }
  calls <- 1; t0 <- cpu(); m <- fit(model); elapsed <- cpu() - t0
  while (elapsed < 0.05) {
    calls <- calls * 4; t0 <- cpu()
    for (i in 1:calls) m <- fit(model)
    elapsed <- cpu() - t0
  }
  cat(elapsed * 1000 / calls, peaks[[model]], sprintf("%.17g", coef(m)), "\\n"); flush(stdout())
}
`;

/** An R process holding one data set; `sample(model)` times one sample of fits. */
export class RPeer {
  private constructor(
    private readonly child: ChildProcessWithoutNullStreams,
    private readonly lines: AsyncIterableIterator<string>,
    private readonly dir: string,
  ) {}

  static async start(data: FitData): Promise<RPeer | undefined> {
    if (!rVersion()) return undefined;
    const dir = mkdtempSync(join(tmpdir(), "likvard-bench-r-"));
    const file = join(dir, "data.bin");
    const columns = [...data.factors, data.outcome, data.pupils];
    const bytes = new Float64Array(data.n * columns.length);
    columns.forEach((column, j) => bytes.set(column, j * data.n));
    writeFileSync(file, bytes);
    const child = spawn("Rscript", ["-e", SERVER, file, String(data.n), String(data.k)]);
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdin.on("error", () => {}); // R gone: the next sample() says so
    const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
    const peer = new RPeer(child, lines, dir);
    const first = await lines.next();
    if (first.done || first.value !== "ready") {
      peer.stop();
      throw new Error(`R did not start: ${stderr}`);
    }
    return peer;
  }

  async sample(model: FitModel): Promise<PeerSample> {
    this.child.stdin.write(model + "\n");
    const line = await this.lines.next();
    if (line.done) throw new Error("R stopped");
    const [ms, peak, ...coefficients] = line.value.trim().split(/\s+/).map(Number);
    return { ms, peak_mb: peak, coefficients };
  }

  stop(): void {
    this.child.stdin.end("quit\n");
    rmSync(this.dir, { recursive: true, force: true });
  }
}
