/**
 * The task pane: set up the allocation model, see its effect at once, and put
 * it into the workbook. All math is the model's (src/model); all workbook
 * access goes through a WorkbookPort. Started by taskpane.ts in Excel
 * (Office.js) and by preview.ts on the preview page (an in-memory example
 * workbook); this module knows neither. It only composes:
 *
 * - SECTIONS, top to bottom: each a file in sections/ (a `Section`: `render(state,
 *   actions)` draws it once and `state.subscribe`s to the changes it redraws on);
 * - ACTIONS: each a file in actions/ (an `Action`: id, label, the section it shows
 *   in, `run(state)`); actions/runAction.ts gives every one the busy state and the
 *   status line, and `writeAsking` the overwrite question and the one-batch write.
 *
 * Adding a feature: write sections/<name>.ts and/or actions/<name>.ts, add one
 * line to SECTIONS and/or ACTIONS below, and its texts to i18n.ts. State lives
 * in state/paneState.ts (one object, passed to every section and action).
 */
import { MODEL_SHEET, readModelSheet } from "../model/pane/modelSheet";
import { Action, actionButton } from "./actions/runAction";
import { addCharts } from "./actions/addCharts";
import { compareScenarios } from "./actions/compareScenarios";
import { deleteScenario } from "./actions/deleteScenario";
import { describeModel } from "./actions/describeModel";
import { explainSchools } from "./actions/explainSchools";
import { fitWeights } from "./actions/fitWeights";
import { writeFollowUp } from "./actions/writeFollowUp";
import { insertFormulas } from "./actions/insertFormulas";
import { loadScenario } from "./actions/loadScenario";
import { saveModel } from "./actions/saveModel";
import { saveScenario } from "./actions/saveScenario";
import { searchTarget } from "./actions/searchTarget";
import { shareValues } from "./actions/shareValues";
import { allocation } from "./sections/allocation";
import { components } from "./sections/components";
import { dataRanges } from "./sections/dataRanges";
import { details } from "./sections/details";
import { factors } from "./sections/factors";
import { followUp } from "./sections/followUp";
import { scenarios } from "./sections/scenarios";
import { Section } from "./sections/section";
import { summary } from "./sections/summary";
import { targetSearchSection } from "./sections/targetSearch";
import { workbookActions } from "./sections/workbookActions";
import { followChanges } from "./state/livePreview";
import { PaneOptions, PaneState } from "./state/paneState";
import { restoreRanges } from "./state/storedRanges";
import { bindFactors, defaultTarget } from "./state/workbookReads";
import { showError, status } from "./status";
import { WorkbookPort } from "./workbook/workbookPort";

export type { PaneOptions, Ranges } from "./state/paneState";

/** The pane's sections, top to bottom. */
const SECTIONS: Section[] = [
  summary,
  dataRanges,
  factors,
  allocation,
  targetSearchSection,
  components,
  details,
  scenarios,
  workbookActions,
  followUp,
];

/** The pane's actions, each shown in the section named by its `place`, in this order. */
const ACTIONS: Action[] = [
  fitWeights,
  saveModel,
  insertFormulas,
  explainSchools,
  addCharts,
  describeModel,
  shareValues,
  writeFollowUp,
  saveScenario,
  loadScenario,
  deleteScenario,
  compareScenarios,
  searchTarget,
];

/** Draws the sections with their actions' buttons between the title and the status line. */
function render(state: PaneState) {
  const app = document.getElementById("app") as HTMLElement;
  (document.getElementById("title") as HTMLElement).textContent = state.tx("title");
  const schedulePreview = followChanges(state);
  const sections = SECTIONS.map((s) =>
    s.render(
      state,
      ACTIONS.filter((a) => a.place === s.id).map((a) => actionButton(state, a)),
    ),
  );
  app.replaceChildren(
    document.getElementById("title") as HTMLElement,
    document.getElementById("demo") as HTMLElement,
    ...sections,
    document.getElementById("status") as HTMLElement,
  );
  schedulePreview();
}

/** Starts the pane on `port`: reads the model the workbook holds (or the example's), then draws the pane. */
export async function startPane(port: WorkbookPort, options: PaneOptions): Promise<void> {
  const state = new PaneState(port, options);
  // A failure to start (e.g. reading the model sheet) shows in the status line instead of "Laddar …" forever.
  await start(state).catch((error) => showError(error, state.lang));
}

async function start(state: PaneState) {
  const { options, workbook: port } = state;
  if (options.example) {
    Object.assign(state.ranges, options.example.ranges);
    Object.assign(state.followUp, options.example.followUp);
    state.settings = options.example.settings;
    const demo = document.getElementById("demo") as HTMLElement;
    demo.textContent = options.example.note;
    demo.hidden = false;
  }
  document.documentElement.lang = state.lang;
  const stored = await port.readSheet(MODEL_SHEET);
  if (stored && stored.length > 0) {
    state.settings = readModelSheet(stored);
    // The data ranges picked before the workbook was saved (none in a workbook saved before they were stored).
    await restoreRanges(state, stored);
    status(state.tx("loaded"));
  } else {
    status("");
    // Nothing in the workbook yet: the pane's model is not saved.
    state.dirty = state.settings.factors.length > 0;
  }
  await bindFactors(state);
  state.target = state.ranges.pupils ? await defaultTarget(state) : "";
  render(state);
}

/** A failure before the pane could start, in the status line. */
export function startFailed(error: unknown): void {
  showError(error, "sv");
}
