/**
 * The task pane: set up the allocation model, see its effect at once, and
 * put it into the workbook. All math is the model's (src/model); all workbook
 * access goes through a WorkbookPort, Office.js in Excel and an in-memory
 * example workbook in a plain browser.
 */
import { exampleModel } from "../model/example/model";
import { PRESETS } from "../model/example/presets";
import { EXAMPLE_HEADERS, EXAMPLE_RANGES, EXAMPLE_SCHOOLS, EXAMPLE_SHEET } from "../model/example/schools";
import { DEFAULT_SETTINGS, ModelSettings } from "../model/pane/modelSettings";
import { MODEL_SHEET, modelSheetCells, readModelSheet } from "../model/pane/modelSheet";
import { PreviewData, computePreview } from "../model/pane/preview";
import { parseArea, parseCell, splitSheetRef, cellName } from "../model/sheet/addresses";
import { sociofitCells } from "../model/sheet/sociofitCells";
import { LikvardError } from "../model/errors";
import { PROVENANCE_SHEET } from "../model/freeze/provenance";
import { version } from "../../package.json";
import { PaneLang, TextKey, t } from "./i18n";
import { recordExampleResults } from "./exampleResults";
import { formulaWrites } from "./formulaLayout";
import { shareAsValues } from "./shareAsValues";
import { h, numberField, plot } from "./ui";
import { showWorkbook } from "./workbookView";
import { MemoryWorkbook } from "./workbook/memoryWorkbook";
import { OfficeWorkbook } from "./workbook/officeWorkbook";
import { WorkbookPort, Write } from "./workbook/workbookPort";

interface Ranges {
  pupils: string;
  factors: string;
  lastYear: string;
  resource: string;
  outcome: string;
}

let lang: PaneLang = "sv";
let workbook: WorkbookPort;
let settings: ModelSettings = { ...DEFAULT_SETTINGS, factors: [] };
const ranges: Ranges = { pupils: "", factors: "", lastYear: "", resource: "", outcome: "" };
const tx = (key: TextKey) => t(key, lang);

function exampleWorkbook(): MemoryWorkbook {
  const rows = EXAMPLE_SCHOOLS.map((s) => [...s]);
  return new MemoryWorkbook({ [EXAMPLE_SHEET]: [EXAMPLE_HEADERS, ...rows] }, EXAMPLE_RANGES.pupils);
}

function status(text: string, kind: "ok" | "error" = "ok") {
  const el = document.getElementById("status") as HTMLElement;
  el.textContent = text;
  el.className = kind;
}

/** A failure in the status line: the model's message in the pane's language, else the error's own. */
function showError(error: unknown) {
  status(error instanceof LikvardError ? error.messageIn(lang) : String((error as Error).message ?? error), "error");
}

const numbers = (values: unknown[][]): Float64Array[] => {
  const cols = values[0]?.length ?? 0;
  return Array.from({ length: cols }, (_, c) => Float64Array.from(values, (row) => Number(row[c])));
};

async function readColumn(ref: string): Promise<Float64Array | undefined> {
  return ref.trim() ? numbers(await workbook.readRange(ref))[0] : undefined;
}

// ---------- preview ----------

let previewTimer: ReturnType<typeof setTimeout> | undefined;
function schedulePreview() {
  clearTimeout(previewTimer);
  previewTimer = setTimeout(() => void updatePreview(), 120);
}

const kr = (x: number) => (Number.isFinite(x) ? Math.round(x).toLocaleString(lang === "sv" ? "sv-SE" : "en-GB") : "–");
const dec = (x: number | undefined, d = 2) =>
  x === undefined || !Number.isFinite(x)
    ? "–"
    : x.toLocaleString(lang === "sv" ? "sv-SE" : "en-GB", { maximumFractionDigits: d, minimumFractionDigits: d });

/** The data ranges as the preview and the model read them; undefined until pupils and factors are given. */
async function previewData(): Promise<PreviewData | undefined> {
  const pupils = await readColumn(ranges.pupils);
  if (!pupils || !ranges.factors.trim()) return undefined;
  return {
    pupils,
    factors: numbers(await workbook.readRange(ranges.factors)),
    lastYear: await readColumn(ranges.lastYear),
    resource: await readColumn(ranges.resource),
  };
}

