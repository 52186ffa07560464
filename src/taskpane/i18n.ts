/**
 * The pane's catalogue: every text the pane shows or writes into the workbook
 * (labels, hints, status messages, the dialog, chart titles, headers, the
 * model description), Swedish first, then English. The types make a missing
 * or empty English text, or a {slot} one language has and the other lacks,
 * a compile error, and `t` demands a value for every {slot}. Texts the model
 * itself produces (its errors, range checks, the fit report) come in the
 * language passed to it.
 */
import { languageOf } from "../model/errors";
import { ModelSettings } from "../model/pane/modelSettings";

/** The pane's texts: Swedish, English where Excel runs in English. */
export type PaneLang = "sv" | "en";

/** A text in both languages. */
type Text = readonly [sv: string, en: string];

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
  linearModel: ["linjär", "linear"],
  fitTable: ["Skattade vikter", "Fitted weights"],
  logitModel: ["logit", "logit"],
  scoreModelHint: [
    "Valda vikter: linjär med konstant 0. Skattade vikter (Använd vikterna) gäller med sin modell och konstant: samma vikter med en annan modell eller konstant ger andra belopp.",
    "Chosen weights: linear with constant 0. Fitted weights (Use the weights) hold with their model and constant: the same weights with another model or constant give other amounts.",
  ],
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
  rewriteTitle: ["Skriv om bladet {sheet}?", "Rewrite the sheet {sheet}?"],
  rewriteText: [
    "Likvärd skriver bladet på nytt från början: det som står där nu ersätts.",
    "Likvärd writes the sheet anew from the start: what it holds now is replaced.",
  ],
  rewrite: ["Skriv om", "Rewrite"],
  scenarioDeleteTitle: ["Ta bort scenariot {name}?", "Delete the scenario {name}?"],
  scenarioDeleteText: [
    "Kolumnen {cells} töms och scenariots namn tas bort.",
    "The column {cells} is emptied and the scenario's names are deleted.",
  ],
  cancel: ["Avbryt", "Cancel"],
  saved: ['Modellen är sparad på bladet "Likvärd modell".', 'The model is saved on the sheet "Likvärd modell".'],
  inserted: ["Formlerna är infogade.", "The formulas are inserted."],
  writtenWithError: [
    "{done} Men {cell} visar {error}, så beloppen saknas: {why}",
    "{done} But {cell} shows {error}, so there are no amounts: {why}",
  ],
  cancelled: ["Inget skrevs.", "Nothing was written."],
  chartsAdded: ["Diagrammen är tillagda.", "The charts are added."],
  chartsNeedFormulas: [
    "Inga resultat att rita: välj Infoga formler först, sedan Lägg till diagram.",
    "No results to draw: choose Insert formulas first, then Add charts.",
  ],
  described: ['Bladet "{sheet}" är skrivet.', 'The sheet "{sheet}" is written.'],
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
  giveRanges: ["Ange elever och faktorer.", "Give pupils and factors."],
  allocated: ["Fördelat av potten", "Allocated of the pot"],
  inResourceUnit: ["{gap} (resursens enhet)", "{gap} (the resource's unit)"],
  needIndex: ["Behovsindex", "Need index"],
  krPerPupil: ["Kr per elev", "Kr per pupil"],
  enterNumber: ["Ange ett tal.", "Enter a number."],
  chartPerPupil: ["Kr per elev mot behovsindex", "Kr per pupil against need index"],
  chartResource: ["Resurs mot behovsindex", "Resource against need index"],
  cannotCopy: [
    "Den här Excel-versionen kan inte kopiera bladet som värden; använd npx likvard freeze.",
    "This version of Excel cannot copy the sheet as values; use npx likvard freeze.",
  ],
  valuesCopy: ["värden", "values"],
  noSuchSheet: ['Bladet "{sheet}" finns inte.', 'There is no sheet "{sheet}".'],
  noLikvardFormulas: ['Bladet "{sheet}" har inga Likvärd-formler.', 'The sheet "{sheet}" has no Likvärd formulas.'],
  needTarget: ["Ange elevområde och en målcell.", "Give the pupils range and a target cell."],
  targetTooFar: [
    "Resultaten behöver {columns} kolumner från målcellen {target}, men bladet slutar vid kolumn XFD. Välj en målcell längre till vänster.",
    "The results need {columns} columns from the target cell {target}, but the sheet ends at column XFD. Choose a target cell further left.",
  ],
  perSchool: ["Per skola", "Per school"],
  school: ["Skola", "School"],
  krColumn: ["Kr", "Kr"],
  index: ["Index", "Index"],
  changeKr: ["Mot fjolåret, kr per elev", "Vs last year, kr per pupil"],
  changePercent: ["Mot fjolåret, %", "Vs last year, %"],
  row: ["Rad {n}", "Row {n}"],
  amountKr: ["Belopp (kr)", "Amount (kr)"],
  outsideExcel: [
    "Öppna tillägget i Excel: Start → Fördelningsmodell.",
    "Open the add-in in Excel: Home → Allocation model.",
  ],
  describeSheet: ["Modellbeskrivning", "Model description"],
  describeDate: ["Datum", "Date"],
  describeVersion: ["Likvärd-version", "Likvärd version"],
  describeWhat: ["Vad modellen gör", "What the model does"],
  describeWhatText: [
    "Varje skolas behovsindex räknas fram ur faktorandelar och vikter (LIKVARD.SOCIOINDEX; elevviktat medel 100). Potten fördelas efter elever × vikt (LIKVARD.ALLOCATE) med golv, tak och avrundning; summan blir exakt potten.",
    "Each school's need index is computed from factor shares and weights (LIKVARD.SOCIOINDEX; pupil-weighted mean 100). The pot is split by pupils × weight (LIKVARD.ALLOCATE) with floors, caps and rounding; the amounts sum exactly to the pot.",
  ],
  describeIndexModel: ["Indexmodell", "Index model"],
  describeScoreModel: [
    "Indexet räknas ur konstanten och vikterna: linjärt (konstant + Σ vikt × andel) eller logit (den logistiska kurvan av samma summa, som en skattad logitmodell). Samma vikter med en annan modell eller konstant ger andra belopp.",
    "The index is computed from the constant and the weights: linear (constant + Σ weight × share) or logit (the logistic curve of the same sum, as a fitted logit model). The same weights with another model or constant give other amounts.",
  ],
  describeWeight: ["Vikt: {factor}", "Weight: {factor}"],
  describeMaxDecrease: ["Största minskning mot fjolåret", "Largest decrease vs last year"],
  describeMaxIncrease: ["Största ökning mot fjolåret", "Largest increase vs last year"],
  noneFloor: ["inget", "none"],
  noLimit: ["ingen gräns", "no limit"],
  // The components section and its insert (issue 20): a model made of components, the guarantee on the total.
  components: ["Komponenter", "Components"],
  componentsNote: [
    "Skolans belopp är summan av komponenterna. Golv, tak och gränserna mot fjolåret gäller totalen per elev, och fjolårets kr per elev är då fjolårets totala belopp; behovspotten får golv och tak så att totalen håller dem. Pott, metod, parameter och avrundning under Fördelning används inte då.",
    "A school's money is the sum of its components. Floor, cap and the limits against last year apply to the total per pupil, and last year's kr per pupil is then last year's total; the need-based pot gets floors and caps so that the total keeps them. Pot, method, parameter and rounding under Allocation are then not used.",
  ],
  noComponents: [
    "Inga komponenter: modellen är en pott (Fördelning ovan).",
    "No components: the model is one pot (Allocation above).",
  ],
  componentName: ["Namn", "Name"],
  kindPerStage: ["Per elev och stadium", "Per pupil by stage"],
  kindNeedPot: ["Behovspott efter index", "Need-based pot by index"],
  kindCounted: ["Per räknad elev", "Per counted pupil"],
  kindLumpSum: ["Klumpsumma per skola", "Lump sum per school"],
  newPerStage: ["Grundbelopp", "Base amount"],
  newNeedPot: ["Socioekonomiskt tillägg", "Socioeconomic supplement"],
  newCounted: ["Nyanlända", "Newly arrived"],
  newLumpSum: ["Småskoletillägg", "Small schools"],
  componentKind: ["Ny komponent", "New component"],
  componentNameLetters: [
    "Namnet ska börja med en bokstav; det blir en del av namnen LIKVARD_….",
    "The name must start with a letter; it becomes part of the names LIKVARD_….",
  ],
  componentNameTaken: [
    "Namnet ger nyckeln {key}, som en annan komponent redan har.",
    "The name gives the key {key}, which another component already has.",
  ],
  addComponent: ["Lägg till", "Add"],
  removeComponent: ["Ta bort", "Remove"],
  removeNamed: ["Ta bort {name}", "Remove {name}"],
  stageColumns: ["Elever per stadium (en kolumn per stadium)", "Pupils by stage (one column per stage)"],
  countColumn: ["Antal räknade elever (en kolumn)", "Counted pupils (one column)"],
  stageAmount: ["{stage}: kr per elev", "{stage}: kr per pupil"],
  countedBasis: ["Beloppet är", "The amount is"],
  basisPot: ["en pott, fördelad efter antalet", "a pot, split by the count"],
  basisRate: ["kr per räknad elev", "kr per counted pupil"],
  ratePerCounted: ["Kr per räknad elev", "Kr per counted pupil"],
  lumpAmount: ["Belopp per skola (kr)", "Amount per school (kr)"],
  taperFrom: ["Fullt belopp upp till N₁ elever", "Full amount up to N₁ pupils"],
  taperTo: ["Inget belopp från N₂ elever (tomt = ingen avtrappning)", "Nothing from N₂ pupils (empty = no taper)"],
  componentsTotal: ["Totalt, alla komponenter", "Total, all components"],
  taperOrder: ["N₂ ska vara minst N₁ ({n1}).", "N₂ must be at least N₁ ({n1})."],
  taperHint: [
    "Avtrappning: hela beloppet upp till N₁ elever, linjärt ned till noll vid N₂.",
    "Taper: the full amount up to N₁ pupils, linearly down to nothing at N₂.",
  ],
  totalGuarantee: ["Garantin för totalen", "The total's guarantee"],
  componentsExample: [
    "Exempel: grundbelopp, socioekonomiskt tillägg, nyanlända, småskoletillägg",
    "Example: base amount, socioeconomic supplement, newly arrived, small schools",
  ],
  componentsExampleDone: [
    'Exemplet med komponenter är inlagt; fjolårets totala kr per elev står på bladet "{sheet}".',
    'The example with components is in; last year\'s total kr per pupil is on the sheet "{sheet}".',
  ],
  giveColumns: ["Ange kolumnerna.", "Give the columns."],
  notARange: ['"{range}" är inget område.', '"{range}" is not a range.'],
  wrongColumns: [
    "Området har {got} kolumner men komponenten läser {want}.",
    "The range has {got} columns but the component reads {want}.",
  ],
  componentColumnsProblem: ["{component}: {problem}", "{component}: {problem}"],
  componentsPreview: ["Totalt {total} kr; kr per elev {min} – {max}.", "Total {total} kr; kr per pupil {min} – {max}."],
  // The follow-up ("Följ upp", issue 15): its section, its action and the sheet it writes (src/model/followUp).
  followUp: ["Följ upp", "Follow up"],
  followUpHint: [
    "Skriver bladet Uppföljning: varje skolas förväntade utfall givet elevsammansättningen, skolor klart över eller under förväntan (standardiserad residual bortom ±2) och om resurserna följer behovet. Modellen efter data: kvasilogit för en andel (0–1), annars linjär.",
    "Writes the Follow-up sheet: each school's expected outcome given its pupils' background, the schools clearly above or below expectation (standardized residual beyond ±2) and whether the resources follow need. The model from the data: quasilogit for a share (0–1), else linear.",
  ],
  followUpOutcome: ["Utfall att följa upp", "Outcome to follow up"],
  followUpResources: ["Resurser att följa upp (en kolumn var)", "Resources to follow up (one column each)"],
  followUpResource: ["Resurs {n}", "Resource {n}"],
  followUpAddResource: ["Lägg till resurs", "Add resource"],
  followUpRemove: ["Ta bort", "Remove"],
  followUpModel: ["Modell för förväntat utfall", "Model for the expected outcome"],
  followUpAuto: ["Efter data", "From the data"],
  followUpLinear: ["Linjär (t.ex. meritvärde)", "Linear (e.g. grade points)"],
  followUpQuasilogit: ["Kvasilogit (en andel)", "Quasilogit (a share)"],
  writeFollowUp: ["Skriv uppföljning", "Write the follow-up"],
  followUpNeedOutcome: [
    "Ange utfallets kolumn under Följ upp (och elever och faktorer under Data).",
    "Give the outcome column under Follow up (and pupils and factors under Data).",
  ],
  followUpWritten: [
    'Bladet "{sheet}" är skrivet med {model} modell.',
    'The sheet "{sheet}" is written with the {model} model.',
  ],
  modelLinear: ["linjär", "linear"],
  modelQuasilogit: ["kvasilogit", "quasilogit"],
  fuTitle: ["Uppföljning: {outcome} mot förväntan", "Follow-up: {outcome} against expectation"],
  fuNote: [
    "Förväntat = vad skolans elevsammansättning förutsäger (LIKVARD.EXPECTED, samma skattning som SOCIOFIT). Residual = utfall − förväntat. Standardiserad residual bortom ±2: klart över eller under förväntan.",
    "Expected = what the school's pupil background predicts (LIKVARD.EXPECTED, the fit SOCIOFIT makes). Residual = outcome − expected. Standardized residual beyond ±2: clearly above or below expectation.",
  ],
  fuLeftOut: ["Utelämnade rader (saknade värden)", "Rows left out (missing values)"],
  fuAbove: ["Skolor klart över förväntan", "Schools clearly above expectation"],
  fuBelow: ["Skolor klart under förväntan", "Schools clearly below expectation"],
  fuExpected: ["Förväntat", "Expected"],
  fuResidual: ["Residual", "Residual"],
  fuStandardized: ["Standardiserad residual", "Standardized residual"],
  fuVerdict: ["Bedömning", "Assessment"],
  fuClearlyAbove: ["klart över förväntan", "clearly above expectation"],
  fuClearlyBelow: ["klart under förväntan", "clearly below expectation"],
  fuOmitted: ["utelämnad (saknat värde)", "left out (missing value)"],
  fuLine: ["45°-linje", "45° line"],
  fuResourceTitle: ["{resource}: följer resursen behovet?", "{resource}: does the resource follow need?"],
  fuChartExpected: ["{outcome}: utfall mot förväntat", "{outcome}: actual against expected"],
  fuChartResource: ["{resource} mot behovsindex", "{resource} against need index"],
  fuJudgementHigher: ["Bedömning (högre är mer resurs)", "Verdict (higher is more resource)"],
  fuJudgementLower: ["Bedömning (lägre är mer resurs)", "Verdict (lower is more resource)"],
  fuFollows: ["följer behovet", "follows need"],
  fuAgainst: ["går mot behovet", "goes against need"],
  fuNeither: ["varken följer eller går mot behovet", "neither follows nor goes against need"],
  fuDirection: ["Riktning", "Direction"],
  fuDirectionAuto: ["Efter rubriken", "From the header"],
  fuDirectionHigher: ["Högre är mer resurs", "Higher is more resource"],
  fuDirectionLower: ["Lägre är mer resurs", "Lower is more resource"],
  // Issue 17: explain per school, scenarios and their comparison, Målsök.
  explain: ["Förklara per skola", "Explain per school"],
  explained: [
    'Förklaringen per skola står på bladet "{sheet}".',
    'The explanation per school is on the sheet "{sheet}".',
  ],
  scenarios: ["Scenarier", "Scenarios"],
  scenarioName: ["Namn på scenariot", "Scenario name"],
  scenarioSave: ["Spara som scenario", "Save as scenario"],
  scenarioList: ["Sparade scenarier", "Saved scenarios"],
  scenarioNone: ["Inga scenarier sparade ännu.", "No scenarios saved yet."],
  scenarioLoad: ["Hämta", "Load"],
  scenarioDelete: ["Ta bort", "Delete"],
  compare: ["Jämför scenarier", "Compare scenarios"],
  scenarioNeedName: ["Skriv ett namn på scenariot.", "Type a name for the scenario."],
  scenarioNameFormula: [
    "Ett scenarios namn kan inte börja med =, + eller @ (Excel skulle läsa det som en formel).",
    "A scenario's name cannot start with =, + or @ (Excel would read it as a formula).",
  ],
  scenarioSaved: [
    'Scenariot "{name}" är sparat på bladet "Likvärd scenarier".',
    'The scenario "{name}" is saved on the sheet "Likvärd scenarier".',
  ],
  scenarioFactors: [
    "Scenarierna har {stored} faktorer men modellen har {model}: ta bort de sparade scenarierna först.",
    "The scenarios have {stored} factors but the model has {model}: delete the saved scenarios first.",
  ],
  scenarioLoaded: [
    'Scenariot "{name}" är hämtat. Spara modellen (eller infoga formler) för att använda det i arbetsbokens formler.',
    'The scenario "{name}" is loaded. Save the model (or insert formulas) to use it in the workbook\'s formulas.',
  ],
  scenarioDeleted: ['Scenariot "{name}" är borttaget.', 'The scenario "{name}" is deleted.'],
  scenarioChoose: ["Välj ett sparat scenario.", "Choose a saved scenario."],
  compareNeedTwo: ["Spara minst två scenarier att jämföra.", "Save at least two scenarios to compare."],
  scenarioComponents: [
    'Scenariot "{name}" är en modell med en pott, men din modell har komponenter: att hämta det skulle ta bort dem. Ta bort komponenterna först, eller hämta ett scenario med komponenter.',
    'The scenario "{name}" is a one-pot model, but your model has components: loading it would remove them. Remove the components first, or load a scenario with components.',
  ],
  scenarioComponentsShape: [
    'Scenarierna med komponenter på bladet "Likvärd scenarier" har andra komponenter ({stored}) än modellen ({model}): bladet håller en uppsättning komponenter. Ge modellen samma komponenter, eller ta bort de scenarierna först.',
    'The scenarios with components on the sheet "Likvärd scenarier" have other components ({stored}) than the model ({model}): the sheet holds one set of components. Give the model the same components, or delete those scenarios first.',
  ],
  scenarioMixed: [
    "Jämför scenarier med komponenter för sig och scenarier med en pott för sig: {components} har komponenter, {onePot} inte. Ta bort de scenarier som inte ska jämföras.",
    "Compare scenarios with components apart from one-pot scenarios: {components} have components, {onePot} do not. Delete the scenarios not to compare.",
  ],
  compared: [
    'Jämförelsen av {n} scenarier står på bladet "{sheet}".',
    'The comparison of {n} scenarios is on the sheet "{sheet}".',
  ],
  search: ["Målsök", "Target search"],
  searchHint: [
    "Likvärd söker metodens parameter (exponent eller tröskel) som ger kvoten, inom golv och tak.",
    "Likvärd finds the method's parameter (exponent or threshold) that gives the ratio, within floors and caps.",
  ],
  searchMeasure: ["Mått", "Measure"],
  searchQuarters: ["Kr per elev, högsta / lägsta behovskvartil", "Kr per pupil, highest / lowest need quarter"],
  searchMaxMin: ["Kr per elev, högsta / lägsta skola", "Kr per pupil, highest / lowest school"],
  searchTarget: ["Mål (kvot)", "Target (ratio)"],
  searchRun: ["Sök parameter", "Find parameter"],
  searchApply: ["Använd parametern", "Use the parameter"],
  searchApplied: [
    "Metoden är nu {method} med parametern {parameter}.",
    "The method is now {method} with parameter {parameter}.",
  ],
  searchNoTarget: ["Ange målet som ett positivt tal, t.ex. 3.", "Give the target as a positive number, e.g. 3."],
  searchProportional: [
    'Proportionell fördelning har ingen parameter: sökningen gäller metoden "power" (exponent 1 = proportionell).',
    'A proportional split has no parameter: the search is for method "power" (exponent 1 = proportional).',
  ],
  // The model sheet "Likvärd modell" (src/model/pane/modelSheet.ts, components' block componentSheet.ts): labels
  // and explanations in the user's language; the names in column D are the same in every language.
  sheetTitle: ["Likvärd: fördelningsmodell", "Likvärd: allocation model"],
  sheetIntro: [
    "Ändra värdena i kolumn B; formlerna använder namnen i kolumn D.",
    "Change the values in column B; the formulas use the names in column D.",
  ],
  sheetSetting: ["Inställning", "Setting"],
  sheetValue: ["Värde", "Value"],
  sheetExplanation: ["Förklaring", "Explanation"],
  sheetName: ["Namn", "Name"],
  sheetPot: ["Pott (kr)", "Pot (kr)"],
  sheetPotHelp: ["Det belopp som fördelas efter socioekonomiskt behov.", "The amount split by socioeconomic need."],
  sheetMethod: ["Metod", "Method"],
  sheetMethodHelp: [
    "proportionell, tröskel eller potens (formlerna tar även proportional, threshold, power).",
    "proportional, threshold or power.",
  ],
  sheetParameter: ["Parameter", "Parameter"],
  sheetParameterHelp: ["Tröskel för threshold, exponent för power.", "Threshold for threshold, exponent for power."],
  sheetFloor: ["Golv per elev (kr)", "Floor per pupil (kr)"],
  sheetFloorHelp: ["Minsta belopp per elev; tomt = inget golv.", "Least amount per pupil; empty = no floor."],
  sheetCap: ["Tak per elev (kr)", "Cap per pupil (kr)"],
  sheetCapHelp: ["Högsta belopp per elev; tomt = inget tak.", "Most amount per pupil; empty = no cap."],
  sheetMaxDecrease: ["Största minskning per elev", "Largest decrease per pupil"],
  sheetMaxDecreaseHelp: [
    "Mot fjolåret, t.ex. 0,02 = 2 %; tomt = ingen gräns.",
    "Against last year, e.g. 0.02 = 2 %; empty = no limit.",
  ],
  sheetMaxIncrease: ["Största ökning per elev", "Largest increase per pupil"],
  sheetMaxIncreaseHelp: [
    "Mot fjolåret, t.ex. 0,1 = 10 %; tomt = ingen gräns.",
    "Against last year, e.g. 0.1 = 10 %; empty = no limit.",
  ],
  sheetUnit: ["Avrundningsenhet (kr)", "Rounding unit (kr)"],
  sheetUnitHelp: [
    "Beloppen blir hela enheter; summan blir exakt potten.",
    "The amounts are whole units; they sum exactly to the pot.",
  ],
  sheetIndexModel: ["Indexmodell", "Index model"],
  sheetIndexModelHelp: [
    "linjär (vikter) eller logit (skattad logitmodell).",
    "linear (weights) or logit (a fitted logit model).",
  ],
  sheetFactor: ["Faktor", "Factor"],
  sheetWeight: ["Vikt", "Weight"],
  sheetFactorsHelp: [
    "Faktorerna i samma ordning som kolumnerna i faktorområdet.",
    "The factors in the order of the factor range's columns.",
  ],
  sheetConstant: ["Konstant", "Constant"],
  sheetConstantHelp: [
    "Konstanten (b0): 0 för valda vikter, skattad för SOCIOFIT-vikter.",
    "The constant (b0): 0 for chosen weights, fitted for SOCIOFIT weights.",
  ],
  sheetComponent: ["Komponent", "Component"],
  sheetComponentsHelp: ["Skolans belopp är summan av komponenterna.", "A school's money is the sum of its components."],
  sheetDataRanges: ["Dataområden", "Data ranges"],
  sheetRange: ["Område", "Range"],
  sheetDataRangesHelp: [
    "Kolumnerna som valdes i panelen. Namnet pekar på själva området och följer med när rader eller kolumner infogas; texten visar området när modellen sparades.",
    "The columns picked in the pane. The name points at the range itself and follows it when rows or columns are inserted; the text shows the range when the model was saved.",
  ],
  sheetComponentColumns: ["Kolumner för {component}", "Columns for {component}"],
  sheetKindHelp: ["Komponent {key}: typ.", "Component {key}: kind."],
  sheetKindPerStage: ["per stadium", "per stage"],
  sheetKindNeedPot: ["behovspott", "need pot"],
  sheetKindCounted: ["per räknad elev", "per counted pupil"],
  sheetKindLumpSum: ["klumpsumma", "lump sum"],
  sheetStageHelp: ["Kr per elev i stadiet.", "Kr per pupil in the stage."],
  sheetNeedPotHelp: [
    "Fördelas efter behovsindex; bär garantin för skolans totala belopp.",
    "Split by need index; carries the guarantee on the school's total.",
  ],
  sheetCountedPotHelp: [
    "Fördelas i proportion till antalet räknade elever, exakt.",
    "Split in proportion to the counted pupils, exactly.",
  ],
  sheetRate: ["Belopp per räknad elev (kr)", "Amount per counted pupil (kr)"],
  sheetRateHelp: ["Gånger antalet räknade elever.", "Times the number of counted pupils."],
  sheetCountedUnitHelp: [
    "För potten; belopp per elev blir hela kronor.",
    "For the pot; amounts per pupil are whole kronor.",
  ],
  sheetLumpAmount: ["Belopp per skola (kr)", "Amount per school (kr)"],
  sheetLumpAmountHelp: [
    "Till varje skola med elever, före avtrappning.",
    "To every school with pupils, before the taper.",
  ],
  sheetN1: ["Fullt belopp upp till (elever)", "Full amount up to (pupils)"],
  sheetN1Help: [
    "N₁: skolor med högst så många elever får hela beloppet.",
    "N₁: schools with at most this many pupils get the whole amount.",
  ],
  sheetN2: ["Inget belopp från (elever)", "Nothing from (pupils)"],
  sheetN2Help: [
    "N₂: linjärt ned till noll här; tomt = ingen avtrappning.",
    "N₂: linearly down to nothing here; empty = no taper.",
  ],
} as const satisfies Record<string, Text>;

