/**
 * The verifier page: a person chooses or drops a workbook, the check runs in
 * a Web Worker made from this very script (so the page stays responsive and
 * shows its progress), and the verdict, the differences, the frozen ranges
 * and the formulas it could not check are shown. Where a worker cannot be
 * started, the check runs on the page itself. Everything is built with
 * textContent: nothing from the file is ever read as HTML.
 */
import { Lang } from "../model/errors";
import { text } from "../engine/files/messages";
import { LIKVARD_VERSION } from "../engine/version";
import { CheckResult, Phase, checkWorkbook } from "./check";
import { TEXTS, browserLang } from "./texts";
import type { FromWorker, ToWorker } from "./worker";

/** Rows a table shows at most; the count says how many there are. */
export const MAX_ROWS = 1_000;

type Shown = CheckResult | { kind: "failed"; file: string; message: string };
type Step = Phase | "read";

const STEPS: Step[] = ["read", "open", "verify"];

interface Chosen {
  name: string;
  bytes: ArrayBuffer;
}

const byId = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

export function startPage(ownSource: string): void {
  let lang: Lang = browserLang(navigator.languages ?? [navigator.language]);
  let chosen: Chosen | undefined;
  /** Each check gets a number; a result from an earlier one (another file, another language) is dropped. */
  let current = 0;
  let worker: Worker | undefined;
  const workerUrl = workerSource(ownSource);

  const t = () => TEXTS[lang];

  function showTexts() {
    const p = t();
    document.documentElement.lang = lang;
    document.title = p.title;
    byId("title").textContent = p.title;
    byId("languages").setAttribute("aria-label", p.languages);
    for (const button of document.querySelectorAll<HTMLButtonElement>("#languages button"))
      button.setAttribute("aria-pressed", String(button.dataset.lang === lang));
    byId("intro").textContent = p.intro;
    byId("privacy").textContent = p.privacy;
    byId("choose").textContent = p.choose;
    byId("drop-hint").textContent = p.drop;
    byId("bar").setAttribute("aria-label", p.progressLabel);
    byId("footer").textContent = p.footer(LIKVARD_VERSION);
    byId("command").textContent = p.command;
  }

  function showStep(step: Step) {
    byId("outcome").setAttribute("aria-busy", "true");
    byId("verdict").hidden = true;
    byId("details").replaceChildren();
    byId("progress").hidden = false;
    byId<HTMLProgressElement>("bar").value = STEPS.indexOf(step);
    byId("phase").textContent = t().phases[step];
  }

  function showResult(result: Shown) {
    byId("outcome").setAttribute("aria-busy", "false");
    byId("progress").hidden = true;
    const { verdict, details } = render(result, lang);
    const box = byId("verdict");
    box.className = `verdict ${verdict.tone}`;
    byId("verdict-title").textContent = verdict.title;
    byId("summary").textContent = verdict.summary;
    byId("advice").textContent = verdict.advice;
    byId("checked-file").textContent = t().checkedFile(result.file);
    box.hidden = false;
    byId("details").replaceChildren(...details);
  }

  /** The check in a worker, or on the page where no worker can start. */
  function check(file: Chosen, run: number): Promise<CheckResult> {
    const progress = (phase: Phase) => {
      if (run === current) showStep(phase);
    };
    const onPage = async () => {
      const paint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      return checkWorkbook(file.name, new Uint8Array(file.bytes), lang, {
        progress: async (phase) => {
          progress(phase);
          await paint();
        },
      });
    };
    if (!workerUrl) return onPage();
    return new Promise<CheckResult>((resolve, reject) => {
      let heard = false;
      let started: Worker;
      try {
        started = new Worker(workerUrl);
      } catch {
        onPage().then(resolve, reject);
        return;
      }
      worker = started;
      started.onmessage = (event: MessageEvent<FromWorker>) => {
        heard = true;
        const message = event.data;
        if (message.type === "progress") progress(message.phase);
        else {
          started.terminate();
          if (message.type === "result") resolve(message.result);
          else reject(new Error(message.message));
        }
      };
      started.onerror = (event) => {
        event.preventDefault();
        started.terminate();
        // A worker that never answered could not start (a browser's rules for local files): check on the page.
        if (!heard) onPage().then(resolve, reject);
        else reject(new Error(event.message));
      };
      const request: ToWorker = { file: file.name, bytes: file.bytes, lang };
      started.postMessage(request);
    });
  }

  async function verifyChosen(file: Chosen) {
    const run = ++current;
    worker?.terminate();
    const runLang = lang;
    let result: Shown;
    try {
      result = await check(file, run);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      result = { kind: "failed", file: file.name, message: text(runLang).internalError(message) };
    }
    if (run === current) showResult(result);
  }

  async function choose(file: File) {
    const run = ++current;
    worker?.terminate();
    chosen = undefined;
    showStep("read");
    let bytes: ArrayBuffer;
    try {
      bytes = await file.arrayBuffer();
    } catch (error) {
      // Moved, deleted or unreadable since it was chosen.
      const t = text(lang);
      if (run === current)
        showResult({ kind: "refused", file: file.name, message: t.cannotRead(file.name, t.reason(error)) });
      return;
    }
    if (run !== current) return;
    chosen = { name: file.name, bytes };
    await verifyChosen(chosen);
  }

  function setLang(next: Lang) {
    if (next === lang) return;
    lang = next;
    showTexts();
    // What was found is said again in the new language (the engine's messages too): the same file, checked again
    // (a check under way starts again in the new language).
    if (chosen) void verifyChosen(chosen);
  }

  showTexts();
  for (const button of document.querySelectorAll<HTMLButtonElement>("#languages button"))
    button.addEventListener("click", () => setLang(button.dataset.lang === "en" ? "en" : "sv"));

  const input = byId<HTMLInputElement>("file");
  input.addEventListener("change", () => {
    const file = input.files?.[0];
    if (file) void choose(file);
    // The same file chosen again (after it was edited) is checked again.
    input.value = "";
  });

  // A file dropped anywhere on the page is checked, never opened by the browser in place of the page.
  const drop = byId("drop");
  document.addEventListener("dragover", (event) => {
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = "copy";
    drop.classList.add("over");
  });
  document.addEventListener("dragleave", (event) => {
    if (!event.relatedTarget) drop.classList.remove("over");
  });
  document.addEventListener("drop", (event) => {
    event.preventDefault();
    drop.classList.remove("over");
    const file = event.dataTransfer?.files[0];
    if (file) void choose(file);
  });
}

