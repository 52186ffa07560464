/**
 * The production build as Excel would load it: every file the manifest
 * points at exists, functions.json and functions-sv.json list the LIKVARD
 * functions, and the bundles carry no way to send data anywhere.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { spawnSync } from "child_process";
import { validateManifest } from "../../../scripts/validate-manifest";

const root = path.resolve(__dirname, "../../..");
const out = fs.mkdtempSync(path.join(os.tmpdir(), "likvard-build-"));
const hosted = fs.mkdtempSync(path.join(os.tmpdir(), "likvard-build-hosted-"));

function build(output: string, env: Record<string, string> = {}): void {
  const webpack = path.join(root, "node_modules", "webpack-cli", "bin", "cli.js");
  const run = spawnSync(process.execPath, [webpack, "--mode", "production", "--output-path", output], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, ...env },
  });
  if (run.status !== 0) throw new Error(`webpack failed:\n${run.stdout}\n${run.stderr}`);
}

beforeAll(() => {
  build(out);
  build(hosted, { LIKVARD_PUBLIC_URL: "https://likvard.example.se/addin/" });
}, 240000);

test("writes every file the manifest refers to", () => {
  const manifest = fs.readFileSync(path.join(out, "manifest.xml"), "utf8");
  expect(validateManifest(manifest, { files: out })).toEqual([]);
});

test("functions.json and functions-sv.json list the LIKVARD functions", () => {
  for (const file of ["functions.json", "functions-sv.json"]) {
    const metadata = JSON.parse(fs.readFileSync(path.join(out, file), "utf8"));
    expect(metadata.functions.map((f: { id: string }) => f.id).sort()).toEqual([
      "ALLOCATE",
      "EQUITYGAP",
      "SOCIOFIT",
      "SOCIOINDEX",
    ]);
  }
});

test("the functions bundle registers the functions with Excel", () => {
  const bundle = fs.readFileSync(path.join(out, "functions.js"), "utf8");
  expect(bundle).toMatch(/CustomFunctions\.associate\(/);
});

test("the production manifest is rewritten to LIKVARD_PUBLIC_URL everywhere when set", () => {
  const manifest = fs.readFileSync(path.join(hosted, "manifest.xml"), "utf8");
  expect(manifest).not.toMatch(/localhost/);
  expect(manifest).toMatch(/"https:\/\/likvard.example.se\/addin\/taskpane.html"/);
  expect(manifest).toMatch(/"https:\/\/likvard.example.se\/addin\/functions-sv.json"/);
  expect(validateManifest(manifest)).toEqual([]);
});

describe("privacy: the add-in's bundles cannot send data anywhere", () => {
  /** Ways a script can talk to a server, or run code from a string. */
  const FORBIDDEN: [string, RegExp][] = [
    ["fetch", /\bfetch\s*\(/],
    ["XMLHttpRequest", /XMLHttpRequest/],
    ["WebSocket", /WebSocket/],
    ["sendBeacon", /sendBeacon/],
    ["EventSource", /EventSource/],
    ["eval", /\beval\s*\(/],
    ["new Function", /new\s+Function\s*\(/],
    ["importScripts", /importScripts/],
  ];

  const bundles = () => fs.readdirSync(out).filter((f) => f.endsWith(".js"));

  test("the build has bundles to scan", () => {
    expect(bundles()).toEqual(expect.arrayContaining(["functions.js", "taskpane.js"]));
  });

  test.each(FORBIDDEN)("no %s in any bundle", (_name, pattern) => {
    for (const file of bundles()) {
      const code = fs.readFileSync(path.join(out, file), "utf8");
      const hit = pattern.exec(code);
      expect(hit ? `${file}: …${code.slice(Math.max(0, hit.index - 60), hit.index + 40)}…` : "").toBe("");
    }
  });

  test("the pane's Content-Security-Policy allows only its own files and Office.js", () => {
    const html = fs.readFileSync(path.join(out, "taskpane.html"), "utf8");
    // The minified page drops optional quotes around attribute values.
    const csp = /http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/.exec(html)?.[1] ?? "";
    const directives = Object.fromEntries(
      csp.split(";").map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name, values];
      }),
    );
    expect(directives["default-src"]).toEqual(["'self'"]);
    expect(directives["script-src"]).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
    expect(directives["connect-src"]).toEqual(["'self'"]);
    expect(directives["object-src"]).toEqual(["'none'"]);
    expect(csp).not.toMatch(/unsafe-eval/);
    // Every script the page loads is its own or Office.js.
    const scripts = [...html.matchAll(/<script[^>]*src="?([^"\s>]+)/g)].map((m) => m[1]);
    expect(scripts.length).toBeGreaterThanOrEqual(3);
    for (const src of scripts) expect(src).toMatch(/^(https:\/\/appsforoffice\.microsoft\.com\/|[\w./-]+\.js$)/);
  });
});