async function updatePreview() {
  const out = document.getElementById("preview-body") as HTMLElement;
  try {
    const data = await previewData();
    if (!data) {
      out.replaceChildren(
        h("p", { class: "note" }, lang === "sv" ? "Ange elever och faktorer." : "Give pupils and factors."),
      );
      return;
    }
    const outcome = computePreview(data, settings, lang);
    if (!outcome.ok) {
      out.replaceChildren(h("p", { class: "error", id: "preview-error" }, outcome.message));
      return;
    }
    const p = outcome.preview;
    out.replaceChildren(
      h(
        "dl",
        {},
        h("dt", {}, tx("perPupil")),
        h("dd", { id: "preview-perpupil" }, `${kr(p.min)} / ${kr(p.median)} / ${kr(p.max)}`),
        h("dt", {}, tx("ratio")),
        h("dd", { id: "preview-ratio" }, dec(p.quarterRatio)),
        h("dt", {}, tx("gap")),
        h("dd", { id: "preview-gap" }, dec(p.resourceGap, 3)),
      ),
      plot(
        p.index,
        p.perPupil,
        lang === "sv" ? "Behovsindex" : "Need index",
        lang === "sv" ? "Kr per elev" : "Kr per pupil",
      ),
    );
  } catch (error) {
    out.replaceChildren(h("p", { class: "error" }, error instanceof Error ? error.message : String(error)));
  }
}

// ---------- factors table ----------

function renderFactors() {
  const body = document.getElementById("factor-rows") as HTMLElement;
  body.replaceChildren(
    ...settings.factors.map((f, i) => {
      const name = h("input", {
        type: "text",
        value: f.name,
        "aria-label": `${tx("factor")} ${i + 1}`,
      }) as HTMLInputElement;
      name.addEventListener("input", () => (settings.factors[i].name = name.value));
      const weight = numberField(`${tx("weight")} ${i + 1}`, f.weight, (x) => {
        settings.factors[i].weight = Number.isFinite(x) ? x : 0;
        schedulePreview();
      });
      const move = (delta: number) => () => {
        const j = i + delta;
        if (j < 0 || j >= settings.factors.length) return;
        [settings.factors[i], settings.factors[j]] = [settings.factors[j], settings.factors[i]];
        renderFactors();
        schedulePreview();
      };
      const button = (label: string, title: string, action: () => void) => {
        const b = h(
          "button",
          { type: "button", class: "icon", title, "aria-label": title },
          label,
        ) as HTMLButtonElement;
        b.addEventListener("click", action);
        return b;
      };
      return h(
        "tr",
        {},
        h("td", {}, name),
        h("td", {}, weight),
        h(
          "td",
          { class: "row-actions" },
          button("↑", "Upp", move(-1)),
          button("↓", "Ned", move(1)),
          button("✕", lang === "sv" ? "Ta bort" : "Remove", () => {
            settings.factors.splice(i, 1);
            renderFactors();
            schedulePreview();
          }),
        ),
      );
    }),
  );
}

// ---------- writing, always asking before overwriting ----------

function confirmOverwrite(cells: string[]): Promise<boolean> {
  return new Promise((resolve) => {
    const shown = cells.slice(0, 8).join(", ") + (cells.length > 8 ? ` … (+${cells.length - 8})` : "");
    const ok = h(
      "button",
      { type: "button", class: "primary", id: "confirm-overwrite" },
      tx("overwrite"),
    ) as HTMLButtonElement;
    const cancel = h("button", { type: "button", id: "confirm-cancel" }, tx("cancel")) as HTMLButtonElement;
    const dialog = h(
      "div",
      { class: "dialog", role: "alertdialog", "aria-labelledby": "confirm-title" },
      h("h2", { id: "confirm-title" }, tx("confirmTitle")),
      h("p", {}, `${tx("confirmText")} ${shown}`),
      h("div", { class: "buttons" }, ok, cancel),
    );
    const close = (answer: boolean) => {
      dialog.remove();
      resolve(answer);
    };
    ok.addEventListener("click", () => close(true));
    cancel.addEventListener("click", () => close(false));
    document.body.append(dialog);
    ok.focus();
  });
}

/** Writes in one batch, asking first if any of the cells (or of the `reserved` ones) holds something. */
async function writeAsking(
  writes: Write[],
  done: string,
  names = [] as Parameters<WorkbookPort["write"]>[1],
  reserved: Write[] = [],
) {
  const occupied = await workbook.occupied([...writes, ...reserved], [MODEL_SHEET]);
  if (occupied.length > 0 && !(await confirmOverwrite(occupied))) {
    status(tx("cancelled"));
    return false;
  }
  await workbook.write(writes, names);
  status(done);
  return true;
}

