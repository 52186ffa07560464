/**
 * The task pane: set up the allocation model, see its effect at once, and
 * put it into the workbook. All math is the model's (src/model); all workbook
 * access goes through a WorkbookPort. Started by taskpane.ts in Excel
 * (Office.js) and by preview.ts on the preview page (an in-memory example
 * workbook); this module knows neither.
 */
import { PRESETS } from "../model/example/presets";
import { DEFAULT_SETTINGS, ModelSettings } from "../model/pane/modelSettings";
import { MODEL_SHEET, modelSheetCells, readModelSheet } from "../model/pane/modelSheet";
import { Preview, PreviewCells, computePreviewCells } from "../model/pane/preview";
import { rangeProblem } from "../model/pane/rangeChecks";
import { fitReport } from "../model/pane/fitReport";
import { parseArea, parseCell, splitSheetRef, cellName, columnName } from "../model/sheet/addresses";
import { Cell, ErrorCell, Grid } from "../model/sheet/cells";
import { LikvardError } from "../model/errors";
import { PROVENANCE_SHEET } from "../model/freeze/provenance";
import { version } from "../../package.json";
import { METHOD_LABELS, PARAMETER_HINTS, PaneLang, TextKey, t } from "./i18n";
import { dataSheetOf, formulaWrites } from "./formulaLayout";
import { shareAsValues } from "./shareAsValues";
import { SchoolSort, schoolTable } from "./sections/schoolTable";
import { h, numberField, plot } from "./ui";
import { NumberFormat, WorkbookPort, Write } from "./workbook/workbookPort";

