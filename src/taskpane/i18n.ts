import { languageOf } from "../model/errors";

/** The pane's texts: Swedish, English where Excel runs in English. */
export type PaneLang = "sv" | "en";

/** Office's display language → the pane's, by the same rule as the functions (languageOf). */
export function chooseLanguage(displayLanguage: string | undefined): PaneLang {
  return languageOf(displayLanguage);
}

const TEXTS = {
  title: ["Likvärd – fördelningsmodell", "Likvärd – allocation model"],
  demo: [
    "Förhandsvisning utan Excel: ett påhittat exempel med tretton skolor.",
    "Preview without Excel: a made-up example with thirteen schools.",
  ],
  data: ["Data", "Data"],
  pupils: ["Elever", "Pupils"],
  factorRange: ["Faktorer (en kolumn per faktor)", "Factors (one column per factor)"],
  lastYear: ["Fjolårets kr per elev (valfritt)", "Last year's kr per pupil (optional)"],
  resource: ["Resurs att följa upp (valfritt)", "Resource to follow up (optional)"],
  outcome: ["Utfall för skattning (valfritt)", "Outcome for fitting (optional)"],
  useSelection: ["Markering", "Selection"],
  factors: ["Faktorer och vikter", "Factors and weights"],
  factor: ["Faktor", "Factor"],
  weight: ["Vikt", "Weight"],
  add: ["Lägg till faktor", "Add factor"],
  presets: ["Mall", "Template"],
  choosePreset: ["Välj ett exempel …", "Choose an example …"],
  fit: ["Skatta vikter från utfall", "Fit weights from outcomes"],
  fitModel: ["Modell", "Model"],
  estimate: ["Skattning", "Estimate"],
  se: ["Medelfel", "Std. error"],
  p: ["p", "p"],
  constant: ["Konstant", "Constant"],
  allocation: ["Fördelning", "Allocation"],
  pot: ["Pott (kr)", "Pot (kr)"],
  method: ["Metod", "Method"],
  parameter: ["Parameter", "Parameter"],
  floor: ["Golv per elev (kr)", "Floor per pupil (kr)"],
  cap: ["Tak per elev (kr)", "Cap per pupil (kr)"],
  maxDecrease: ["Största minskning mot fjolåret (%)", "Largest decrease vs last year (%)"],
  maxIncrease: ["Största ökning mot fjolåret (%)", "Largest increase vs last year (%)"],
  unit: ["Avrundningsenhet (kr)", "Rounding unit (kr)"],
  preview: ["Förhandsvisning", "Preview"],
  details: ["Mer om fördelningen", "More about the allocation"],
  perPupil: ["Kr per elev: min / median / max", "Kr per pupil: min / median / max"],
  ratio: ["Kr per elev, högsta / lägsta behovskvartil", "Kr per pupil, highest / lowest need quarter"],
  gap: ["Resursen, högsta − lägsta behovskvartil", "Resource, highest − lowest need quarter"],
  actions: ["Arbetsboken", "Workbook"],
  save: ["Spara modellen i arbetsboken", "Save the model in the workbook"],
  target: ["Resultat från cell", "Results from cell"],
  insert: ["Infoga formler", "Insert formulas"],
  charts: ["Lägg till diagram", "Add charts"],
  describe: ["Skriv modellbeskrivning", "Write model description"],
  share: ["Dela som värden", "Share as values"],
  shared: [
    'Kopian "{copy}" visar {n} Likvärd-områden som värden; källan står på bladet "{source}".',
    'The copy "{copy}" shows {n} Likvärd ranges as values; their source is on the sheet "{source}".',
  ],
  confirmTitle: ["Cellerna är inte tomma", "The cells are not empty"],
  confirmText: ["Följande celler har innehåll som skrivs över:", "These cells have content that will be overwritten:"],
  overwrite: ["Skriv över", "Overwrite"],
  cancel: ["Avbryt", "Cancel"],
  saved: ['Modellen är sparad på bladet "Likvärd modell".', 'The model is saved on the sheet "Likvärd modell".'],
  inserted: ["Formlerna är infogade.", "The formulas are inserted."],
  cancelled: ["Inget skrevs.", "Nothing was written."],
  chartsAdded: ["Diagrammen är tillagda.", "The charts are added."],
  described: ['Bladet "Modellbeskrivning" är skrivet.', 'The sheet "Modellbeskrivning" is written.'],
  fitted: ["Vikterna är skattade och ifyllda.", "The weights are fitted and filled in."],
  needOutcome: ["Ange ett utfallsområde först.", "Give an outcome range first."],
  loaded: ["Modellen lästes från arbetsboken.", "The model was read from the workbook."],
  up: ["Upp", "Up"],
  down: ["Ned", "Down"],
  column: ["Kolumn", "Column"],
  widenHint: [
    "Varje faktor är en kolumn i faktorområdet; namnen kommer från rubrikraden ovanför. Lägg till en faktor genom att vidga området.",
    "Each factor is a column of the factor range; the names come from the header row above it. Add a factor by widening the range.",
  ],
  fixFields: ["Rätta det markerade fältet först: {fields}.", "Correct the marked field first: {fields}."],
  unsaved: ["Ändringar som inte är sparade i arbetsboken", "Changes not saved in the workbook"],
  savedState: ["Modellen i arbetsboken är aktuell", "The model in the workbook is up to date"],
  applyFit: ["Använd vikterna", "Use the weights"],
  undoFit: ["Ångra", "Undo"],
  fitShown: [
    "Skattningen visas nedan; vikterna ändras först när du väljer Använd vikterna.",
    "The fit is shown below; the weights change only when you choose Use the weights.",
  ],
  fitApplied: ["De skattade vikterna används.", "The fitted weights are in use."],
  fitUndone: ["De tidigare vikterna är tillbaka.", "The previous weights are back."],
  flagNegative: ["negativ vikt", "negative weight"],
  flagUncertain: ["osäker (p > 0,1)", "uncertain (p > 0.1)"],
  flag: ["Obs", "Note"],
  busy: ["Arbetar …", "Working …"],
  schools: ["Skolor", "Schools"],
} satisfies Record<string, [string, string]>;

/** Method names, with what the parameter means. */
export const METHOD_LABELS: Record<string, [string, string]> = {
  proportional: ["Proportionell — efter index", "Proportional — by index"],
  threshold: ["Tröskel — bara behov över parametern", "Threshold — only need above the parameter"],
  power: ["Potens — index upphöjt till parametern", "Power — index to the parameter"],
};
export const PARAMETER_HINTS: Record<string, [string, string]> = {
  proportional: ["Används inte för proportionell.", "Not used for proportional."],
  threshold: [
    "Tröskel — index över vilket pengar ges, t.ex. 100.",
    "Threshold — the index above which money is given, e.g. 100.",
  ],
  power: ["Potens — exponent, 1 = proportionellt.", "Power — exponent, 1 = proportional."],
};

export type TextKey = keyof typeof TEXTS;

export function t(key: TextKey, lang: PaneLang): string {
  return TEXTS[key][lang === "sv" ? 0 : 1];
}
