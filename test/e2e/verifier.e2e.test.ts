/**
 * The verifier page (dist/verify.html) in real headless Chromium, opened from
 * disk (file://) as a recipient would open it: it is given the example
 * workbook, a frozen copy, tampered copies, a CSV file and a municipality of
 * 5 000 schools, chosen with the file input or dropped, and the verdict and
 * tables are read from the page. Nothing may be requested but the page itself
 * and its own worker (a blob: URL made from its own script), nothing stored,
 * no policy violated; the page passes axe-core. Screenshots (1280 and 375
 * pixels wide) go to a temporary folder, or to LIKVARD_SCREENSHOTS.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { Browser, BrowserContext, Page } from "playwright-core";
import { describeInChromium, launchChromium, root, screenshots, webpackBuild } from "./chromium";
import { EXAMPLE, frozenExample, municipality, savedValue, withSavedValue } from "../unit/verifier/workbooks";

const build = join(root, "test-output", "verifier-build");
const shots = screenshots;
const files = mkdtempSync(join(tmpdir(), "likvard-verifier-"));
jest.setTimeout(30_000);

describeInChromium("the verifier page in Chromium, from disk", () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let url: string;
  /** Every request the page or its worker made, and every policy violation or error it reported. */
  const requests: string[] = [];
  const problems: string[] = [];
  let workers = 0;

  beforeAll(async () => {
    webpackBuild(["--config-name", "verifier-page", "--output-path", build]);
    url = pathToFileURL(join(build, "verify.html")).href;
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "sv-SE" });
    context.on("request", (request) => requests.push(request.url()));
    page = await context.newPage();
    page.on("console", (message) => {
      if (message.type() === "error" || message.type() === "warning") problems.push(message.text());
    });
    page.on("pageerror", (error) => problems.push(error.message));
    page.on("worker", (worker) => {
      workers++;
      worker.on("console", (message) => {
        if (message.type() === "error") problems.push(`worker: ${message.text()}`);
      });
    });
    await page.goto(url);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
  });

  const text = (selector: string) => page.locator(selector).innerText();

  /** Chooses `file` with the page's file input and waits for the verdict. */
  async function choose(file: string, timeout = 30_000) {
    await page.setInputFiles("#file", file);
    await page.waitForSelector("#verdict:not([hidden])", { timeout });
    expect(await page.getAttribute("#outcome", "aria-busy")).toBe("false");
  }

  /** The rows of a result table, as the texts of their cells. */
  const rows = (table: string) =>
    page
      .locator(`#${table} tbody tr`)
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.innerText)));

  test("shows the page in Swedish for a Swedish browser, with a real file input", async () => {
    expect(await page.getAttribute("html", "lang")).toBe("sv");
    expect(await text("h1")).toBe("Kontrollera en Likvärd-arbetsbok");
    expect(await text("#privacy")).toMatch(/Filen lämnar aldrig datorn/);
    await expect(page.getByLabel("Välj arbetsbok").getAttribute("type")).resolves.toBe("file");
    expect(await text("footer")).toMatch(/node likvard\.cjs verify <fil>\.xlsx/);
    await page.screenshot({ path: join(shots, "verifier-start.png"), fullPage: true });
  });

  test("the example: everything agrees", async () => {
    await choose(EXAMPLE);
    expect(await text("#verdict-title")).toBe("Stämmer");
    expect(await text("#summary")).toMatch(/^Alla \d+ värden stämmer\.$/);
    expect(await text("#checked-file")).toBe("Fil: exempel-budget.xlsx");
    expect(await page.locator("#details section").count()).toBe(0);
    expect(await page.getAttribute("#verdict", "class")).toBe("verdict ok");
  });

  test("a frozen copy: every checksum agrees, with the version that froze it", async () => {
    const frozen = await frozenExample(join(files, "fryst.xlsx"));
    await choose(frozen);
    expect(await text("#verdict-title")).toBe("Stämmer");
    expect(await text("#summary")).toMatch(/^Alla \d+ värden stämmer; 5 frysta områden kontrollerade\.$/);
    const frozenRows = await rows("frozen");
    expect(frozenRows).toHaveLength(5);
    const version = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string }).version;
    for (const row of frozenRows) {
      expect(row[2]).toMatch(/^=LIKVARD\.[A-Z]+\(/);
      expect(row.slice(4)).toEqual([version, "✓ stämmer"]);
    }
    expect(frozenRows.map((row) => `${row[0]}!${row[1]}`)).toContain("Skolor!R2:R14");
    await page.screenshot({ path: join(shots, "verifier-frozen.png"), fullPage: true });
  });

  test("a tampered copy: the differences table names the cell, saved and recalculated", async () => {
    const saved = await savedValue(EXAMPLE, "Skolor", "R5");
    const tampered = await withSavedValue(EXAMPLE, join(files, "ändrad.xlsx"), "Skolor", "R5", saved + 100_000);
    await choose(tampered);
    expect(await text("#verdict-title")).toBe("Stämmer inte");
    expect(await text("#summary")).toMatch(/^1 skillnad bland \d+ kontrollerade värden\.$/);
    expect(await page.getAttribute("#verdict", "class")).toBe("verdict bad");
    expect(await text("#differences h3")).toBe("Skillnader (1)");
    expect(await page.locator("#differences th").allInnerTexts()).toEqual(["Blad", "Cell", "Sparat", "Omräknat"]);
    expect(await rows("differences")).toEqual([["Skolor", "R5", String(saved + 100_000), String(saved)]]);
    await page.screenshot({ path: join(shots, "verifier-differences.png"), fullPage: true });
  });

  test("a frozen copy changed afterwards: its checksum fails and the range is marked", async () => {
    const frozen = await frozenExample(join(files, "fryst2.xlsx"));
    const saved = await savedValue(frozen, "Skolor", "R5");
    const tampered = await withSavedValue(frozen, join(files, "fryst-ändrad.xlsx"), "Skolor", "R5", saved + 1);
    await choose(tampered);
    expect(await text("#verdict-title")).toBe("Stämmer inte");
    expect(await text("#summary")).toMatch(/1 kontrollsumma som inte stämmer/);
    const changed = (await rows("frozen")).filter((row) => row[5] !== "✓ stämmer");
    expect(changed).toEqual([
      [
        expect.any(String),
        "R2:R14",
        expect.any(String),
        expect.any(String),
        expect.any(String),
        "✗ ändrad efter frysningen",
      ],
    ]);
  });

  test("a CSV file is explained, as likvard verify explains it", async () => {
    const csv = join(files, "budget.csv");
    writeFileSync(csv, "Skola;Elever\nAlmskolan;412\n");
    await choose(csv);
    expect(await text("#verdict-title")).toBe("Kan inte kontrolleras");
    expect(await text("#summary")).toBe(
      "budget.csv: filen är text (t.ex. CSV), inte en Excel-arbetsbok. Öppna den i Excel och spara den som .xlsx.",
    );
    expect(await page.locator("#details section").count()).toBe(0);
  });

  test("a file dropped on the page is checked", async () => {
    const bytes = [...readFileSync(EXAMPLE)];
    await page.evaluate((content) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(content)], "släppt.xlsx"));
      const drop = document.getElementById("drop") as HTMLElement;
      drop.dispatchEvent(new DragEvent("dragover", { dataTransfer: transfer, bubbles: true, cancelable: true }));
      drop.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, bytes);
    await page.waitForFunction(() => document.getElementById("checked-file")?.textContent === "Fil: släppt.xlsx");
    expect(await text("#verdict-title")).toBe("Stämmer");
  });

  test("5 000 schools: done in seconds in a worker, with progress shown", async () => {
    const big = await municipality(files, 5_000);
    // Every phase text the page shows while it works.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { phases: string[] }).phases = seen;
      const phase = document.getElementById("phase") as HTMLElement;
      const progress = document.getElementById("progress") as HTMLElement;
      new MutationObserver(() => {
        if (!progress.hidden && phase.textContent && seen.at(-1) !== phase.textContent) seen.push(phase.textContent);
      }).observe(document.getElementById("outcome") as HTMLElement, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      });
    });
    const before = workers;
    const start = Date.now();
    await page.setInputFiles("#file", big);
    // The page answers while the worker computes.
    await page.waitForSelector("#progress:not([hidden])");
    expect(await page.evaluate(() => document.getElementById("outcome")?.getAttribute("aria-busy"))).toBe("true");
    await page.waitForSelector("#verdict:not([hidden])", { timeout: 60_000 });
    const seconds = (Date.now() - start) / 1000;
    expect(seconds).toBeLessThan(20);
    expect(workers).toBeGreaterThan(before);
    expect(await text("#verdict-title")).toBe("Stämmer");
    expect(await text("#summary")).toMatch(/^Alla \d[\d\s]* värden stämmer\.$/);
    const phases = await page.evaluate(() => (window as unknown as { phases: string[] }).phases);
    expect(phases).toEqual(expect.arrayContaining(["Räknar om och jämför …"]));
    console.log(`5 000 schools checked in ${seconds.toFixed(1)} s; phases shown: ${phases.join(" → ")}`);
    // A language chosen while a check runs: the check starts again and answers in that language.
    await page.setInputFiles("#file", big);
    await page.waitForSelector("#progress:not([hidden])");
    await page.getByRole("button", { name: "English" }).click();
    await page.waitForSelector("#verdict:not([hidden])", { timeout: 60_000 });
    expect(await text("#verdict-title")).toBe("Agrees");
    expect(await text("#summary")).toMatch(/^All \d[\d,]* values agree\.$/);
    await page.getByRole("button", { name: "Svenska" }).click();
    await page.waitForFunction(() => document.getElementById("verdict-title")?.textContent === "Stämmer", null, {
      timeout: 60_000,
    });
  }, 120_000);

  test("English at the press of a button: the page and the verdict", async () => {
    await choose(EXAMPLE);
    await page.getByRole("button", { name: "English" }).click();
    expect(await page.getAttribute("html", "lang")).toBe("en");
    expect(await page.getAttribute("button[data-lang=en]", "aria-pressed")).toBe("true");
    expect(await text("h1")).toBe("Check a Likvärd workbook");
    await page.waitForFunction(() => document.getElementById("verdict-title")?.textContent === "Agrees");
    expect(await text("#summary")).toMatch(/^All \d+ values agree\.$/);
    const saved = await savedValue(EXAMPLE, "Skolor", "R5");
    await choose(join(files, "ändrad.xlsx"));
    expect(await text("#verdict-title")).toBe("Does not agree");
    expect(await page.locator("#differences th").allInnerTexts()).toEqual(["Sheet", "Cell", "Saved", "Recalculated"]);
    expect(await rows("differences")).toEqual([["Skolor", "R5", String(saved + 100_000), String(saved)]]);
    await page.getByRole("button", { name: "Svenska" }).click();
    await page.waitForFunction(() => document.getElementById("verdict-title")?.textContent === "Stämmer inte");
  });

  test("keyboard: the language buttons, then the file input, each with a visible focus", async () => {
    await page.reload();
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Svenska");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("English");
    await page.keyboard.press("Enter");
    expect(await page.getAttribute("html", "lang")).toBe("en");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("file");
    const outline = await page.evaluate(
      () => getComputedStyle(document.getElementById("drop") as HTMLElement).outlineStyle,
    );
    expect(outline).toBe("solid");
    // A file chooser opens from the keyboard.
    const chooser = page.waitForEvent("filechooser");
    await page.keyboard.press("Space");
    await (await chooser).setFiles(EXAMPLE);
    await page.waitForSelector("#verdict:not([hidden])");
    expect(await text("#verdict-title")).toBe("Agrees");
    await page.getByRole("button", { name: "Svenska" }).click();
  });

  test("the verdict is announced: it sits in a live region", async () => {
    expect(await page.getAttribute("#outcome", "aria-live")).toBe("polite");
    expect(await page.locator("#outcome #verdict").count()).toBe(1);
  });

  test("axe-core finds no accessibility violations, before and after a check", async () => {
    const axe = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
    const violations = async () => {
      // Evaluated through the DevTools protocol: the page's policy rightly refuses any script it does not list.
      await page.evaluate(axe);
      const { passes, found } = await page.evaluate(async () => {
        type Rule = { id: string; nodes: { target: string[] }[] };
        const axeRun = (window as unknown as { axe: { run(): Promise<{ passes: Rule[]; violations: Rule[] }> } }).axe;
        const result = await axeRun.run();
        return {
          passes: result.passes.length,
          found: result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
        };
      });
      expect(passes).toBeGreaterThan(10); // axe ran, and checked things
      return found;
    };
    await page.reload();
    expect(await violations()).toEqual([]);
    await choose(join(files, "fryst-ändrad.xlsx"));
    expect(await violations()).toEqual([]);
    await page.reload();
  });

  test("screenshots at 1280 and 375 pixels wide", async () => {
    await choose(join(files, "fryst-ändrad.xlsx"));
    await page.screenshot({ path: join(shots, "verifier-1280.png"), fullPage: true });
    await page.setViewportSize({ width: 375, height: 800 });
    await page.screenshot({ path: join(shots, "verifier-375.png"), fullPage: true });
    // Nothing but the tables (which scroll inside their box) is wider than the screen.
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(wide).toBeLessThanOrEqual(375);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  test("nothing was requested but the page and its own worker, nothing stored, no policy violated", async () => {
    expect(requests.length).toBeGreaterThan(0);
    const foreign = requests.filter((u) => u !== url && !u.startsWith("blob:null/"));
    expect(foreign).toEqual([]);
    expect(requests.filter((u) => /^(https?|wss?|ftp):/i.test(u))).toEqual([]);
    expect(problems).toEqual([]);
    const stored = await page.evaluate(async () => ({
      local: localStorage.length,
      session: sessionStorage.length,
      cookie: document.cookie,
      databases: (await indexedDB.databases()).length,
      caches: typeof caches === "undefined" ? 0 : (await caches.keys()).length,
    }));
    expect(stored).toEqual({ local: 0, session: 0, cookie: "", databases: 0, caches: 0 });
  });

  test("its policy forbids every connection: a fetch from the page fails", async () => {
    const outcome = await page.evaluate(async () => {
      try {
        await fetch("https://example.com/");
        return "sent";
      } catch (error) {
        return String(error);
      }
    });
    expect(outcome).toMatch(/Failed to fetch|TypeError/);
    // The attempt is refused by the policy before it becomes a request.
    expect(requests.filter((u) => u.startsWith("https://"))).toEqual([]);
    problems.length = 0;
  });
});