export interface Ranges {
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
/** Fields whose text is not a number, by label: the preview, Save and Insert wait for them. */
const invalid = new Map<string, string>();
/** The factor names from the header row above the factor range (undefined: no header row). */
let factorHeaders: string[] | undefined;
/** True when the pane's model differs from the model sheet in the workbook. */
let dirty = false;
const locale = () => (lang === "sv" ? "sv-SE" : "en-GB");

function markDirty(value = true) {
  dirty = value;
  const el = document.getElementById("unsaved");
  if (el) {
    el.textContent = dirty ? `● ${tx("unsaved")}` : `✓ ${tx("savedState")}`;
    el.className = dirty ? "unsaved" : "note";
  }
}

/** A change to the model: the preview follows, the workbook's model is now out of date. */
function changed() {
  markDirty();
  schedulePreview();
}

/** What the host adds: the preview page's example and its stand-in for Excel's calculation. */
export interface PaneOptions {
  lang: PaneLang;
  /** Ranges and model to start from when the workbook holds no model (the preview page's example). */
  example?: { ranges: Ranges; settings: ModelSettings; note: string };
  /** After "Infoga formler": the preview page shows what Excel would calculate. */
  afterInsert?: (target: string, cells: PreviewCells, preview: Preview, dataSheet: string) => void;
  /** False where the workbook cannot copy a sheet as values (Excel before ExcelApi 1.12). */
  canCopySheets?: () => boolean;
}

let options: PaneOptions = { lang: "sv" };

function status(text: string, kind: "ok" | "error" = "ok") {
  const el = document.getElementById("status") as HTMLElement;
  el.textContent = text;
  el.className = kind;
}

/** A failure in the status line: the model's message in the pane's language, else the error's own. */
function showError(error: unknown) {
  status(error instanceof LikvardError ? error.messageIn(lang) : String((error as Error).message ?? error), "error");
}

const EXCEL_ERRORS = /^#(N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|BUSY!)$/;

/** Cells as the functions receive them: Excel's error values (read back as text "#N/A") become error cells. */
const cellsOf = (values: unknown[][]): Grid =>
  values.map((row) =>
    row.map((v): Cell => (typeof v === "string" && EXCEL_ERRORS.test(v) ? new ErrorCell(v) : (v as Cell))),
  );

/** The schools' names: the first column of the data sheet on the pupils' rows, when it holds text. */
async function schoolNames(): Promise<string[] | undefined> {
  const { sheet, ref } = splitSheetRef(ranges.pupils);
  const area = parseArea(ref);
  if (!area || area.left === 0) return undefined;
  const col = columnName(0);
  const prefix = sheet ? `${quoteName(sheet)}!` : "";
  const values = await workbook.readRange(`${prefix}${col}${area.top + 1}:${col}${area.top + area.rows}`);
  const names = values.map((row) => (typeof row[0] === "string" ? row[0] : ""));
  return names.some((n) => n) ? names : undefined;
}

const quoteName = (sheet: string) =>
  /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;

/** The header row above the factor range: the factors' names. */
async function readFactorHeaders(): Promise<string[] | undefined> {
  const { sheet, ref } = splitSheetRef(ranges.factors);
  const area = parseArea(ref);
  if (!area || area.top === 0) return undefined;
  const prefix = sheet ? `${quoteName(sheet)}!` : "";
  const row = `${cellName(area.top - 1, area.left)}:${cellName(area.top - 1, area.left + area.cols - 1)}`;
  const values = (await workbook.readRange(`${prefix}${row}`))[0] ?? [];
  return values.every((v) => typeof v === "string" && v.trim() !== "") ? values.map(String) : undefined;
}

/** Factors bound to the factor range's columns: one per column, named by its header, weights kept by position. */
async function bindFactors() {
  const area = parseArea(splitSheetRef(ranges.factors).ref);
  if (!area) return;
  factorHeaders = await readFactorHeaders();
  const columns = area.cols;
  settings.factors = Array.from({ length: columns }, (_, j) => ({
    name: factorHeaders?.[j] ?? settings.factors[j]?.name ?? `${tx("factor")} ${j + 1}`,
    weight: settings.factors[j]?.weight ?? NaN,
  }));
  for (const [j, f] of settings.factors.entries()) {
    if (!Number.isFinite(f.weight)) invalid.set(`${tx("weight")} ${j + 1}`, "");
  }
}

// ---------- preview ----------

let previewTimer: ReturnType<typeof setTimeout> | undefined;
function schedulePreview() {
  clearTimeout(previewTimer);
  previewTimer = setTimeout(() => void updatePreview(), 120);
}

/** The data ranges' cells, as the formulas will read them; a message when the ranges themselves are wrong. */
async function previewCells(): Promise<PreviewCells | string | undefined> {
  if (!ranges.pupils.trim() || !ranges.factors.trim()) return undefined;
  const read = async (ref: string) => (ref.trim() ? await workbook.readRange(ref) : undefined);
  const [pupils, factors, lastYear, resource, outcome] = await Promise.all([
    read(ranges.pupils),
    read(ranges.factors),
    read(ranges.lastYear),
    read(ranges.resource),
    read(ranges.outcome),
  ]);
  const problem = rangeProblem(
    [
      { label: tx("pupils"), ref: ranges.pupils, values: pupils, column: true },
      { label: tx("factorRange"), ref: ranges.factors, values: factors },
      { label: tx("lastYear"), ref: ranges.lastYear, values: lastYear, column: true },
      { label: tx("resource"), ref: ranges.resource, values: resource, column: true },
      { label: tx("outcome"), ref: ranges.outcome, values: outcome, column: true },
    ],
    lang,
  );
  if (problem) return problem;
  return {
    pupils: cellsOf(pupils ?? []),
    factors: cellsOf(factors ?? []),
    lastYear: lastYear && cellsOf(lastYear),
    resource: resource && cellsOf(resource),
    names: await schoolNames(),
  };
}

const fmt = (x: number | undefined, digits = 0) =>
  x === undefined || !Number.isFinite(x)
    ? "–"
    : new Intl.NumberFormat(locale(), { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(x);
const kr = (x: number) => `${fmt(x)} kr`;

/** The message that stands instead of numbers while a field is not a number. */
function fieldsMessage(): string | undefined {
  if (invalid.size === 0) return undefined;
  return tx("fixFields").replace("{fields}", [...invalid.keys()].join(", "));
}

let lastPreview: { cells: PreviewCells; preview: Preview } | undefined;

/** The per-school table's sort, kept while the preview is redrawn. */
let sortBy: SchoolSort = { column: 0, descending: false };

/** The per-school table of the preview at hand; a click on a header sorts it. */
function schools(cells: PreviewCells, p: Preview): HTMLElement {
  return schoolTable(cells, p, lang, sortBy, (sort) => {
    sortBy = sort;
    const table = document.getElementById("school-table");
    if (lastPreview && table) table.replaceWith(schools(lastPreview.cells, lastPreview.preview));
  });
}

async function updatePreview() {
  const out = document.getElementById("preview-body") as HTMLElement;
  const summary = document.getElementById("summary");
  const fail = (message: string) => {
    lastPreview = undefined;
    out.replaceChildren(h("p", { class: "error", id: "preview-error" }, message));
    summary?.replaceChildren(h("p", { class: "error", id: "summary-error" }, message));
  };
  try {
    const fields = fieldsMessage();
    if (fields) return fail(fields);
    const cells = await previewCells();
    if (cells === undefined) {
      const give = lang === "sv" ? "Ange elever och faktorer." : "Give pupils and factors.";
      out.replaceChildren(h("p", { class: "note" }, give));
      summary?.replaceChildren(h("p", { class: "note" }, give));
      return;
    }
    if (typeof cells === "string") return fail(cells);
    const outcome = computePreviewCells(cells, settings, lang);
    if (!outcome.ok) return fail(outcome.message);
    const p = outcome.preview;
    lastPreview = { cells, preview: p };
    const total = p.amounts.reduce((a, x) => a + (Number.isFinite(x) ? x : 0), 0);
    summary?.replaceChildren(
      h(
        "dl",
        {},
        h("dt", {}, tx("perPupil")),
        h("dd", { id: "preview-perpupil" }, `${fmt(p.min)} / ${fmt(p.median)} / ${fmt(p.max)} kr`),
        h("dt", {}, tx("ratio")),
        h("dd", { id: "preview-ratio" }, fmt(p.quarterRatio, 2)),
        h("dt", {}, lang === "sv" ? "Fördelat av potten" : "Allocated of the pot"),
        h("dd", { id: "preview-pot" }, `${kr(total)} / ${kr(settings.pot)}`),
      ),
    );
    out.replaceChildren(
      h(
        "dl",
        {},
        h("dt", {}, tx("gap")),
        h(
          "dd",
          { id: "preview-gap" },
          p.resourceMessage ??
            (lang === "sv"
              ? `${fmt(p.resourceGap, 3)} (resursens enhet)`
              : `${fmt(p.resourceGap, 3)} (the resource's unit)`),
        ),
        h("dt", {}, tx("schools")),
        h("dd", { id: "preview-schools" }, fmt(p.schools)),
      ),
      plot(
        p.index,
        p.perPupil,
        lang === "sv" ? "Behovsindex" : "Need index",
        lang === "sv" ? "Kr per elev" : "Kr per pupil",
        locale(),
      ),
      schools(cells, p),
    );
  } catch (error) {
    fail(
      error instanceof LikvardError ? error.messageIn(lang) : error instanceof Error ? error.message : String(error),
    );
  }
}

// ---------- factors table ----------

function renderFactors() {
  const body = document.getElementById("factor-rows") as HTMLElement;
  const area = parseArea(splitSheetRef(ranges.factors).ref);
  body.replaceChildren(
    ...settings.factors.map((f, i) => {
      const label = `${tx("weight")} ${i + 1}`;
      // Named by the header above the column when there is one (change the name there); else editable here.
      const name = factorHeaders
        ? h("span", { id: `factor-${i + 1}` }, f.name)
        : (h("input", {
            type: "text",
            value: f.name,
            "aria-label": `${tx("factor")} ${i + 1}`,
            id: `factor-${i + 1}`,
          }) as HTMLInputElement);
      if (name instanceof HTMLInputElement) {
        name.addEventListener("input", () => {
          settings.factors[i].name = name.value;
          markDirty();
        });
      }
      const weight = numberField({
        label,
        id: `weight-${i + 1}`,
        value: f.weight,
        lang,
        digits: 4,
        onChange: (x) => {
          if (x === undefined) invalid.set(label, "");
          else {
            invalid.delete(label);
            settings.factors[i].weight = x;
          }
          changed();
        },
      });
      if (!Number.isFinite(f.weight)) weight.message.textContent = lang === "sv" ? "Ange ett tal." : "Enter a number.";
      const col = area ? columnName(area.left + i) : "";
      return h("tr", {}, h("td", { class: "col" }, col), h("td", {}, name), h("td", {}, weight.input, weight.message));
    }),
  );
}

// ---------- writing, always asking before overwriting ----------

function confirmOverwrite(cells: string[]): Promise<boolean> {
  return new Promise((resolve) => {
    const shown = cells.slice(0, 8).join(", ") + (cells.length > 8 ? ` … (+${cells.length - 8})` : "");
    const ok = h("button", { type: "button", id: "confirm-overwrite" }, tx("overwrite")) as HTMLButtonElement;
    const cancel = h(
      "button",
      { type: "button", class: "primary", id: "confirm-cancel" },
      tx("cancel"),
    ) as HTMLButtonElement;
    const dialog = h(
      "dialog",
      { class: "dialog", role: "alertdialog", "aria-modal": "true", "aria-labelledby": "confirm-title" },
      h("h2", { id: "confirm-title" }, tx("confirmTitle")),
      h("p", {}, `${tx("confirmText")} ${shown}`),
      h("div", { class: "buttons" }, cancel, ok),
    ) as HTMLDialogElement;
    let answered = false;
    const close = (answer: boolean) => {
      if (answered) return;
      answered = true;
      dialog.close();
      dialog.remove();
      resolve(answer);
    };
    ok.addEventListener("click", () => close(true));
    cancel.addEventListener("click", () => close(false));
    // Esc closes the dialog: that is "Avbryt".
    dialog.addEventListener("cancel", (event) => {
      event.preventDefault();
      close(false);
    });
    document.body.append(dialog);
    dialog.showModal();
    cancel.focus();
  });
}

/** Writes in one batch, asking first if any of the cells (or of the `reserved` ones) holds something. */
async function writeAsking(
  writes: Write[],
  done: string,
  names = [] as Parameters<WorkbookPort["write"]>[1],
  reserved: Write[] = [],
  formats: NumberFormat[] = [],
) {
  const occupied = await workbook.occupied([...writes, ...reserved], [MODEL_SHEET]);
  if (occupied.length > 0 && !(await confirmOverwrite(occupied))) {
    status(tx("cancelled"));
    return false;
  }
  await workbook.write(writes, names, [], formats);
  status(done);
  return true;
}

/** The model sheet's cells and names, to write with whatever uses them. */
function modelWrites(): { writes: Write[]; names: Parameters<WorkbookPort["write"]>[1] } {
  const layout = modelSheetCells(settings);
  const width = 4;
  const values = layout.cells.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? ""));
  // Clear rows a longer earlier model left below (a removed factor must not linger under the names).
  const clear = Array.from({ length: 20 }, () => Array.from({ length: width }, () => ""));
  return {
    writes: [{ sheet: MODEL_SHEET, topLeft: "A1", values: [...values, ...clear] }],
    names: layout.names.map((n) => ({ ...n, sheet: MODEL_SHEET })),
  };
}

/** Refuses (with a message) while a field is not a number: nothing is written from a model with a hole in it. */
function fieldsOk(): boolean {
  const message = fieldsMessage();
  if (message) status(message, "error");
  return !message;
}

async function saveModel() {
  if (!fieldsOk()) return;
  const { writes, names } = modelWrites();
  await workbook.write(writes, names);
  markDirty(false);
  status(tx("saved"));
}

/** The data's sheet: where results go by default. */
const dataSheet = () => dataSheetOf(ranges) ?? "Skolor";

/** The first free column of the data sheet, on the pupils' first row: where results go unless told otherwise. */
async function defaultTarget(): Promise<string> {
  const sheet = dataSheet();
  const area = parseArea(splitSheetRef(ranges.pupils).ref);
  const used = (await workbook.readSheet(sheet)) ?? [];
  const width = used.reduce((w, row) => {
    let last = (row ?? []).length;
    while (last > 0 && (row[last - 1] === null || row[last - 1] === undefined || row[last - 1] === "")) last--;
    return Math.max(w, last);
  }, 0);
  return `${quoteName(sheet)}!${cellName(area ? area.top : 1, width)}`;
}

async function insertFormulas() {
  if (!fieldsOk()) return;
  const target = (document.getElementById("target") as HTMLInputElement).value;
  const { writes, reserved, formats } = formulaWrites(target, ranges, lang);
  // The formulas use the model's names: the model sheet and its names go in the same batch.
  const model = modelWrites();
  // The spill reservation is a check only: never write "" over what the user confirmed to keep.
  const written = await writeAsking([...writes, ...model.writes], tx("inserted"), model.names, reserved, formats);
  if (!written) return;
  markDirty(false);
  if (options.afterInsert) {
    await updatePreview();
    if (lastPreview) options.afterInsert(target, lastPreview.cells, lastPreview.preview, dataSheet());
  }
}

async function addCharts() {
  const target = (document.getElementById("target") as HTMLInputElement).value;
  const { sheet = dataSheet(), ref } = splitSheetRef(target);
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
      splitSheetRef(ranges.resource).sheet === sheet ? splitSheetRef(ranges.resource).ref : ranges.resource,
      lang === "sv" ? "Resurs mot behovsindex" : "Resource against need index",
    );
  }
  status(tx("chartsAdded"));
}