/** A blob: URL of this script, for a worker; undefined where none can be made. */
function workerSource(source: string): string | undefined {
  if (!source || typeof Worker === "undefined" || typeof Blob === "undefined") return undefined;
  try {
    return URL.createObjectURL(new Blob([source], { type: "text/javascript" }));
  } catch {
    return undefined;
  }
}

interface Verdict {
  tone: "ok" | "bad" | "warn";
  title: string;
  summary: string;
  advice: string;
}

/** The verdict and the tables below it, for one result. */
export function render(result: Shown, lang: Lang): { verdict: Verdict; details: HTMLElement[] } {
  const p = TEXTS[lang];
  if (result.kind === "refused") {
    const verdict: Verdict = { tone: "warn", title: p.verdict.refused, summary: result.message, advice: p.another };
    return { verdict, details: [] };
  }
  if (result.kind === "failed") {
    const verdict: Verdict = { tone: "bad", title: p.verdict.failed, summary: result.message, advice: "" };
    return { verdict, details: [] };
  }
  const frozenChanged = result.frozen.some((f) => !f.intact);
  let verdict: Verdict;
  if (result.verified) {
    const nothing = result.checked === 0 && result.frozen.length === 0;
    verdict = {
      tone: "ok",
      title: nothing ? p.verdict.nothing : p.verdict.agrees,
      summary: result.summary,
      advice: nothing ? "" : [p.advice.agrees, result.frozen.length > 0 ? p.advice.frozenIntact : ""].join(" ").trim(),
    };
  } else if (result.differences.length > 0 || frozenChanged) {
    verdict = { tone: "bad", title: p.verdict.differs, summary: result.summary, advice: p.advice.differs };
  } else {
    verdict = { tone: "warn", title: p.verdict.unchecked, summary: result.summary, advice: p.advice.unchecked };
  }
  const details: HTMLElement[] = [];
  if (result.differences.length > 0)
    details.push(
      table(
        "differences",
        p.differences,
        p.differencesColumns,
        result.differences.map((d) => [d.sheet, d.cell, value(d.saved), value(d.recomputed)]),
        lang,
      ),
    );
  if (result.unchecked.length > 0)
    details.push(
      table(
        "unchecked",
        p.unchecked,
        p.uncheckedColumns,
        result.unchecked.map((u) => [u.sheet, u.cell, formula(u.formula), u.reason]),
        lang,
        true,
      ),
    );
  if (result.frozen.length > 0)
    details.push(
      table(
        "frozen",
        p.frozen,
        p.frozenColumns,
        result.frozen.map((f) => [
          f.sheet,
          f.range,
          formula(f.formula),
          { text: f.date, className: "nowrap" },
          { text: f.version, className: "nowrap" },
          f.intact ? { text: `✓ ${p.intact}`, className: "ok" } : { text: `✗ ${p.changed}`, className: "bad" },
        ]),
        lang,
        true,
      ),
    );
  return { verdict, details };
}

