/** Likvärd's version, from package.json (the engine runs from lib/ or src/, both two levels below it). */
import { readFileSync } from "node:fs";
import { join } from "node:path";

export const LIKVARD_VERSION: string = (() => {
  try {
    const pkg = JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")) as { version: string };
    return pkg.version;
  } catch {
    return "unknown";
  }
})();