async function describeModel() {
  const today = new Date().toISOString().slice(0, 10);
  const sv = lang === "sv";
  const L = (swedish: string, english: string) => (sv ? swedish : english);
  const none = (x: number, word: [string, string]) => (Number.isFinite(x) ? x : L(...word));
  const rows: unknown[][] = [
    [L("Modellbeskrivning", "Model description"), ""],
    [L("Datum", "Date"), today],
    [L("Likvärd-version", "Likvärd version"), version],
    ["", ""],
    [
      L("Vad modellen gör", "What the model does"),
      L(
        "Varje skolas behovsindex räknas fram ur faktorandelar och vikter (LIKVARD.SOCIOINDEX; elevviktat medel 100). Potten fördelas efter elever × vikt (LIKVARD.ALLOCATE) med golv, tak och avrundning; summan blir exakt potten.",
        "Each school's need index is computed from factor shares and weights (LIKVARD.SOCIOINDEX; pupil-weighted mean 100). The pot is split by pupils × weight (LIKVARD.ALLOCATE) with floors, caps and rounding; the amounts sum exactly to the pot.",
      ),
    ],
    [L("Indexmodell", "Index model"), settings.scoreModel],
    [L("Konstant", "Constant"), settings.intercept],
    ...settings.factors.map((f) => [`${L("Vikt", "Weight")}: ${f.name}`, f.weight]),
    [L("Pott (kr)", "Pot (kr)"), settings.pot],
    [L("Metod", "Method"), METHOD_LABELS[settings.method][sv ? 0 : 1]],
    ["Parameter", settings.parameter],
    [L("Golv per elev (kr)", "Floor per pupil (kr)"), none(settings.floor, ["inget", "none"])],
    [L("Tak per elev (kr)", "Cap per pupil (kr)"), none(settings.cap, ["inget", "none"])],
    [
      L("Största minskning mot fjolåret", "Largest decrease vs last year"),
      none(settings.maxDecrease, ["ingen gräns", "no limit"]),
    ],
    [
      L("Största ökning mot fjolåret", "Largest increase vs last year"),
      none(settings.maxIncrease, ["ingen gräns", "no limit"]),
    ],
    [L("Avrundningsenhet (kr)", "Rounding unit (kr)"), settings.unit],
  ];
  await writeAsking([{ sheet: "Modellbeskrivning", topLeft: "A1", values: rows }], tx("described"));
}

