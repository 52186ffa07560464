/**
 * The entry of dist/likvard.cjs, the `likvard` command as one file that plain
 * Node 20 runs with no install: `node likvard.cjs verify budget.xlsx`. The
 * command itself is src/engine/cli.ts, bundled whole; this only runs it and
 * sets the exit code, as bin/likvard.js does.
 */
import { run } from "../engine/cli";

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // run() reports its own errors; this is for one it could not (exit 3: an internal error).
    console.error(
      process.argv.includes("--debug") && error instanceof Error
        ? error.stack
        : `internal error, please report: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exitCode = 3;
  },
);
