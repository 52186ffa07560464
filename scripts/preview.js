#!/usr/bin/env node
/**
 * `npm run preview`: the pane in any browser, without Excel. Builds the
 * production bundle with the preview page (`--env preview`) into
 * test-output/preview and serves it on http://127.0.0.1:3001/: the pane
 * beside the cells of its in-memory example workbook (an invented
 * municipality). Local only: nothing is fetched. PORT=… picks another port;
 * `--no-build` serves the last build again (LIKVARD_BUILD_DIR: another folder).
 */
const { execFileSync } = require("node:child_process");
const { existsSync } = require("node:fs");
const { join, resolve } = require("node:path");
const { staticServer } = require("./static-server");

const root = resolve(__dirname, "..");
const out = resolve(root, process.env.LIKVARD_BUILD_DIR || join("test-output", "preview"));
if (!process.argv.includes("--no-build")) {
  const webpack = require.resolve("webpack-cli/bin/cli.js");
  execFileSync(process.execPath, [webpack, "--mode", "production", "--env", "preview", "--config-name", "addin"], {
    cwd: root,
    env: { ...process.env, LIKVARD_BUILD_DIR: out },
    stdio: "inherit",
  });
}

if (!existsSync(join(out, "preview.html"))) {
  console.error(`No preview page in ${out}: run npm run preview (without --no-build) first.`);
  process.exit(1);
}

const port = Number(process.env.PORT ?? 3001);
const server = staticServer(out, { index: "preview.html" });
server.on("error", (error) => {
  console.error(
    error.code === "EADDRINUSE"
      ? `Port ${port} is in use (another preview?). Stop it, or choose another: PORT=3002 npm run preview`
      : `The preview server stopped: ${error.message}`,
  );
  process.exit(1);
});
server.listen(port, "127.0.0.1", () => {
  const { port: actual } = server.address();
  console.log(`Likvärd pane preview: http://127.0.0.1:${actual}/ (Ctrl+C stops it)`);
});
