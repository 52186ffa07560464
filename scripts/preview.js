#!/usr/bin/env node
/**
 * `npm run preview`: the pane in any browser, without Excel. Builds the
 * production bundle into test-output/preview and serves it on
 * http://127.0.0.1:3001/preview.html: the pane beside the cells of its
 * in-memory example workbook (an invented municipality). Local only: nothing is fetched.
 */
const { execFileSync } = require("node:child_process");
const { createServer } = require("node:http");
const { existsSync, readFileSync } = require("node:fs");
const { extname, join, resolve } = require("node:path");

const root = join(__dirname, "..");
const out = resolve(root, "test-output", "preview");
execFileSync("npx", ["webpack", "--mode", "production"], {
  cwd: root,
  env: { ...process.env, LIKVARD_BUILD_DIR: out },
  stdio: "inherit",
});
const types = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".json": "application/json", ".png": "image/png" };
const port = Number(process.env.PORT ?? 3001);
createServer((req, res) => {
  const file = resolve(out, "." + decodeURIComponent((req.url ?? "/").split("?")[0]));
  if (!file.startsWith(out) || !existsSync(file)) return res.writeHead(404).end();
  res.writeHead(200, { "Content-Type": types[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
}).listen(port, "127.0.0.1", () => console.log(`Likvärd pane preview: http://127.0.0.1:${port}/preview.html`));
