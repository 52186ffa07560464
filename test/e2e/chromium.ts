/**
 * What the end-to-end tests share: Debian's Chromium, launched headless and
 * quiet (no background connections, which this machine's closed network
 * refuses), a describe that skips where Chromium is missing (but fails in CI,
 * which installs it), the screenshot folder (never docs/ unless asked), the
 * webpack build, the preview page served and opened with every request to
 * another host blocked and recorded, waiting for the pane, and axe-core.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { Server } from "node:http";
import { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { Browser, Page, chromium } from "playwright-core";
import { staticServer } from "../../scripts/static-server";

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

/** Builds with webpack in production mode (`args` name the configuration and where it writes), quietly. */
export function webpackBuild(args: string[], env: NodeJS.ProcessEnv = {}): void {
  const webpack = join(root, "node_modules", "webpack-cli", "bin", "cli.js");
  execFileSync(process.execPath, [webpack, "--mode", "production", ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: "ignore",
  });
}

/** How a page of the preview is opened. */
export interface OpenOptions {
  /** The path on the test server, with its query ("/?keep"); "/" unless given. */
  path?: string;
  /** "en" opens the English pane (an English browser, ?lang=en); Swedish unless given. */
  lang?: "sv" | "en";
  /** The viewport; 1280 × 1500 unless given. */
  width?: number;
  height?: number;
  /** null: the browser's own locale rather than the language's. */
  locale?: null;
  /** The selector that says the page is ready: the preview's summary unless given; null: none. */
  ready?: string | null;
  /** Where requests to other hosts are recorded: the preview's `foreign` unless given. */
  seen?: string[];
}

/** The preview page (the pane beside its example workbook) built, served and opened in Chromium. */
export interface Preview {
  /** Where the build is (test-output/<name>-build). */
  readonly build: string;
  /** The test server's address, "http://127.0.0.1:<port>" (set once the preview is up). */
  readonly base: string;
  readonly browser: Browser;
  /** Every request to another host the pages tried; each was refused. */
  readonly foreign: string[];
  /** A new page of the preview, loaded and ready. */
  open(options?: OpenOptions): Promise<Page>;
}

/**
 * Builds the preview into test-output/<name>-build before the describe's tests, serves it on a free port of
 * 127.0.0.1 and launches Chromium; closes both after them. Call it inside the describe.
 */
export function usePreview(name: string): Preview {
  let server: Server | undefined;
  let browser: Browser | undefined;
  const preview = {
    build: join(root, "test-output", `${name}-build`),
    base: "",
    foreign: [] as string[],
    get browser(): Browser {
      if (!browser) throw new Error("Chromium is not running: the preview's beforeAll has not run");
      return browser;
    },
    async open(options: OpenOptions = {}): Promise<Page> {
      const { path = "/", lang = "sv", width = 1280, height = 1500, ready = "#preview-perpupil" } = options;
      const locale = options.locale === null ? undefined : lang === "en" ? "en-GB" : "sv-SE";
      const seen = options.seen ?? preview.foreign;
      const page = await preview.browser.newPage({ viewport: { width, height }, locale });
      await page.route("**/*", (route) => {
        const url = route.request().url();
        if (url.startsWith(preview.base)) return route.continue();
        seen.push(url);
        return route.abort();
      });
      const query = lang === "en" ? `${path.includes("?") ? "&" : "?"}lang=en` : "";
      await page.goto(`${preview.base}${path}${query}`); // "/": the address a person types, answered with preview.html
      if (ready) await page.waitForSelector(ready);
      return page;
    },
  };

  beforeAll(async () => {
    webpackBuild(["--env", "preview", "--config-name", "addin"], { LIKVARD_BUILD_DIR: preview.build });
    server = staticServer(preview.build, { index: "preview.html" });
    await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
    preview.base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    if (server) await new Promise((resolve) => server?.close(resolve));
  });

  return preview;
}

/** Waits until `read` gives a value that passes `check` (the pane updates asynchronously). */
export async function eventually<T>(read: () => Promise<T>, check: (value: T) => void, timeout = 8_000): Promise<void> {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await read();
    try {
      check(value);
      return;
    } catch (error) {
      if (Date.now() > end) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

/** A number as the pane shows it: Swedish "12 345,6" / "−1,2", English "12,345.6". */
export function shownNumber(shown: string, lang: "sv" | "en" = "sv"): number {
  return Number(
    lang === "sv"
      ? shown
          .replace(/[\s\u00a0]/g, "")
          .replace(",", ".")
          .replace("−", "-")
      : shown.replace(/,/g, "").replace("−", "-"),
  );
}

/** Waits until the pane's status line matches `pattern`. */
export function statusMatches(page: Page, pattern: RegExp, timeout?: number) {
  return page.waitForFunction(
    (p) => new RegExp(p).test(document.getElementById("status")?.textContent ?? ""),
    pattern.source,
    { timeout },
  );
}

/** What axe-core finds wrong in the part of `page` that `include` selects, one line a rule ("id: targets"). */
export async function axeViolations(page: Page, include: string): Promise<string[]> {
  await page.evaluate(readFileSync(require.resolve("axe-core/axe.min.js"), "utf8"));
  return page.evaluate(async (selector) => {
    type Rule = { id: string; nodes: { target: string[] }[] };
    const run = (window as unknown as { axe: { run(c: unknown): Promise<{ violations: Rule[] }> } }).axe;
    const result = await run.run({ include: [selector] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  }, include);
}
