#!/usr/bin/env node
// The `likvard` command. In a checkout it runs the TypeScript sources through
// tsx, so it never lags behind them; an installed package runs the compiled
// engine in lib/ (built by the "prepare" script).
const { existsSync } = require("node:fs");
const { join } = require("node:path");

const source = join(__dirname, "..", "src", "engine", "cli.ts");
const compiled = join(__dirname, "..", "lib", "engine", "cli.js");

function load() {
  if (existsSync(source)) {
    try {
      require("tsx/cjs");
      return require(source);
    } catch (error) {
      if (!existsSync(compiled)) throw error;
    }
  }
  return require(compiled);
}

// run() reports its own errors; this is for an engine that cannot even load. Exit 3: an internal error.
function internalError(error) {
  const debug = process.argv.includes("--debug");
  console.error(
    debug && error instanceof Error
      ? error.stack
      : `internal error, please report: ${error instanceof Error ? error.message : error}`,
  );
  process.exitCode = 3;
}

try {
  load()
    .run(process.argv.slice(2))
    .then((code) => {
      process.exitCode = code;
    }, internalError);
} catch (error) {
  internalError(error);
}
