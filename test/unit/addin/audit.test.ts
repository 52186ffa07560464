/**
 * CI's dependency audit (scripts/audit.js) against a stand-in for npm that
 * prints what `npm audit --json` prints: a high or critical finding fails,
 * an audit service that cannot be asked is said plainly (and fails when an
 * audit is required), any other npm failure fails.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { spawnSync } from "child_process";

const root = path.resolve(__dirname, "../../..");
const bin = fs.mkdtempSync(path.join(os.tmpdir(), "likvard-fake-npm-"));
const maybe = process.platform === "win32" ? describe.skip : describe;

beforeAll(() => {
  // Prints $FAKE_NPM_OUT and exits with $FAKE_NPM_STATUS, as npm audit would.
  fs.writeFileSync(path.join(bin, "npm"), '#!/bin/sh\ncat "$FAKE_NPM_OUT"\nexit "${FAKE_NPM_STATUS:-0}"\n', {
    mode: 0o755,
  });
});

afterAll(() => fs.rmSync(bin, { recursive: true, force: true }));

function audit(answer: unknown, npmStatus: number, env: Record<string, string> = {}) {
  const out = path.join(bin, `answer-${Math.random().toString(36).slice(2)}.json`);
  fs.writeFileSync(out, typeof answer === "string" ? answer : JSON.stringify(answer));
  const run = spawnSync(process.execPath, [path.join(root, "scripts", "audit.js")], {
    encoding: "utf8",
    env: {
      ...process.env,
      PATH: `${bin}${path.delimiter}${process.env.PATH ?? ""}`,
      FAKE_NPM_OUT: out,
      FAKE_NPM_STATUS: String(npmStatus),
      LIKVARD_AUDIT_REQUIRED: "",
      ...env,
    },
  });
  return { status: run.status, output: run.stdout + run.stderr };
}

function report(severity: string | null) {
  const counts = { info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: 0 };
  const vulnerabilities: Record<string, unknown> = {};
  if (severity) {
    counts[severity as keyof typeof counts] = 1;
    counts.total = 1;
    vulnerabilities.jszip = {
      name: "jszip",
      severity,
      isDirect: true,
      via: [{ title: "Path traversal in loadAsync", url: "https://github.com/advisories/GHSA-test", severity }],
      effects: [],
      range: "<3.8.0",
      nodes: ["node_modules/jszip"],
      fixAvailable: true,
    };
  }
  return {
    auditReportVersion: 2,
    vulnerabilities,
    metadata: { vulnerabilities: counts, dependencies: { prod: 60, dev: 0, total: 60 } },
  };
}

maybe("the audit step", () => {
  test("passes a clean report and says what it checked", () => {
    const run = audit(report(null), 0);
    expect(run.status).toBe(0);
    expect(run.output).toMatch(/0 high, 0 critical/);
  });

  test.each(["high", "critical"])("fails on a %s finding and names it", (severity) => {
    const run = audit(report(severity), 1);
    expect(run.status).toBe(1);
    expect(run.output).toMatch(
      /jszip <3\.8\.0: Path traversal in loadAsync https:\/\/github\.com\/advisories\/GHSA-test/,
    );
  });

  test("lists but passes a moderate finding", () => {
    const run = audit(report("moderate"), 1);
    expect(run.status).toBe(0);
    expect(run.output).toMatch(/moderate\s+jszip/);
  });

  const refused = {
    message: "405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk",
    method: "POST",
    statusCode: 405,
    body: "",
    error: { summary: "", detail: "" },
  };
  const offline = {
    error: { code: "ENOTFOUND", summary: "request to https://registry.npmjs.org/ failed", detail: "" },
  };

  test.each([
    ["the registry refuses (405)", refused, /405 Method Not Allowed/],
    ["there is no network", offline, /ENOTFOUND/],
  ])("says plainly that no audit was done when %s", (_when, answer, reason) => {
    const run = audit(answer, 1);
    expect(run.status).toBe(0);
    expect(run.output).toMatch(/NO AUDIT WAS DONE/);
    expect(run.output).toMatch(reason);
    expect(run.output).not.toMatch(/0 high/);
    expect(audit(answer, 1, { LIKVARD_AUDIT_REQUIRED: "1" }).status).toBe(2);
  });

  test("fails when npm fails for another reason (no lockfile, no JSON)", () => {
    const noLock = { error: { code: "ENOLOCK", summary: "This command requires an existing lockfile.", detail: "" } };
    expect(audit(noLock, 1).status).toBe(2);
    expect(audit("npm ERR! something broke", 1).status).toBe(2);
  });
});
