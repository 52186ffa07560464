/**
 * The verifier page's own words, in Swedish and English. What the check
 * finds is said in the `likvard` command's words (src/engine/files/messages.ts):
 * its summary line, its explanation of a wrong file, its internal-error line.
 */
import { Lang } from "../model/errors";

export interface PageTexts {
  title: string;
  intro: string;
  privacy: string;
  choose: string;
  drop: string;
  languages: string;
  phases: { read: string; open: string; verify: string };
  progressLabel: string;
  verdict: { agrees: string; nothing: string; differs: string; unchecked: string; refused: string; failed: string };
  advice: { agrees: string; frozenIntact: string; differs: string; unchecked: string };
  checkedFile: (file: string) => string;
  differences: string;
  differencesColumns: [string, string, string, string];
  frozen: string;
  frozenColumns: [string, string, string, string, string, string];
  intact: string;
  changed: string;
  unchecked: string;
  uncheckedColumns: [string, string, string, string];
  firstRows: (shown: string, total: string) => string;
  another: string;
  footer: (version: string) => string;
  command: string;
}

export const TEXTS: Record<Lang, PageTexts> = {
  sv: {
    title: "Kontrollera en Likvärd-arbetsbok",
    intro:
      "Välj en budgetarbetsbok (.xlsx) som gjorts med Likvärd. Sidan räknar om varje Likvärd-värde från arbetsbokens " +
      "egna data och jämför med det sparade, och kontrollerar kontrollsumman för varje fryst område.",
    privacy: "Filen lämnar aldrig datorn: allt räknas här i webbläsaren, och sidan skickar och sparar ingenting.",
    choose: "Välj arbetsbok",
    drop: "eller dra och släpp filen här",
    languages: "Språk",
    phases: {
      read: "Läser filen …",
      open: "Öppnar arbetsboken …",
      verify: "Räknar om och jämför …",
    },
    progressLabel: "Kontrollen pågår",
    verdict: {
      agrees: "Stämmer",
      nothing: "Inget att kontrollera",
      differs: "Stämmer inte",
      unchecked: "Kunde inte kontrolleras helt",
      refused: "Kan inte kontrolleras",
      failed: "Något gick fel",
    },
    advice: {
      agrees: "Varje Likvärd-värde har räknats om från arbetsbokens data och är detsamma som det sparade.",
      frozenIntact: "De frysta områdena är oförändrade sedan de frystes.",
      differs:
        "Värdena nedan är inte vad formlerna ger med arbetsbokens data: de har ändrats efteråt eller räknats med " +
        "andra data. Fråga den som skickade arbetsboken.",
      unchecked: "Formlerna nedan kan bara räknas om i Excel; deras värden har inte kontrollerats.",
    },
    checkedFile: (file) => `Fil: ${file}`,
    differences: "Skillnader",
    differencesColumns: ["Blad", "Cell", "Sparat", "Omräknat"],
    frozen: "Frysta områden",
    frozenColumns: ["Blad", "Område", "Formel", "Fryst", "Likvärd-version", "Kontrollsumma"],
    intact: "stämmer",
    changed: "ändrad efter frysningen",
    unchecked: "Formler som inte kunde kontrolleras",
    uncheckedColumns: ["Blad", "Cell", "Formel", "Orsak"],
    firstRows: (shown, total) => `Visar de första ${shown} av ${total}.`,
    another: "Välj en annan arbetsbok för att kontrollera den.",
    footer: (version) =>
      `Likvärd ${version}. Samma kontroll som kommandot likvard verify, som också finns som en enda fil att köra med Node:`,
    command: "node likvard.cjs verify <fil>.xlsx",
  },
  en: {
    title: "Check a Likvärd workbook",
    intro:
      "Choose a budget workbook (.xlsx) made with Likvärd. This page recalculates every Likvärd value from the " +
      "workbook's own data and compares it with the saved one, and checks the checksum of every frozen range.",
    privacy:
      "The file never leaves the computer: everything is computed here in the browser; the page sends and stores nothing.",
    choose: "Choose workbook",
    drop: "or drag and drop the file here",
    languages: "Language",
    phases: {
      read: "Reading the file …",
      open: "Opening the workbook …",
      verify: "Recalculating and comparing …",
    },
    progressLabel: "Checking",
    verdict: {
      agrees: "Agrees",
      nothing: "Nothing to check",
      differs: "Does not agree",
      unchecked: "Could not be checked in full",
      refused: "Cannot be checked",
      failed: "Something went wrong",
    },
    advice: {
      agrees: "Every Likvärd value was recalculated from the workbook's data and is the same as the saved one.",
      frozenIntact: "The frozen ranges are unchanged since they were frozen.",
      differs:
        "The values below are not what the formulas give with the workbook's data: they were changed afterwards or " +
        "computed with other data. Ask whoever sent the workbook.",
      unchecked: "The formulas below can only be recalculated in Excel; their values were not checked.",
    },
    checkedFile: (file) => `File: ${file}`,
    differences: "Differences",
    differencesColumns: ["Sheet", "Cell", "Saved", "Recalculated"],
    frozen: "Frozen ranges",
    frozenColumns: ["Sheet", "Range", "Formula", "Frozen", "Likvärd version", "Checksum"],
    intact: "agrees",
    changed: "changed after freezing",
    unchecked: "Formulas that could not be checked",
    uncheckedColumns: ["Sheet", "Cell", "Formula", "Reason"],
    firstRows: (shown, total) => `Showing the first ${shown} of ${total}.`,
    another: "Choose another workbook to check it.",
    footer: (version) =>
      `Likvärd ${version}. The same check as the command likvard verify, which also comes as a single file to run with Node:`,
    command: "node likvard.cjs verify <file>.xlsx",
  },
};

/** The language a browser asks for: the first of Swedish and English in its list; English when it has neither. */
export function browserLang(languages: readonly string[]): Lang {
  for (const tag of languages) {
    if (/^sv\b/i.test(tag)) return "sv";
    if (/^en\b/i.test(tag)) return "en";
  }
  return "en";
}
