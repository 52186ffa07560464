/**
 * The pane in real headless Chromium, used as a person would: it runs on its
 * example workbook (no Excel in a plain browser), every request to another
 * host is blocked and recorded, and the test changes weights and settings,
 * picks a preset, saves the model and inserts formulas, answering the
 * overwrite question. A screenshot lands in docs/pane-screenshot.png.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createServer, Server } from "node:http";
import { AddressInfo } from "node:net";
import { extname, join } from "node:path";
import { Browser, Page, chromium } from "playwright-core";

const CHROMIUM = "/usr/bin/chromium";
const root = join(__dirname, "..", "..");
const build = join(root, "test-output", "pane-build");
const maybe = existsSync(CHROMIUM) ? describe : describe.skip;
if (!existsSync(CHROMIUM) && process.env.CI) throw new Error("CI must install Debian's chromium (see .ci/run)");

const TYPES: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".png": "image/png",
};

maybe("the task pane in Chromium", () => {
  let server: Server;
  let browser: Browser;
  let page: Page;
  let base: string;
  const foreign: string[] = [];

  beforeAll(async () => {
    execFileSync("npx", ["webpack", "--mode", "production"], {
      cwd: root,
      env: { ...process.env, LIKVARD_BUILD_DIR: build },
      stdio: "ignore",
    });
    server = createServer((req, res) => {
      const file = join(build, decodeURIComponent((req.url ?? "/").split("?")[0]));
      if (!file.startsWith(build) || !existsSync(file)) {
        res.writeHead(404).end();
        return;
      }
      res
        .writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" })
        .end(readFileSync(file));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
      ],
    });
    page = await browser.newPage({ viewport: { width: 360, height: 1500 }, locale: "sv-SE" });
    await page.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith(base)) return route.continue();
      foreign.push(url);
      return route.abort();
    });
    await page.goto(`${base}/taskpane.html`);
    await page.waitForSelector("#preview-perpupil");
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  const text = (selector: string) => page.locator(selector).innerText();

  /** Waits until `read` gives a value that passes `check` (the pane updates asynchronously). */
  async function eventually<T>(read: () => Promise<T>, check: (value: T) => void, timeout = 5_000): Promise<void> {
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

  test("shows the example and a live preview", async () => {
    expect(await text("#demo")).toMatch(/påhittat exempel/);
    expect(await text("#preview-perpupil")).toMatch(/^[\d\s ]+ \/ [\d\s ]+ \/ [\d\s ]+$/);
    expect(Number((await text("#preview-ratio")).replace(",", "."))).toBeGreaterThan(1);
  });

  test("a weight change updates the preview at once", async () => {
    const before = await text("#preview-perpupil");
    await page.getByLabel("Vikt 2").fill("0");
    await eventually(
      () => text("#preview-perpupil"),
      (v) => expect(v).not.toBe(before),
    );
  });

  test("a preset replaces the factors; a bad setting gives a message, not NaN", async () => {
    await page.selectOption("#preset", "equal");
    expect(await page.locator("#factor-rows tr").count()).toBe(4);
    await page.locator("#floor").fill("30000");
    await eventually(
      () => text("#preview-body"),
      (v) => expect(v).toMatch(/Golven kräver .* men potten är/),
    );
    await page.locator("#floor").fill("");
    await eventually(
      () => text("#preview-body"),
      (v) => expect(v).not.toMatch(/NaN/),
    );
    await page.selectOption("#preset", "template");
  });

  test("fits weights from outcomes and shows estimates with p-values", async () => {
    await page.click("#fit");
    await eventually(
      () => page.locator("table.fit tbody tr").count(),
      (v) => expect(v).toBe(5),
    );
    expect(await text("#status")).toMatch(/skattade/);
  });

  test("saves the model and inserts formulas, asking before overwriting", async () => {
    await page.click("#save");
    await eventually(
      () => text("#status"),
      (v) => expect(v).toMatch(/sparad/),
    );
    // Column B holds pupils: inserting there must ask, and "Avbryt" writes nothing.
    await page.locator("#target").fill("Skolor!B2");
    await page.click("#insert");
    await page.waitForSelector("#confirm-cancel");
    expect(await text(".dialog")).toMatch(/Skolor!B2/);
    await page.click("#confirm-cancel");
    expect(await text("#status")).toMatch(/Inget skrevs/);
    // Beside the data the cells are empty: no question.
    await page.locator("#target").fill("Skolor!N2");
    await page.click("#insert");
    await eventually(
      () => text("#status"),
      (v) => expect(v).toMatch(/infogade/),
    );
    await page.screenshot({ path: join(root, "docs", "pane-screenshot.png"), fullPage: true });
  });

  test("no request left the machine except the attempt to load Office.js", () => {
    expect(foreign.every((url) => url.startsWith("https://appsforoffice.microsoft.com/"))).toBe(true);
  });
});