/** A copy of the result sheet with Likvärd's formulas as values, for recipients without the add-in. */
async function shareValues() {
  // Copying a sheet and finding spills need ExcelApi 1.12 (Excel 2021 and Microsoft 365).
  if (options.canCopySheets && !options.canCopySheets()) {
    status(
      lang === "sv"
        ? "Den här Excel-versionen kan inte kopiera bladet som värden; använd npx likvard freeze."
        : "This version of Excel cannot copy the sheet as values; use npx likvard freeze.",
      "error",
    );
    return;
  }
  const target = (document.getElementById("target") as HTMLInputElement).value;
  const { sheet = dataSheet() } = splitSheetRef(target);
  const today = new Date().toISOString().slice(0, 10);
  const { copy, frozen } = await shareAsValues(workbook, sheet, { date: today, version }, lang);
  status(
    tx("shared").replace("{copy}", copy).replace("{n}", String(frozen.length)).replace("{source}", PROVENANCE_SHEET),
  );
}

/** The weights before the last "Använd vikterna", for undo. */
let beforeFit: Pick<ModelSettings, "factors" | "intercept" | "scoreModel"> | undefined;

async function fitWeights() {
  if (!ranges.outcome.trim()) {
    status(tx("needOutcome"), "error");
    return;
  }
  const model = (document.getElementById("fit-model") as HTMLSelectElement).value;
  const factors = cellsOf(await workbook.readRange(ranges.factors));
  const outcome = cellsOf(await workbook.readRange(ranges.outcome));
  const pupils = cellsOf(await workbook.readRange(ranges.pupils));
  // Rows with a gap are left out ("utelämna"); schools, rows left out and R² are SOCIOFIT's stats rows.
  const report = fitReport(factors, outcome, pupils, model, lang);
  const table = report.table;
  const names = [tx("constant"), ...settings.factors.map((f) => f.name)];
  const num = (x: number, digits = 3) =>
    new Intl.NumberFormat(locale(), { maximumSignificantDigits: digits }).format(x);
  const flags = (row: number[], j: number) =>
    j === 0
      ? ""
      : [row[0] < 0 ? tx("flagNegative") : "", row[3] > 0.1 ? tx("flagUncertain") : ""].filter(Boolean).join(", ");
  const apply = h("button", { type: "button", class: "primary", id: "fit-apply" }, tx("applyFit")) as HTMLButtonElement;
  apply.addEventListener("click", () => {
    beforeFit = {
      factors: settings.factors.map((f) => ({ ...f })),
      intercept: settings.intercept,
      scoreModel: settings.scoreModel,
    };
    settings.intercept = table[0][0];
    settings.scoreModel = model === "linear" ? "linear" : "logit";
    table.slice(1).forEach((row, j) => {
      settings.factors[j].weight = row[0];
      invalid.delete(`${tx("weight")} ${j + 1}`);
    });
    undo.hidden = false;
    apply.disabled = true;
    renderFactors();
    changed();
    status(tx("fitApplied"));
  });
  const undo = h("button", { type: "button", id: "fit-undo", hidden: "" }, tx("undoFit")) as HTMLButtonElement;
  undo.addEventListener("click", () => {
    if (!beforeFit) return;
    settings.factors = beforeFit.factors;
    settings.intercept = beforeFit.intercept;
    settings.scoreModel = beforeFit.scoreModel;
    beforeFit = undefined;
    undo.hidden = true;
    apply.disabled = false;
    renderFactors();
    changed();
    status(tx("fitUndone"));
  });
  (document.getElementById("fit-result") as HTMLElement).replaceChildren(
    h("p", { class: "fit-quality", id: "fit-report" }, report.text),
    h(
      "table",
      { class: "fit" },
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          h("th", {}, ""),
          h("th", {}, tx("estimate")),
          h("th", {}, tx("se")),
          h("th", {}, tx("p")),
          h("th", {}, tx("flag")),
        ),
      ),
      h(
        "tbody",
        {},
        ...table.map((row, j) =>
          h(
            "tr",
            flags(row, j) ? { class: "flagged" } : {},
            h("td", {}, names[j]),
            h("td", {}, num(row[0])),
            h("td", {}, num(row[1])),
            h("td", {}, num(row[3], 2)),
            h("td", {}, flags(row, j)),
          ),
        ),
      ),
    ),
    h("div", { class: "buttons" }, apply, undo),
  );
  status(tx("fitShown"));
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
    if (key === "factors") {
      bindFactors().then(() => {
        renderFactors();
        changed();
      }, showError);
    } else schedulePreview();
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

