#!/usr/bin/env node
/**
 * `npm start`: the main job, on any machine.
 * - Windows or macOS with Excel: builds, starts the dev server and sideloads
 *   the add-in into Excel (office-addin-debugging, a pinned devDependency; `npm stop` ends it).
 * - `npm run start:web`: the dev server for Excel on the web (sideload manifest.xml by hand).
 * - Anywhere else (Linux, CI, a server): the headless engine recalculates and
 *   verifies the example budget workbook and prints its allocation table.
 */
const { spawnSync } = require("node:child_process");
const { mkdirSync } = require("node:fs");
const { join } = require("node:path");

const root = join(__dirname, "..");
const web = process.argv.includes("--web");
const desktopExcel = process.platform === "win32" || process.platform === "darwin";

function sh(command, args) {
  // No shell: every command is Node itself (process.execPath), which may lie under a path with spaces on Windows.
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit" });
  return result.status ?? 1;
}

if (web) {
  console.log("Startar utvecklingsservern på https://localhost:3000. Ladda upp manifest.xml i Excel på webben:");
  console.log("Infoga → Tillägg → Mina tillägg → Ladda upp mitt tillägg.\n");
  process.exit(sh(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "serve", "--mode", "development"]));
}

if (desktopExcel && !process.argv.includes("--headless")) {
  const debugging = require.resolve("office-addin-debugging/cli.js");
  process.exit(sh(process.execPath, [debugging, "start", "manifest.xml", "desktop", "--app", "excel"]));
}

// Headless: the engine does the main job.
const out = join(root, "test-output");
mkdirSync(out, { recursive: true });
const likvard = join(root, "bin", "likvard.js");
const example = join(root, "assets", "exempel-budget.xlsx");
const result = join(out, "exempel-omraknad.xlsx");
console.log("Ingen Excel här: Likvärds motor räknar om exempelarbetsboken.\n");
let code = sh(process.execPath, [likvard, "recalc", example, "-o", result, "--force", "--print", "Skolor!A1:L14"]);
if (code === 0) code = sh(process.execPath, [likvard, "verify", result]);
if (code === 0) console.log(`\nOmräknad arbetsbok: ${result}`);
process.exit(code);