async function saveModel() {
  const layout = modelSheetCells(settings);
  const width = 4;
  const values = layout.cells.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? ""));
  await workbook.write(
    [{ sheet: MODEL_SHEET, topLeft: "A1", values }],
    layout.names.map((n) => ({ ...n, sheet: MODEL_SHEET })),
  );
  status(tx("saved"));
}

async function insertFormulas() {
  const target = (document.getElementById("target") as HTMLInputElement).value;
  const { writes, reserved } = formulaWrites(target, ranges, lang);
  // The spill reservation is a check only: never write "" over what the user confirmed to keep.
  const written = await writeAsking(writes, tx("inserted"), [], reserved);
  if (written && workbook instanceof MemoryWorkbook) {
    // The example workbook does not calculate: it shows what Excel would, from the model code.
    const data = await previewData();
    const outcome = data && computePreview(data, settings, lang);
    if (data && outcome?.ok) recordExampleResults(workbook, target, data, outcome.preview, settings, lang);
  }
}

async function addCharts() {
  const target = (document.getElementById("target") as HTMLInputElement).value;
  const { sheet = "Skolor", ref } = splitSheetRef(target);
  const start = parseCell(ref);
  const pupils = parseArea(splitSheetRef(ranges.pupils).ref);
  if (!start || !pupils) return;
  const colRange = (c: number) => {
    const name = cellName(0, start.col + c).replace(/\d+$/, "");
    return `${name}${start.row + 1}:${name}${start.row + pupils.rows}`;
  };
  await workbook.addScatterChart(
    sheet,
    colRange(0),
    colRange(2),
    lang === "sv" ? "Kr per elev mot behovsindex" : "Kr per pupil against need index",
  );
  if (ranges.resource.trim()) {
    await workbook.addScatterChart(
      sheet,
      colRange(0),
      splitSheetRef(ranges.resource).ref,
      lang === "sv" ? "Resurs mot behovsindex" : "Resource against need index",
    );
  }
  status(tx("chartsAdded"));
}

async function describeModel() {
  const today = new Date().toISOString().slice(0, 10);
  const rows: unknown[][] = [
    ["Modellbeskrivning", ""],
    ["Datum", today],
    ["Likvärd-version", version],
    ["", ""],
    [
      "Vad modellen gör",
      "Varje skolas behovsindex räknas fram ur faktorandelar och vikter (LIKVARD.SOCIOINDEX; elevviktat medel 100). Potten fördelas efter elever × vikt (LIKVARD.ALLOCATE) med golv, tak och avrundning; summan blir exakt potten.",
    ],
    ["Indexmodell", settings.scoreModel],
    ["Konstant", settings.intercept],
    ...settings.factors.map((f) => [`Vikt: ${f.name}`, f.weight]),
    ["Pott (kr)", settings.pot],
    ["Metod", settings.method],
    ["Parameter", settings.parameter],
    ["Golv per elev (kr)", Number.isFinite(settings.floor) ? settings.floor : "inget"],
    ["Tak per elev (kr)", Number.isFinite(settings.cap) ? settings.cap : "inget"],
    ["Största minskning mot fjolåret", Number.isFinite(settings.maxDecrease) ? settings.maxDecrease : "ingen gräns"],
    ["Största ökning mot fjolåret", Number.isFinite(settings.maxIncrease) ? settings.maxIncrease : "ingen gräns"],
    ["Avrundningsenhet (kr)", settings.unit],
  ];
  await writeAsking([{ sheet: "Modellbeskrivning", topLeft: "A1", values: rows }], tx("described"));
}

/** A copy of the result sheet with Likvärd's formulas as values, for recipients without the add-in. */
async function shareValues() {
  // Copying a sheet and finding spills need ExcelApi 1.12 (Excel 2021 and Microsoft 365).
  if (workbook instanceof OfficeWorkbook && !Office.context.requirements.isSetSupported("ExcelApi", "1.12")) {
    status(
      lang === "sv"
        ? "Den här Excel-versionen kan inte kopiera bladet som värden; använd npx likvard freeze."
        : "This version of Excel cannot copy the sheet as values; use npx likvard freeze.",
      "error",
    );
    return;
  }
  const target = (document.getElementById("target") as HTMLInputElement).value;
  const { sheet = "Skolor" } = splitSheetRef(target);
  const today = new Date().toISOString().slice(0, 10);
  const { copy, frozen } = await shareAsValues(workbook, sheet, { date: today, version }, lang);
  status(
    tx("shared").replace("{copy}", copy).replace("{n}", String(frozen.length)).replace("{source}", PROVENANCE_SHEET),
  );
}