type Method = ModelSettings["method"];

/** Method names, with what the parameter means. */
export const METHOD_LABELS: Record<Method, Text> = {
  proportional: ["Proportionell — efter index", "Proportional — by index"],
  threshold: ["Tröskel — bara behov över parametern", "Threshold — only need above the parameter"],
  power: ["Potens — index upphöjt till parametern", "Power — index to the parameter"],
};
export const PARAMETER_HINTS: Record<Method, Text> = {
  proportional: ["Används inte för proportionell.", "Not used for proportional."],
  threshold: [
    "Tröskel — index över vilket pengar ges, t.ex. 100.",
    "Threshold — the index above which money is given, e.g. 100.",
  ],
  power: ["Potens — exponent, 1 = proportionellt.", "Power — exponent, 1 = proportional."],
};

export type TextKey = keyof typeof TEXTS;

/** The {slots} of a text: "Bladet {sheet} …" → "sheet". */
type Slots<S extends string> = S extends `${string}{${infer Slot}}${infer Rest}` ? Slot | Slots<Rest> : never;
type SlotsOf<K extends TextKey> = Slots<(typeof TEXTS)[K][0]>;

/** Keys whose English text is empty or whose slots differ from the Swedish: must be none. */
type Faulty = {
  [K in TextKey]: (typeof TEXTS)[K][1] extends ""
    ? K
    : [SlotsOf<K>] extends [Slots<(typeof TEXTS)[K][1]>]
      ? [Slots<(typeof TEXTS)[K][1]>] extends [SlotsOf<K>]
        ? never
        : K
      : K;
}[TextKey];
const catalogueComplete: [Faulty] extends [never] ? true : Faulty = true;
void catalogueComplete;

/** The keys of texts without slots: labels, titles. */
export type LabelKey = { [K in TextKey]: [SlotsOf<K>] extends [never] ? K : never }[TextKey];

/** The values a text's slots need: none, or one per {slot}. */
export type SlotValues<K extends TextKey> = [SlotsOf<K>] extends [never] ? [] : [Record<SlotsOf<K>, string | number>];

/** A text in `lang`, its {slots} filled from `values` (numbers formatted by the caller). */
export function t<K extends TextKey>(key: K, lang: PaneLang, ...values: SlotValues<K>): string {
  const text: string = TEXTS[key][lang === "sv" ? 0 : 1];
  const fill = values[0] as Record<string, string | number> | undefined;
  return fill ? text.replace(/\{(\w+)\}/g, (slot, name: string) => String(fill[name] ?? slot)) : text;
}

/** A method's name, with what its parameter does. */
export const methodLabel = (method: Method, lang: PaneLang): string => METHOD_LABELS[method][lang === "sv" ? 0 : 1];

/** What the parameter means for `method`. */
export const parameterHint = (method: Method, lang: PaneLang): string => PARAMETER_HINTS[method][lang === "sv" ? 0 : 1];
