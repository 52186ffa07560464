/**
 * The peer a statistician would use: R's glm()/lm() on the same data, in the
 * same run, when Rscript is installed. The data go through a temporary CSV;
 * only the fit inside R is timed (median of several fits).
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { FitData } from "./data";

export type FitModel = "logit" | "quasilogit" | "linear";

export interface PeerResult {
  median_ms: number;
  coefficients: number[];
  version: string;
}

export function rVersion(): string | undefined {
  const run = spawnSync("Rscript", ["-e", "cat(R.version.string)"], { encoding: "utf8" });
  return run.status === 0 ? run.stdout.trim() : undefined;
}

function writeCsv(data: FitData, file: string): void {
  const names = [...data.factors.map((_, j) => `x${j + 1}`), "y", "n"];
  const lines = [names.join(",")];
  for (let i = 0; i < data.n; i++) {
    const row: string[] = data.factors.map((f) => f[i].toPrecision(17));
    row.push(data.outcome[i].toPrecision(17), String(data.pupils[i]));
    lines.push(row.join(","));
  }
  fs.writeFileSync(file, lines.join("\n") + "\n");
}

export function fitInR(data: FitData, model: FitModel, runs: number): PeerResult | undefined {
  const version = rVersion();
  if (!version) return undefined;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "likvard-bench-r-"));
  const csv = path.join(dir, "data.csv");
  writeCsv(data, csv);
  const terms = data.factors.map((_, j) => `x${j + 1}`).join(" + ");
  const fit =
    model === "linear"
      ? `lm(y ~ ${terms}, data = d, weights = n)`
      : `glm(y ~ ${terms}, data = d, weights = n, family = ${model === "logit" ? "binomial" : "quasibinomial"})`;
  const script = `
    d <- read.csv("${csv}")
    times <- numeric(0)
    for (i in 1:${runs}) {
      t0 <- proc.time()[["elapsed"]]
      m <- ${fit}
      times <- c(times, proc.time()[["elapsed"]] - t0)
    }
    cat(median(times) * 1000, "\\n")
    cat(sprintf("%.17g", coef(m)), sep = " ")
  `;
  const run = spawnSync("Rscript", ["-e", script], { encoding: "utf8", maxBuffer: 1 << 26 });
  fs.rmSync(dir, { recursive: true, force: true });
  if (run.status !== 0) throw new Error(`R failed: ${run.stderr}`);
  const [ms, coefs] = run.stdout.trim().split("\n");
  return { median_ms: Number(ms), coefficients: coefs.trim().split(/\s+/).map(Number), version };
}
