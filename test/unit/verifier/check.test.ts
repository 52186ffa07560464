/**
 * The verifier page's check (src/verifier/check.ts), run in Node: for the
 * same file it says what `likvard verify` says — the same summary line, the
 * same differences, the same explanation of a file that is no workbook —
 * because it is the same engine code. Also its worker's messages and the
 * page's language.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import JSZip from "jszip";
import { run } from "../../../src/engine/cli";
import { text } from "../../../src/engine/files/messages";
import { Lang } from "../../../src/model/errors";
import { CheckResult, Phase, checkWorkbook } from "../../../src/verifier/check";
import { browserLang } from "../../../src/verifier/texts";
import { FromWorker, ToWorker, startWorker } from "../../../src/verifier/worker";
import { tempDir } from "../engine/workbooks";
import { EXAMPLE, frozenExample, savedValue, withSavedValue } from "./workbooks";

const dir = tempDir();

async function likvard(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(
    args,
    (l) => out.push(l),
    (l) => err.push(l),
  );
  return { code, out, err };
}

async function page(file: string, lang: Lang = "sv", name = basename(file)): Promise<CheckResult> {
  return checkWorkbook(name, new Uint8Array(readFileSync(file)), lang);
}

function checked(result: CheckResult) {
  if (result.kind !== "checked") throw new Error(`not checked: ${result.message}`);
  return result;
}

/** What `likvard verify` prints and what the page shows, side by side. */
async function both(file: string, lang: Lang) {
  const cli = await likvard("verify", file, "--lang", lang);
  const result = checked(await page(file, lang, file));
  const t = text(lang);
  const pageLines = [
    ...result.differences.map((d) => t.difference(`${d.sheet}!${d.cell}`, d.saved, d.recomputed)),
    ...result.frozen.filter((f) => !f.intact).map((f) => t.checksum(`${f.sheet}!${f.range}`)),
  ];
  return { cli, result, pageLines };
}

test.each<Lang>(["sv", "en"])("the example agrees, in the CLI's words (%s)", async (lang) => {
  const { cli, result } = await both(EXAMPLE, lang);
  expect(cli.code).toBe(0);
  expect(result.verified).toBe(true);
  expect(result.summary).toBe(cli.out.at(-1));
  expect(result.summary).toMatch(lang === "sv" ? /^Alla \d+ värden stämmer\.$/ : /^All \d+ values agree\.$/);
  expect(result.differences).toEqual([]);
  expect(result.frozen).toEqual([]);
  expect(result.unchecked).toEqual([]);
});