async function fitWeights() {
  if (!ranges.outcome.trim()) {
    status(tx("needOutcome"), "error");
    return;
  }
  const model = (document.getElementById("fit-model") as HTMLSelectElement).value;
  const table = sociofitCells(
    (await workbook.readRange(ranges.factors)) as never,
    (await workbook.readRange(ranges.outcome)) as never,
    (await workbook.readRange(ranges.pupils)) as never,
    model,
  ) as number[][];
  settings.intercept = table[0][0];
  settings.scoreModel = model === "linear" ? "linear" : "logit";
  table.slice(1).forEach((row, j) => {
    if (settings.factors[j]) settings.factors[j].weight = row[0];
    else settings.factors.push({ name: `${tx("factor")} ${j + 1}`, weight: row[0] });
  });
  settings.factors.length = table.length - 1;
  const names = [tx("constant"), ...settings.factors.map((f) => f.name)];
  const fmt = (x: number) => x.toPrecision(4);
  (document.getElementById("fit-result") as HTMLElement).replaceChildren(
    h(
      "table",
      { class: "fit" },
      h(
        "thead",
        {},
        h("tr", {}, h("th", {}, ""), h("th", {}, tx("estimate")), h("th", {}, tx("se")), h("th", {}, tx("p"))),
      ),
      h(
        "tbody",
        {},
        ...table.map((row, j) =>
          h(
            "tr",
            {},
            h("td", {}, names[j]),
            h("td", {}, fmt(row[0])),
            h("td", {}, fmt(row[1])),
            h("td", {}, fmt(row[3])),
          ),
        ),
      ),
    ),
  );
  renderFactors();
  schedulePreview();
  status(tx("fitted"));
}

// ---------- layout ----------

function rangeField(key: keyof Ranges, label: TextKey) {
  const input = h("input", {
    type: "text",
    id: `range-${key}`,
    value: ranges[key],
    spellcheck: "false",
  }) as HTMLInputElement;
  input.addEventListener("change", () => {
    ranges[key] = input.value.trim();
    schedulePreview();
  });
  const pick = h("button", { type: "button", class: "small" }, tx("useSelection")) as HTMLButtonElement;
  pick.addEventListener("click", () => {
    workbook.selection().then((address) => {
      input.value = address;
      input.dispatchEvent(new Event("change"));
    }, showError);
  });
  return h("label", { class: "field" }, h("span", {}, tx(label)), h("span", { class: "with-button" }, input, pick));
}

function settingField(label: TextKey, id: string, value: number, set: (x: number) => void, scale = 1) {
  return h(
    "label",
    { class: "field" },
    h("span", {}, tx(label)),
    numberField(
      tx(label),
      Number.isFinite(value) ? value * scale : NaN,
      (x) => {
        set(Number.isFinite(x) ? x / scale : NaN);
        schedulePreview();
      },
      id,
    ),
  );
}

function section(title: TextKey, ...children: Node[]) {
  return h("section", {}, h("h2", {}, tx(title)), ...children);
}

function action(label: TextKey, id: string, run: () => Promise<void>, primary = false) {
  const b = h("button", { type: "button", id, class: primary ? "primary" : "" }, tx(label)) as HTMLButtonElement;
  b.addEventListener("click", () => {
    run().catch(showError);
  });
  return b;
}

