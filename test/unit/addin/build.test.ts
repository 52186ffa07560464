/**
 * The production build as Excel would load it: every file the manifest
 * points at exists and nothing else is there but the two verifiers for
 * recipients without the add-in, verify.html and likvard.cjs (no preview
 * page, no source maps), the model code is bundled once for the shared
 * runtime, functions.json and functions-sv.json list the LIKVARD functions,
 * and the bundles carry no way to send data anywhere; the verifier page is
 * one file whose policy forbids every connection.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { spawnSync } from "child_process";
import { createHash } from "crypto";
import { validateManifest } from "../../../scripts/validate-manifest";

const root = path.resolve(__dirname, "../../..");
const out = fs.mkdtempSync(path.join(os.tmpdir(), "likvard-build-"));
const hosted = fs.mkdtempSync(path.join(os.tmpdir(), "likvard-build-hosted-"));
/** webpack's stats of the builds (which module went into which bundle), kept outside the builds. */
const statsDir = fs.mkdtempSync(path.join(os.tmpdir(), "likvard-build-stats-"));
const statsFile = path.join(statsDir, "stats.json");
const hostedStatsFile = path.join(statsDir, "hosted.json");

function build(output: string, env: Record<string, string> = {}, extra: string[] = []): void {
  const webpack = path.join(root, "node_modules", "webpack-cli", "bin", "cli.js");
  const run = spawnSync(process.execPath, [webpack, "--mode", "production", "--output-path", output, ...extra], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, ...env },
  });
  if (run.status !== 0) throw new Error(`webpack failed:\n${run.stdout}\n${run.stderr}`);
}

beforeAll(() => {
  build(out, {}, ["--json", statsFile]);
  // Only the add-in: the public URL changes nothing in the verifiers. With the preview page (npm run preview), to
  // see where the engine goes when the preview is built beside the add-in.
  build(hosted, { LIKVARD_PUBLIC_URL: "https://likvard.example.se/addin/" }, [
    ...["--config-name", "addin", "--env", "preview", "--json", hostedStatsFile],
  ]);
}, 240000);

/** Every file under `dir`, as paths relative to it with forward slashes. */
function filesIn(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort();
}

