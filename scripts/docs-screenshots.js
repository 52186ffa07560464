#!/usr/bin/env node
/**
 * `npm run docs:screenshots`: refreshes docs/pane-screenshot.png and
 * docs/preview-screenshot.png (shown in README.md) by running the pane's
 * end-to-end tests with LIKVARD_SCREENSHOTS=docs. `npm test` writes its
 * screenshots to a temporary folder and leaves docs/ alone.
 */
const { spawnSync } = require("node:child_process");
const { resolve } = require("node:path");

const root = resolve(__dirname, "..");
const jest = require.resolve("jest/bin/jest");
const run = spawnSync(process.execPath, [jest, "test/e2e"], {
  cwd: root,
  env: { ...process.env, LIKVARD_SCREENSHOTS: resolve(root, "docs") },
  stdio: "inherit",
});
if (run.status === 0) console.log("Screenshots written to docs/: review them with git diff before committing.");
process.exit(run.status ?? 1);
