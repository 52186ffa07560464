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

load()
  .run(process.argv.slice(2))
  .then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      console.error(error instanceof Error ? error.stack : String(error));
      process.exitCode = 2;
    },
  );
