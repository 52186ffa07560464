/**
 * The pane outside Excel (preview.html, npm run preview): the same pane on an
 * in-memory example workbook, whose cells are shown beside it. Only this
 * entry carries the example and, for Excel's calculation, the headless
 * engine (HyperFormula with the LIKVARD functions, as `likvard recalc`).
 */
import { LAST_YEAR_ROWS, LAST_YEAR_SHEET, componentsExample } from "../model/example/componentsExample";
import { exampleModel } from "../model/example/model";
import { EXAMPLE_HEADERS, EXAMPLE_RANGES, EXAMPLE_SCHOOLS, EXAMPLE_SHEET } from "../model/example/schools";
import { PaneLang, t } from "./i18n";
import { startFailed, startPane } from "./pane";
import { showWorkbook } from "./workbookView";
import { MemoryWorkbook, SavedWorkbook } from "./workbook/memoryWorkbook";

// Swedish, as most users run Excel; ?lang=en shows the pane as in an English Excel.
const params = new URLSearchParams(location.search);
const lang: PaneLang = params.get("lang") === "en" ? "en" : "sv";
const rows = EXAMPLE_SCHOOLS.map((s) => [...s]);
// ?keep: the workbook lives on in this tab (sessionStorage), so reloading reopens it as Excel reopens a saved
// workbook (what the pane stored in it comes back); without it every load starts from the example.
const KEPT = "likvard-preview-workbook";
const kept = params.has("keep") ? sessionStorage.getItem(KEPT) : null;
// Last year's totals per pupil on a sheet of their own, for the example with components (componentsExample.ts).
const example = kept
  ? MemoryWorkbook.fromSaved(JSON.parse(kept) as SavedWorkbook, EXAMPLE_RANGES.pupils, lang)
  : new MemoryWorkbook(
      { [EXAMPLE_SHEET]: [EXAMPLE_HEADERS, ...rows], [LAST_YEAR_SHEET]: LAST_YEAR_ROWS },
      EXAMPLE_RANGES.pupils,
      lang,
    );
if (params.has("keep")) example.onChange(() => sessionStorage.setItem(KEPT, JSON.stringify(example.saved())));
const view = document.getElementById("workbook-view");
if (view) showWorkbook(view, example, lang);

startPane(example, {
  lang,
  example: {
    ranges: { ...EXAMPLE_RANGES },
    settings: exampleModel(),
    note: t("demo", lang),
    components: componentsExample,
    // The follow-up starts from meritvärde and four resources (src/model/example/schools.ts).
    followUp: {
      outcome: EXAMPLE_RANGES.meritValue,
      resources: [
        EXAMPLE_RANGES.resource,
        EXAMPLE_RANGES.pupilsPerTeacher,
        EXAMPLE_RANGES.leadTeachers,
        EXAMPLE_RANGES.lastYear,
      ],
    },
  },
}).catch(startFailed);