type CellContent = string | { text: string; className: string };
const value = (text: string): CellContent => ({ text, className: "value" });
const formula = (text: string): CellContent => ({ text, className: "formula" });

/**
 * A titled table (at most MAX_ROWS rows, with a note saying how many there are). A wide one is shown as one
 * card per row on a narrow screen, each value under its column's name; its roles keep it a table to a screen
 * reader whatever its layout.
 */
function table(
  id: string,
  title: string,
  columns: string[],
  rows: CellContent[][],
  lang: Lang,
  wide = false,
): HTMLElement {
  const locale = lang === "sv" ? "sv-SE" : "en-GB";
  const section = document.createElement("section");
  section.id = id;
  const heading = document.createElement("h3");
  heading.id = `${id}-title`;
  heading.textContent = `${title} (${rows.length.toLocaleString(locale)})`;
  section.setAttribute("aria-labelledby", heading.id);
  const wrap = document.createElement("div");
  wrap.className = "table";
  const tableElement = document.createElement("table");
  const thead = tableElement.createTHead();
  const head = thead.insertRow();
  for (const column of columns) {
    const th = document.createElement("th");
    th.scope = "col";
    th.textContent = column;
    head.append(th);
  }
  const body = tableElement.createTBody();
  if (wide) {
    tableElement.className = "cards";
    tableElement.setAttribute("role", "table");
    for (const group of [thead, body]) group.setAttribute("role", "rowgroup");
    head.setAttribute("role", "row");
    for (const th of head.cells) th.setAttribute("role", "columnheader");
  }
  for (const row of rows.slice(0, MAX_ROWS)) {
    const tr = body.insertRow();
    if (wide) tr.setAttribute("role", "row");
    for (const [i, content] of row.entries()) {
      const td = tr.insertCell();
      if (wide) {
        td.setAttribute("role", "cell");
        td.dataset.label = columns[i];
      }
      if (typeof content === "string") td.textContent = content;
      else {
        td.className = content.className;
        if (content.className === "formula") td.append(...breakable(content.text));
        else td.textContent = content.text;
      }
    }
  }
  wrap.append(tableElement);
  section.append(heading, wrap);
  if (rows.length > MAX_ROWS) {
    const note = document.createElement("p");
    note.textContent = TEXTS[lang].firstRows(MAX_ROWS.toLocaleString(locale), rows.length.toLocaleString(locale));
    section.append(note);
  }
  return section;
}

/** A formula that a narrow column may break after its commas (<wbr>: copying it gives the formula unchanged). */
function breakable(formula: string): Node[] {
  return formula
    .split(/(?<=,)/)
    .flatMap((part, i) => (i === 0 ? [part] : [document.createElement("wbr"), part]))
    .map((part) => (typeof part === "string" ? document.createTextNode(part) : part));
}
