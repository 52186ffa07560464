#!/usr/bin/env node
/**
 * The dependency audit of what ships (`npm audit --omit=dev`), for CI.
 *
 * - The audit service answered with a report: list every finding; exit 1 when
 *   one is high or critical, else 0.
 * - The service could not be asked (no network, or the registry answered with
 *   an error, e.g. a mirror answering 405 to the advisory request): say so
 *   plainly — no audit was done — and exit 0, or 2 with
 *   LIKVARD_AUDIT_REQUIRED=1 (where an audit must happen).
 * - Anything else (npm failed for another reason, e.g. no lockfile): exit 2.
 */
const { spawnSync } = require("node:child_process");

const LEVELS = ["info", "low", "moderate", "high", "critical"];
const FAIL_AT = LEVELS.indexOf("high");
/** npm's codes for "the service could not be reached". */
const UNREACHABLE =
  /^(ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ESOCKETTIMEDOUT|ENETUNREACH|EHOSTUNREACH)$/;

const run = spawnSync("npm", ["audit", "--omit=dev", "--json"], {
  encoding: "utf8",
  shell: process.platform === "win32",
  maxBuffer: 64 * 1024 * 1024,
});

/** The JSON npm printed, or undefined. */
function parse(text) {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const answer = parse(run.stdout ?? "");

if (answer && answer.metadata && answer.metadata.vulnerabilities && answer.vulnerabilities) {
  const counts = answer.metadata.vulnerabilities;
  const deps = answer.metadata.dependencies ?? {};
  const found = Object.values(answer.vulnerabilities).sort(
    (a, b) => LEVELS.indexOf(b.severity) - LEVELS.indexOf(a.severity) || a.name.localeCompare(b.name),
  );
  console.log(
    `npm audit (runtime dependencies, ${deps.prod ?? deps.total ?? "?"} packages): ` +
      LEVELS.map((level) => `${counts[level] ?? 0} ${level}`).join(", "),
  );
  for (const v of found) {
    const advisories = (v.via ?? [])
      .map((via) => (typeof via === "string" ? `via ${via}` : `${via.title ?? "advisory"} ${via.url ?? ""}`.trim()))
      .join("; ");
    console.log(`  ${v.severity.padEnd(8)} ${v.name} ${v.range ?? ""}: ${advisories}`);
  }
  const failing = found.filter((v) => LEVELS.indexOf(v.severity) >= FAIL_AT);
  if (failing.length > 0) {
    console.error(`npm audit: ${failing.length} high or critical finding(s) in what ships. Failing.`);
    process.exit(1);
  }
  process.exit(0);
}

const error = answer?.error ?? answer;
const code = typeof error?.code === "string" ? error.code : "";
const status = Number(answer?.statusCode ?? error?.statusCode ?? NaN);
const message = String(answer?.message ?? error?.summary ?? error?.message ?? "").split("\n")[0];

if (Number.isInteger(status) || UNREACHABLE.test(code)) {
  const why = Number.isInteger(status) ? `the registry answered: ${message || `HTTP ${status}`}` : `${code} ${message}`;
  console.log("npm audit: NO AUDIT WAS DONE. The audit service could not be asked for advisories.");
  console.log(`  (${why.trim()})`);
  console.log(
    "  The runtime dependencies are unchecked; run `npm audit --omit=dev` where the npm registry is reachable.",
  );
  if (process.env.LIKVARD_AUDIT_REQUIRED === "1") {
    console.error("npm audit: LIKVARD_AUDIT_REQUIRED=1, so this fails.");
    process.exit(2);
  }
  process.exit(0);
}

console.error(`npm audit failed (exit ${run.status ?? run.error?.message}):`);
console.error(((run.stdout ?? "") + (run.stderr ?? "")).trim().split("\n").slice(-20).join("\n"));
process.exit(2);