test("a frozen copy: every range's checksum agrees, with the version that froze it", async () => {
  const frozen = await frozenExample(join(dir, "fryst.xlsx"));
  const { cli, result } = await both(frozen, "sv");
  expect(cli.code).toBe(0);
  expect(result.verified).toBe(true);
  expect(result.summary).toBe(cli.out.at(-1));
  expect(result.summary).toMatch(/; 5 frysta områden kontrollerade\.$/);
  expect(result.frozen.map((f) => `${f.sheet}!${f.range}`)).toContain("Skolor!R2:R14");
  const version = (
    JSON.parse(readFileSync(join(__dirname, "..", "..", "..", "package.json"), "utf8")) as { version: string }
  ).version;
  for (const range of result.frozen) {
    expect(range).toMatchObject({ intact: true, version });
    expect(range.formula).toMatch(/^=LIKVARD\.[A-Z]+\(/);
  }
});

test("a changed saved value is named with sheet, cell, saved and recomputed, as the CLI names it", async () => {
  const saved = await savedValue(EXAMPLE, "Skolor", "R5");
  const tampered = await withSavedValue(EXAMPLE, join(dir, "ändrad.xlsx"), "Skolor", "R5", saved + 100_000);
  for (const lang of ["sv", "en"] as const) {
    const { cli, result, pageLines } = await both(tampered, lang);
    expect(cli.code).toBe(1);
    expect(result.verified).toBe(false);
    expect(result.differences).toEqual([
      { sheet: "Skolor", cell: "R5", saved: String(saved + 100_000), recomputed: String(saved) },
    ]);
    expect(pageLines).toEqual(cli.err);
    expect(result.summary).toBe(cli.out.at(-1));
  }
});

test("a frozen range changed after freezing: its checksum fails, as in the CLI", async () => {
  const frozen = await frozenExample(join(dir, "fryst2.xlsx"));
  const saved = await savedValue(frozen, "Skolor", "R5");
  const tampered = await withSavedValue(frozen, join(dir, "fryst-ändrad.xlsx"), "Skolor", "R5", saved + 1);
  const { cli, result, pageLines } = await both(tampered, "sv");
  expect(cli.code).toBe(1);
  expect(result.frozen.find((f) => f.range === "R2:R14")?.intact).toBe(false);
  expect(result.frozen.filter((f) => !f.intact)).toHaveLength(1);
  expect(pageLines).toEqual(cli.err);
  expect(result.summary).toBe(cli.out.at(-1));
});

test.each<[string, string | Uint8Array]>([
  ["budget.csv", "Skola;Elever\nAlfa;100\n"],
  ["gammal.xls", Buffer.from("d0cf11e0a1b11ae1000000", "hex")],
  ["tom.xlsx", ""],
  ["trasig.xlsx", Buffer.from("PK\u0003\u0004 inte ett zip-paket")],
])("%s is explained as the CLI explains it", async (name, content) => {
  const file = join(dir, name);
  writeFileSync(file, content);
  const cli = await likvard("verify", file);
  expect(cli.code).toBe(2);
  const result = await page(file, "sv", file);
  expect(result).toEqual({ kind: "refused", file, message: cli.err.join("\n") });
});

test("a zip that is no workbook is explained", async () => {
  const zip = new JSZip();
  zip.file("hej.txt", "hej");
  const file = join(dir, "paket.xlsx");
  writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
  const result = await page(file, "en");
  expect(result.kind).toBe("refused");
  expect(result.kind === "refused" && result.message).toMatch(/^paket\.xlsx: the file is a zip package but not/);
});

test("progress: the package is opened, then recomputed and compared", async () => {
  const phases: Phase[] = [];
  await checkWorkbook("exempel.xlsx", new Uint8Array(readFileSync(EXAMPLE)), "sv", {
    progress: (phase) => {
      phases.push(phase);
    },
  });
  expect(phases).toEqual(["open", "verify"]);
});

test("the worker answers a file with its progress and the result", async () => {
  const posted: FromWorker[] = [];
  const done = new Promise<void>((resolve) => {
    const scope = {
      onmessage: null as ((event: MessageEvent<ToWorker>) => void) | null,
      postMessage(message: FromWorker) {
        posted.push(message);
        if (message.type !== "progress") resolve();
      },
    };
    startWorker(scope);
    const bytes = readFileSync(EXAMPLE);
    const data: ToWorker = {
      file: "exempel.xlsx",
      bytes: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
      lang: "en",
    };
    scope.onmessage?.({ data } as MessageEvent<ToWorker>);
  });
  await done;
  expect(posted.map((m) => (m.type === "progress" ? m.phase : m.type))).toEqual(["open", "verify", "result"]);
  const last = posted.at(-1);
  expect(last?.type === "result" && last.result.kind === "checked" && last.result.summary).toMatch(
    /^All \d+ values agree/,
  );
});

test("the page speaks the browser's language: the first of Swedish and English it lists, else English", () => {
  expect(browserLang(["sv-SE", "en-US"])).toBe("sv");
  expect(browserLang(["sv"])).toBe("sv");
  expect(browserLang(["en-GB", "sv-SE"])).toBe("en");
  expect(browserLang(["de-DE", "sv-FI"])).toBe("sv");
  expect(browserLang(["de-DE"])).toBe("en");
  expect(browserLang([])).toBe("en");
});