/** A number setting: its field, a message under it when the text is not a number, `scale` 100 for percent. */
function settingField(
  label: TextKey,
  id: string,
  value: number,
  set: (x: number) => void,
  options: { scale?: number; empty?: number; unit?: string; hint?: HTMLElement } = {},
) {
  const { scale = 1 } = options;
  const field = numberField({
    label: tx(label),
    id,
    value: Number.isFinite(value) ? value * scale : NaN,
    lang,
    empty: options.empty,
    unit: options.unit,
    onChange: (x) => {
      if (x === undefined) invalid.set(tx(label), "");
      else {
        invalid.delete(tx(label));
        set(Number.isFinite(x) ? x / scale : NaN);
      }
      changed();
    },
  });
  return h(
    "label",
    { class: "field" },
    h("span", {}, tx(label)),
    field.input,
    ...(options.hint ? [options.hint] : []),
    field.message,
  );
}

function section(title: TextKey, ...children: Node[]) {
  return h("section", {}, h("h2", {}, tx(title)), ...children);
}

/** A section that folds away (open at first): the summary stays in view while the rest is long. */
function foldable(title: TextKey, ...children: Node[]) {
  return h(
    "section",
    {},
    h("details", { open: "", id: `section-${title}` }, h("summary", {}, h("h2", {}, tx(title))), ...children),
  );
}

