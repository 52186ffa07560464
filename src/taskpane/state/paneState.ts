/**
 * The pane's state in one object: the model settings, the data ranges, the
 * fields that are not numbers, the factor headers, the unsaved flag, the
 * latest preview, the language and the workbook port. Sections and actions
 * get it as an argument (there is no module-level state); whoever changes it
 * calls `announce`, and the sections that `subscribe`d redraw their part.
 */
import { DEFAULT_SETTINGS, Factor, ModelSettings } from "../../model/pane/modelSettings";
import { Preview, PreviewCells } from "../../model/pane/preview";
import { FitReport } from "../../model/pane/fitReport";
import { RatioMeasure } from "../../model/allocate/kronorPerPupilRatio";
import { Scenario } from "../../model/scenarios/scenarioSheet";
import { TargetSearchResult } from "../../model/scenarios/targetSearch";
import { OutcomeModelChoice } from "../../model/followUp/outcomeModel";
import { ResourceDirection } from "../../model/followUp/resourceDirection";
import { PaneLang, SlotValues, TextKey, t } from "../i18n";
import { localeOf } from "../format";
import { WorkbookPort } from "../workbook/workbookPort";

export interface Ranges {
  pupils: string;
  factors: string;
  lastYear: string;
  resource: string;
  outcome: string;
}

/** The follow-up's choices ("Följ upp"): the outcome column, the resource columns, the model. */
export interface FollowUpChoice {
  outcome: string;
  resources: string[];
  /** Per resource: whether more resource is higher or lower; undefined: from its header. */
  directions?: (ResourceDirection | undefined)[];
  model: OutcomeModelChoice;
}

/** What the host adds: the preview page's example (whose workbook calculates itself, memoryWorkbook.ts). */
export interface PaneOptions {
  lang: PaneLang;
  /** Ranges and model to start from when the workbook holds no model (the preview page's example). */
  example?: {
    ranges: Ranges;
    settings: ModelSettings;
    note: string;
    /** The example with components (issue 20): its model, last year's totals' range, each component's columns. */
    components?: (settings: ModelSettings) => {
      settings: ModelSettings;
      lastYear: string;
      columns: Record<string, string>;
    };
    /** The follow-up's outcome and resource columns to start from (issue 15). */
    followUp?: Pick<FollowUpChoice, "outcome" | "resources">;
  };
  /** False where the workbook cannot copy a sheet as values (Excel before ExcelApi 1.12). */
  canCopySheets?: () => boolean;
}

/**
 * What changed, for the sections to redraw:
 * - "model": a setting or weight the user typed (the preview follows);
 * - "factors": the list of factors was replaced (range, preset, fit): the factor table redraws;
 * - "ranges": a data range changed (the preview follows);
 * - "dirty": the unsaved flag changed;
 * - "preview": a new preview (or its message) is at hand;
 * - "fit": a fit report is at hand;
 * - "components": components were added, removed, renamed or replaced (the components section redraws);
 * - "scenarios": the list of scenarios stored in the workbook was read anew;
 * - "search": Målsök has a result (or its result was dropped).
 */
export type Change =
  "model" | "factors" | "ranges" | "dirty" | "preview" | "fit" | "components" | "scenarios" | "search";

/** Målsök: the measure and target asked for, and the answer (undefined: none yet, or out of date). */
export interface SearchState {
  measure: RatioMeasure;
  /** NaN while the field is not a number. */
  target: number;
  result?: TargetSearchResult;
}

/** The preview at hand: numbers, a message instead of them, or a request for the ranges. */
export type PreviewState =
  | { kind: "pending" }
  | { kind: "missing"; message: string }
  | { kind: "error"; message: string }
  | { kind: "ok"; cells: PreviewCells; preview: Preview };

/** A fit shown as a report; its weights apply only on "Använd vikterna". */
export interface FitState {
  model: string;
  report: FitReport;
  /** The weights before "Använd vikterna", for undo (undefined: not applied). */
  before?: Pick<ModelSettings, "factors" | "intercept" | "scoreModel">;
}

export class PaneState {
  settings: ModelSettings = { ...DEFAULT_SETTINGS, factors: [] };
  readonly ranges: Ranges = { pupils: "", factors: "", lastYear: "", resource: "", outcome: "" };
  /** Each component's data columns by its key: the stage columns as one range, or the count column. */
  readonly componentRanges: Record<string, string> = {};
  /** Fields whose text is not a number, by label: the preview, Save and Insert wait for them. */
  readonly invalid = new Map<string, string>();
  /** The factor names from the header row above the factor range (undefined: no header row). */
  factorHeaders: string[] | undefined;
  /** Which column each factor is bound to (its header, or its column without a header row); undefined before binding. */
  factorKeys: string[] | undefined;
  /** The factors of columns bound before, by that key: a column that comes back to the range gets its weight back. */
  readonly factorMemory = new Map<string, Factor>();
  /** True when the pane's model differs from the model sheet in the workbook. */
  dirty = false;
  /** Where "Infoga formler" puts the results ("Skolor!N2"). */
  target = "";
  preview: PreviewState = { kind: "pending" };
  /** The model "Skatta vikter" fits ("quasilogit", "logit", "linear"). */
  fitModel = "quasilogit";
  fit: FitState | undefined;
  /** The scenarios on the sheet "Likvärd scenarier", as last read. */
  scenarios: Scenario[] = [];
  /** The name typed for "Spara som scenario", and the stored scenario chosen to load or delete. */
  scenarioName = "";
  scenarioChoice = "";
  search: SearchState = { measure: "quarters", target: 3 };
  readonly followUp: FollowUpChoice = { outcome: "", resources: [], model: "auto" };
  private readonly listeners: ((change: Change) => void)[] = [];

  constructor(
    readonly workbook: WorkbookPort,
    readonly options: PaneOptions,
  ) {}

  get lang(): PaneLang {
    return this.options.lang;
  }

  /** The locale numbers are shown in. */
  get locale(): string {
    return localeOf(this.lang);
  }

  /** A text of the catalogue in the pane's language, its {slots} filled from `values`. */
  tx<K extends TextKey>(key: K, ...values: SlotValues<K>): string {
    return t(key, this.lang, ...values);
  }

  /** Calls `listener` after every change announced from now on. */
  subscribe(listener: (change: Change) => void): void {
    this.listeners.push(listener);
  }

  announce(...changes: Change[]): void {
    for (const change of changes) for (const listener of this.listeners) listener(change);
  }

  /** A change to the model: the preview follows, the workbook's model is now out of date. */
  changed(change: "model" | "factors" | "components" = "model"): void {
    this.markDirty(true);
    this.announce(change);
  }

  markDirty(value: boolean): void {
    this.dirty = value;
    this.announce("dirty");
  }

  /** The message that stands instead of numbers while a field is not a number. */
  fieldsMessage(): string | undefined {
    if (this.invalid.size === 0) return undefined;
    return this.tx("fixFields", { fields: [...this.invalid.keys()].join(", ") });
  }
}
