/**
 * The pane in real headless Chromium, used as a person would: the preview
 * page (npm run preview) runs it on its example workbook beside that
 * workbook's cells, every request to another host is blocked and recorded,
 * and the test changes weights and settings, picks a preset, saves the model,
 * inserts formulas (answering the overwrite question), shares as values and
 * reads the cells. Screenshots go to a temporary folder, or to the folder in
 * LIKVARD_SCREENSHOTS: `npm run docs:screenshots` refreshes docs/ that way.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { Server } from "node:http";
import { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { Browser, Page, chromium } from "playwright-core";
import { staticServer } from "../../scripts/static-server";

const CHROMIUM = "/usr/bin/chromium";
const root = join(__dirname, "..", "..");
const build = join(root, "test-output", "pane-build");
const maybe = existsSync(CHROMIUM) ? describe : describe.skip;
if (!existsSync(CHROMIUM) && process.env.CI) throw new Error("CI must install Debian's chromium (see .ci/run)");
/** Where the screenshots go: never docs/ unless asked (`npm test` leaves the working tree as it was). */
const shots = process.env.LIKVARD_SCREENSHOTS
  ? resolve(root, process.env.LIKVARD_SCREENSHOTS)
  : mkdtempSync(join(tmpdir(), "likvard-screenshots-"));

maybe("the task pane in Chromium", () => {
  let server: Server;
  let browser: Browser;
  let page: Page;
  let base: string;
  const foreign: string[] = [];

  beforeAll(async () => {
    const webpack = join(root, "node_modules", "webpack-cli", "bin", "cli.js");
    execFileSync(process.execPath, [webpack, "--mode", "production", "--env", "preview"], {
      cwd: root,
      env: { ...process.env, LIKVARD_BUILD_DIR: build },
      stdio: "ignore",
    });
    server = staticServer(build, { index: "preview.html" });
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
    page = await browser.newPage({ viewport: { width: 1280, height: 1500 }, locale: "sv-SE" });
    await blockForeign(page, foreign);
    await page.goto(`${base}/`); // the address a person types: the server answers it with preview.html
    await page.waitForSelector("#preview-perpupil");
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  /** Lets `target` reach only the test server; every other request is blocked and recorded in `seen`. */
  const blockForeign = (target: Page, seen: string[]) =>
    target.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith(base)) return route.continue();
      seen.push(url);
      return route.abort();
    });

  const text = (selector: string) => page.locator(selector).innerText();
  /** A cell of the sheet the workbook view shows. */
  const cell = (address: string) => text(`#workbook-view td[data-cell="${address}"]`);
  /** The formula of a cell of that sheet ("" for a plain value). */
  const formula = async (address: string) =>
    (await page.locator(`#workbook-view td[data-cell="${address}"]`).getAttribute("title")) ?? "";
  /** A number as the view shows it in Swedish ("12 345,6"). */
  const number = (shown: string) =>
    Number(
      shown
        .replace(/[\s\u00a0]/g, "")
        .replace(",", ".")
        .replace("−", "-"),
    );

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
    // The workbook beside the pane now holds the formulas, referring to the model's names, and their results.
    expect(await cell("N1")).toBe("Behovsindex");
    expect(await formula("N2")).toBe("=LIKVARD.SOCIOINDEX(C2:F13,LIKVARD_VIKTER,B2:B13,LIKVARD_MODELL)");
    expect(await formula("O2")).toMatch(
      /^=LIKVARD\.ALLOCATE\(B2:B13,N2:N13,LIKVARD_POTT,.*Q2:Q13,R2:R13,LIKVARD_ENHET\)$/,
    );
    expect(await formula("Q2")).toMatch(/LIKVARD_MAXMINSKNING/);
    const total = async () => {
      const amounts = await Promise.all(Array.from({ length: 12 }, (_, r) => cell(`O${r + 2}`)));
      return amounts.map(number).reduce((a, b) => a + b, 0);
    };
    await eventually(total, (sum) => expect(sum).toBe(64_000_000)); // the pot, to the krona
    // Almskolan: last year 7 900 kr per pupil, at most 2 % less: a floor of 7 742 kr.
    expect(number(await cell("Q2"))).toBeCloseTo(7_742, 6);
    await page.locator("#app").screenshot({ path: join(shots, "pane-screenshot.png") });
  });

  test("the model sheet holds the settings under their names", async () => {
    await page.click('#workbook-view button[data-sheet="Likvärd modell"]');
    const sheet = await text("#workbook-view table.cells");
    expect(sheet).toMatch(/LIKVARD_POTT/);
    expect(sheet).toMatch(/64[\s\u00a0]000[\s\u00a0]000/);
  });

  test("shares as values: a copy of the sheet and the provenance sheet", async () => {
    await page.click('#workbook-view button[data-sheet="Skolor"]');
    const before = await cell("O2");
    await page.click("#share");
    await eventually(
      () => text("#status"),
      (v) => expect(v).toMatch(/Kopian "Skolor \(värden\)" visar 3 Likvärd-områden/),
    );
    expect(await page.locator('#workbook-view button[aria-selected="true"]').innerText()).toBe("Skolor (värden)");
    // Frozen: the same numbers, no formula behind them; an ordinary formula stays.
    expect(await formula("O2")).toBe("");
    expect(await cell("O2")).toBe(before);
    expect(await formula("P2")).toBe('=IF(B2>0,O2/B2,"")');
    await page.click('#workbook-view button[data-sheet="Likvärd – källa"]');
    expect(await text("#workbook-view table.cells")).toMatch(/Skolor \(värden\)\s+O2:O13\s+=LIKVARD\.ALLOCATE/);
    await page.click('#workbook-view button[data-sheet="Skolor"]');
    await page.locator(".cells-scroll").evaluate((e) => (e.scrollLeft = e.scrollWidth));
    await page.screenshot({ path: join(shots, "preview-screenshot.png") });
  });

  test("no request left the machine; the pane's own page only tries to load Office.js", async () => {
    expect(foreign).toEqual([]);
    const pane = await browser.newPage({ viewport: { width: 320, height: 900 } });
    const tried: string[] = [];
    await blockForeign(pane, tried);
    await pane.goto(`${base}/taskpane.html`);
    await pane.waitForSelector("#preview-perpupil");
    expect(tried.length).toBeGreaterThan(0);
    expect(tried.every((url) => url.startsWith("https://appsforoffice.microsoft.com/"))).toBe(true);
    await pane.close();
  });
});
