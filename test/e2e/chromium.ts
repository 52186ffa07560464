/**
 * What the end-to-end tests share: Debian's Chromium, launched headless and
 * quiet (no background connections, which this machine's closed network
 * refuses), a describe that skips where Chromium is missing (but fails in CI,
 * which installs it), and the screenshot folder (never docs/ unless asked).
 */
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { Browser, chromium } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";
export const root = join(__dirname, "..", "..");

if (!existsSync(CHROMIUM) && process.env.CI) throw new Error("CI must install Debian's chromium (see .ci/run)");
export const describeInChromium = existsSync(CHROMIUM) ? describe : describe.skip;

/** Where screenshots go: a temporary folder, so `npm test` leaves the working tree as it was. */
export const screenshots = process.env.LIKVARD_SCREENSHOTS
  ? resolve(root, process.env.LIKVARD_SCREENSHOTS)
  : mkdtempSync(join(tmpdir(), "likvard-screenshots-"));

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}