/** What Excel loads: the manifest, every file it points at, and what those pages load in turn. */
function loadedFiles(dir: string): string[] {
  const manifest = fs.readFileSync(path.join(dir, "manifest.xml"), "utf8");
  const wanted = new Set(["manifest.xml"]);
  for (const [, file] of manifest.matchAll(/https:\/\/localhost:3000\/([^"?#]+)/g)) wanted.add(file);
  for (const page of [...wanted].filter((file) => file.endsWith(".html"))) {
    const html = fs.readFileSync(path.join(dir, page), "utf8");
    for (const [, ref] of html.matchAll(/\b(?:src|href)="?([^"\s>]+)/g)) {
      if (!/^[a-z]+:/i.test(ref)) wanted.add(path.posix.join(path.posix.dirname(page), ref));
    }
  }
  return [...wanted].sort();
}

/** The verifiers for recipients without the add-in, published beside it (issue 21). */
const VERIFIERS = ["likvard.cjs", "verify.html"];

test("holds only what the manifest loads and the two verifiers: no preview page, no source maps", () => {
  const files = filesIn(out);
  expect(files).toEqual([...loadedFiles(out), ...VERIFIERS].sort());
  expect(files).toEqual(expect.arrayContaining(["taskpane.html", "functions.js", "taskpane.js", "functions.json"]));
  expect(files.filter((file) => /\.map$|preview|LICENSE/.test(file))).toEqual([]);
  for (const file of files.filter((f) => /\.(js|cjs|css|html)$/.test(f))) {
    expect(fs.readFileSync(path.join(out, file), "utf8")).not.toMatch(/sourceMappingURL/);
  }
});

describe("one copy of the model code on the page (shared runtime)", () => {
  interface StatsModule {
    name: string;
    modules?: StatsModule[];
  }
  interface Stats {
    name?: string;
    chunks: { names: string[]; files: string[]; modules: StatsModule[] }[];
    children?: Stats[];
  }
  /** A build's stats (the add-in's unless named: the verifiers are builds of their own, with their own engine). */
  const stats = (file = statsFile, name = "addin"): Stats => {
    const all = JSON.parse(fs.readFileSync(file, "utf8")) as Stats;
    return all.children?.find((child) => child.name === name) ?? all;
  };
  /** A module's own name, or those of the modules webpack concatenated into it. */
  const names = (m: StatsModule): string[] => (m.modules ? m.modules.flatMap(names) : [m.name]);

  test("taskpane.html loads functions.js, then taskpane.js", () => {
    const html = fs.readFileSync(path.join(out, "taskpane.html"), "utf8");
    const scripts = [...html.matchAll(/<script[^>]*src="?([^"\s>]+)/g)].map((m) => m[1]);
    expect(scripts.filter((src) => !src.startsWith("https://"))).toEqual(["functions.js", "taskpane.js"]);
  });

  test("every source module is in exactly one bundle", () => {
    const bundlesOf = new Map<string, string[]>();
    for (const chunk of stats().chunks) {
      for (const name of chunk.modules.flatMap(names)) {
        bundlesOf.set(name, [...(bundlesOf.get(name) ?? []), ...chunk.files.filter((f) => f.endsWith(".js"))]);
      }
    }
    const model = [...bundlesOf.keys()].filter((name) => name.startsWith("./src/model/"));
    expect(model.length).toBeGreaterThan(10);
    const twice = [...bundlesOf].filter(([name, files]) => name.startsWith("./src/") && files.length !== 1);
    expect(twice).toEqual([]);
    // The cell functions Excel calls live in functions.js, which the pane reuses.
    expect(bundlesOf.get("./src/model/sheet/allocateCells.ts")).toEqual(["functions.js"]);
  });

  /** Per bundle (entry name), whether it carries the headless engine: HyperFormula or any module of src/engine. */
  const engineIn = (build: Stats): Record<string, boolean> =>
    Object.fromEntries(
      build.chunks.flatMap((chunk) => {
        const modules = chunk.modules.flatMap(names);
        const engine = modules.some((m) => /node_modules[\\/]hyperformula[\\/]|^\.\/src\/engine\//.test(m));
        return chunk.names.map((name) => [name, engine]);
      }),
    );

  test("the engine (HyperFormula) is in no bundle Excel loads: only in the preview page's and the verifiers'", () => {
    expect(engineIn(stats())).toEqual({ functions: false, taskpane: false });
    expect(engineIn(stats(hostedStatsFile))).toEqual({ functions: false, taskpane: false, preview: true });
    // verify.html's script, and likvard.cjs.
    expect(engineIn(stats(statsFile, "verifier-page"))).toEqual({ verifier: true });
    expect(engineIn(stats(statsFile, "verifier-command"))).toEqual({ likvard: true });
  });
});

test("writes every file the manifest refers to", () => {
  const manifest = fs.readFileSync(path.join(out, "manifest.xml"), "utf8");
  expect(validateManifest(manifest, { files: out })).toEqual([]);
});

test("functions.json and functions-sv.json list the LIKVARD functions", () => {
  for (const file of ["functions.json", "functions-sv.json"]) {
    const metadata = JSON.parse(fs.readFileSync(path.join(out, file), "utf8")) as { functions: { id: string }[] };
    expect(metadata.functions.map((f) => f.id).sort()).toEqual([
      "ALLOCATE",
      "EQUITYGAP",
      "EXPECTED",
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

describe("the verifier page: one file that fetches nothing", () => {
  const page = () => fs.readFileSync(path.join(out, "verify.html"), "utf8");
  const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
  const policy = (html: string) => {
    const csp = /http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/.exec(html)?.[1] ?? "";
    return Object.fromEntries(
      csp.split(";").map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name, values];
      }),
    );
  };

  test("its script and styles are inside it; it links to nothing", () => {
    const html = page();
    expect([...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0])).toEqual(["<script>"]);
    // The markup around the script (whose libraries' strings may mention tags).
    const outside = html.replace(/<script>[\s\S]*?<\/script>/, "");
    expect([...outside.matchAll(/<style\b[^>]*>/g)].map((m) => m[0])).toEqual(["<style>"]);
    const markup = outside.replace(/<style>[\s\S]*?<\/style>/, "");
    expect(markup).not.toMatch(/<(link|img|iframe|object|embed|base|form)\b/i);
    expect(markup).not.toMatch(/\b(src|href|action)=/i);
  });

  test("its policy allows no connection, and only its own script (also as its worker) and styles, by hash", () => {
    const html = page();
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? "";
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? "";
    expect(policy(html)).toEqual({
      "default-src": ["'none'"],
      // 'wasm-unsafe-eval': compiling WebAssembly (the fits' kernel), not JavaScript from strings.
      "script-src": [sha256(script), "'wasm-unsafe-eval'"],
      "style-src": [sha256(style)],
      "worker-src": ["blob:"],
      "base-uri": ["'none'"],
      "form-action": ["'none'"],
    });
    expect(script.length).toBeGreaterThan(100_000); // the engine itself
  });

  test("likvard.cjs is the command for plain Node", () => {
    const command = fs.readFileSync(path.join(out, "likvard.cjs"), "utf8");
    expect(command.startsWith("#!/usr/bin/env node\n")).toBe(true);
  });
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
    // 'wasm-unsafe-eval' only lets the page compile WebAssembly (the fits' kernel); 'unsafe-eval' would let it
    // run JavaScript from strings.
    expect(directives["script-src"]).toEqual(["'self'", "https://appsforoffice.microsoft.com", "'wasm-unsafe-eval'"]);
    expect(directives["connect-src"]).toEqual(["'self'"]);
    expect(directives["object-src"]).toEqual(["'none'"]);
    expect(csp).not.toMatch(/'unsafe-eval'|'unsafe-inline'/);
    // Every script the page loads is its own or Office.js.
    const scripts = [...html.matchAll(/<script[^>]*src="?([^"\s>]+)/g)].map((m) => m[1]);
    expect(scripts.length).toBeGreaterThanOrEqual(3);
    for (const src of scripts) expect(src).toMatch(/^(https:\/\/appsforoffice\.microsoft\.com\/|[\w./-]+\.js$)/);
  });
});