function render() {
  const app = document.getElementById("app") as HTMLElement;
  (document.getElementById("title") as HTMLElement).textContent = tx("title");
  const presets = h(
    "select",
    { id: "preset", "aria-label": tx("presets") },
    h("option", { value: "" }, tx("choosePreset")),
    ...PRESETS.map((p) => h("option", { value: p.id }, p.label[lang])),
  ) as HTMLSelectElement;
  presets.addEventListener("change", () => {
    const preset = PRESETS.find((p) => p.id === presets.value);
    if (!preset) return;
    settings.factors = preset.factors.map((f) => ({ ...f }));
    settings.intercept = 0;
    settings.scoreModel = "linear";
    renderFactors();
    schedulePreview();
  });
  const addFactor = h("button", { type: "button", id: "add-factor" }, tx("add")) as HTMLButtonElement;
  addFactor.addEventListener("click", () => {
    settings.factors.push({ name: `${tx("factor")} ${settings.factors.length + 1}`, weight: 1 });
    renderFactors();
    schedulePreview();
  });
  const method = h(
    "select",
    { id: "method" },
    ...["proportional", "threshold", "power"].map((m) => h("option", { value: m }, m)),
  ) as HTMLSelectElement;
  method.value = settings.method;
  method.addEventListener("change", () => {
    settings.method = method.value as ModelSettings["method"];
    schedulePreview();
  });
  const fitModel = h(
    "select",
    { id: "fit-model", "aria-label": tx("fitModel") },
    ...["quasilogit", "logit", "linear"].map((m) => h("option", { value: m }, m)),
  );
  const target = h("input", { type: "text", id: "target", value: "Skolor!N2", spellcheck: "false" });

  const main = [
    section(
      "data",
      rangeField("pupils", "pupils"),
      rangeField("factors", "factorRange"),
      rangeField("lastYear", "lastYear"),
      rangeField("resource", "resource"),
      rangeField("outcome", "outcome"),
    ),
    section(
      "factors",
      h("label", { class: "field" }, h("span", {}, tx("presets")), presets),
      h(
        "table",
        { class: "factors" },
        h("thead", {}, h("tr", {}, h("th", {}, tx("factor")), h("th", {}, tx("weight")), h("th", {}, ""))),
        h("tbody", { id: "factor-rows" }),
      ),
      addFactor,
      h("div", { class: "fit-row" }, fitModel, action("fit", "fit", fitWeights)),
      h("div", { id: "fit-result" }),
    ),
    section(
      "allocation",
      settingField("pot", "pot", settings.pot, (x) => (settings.pot = x)),
      h("label", { class: "field" }, h("span", {}, tx("method")), method),
      settingField("parameter", "parameter", settings.parameter, (x) => (settings.parameter = x)),
      settingField("floor", "floor", settings.floor, (x) => (settings.floor = x)),
      settingField("cap", "cap", settings.cap, (x) => (settings.cap = x)),
      settingField("maxDecrease", "max-decrease", settings.maxDecrease, (x) => (settings.maxDecrease = x), 100),
      settingField("maxIncrease", "max-increase", settings.maxIncrease, (x) => (settings.maxIncrease = x), 100),
      settingField("unit", "unit", settings.unit, (x) => (settings.unit = Number.isFinite(x) ? x : 1)),
    ),
    section("preview", h("div", { id: "preview-body" })),
    section(
      "actions",
      action("save", "save", saveModel, true),
      h("label", { class: "field" }, h("span", {}, tx("target")), target),
      h(
        "div",
        { class: "buttons" },
        action("insert", "insert", insertFormulas),
        action("charts", "charts", addCharts),
        action("describe", "describe", describeModel),
        action("share", "share", shareValues),
      ),
    ),
  ];
  const statusLine = document.getElementById("status") as HTMLElement;
  app.replaceChildren(
    document.getElementById("title") as HTMLElement,
    document.getElementById("demo") as HTMLElement,
    ...main,
    statusLine,
  );
  renderFactors();
  schedulePreview();
}

async function start(inExcel: boolean) {
  if (inExcel) {
    lang = /^en/i.test(Office.context.displayLanguage) ? "en" : "sv";
    workbook = new OfficeWorkbook();
  } else {
    const example = exampleWorkbook();
    workbook = example;
    // The preview page (npm run preview) shows the example's cells beside the pane.
    const view = document.getElementById("workbook-view");
    if (view) showWorkbook(view, example, lang);
    Object.assign(ranges, EXAMPLE_RANGES);
    settings = exampleModel();
    const demo = document.getElementById("demo") as HTMLElement;
    demo.textContent = tx("demo");
    demo.hidden = false;
  }
  document.documentElement.lang = lang;
  const stored = await workbook.readSheet(MODEL_SHEET);
  if (stored && stored.length > 0) {
    settings = readModelSheet(stored);
    status(tx("loaded"));
  } else status("");
  render();
}

// In Excel, Office.js calls onReady with a host; in a plain browser (or when office.js cannot load) the example runs.
// A failure to start (e.g. reading the model sheet) shows in the status line instead of "Laddar …" forever.
if (typeof Office !== "undefined" && Office.onReady) {
  Office.onReady()
    .then((info) => start(Boolean(info.host)))
    .catch(showError);
} else {
  start(false).catch(showError);
}
