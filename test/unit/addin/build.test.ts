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