/** A button that runs an action: every action button is disabled while it runs, its status shown beside it. */
function action(label: TextKey, id: string, run: () => Promise<void>, primary = false) {
  const b = h(
    "button",
    { type: "button", id, class: primary ? "primary action" : "action" },
    tx(label),
  ) as HTMLButtonElement;
  b.addEventListener("click", () => {
    const buttons = [...document.querySelectorAll<HTMLButtonElement>("button.action")];
    buttons.forEach((button) => (button.disabled = true));
    document.getElementById("app")?.setAttribute("aria-busy", "true");
    status(tx("busy"));
    run()
      .catch(showError)
      .finally(() => {
        buttons.forEach((button) => (button.disabled = false));
        document.getElementById("app")?.removeAttribute("aria-busy");
      });
  });
  return b;
}

function render(target: string) {
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
    // A preset gives weights to the factor columns in order; the names stay the columns' headers.
    settings.factors = settings.factors.map((f, j) => ({ ...f, weight: preset.factors[j]?.weight ?? f.weight }));
    settings.factors.forEach((_, j) => preset.factors[j] && invalid.delete(`${tx("weight")} ${j + 1}`));
    settings.intercept = 0;
    settings.scoreModel = "linear";
    renderFactors();
    changed();
  });
  const method = h(
    "select",
    { id: "method" },
    ...["proportional", "threshold", "power"].map((m) =>
      h("option", { value: m }, METHOD_LABELS[m][lang === "sv" ? 0 : 1]),
    ),
  ) as HTMLSelectElement;
  method.value = settings.method;
  const hint = h(
    "span",
    { class: "note", id: "parameter-hint" },
    PARAMETER_HINTS[settings.method][lang === "sv" ? 0 : 1],
  );
  method.addEventListener("change", () => {
    settings.method = method.value as ModelSettings["method"];
    hint.textContent = PARAMETER_HINTS[settings.method][lang === "sv" ? 0 : 1];
    changed();
  });
  const fitModel = h(
    "select",
    { id: "fit-model", "aria-label": tx("fitModel") },
    ...["quasilogit", "logit", "linear"].map((m) => h("option", { value: m }, m)),
  );
  const targetField = h("input", { type: "text", id: "target", value: target, spellcheck: "false" });

  const main = [
    section("preview", h("p", { id: "unsaved", class: "note" }), h("div", { id: "summary", class: "summary" })),
    foldable(
      "data",
      rangeField("pupils", "pupils"),
      rangeField("factors", "factorRange"),
      rangeField("lastYear", "lastYear"),
      rangeField("resource", "resource"),
      rangeField("outcome", "outcome"),
    ),
    foldable(
      "factors",
      h("label", { class: "field" }, h("span", {}, tx("presets")), presets),
      h("p", { class: "note" }, tx("widenHint")),
      h(
        "table",
        { class: "factors" },
        h("thead", {}, h("tr", {}, h("th", {}, tx("column")), h("th", {}, tx("factor")), h("th", {}, tx("weight")))),
        h("tbody", { id: "factor-rows" }),
      ),
      h("div", { class: "fit-row" }, fitModel, action("fit", "fit", fitWeights)),
      h("div", { id: "fit-result" }),
    ),
    foldable(
      "allocation",
      settingField("pot", "pot", settings.pot, (x) => (settings.pot = x)),
      h("label", { class: "field" }, h("span", {}, tx("method")), method),
      settingField("parameter", "parameter", settings.parameter, (x) => (settings.parameter = x), { hint }),
      settingField("floor", "floor", settings.floor, (x) => (settings.floor = x), { empty: NaN }),
      settingField("cap", "cap", settings.cap, (x) => (settings.cap = x), { empty: NaN }),
      settingField("maxDecrease", "max-decrease", settings.maxDecrease, (x) => (settings.maxDecrease = x), {
        scale: 100,
        empty: NaN,
        unit: "%",
      }),
      settingField("maxIncrease", "max-increase", settings.maxIncrease, (x) => (settings.maxIncrease = x), {
        scale: 100,
        empty: NaN,
        unit: "%",
      }),
      settingField("unit", "unit", settings.unit, (x) => (settings.unit = x), { empty: 1 }),
    ),
    foldable("details", h("div", { id: "preview-body" })),
    section(
      "actions",
      action("save", "save", saveModel, true),
      h("label", { class: "field" }, h("span", {}, tx("target")), targetField),
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
  markDirty(dirty);
  schedulePreview();
}

/** Starts the pane on `port`: reads the model the workbook holds (or the example's), then draws the pane. */
export async function startPane(port: WorkbookPort, paneOptions: PaneOptions): Promise<void> {
  options = paneOptions;
  lang = options.lang;
  workbook = port;
  if (options.example) {
    Object.assign(ranges, options.example.ranges);
    settings = options.example.settings;
    const demo = document.getElementById("demo") as HTMLElement;
    demo.textContent = options.example.note;
    demo.hidden = false;
  }
  document.documentElement.lang = lang;
  const stored = await workbook.readSheet(MODEL_SHEET);
  if (stored && stored.length > 0) {
    settings = readModelSheet(stored);
    status(tx("loaded"));
  } else {
    status("");
    // Nothing in the workbook yet: the pane's model is not saved.
    dirty = settings.factors.length > 0;
  }
  await bindFactors();
  render(ranges.pupils ? await defaultTarget() : "");
}

/** A failure to start (e.g. reading the model sheet) shows in the status line instead of "Laddar …" forever. */
export function startFailed(error: unknown): void {
  showError(error);
}
