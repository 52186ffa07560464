/**
 * dist/likvard.cjs as a recipient uses it: the file alone in an empty folder
 * (no node_modules there or above it, no package.json), run by plain Node.
 * It verifies, recalculates and freezes as `likvard` does, in Swedish unless
 * told otherwise, with the same exit codes, and needs nothing but Node's own
 * modules.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { builtinModules } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, parse } from "node:path";
import { openWorkbook, sheetGrid } from "../../../src/engine/readWorkbook";
import { PROVENANCE_SHEET, readProvenance } from "../../../src/model/freeze/provenance";
import { EXAMPLE, savedValue, withSavedValue } from "./workbooks";

const root = join(__dirname, "..", "..", "..");
const build = mkdtempSync(join(tmpdir(), "likvard-command-build-"));
const alone = mkdtempSync(join(tmpdir(), "likvard-alone-"));
const command = join(alone, "likvard.cjs");

beforeAll(() => {
  const webpack = join(root, "node_modules", "webpack-cli", "bin", "cli.js");
  const args = [webpack, "--mode", "production", "--config-name", "verifier-command", "--output-path", build];
  const made = spawnSync(process.execPath, args, { cwd: root, encoding: "utf8" });
  if (made.status !== 0) throw new Error(`webpack failed:\n${made.stdout}\n${made.stderr}`);
  copyFileSync(join(build, "likvard.cjs"), command);
}, 180_000);

/** `node likvard.cjs ...args` in the folder that holds only it, with no Node settings from the test run. */
function likvard(...args: string[]) {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME };
  const run = spawnSync(process.execPath, [command, ...args], { cwd: alone, encoding: "utf8", env });
  return { code: run.status, out: run.stdout.trim(), err: run.stderr.trim() };
}

test("the build writes one file, which stands alone: no node_modules or package.json near it", () => {
  expect(readdirSync(build)).toEqual(["likvard.cjs"]);
  for (let dir = alone; ; dir = dirname(dir)) {
    expect(existsSync(join(dir, "node_modules"))).toBe(false);
    expect(existsSync(join(dir, "package.json"))).toBe(false);
    if (dir === parse(dir).root) break;
  }
});

test("it needs only Node's own modules", () => {
  const code = readFileSync(command, "utf8");
  expect(code.startsWith("#!/usr/bin/env node\n")).toBe(true);
  // What webpack left outside the bundle (its externals): `module.exports = require("fs");`.
  const required = [...code.matchAll(/module\.exports = require\("([^"]+)"\);/g)].map((m) => m[1]);
  expect(required.length).toBeGreaterThan(0);
  const builtin = new Set(builtinModules);
  expect(required.filter((name) => !builtin.has(name.replace(/^node:/, "")))).toEqual([]);
  expect(code).not.toMatch(/sourceMappingURL/);
});

test("verify: the example agrees (exit 0, Swedish)", () => {
  const result = likvard("verify", EXAMPLE);
  expect(result).toMatchObject({ code: 0, err: "" });
  expect(result.out).toMatch(/^Alla \d+ värden stämmer\.$/);
});

test("verify: a changed saved value is named (exit 1)", async () => {
  const saved = await savedValue(EXAMPLE, "Skolor", "R5");
  const tampered = await withSavedValue(EXAMPLE, join(alone, "ändrad.xlsx"), "Skolor", "R5", saved + 100_000);
  const result = likvard("verify", tampered);
  expect(result.code).toBe(1);
  expect(result.err).toBe(`Skolor!R5: sparat ${saved + 100_000}, omräknat ${saved}`);
  expect(result.out).toMatch(/^1 skillnad bland \d+ kontrollerade värden\.$/);
  expect(likvard("verify", tampered, "--lang", "en").err).toBe(
    `Skolor!R5: cached ${saved + 100_000}, recomputed ${saved}`,
  );
});

test("freeze, then verify the frozen copy; recalc writes a fresh copy", () => {
  expect(likvard("freeze", EXAMPLE, "-o", "fryst.xlsx")).toMatchObject({ code: 0, err: "" });
  const verified = likvard("verify", "fryst.xlsx");
  expect(verified).toMatchObject({ code: 0, err: "" });
  expect(verified.out).toMatch(/stämmer; 5 frysta områden kontrollerade\.$/);
  const recalculated = likvard("recalc", EXAMPLE, "-o", "ny.xlsx", "--print", "Skolor!R2:R3");
  expect(recalculated.code).toBe(0);
  expect(recalculated.out).toMatch(/skrev ny\.xlsx\.$/);
  expect(likvard("verify", "ny.xlsx").code).toBe(0);
});

test("it knows its version, and the freezes it makes record it", async () => {
  const version = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string }).version;
  expect(likvard("--version")).toEqual({ code: 0, out: version, err: "" });
  expect(likvard("freeze", EXAMPLE, "-o", "fryst2.xlsx").code).toBe(0);
  expect(await frozenWith(join(alone, "fryst2.xlsx"))).toEqual([version]);
});

test("help and errors, as likvard gives them", () => {
  const help = likvard("--help");
  expect(help.code).toBe(0);
  expect(help.out).toMatch(/^Likvärd \d+\.\d+\.\d+: räkna om, kontrollera och frys/);
  expect(help.out).toMatch(/likvard verify IN\.xlsx/);
  expect(likvard("verify", "saknas.xlsx")).toEqual({ code: 2, out: "", err: "saknas.xlsx: filen finns inte." });
  expect(likvard("recalc", "--help", "--lang", "en").out).toMatch(/Recalculates every formula/);
});

/** The Likvärd versions the provenance sheet of a frozen workbook records. */
async function frozenWith(file: string): Promise<string[]> {
  const workbook = await openWorkbook(new Uint8Array(readFileSync(file)), "sv");
  const sheet = workbook.sheets.find((s) => s.name === PROVENANCE_SHEET);
  return [...new Set(readProvenance(sheetGrid(sheet?.cells ?? [])).map((range) => range.version))];
}
