/**
 * Every message the `likvard` command and its file handling print, in Swedish and English. Numbers and counts go
 * through language.ts, so Swedish gets decimal commas and every count agrees with its noun.
 */
import { Lang } from "../../model/errors";
import { LIKVARD_VERSION } from "../version";
import { counted, listed } from "./language";

export type Command = "recalc" | "verify" | "freeze" | "example";
export const COMMANDS: readonly Command[] = ["recalc", "verify", "freeze", "example"];

/** Why a file given as IN is not an .xlsx/.xlsm package. */
export type NotWorkbook = "csv" | "xls" | "encrypted" | "ods" | "xlsb" | "other";

export interface VerifyCounts {
  checked: number;
  frozen: number;
  differences: number;
  checksums: number;
  unevaluable: number;
}

export interface Messages {
  // IN
  notFound(path: string): string;
  inputIsFolder(path: string): string;
  emptyFile(path: string): string;
  notWorkbook(path: string, kind: NotWorkbook): string;
  cannotRead(path: string, reason: string): string;
  // OUT
  wrongExtension(out: string, expected: ".xlsx" | ".xlsm"): string;
  outputIsInput(out: string, input: string): string;
  danglingLink(out: string): string;
  outputIsFolder(out: string, example: string): string;
  notAFile(out: string): string;
  missingFolder(out: string, folder: string): string;
  notAFolder(out: string, folder: string): string;
  outputExists(out: string): string;
  cannotWrite(out: string, reason: string): string;
  /** A system error (ENOSPC, EACCES, …) in words. */
  reason(error: unknown): string;
  // The command line
  unknownCommand(command: string): string;
  unknownOption(option: string): string;
  optionNotFor(option: string, command: Command): string;
  missingValue(option: string, long: string): string;
  takesNoValue(option: string): string;
  givenTwice(option: string): string;
  badLang(value: string): string;
  needFile(command: Command): string;
  needOutput(): string;
  tooMany(argument: string, command: Command): string;
  internalError(message: string): string;
  usage(command?: Command): string;
  // Reports
  unevaluable(cell: string, formula: string, reason: string): string;
  uncheckable(cell: string, formula: string, reason: string): string;
  difference(cell: string, cached: string, recomputed: string): string;
  checksum(range: string): string;
  recalculated(formulas: number, out: string): string;
  froze(ranges: string[], out: string): string;
  wrote(out: string): string;
  verifySummary(counts: VerifyCounts): string;
}

const code = (error: unknown) => (error as NodeJS.ErrnoException | undefined)?.code;

const sv: Messages = {
  notFound: (path) => `${path}: filen finns inte.`,
  inputIsFolder: (path) => `${path}: är en mapp, inte en arbetsbok.`,
  emptyFile: (path) => `${path}: filen är tom.`,
  notWorkbook: (path, kind) =>
    `${path}: ${
      {
        csv: "filen är text (t.ex. CSV), inte en Excel-arbetsbok. Öppna den i Excel och spara den som .xlsx.",
        xls: "filen är i Excels gamla format (.xls). Öppna den i Excel och spara den som .xlsx.",
        encrypted:
          "filen är lösenordsskyddad (krypterad) eller i Excels gamla format (.xls). Ta bort lösenordet i Excel och spara den som .xlsx.",
        ods: "filen är ett OpenDocument-kalkylblad (.ods). Spara den som .xlsx i Excel.",
        xlsb: "filen är en binär Excel-arbetsbok (.xlsb). Spara den som .xlsx i Excel.",
        other: "filen är ingen Excel-arbetsbok. Spara den som .xlsx i Excel.",
      }[kind]
    }`,
  cannotRead: (path, reason) => `${path}: kan inte läsas som Excel-arbetsbok (${reason}).`,
  wrongExtension: (out, expected) =>
    expected === ".xlsm"
      ? `${out}: UT måste sluta på .xlsm (IN är en makroarbetsbok).`
      : `${out}: UT måste sluta på .xlsx (Likvärd skriver Excel-arbetsböcker).`,
  outputIsInput: (out, input) => `${out}: är samma fil som IN (${input}); IN skrivs aldrig över. Välj ett annat namn.`,
  danglingLink: (out) => `${out}: är en symbolisk länk till en fil som inte finns; ange en vanlig fil som UT.`,
  outputIsFolder: (out, example) => `${out}: är en mapp; ange ett filnamn i den, t.ex. ${example}.`,
  notAFile: (out) => `${out}: är ingen vanlig fil och kan inte ersättas.`,
  missingFolder: (out, folder) => `${out}: mappen ${folder} finns inte.`,
  notAFolder: (out, folder) => `${out}: ${folder} är ingen mapp.`,
  outputExists: (out) => `${out}: filen finns redan; lägg till --force för att ersätta den.`,
  cannotWrite: (out, reason) => `${out}: kunde inte skrivas (${reason}); en tidigare fil med samma namn är orörd.`,
  reason: (error) =>
    ({
      ENOSPC: "disken är full",
      EDQUOT: "diskkvoten är slut",
      EACCES: "behörighet saknas",
      EPERM: "behörighet saknas, eller filen är öppen i ett annat program",
      EBUSY: "filen är öppen i ett annat program, t.ex. Excel",
      EROFS: "disken är skrivskyddad",
    })[code(error) ?? ""] ??
    code(error) ??
    String((error as Error)?.message ?? error),
  unknownCommand: (command) => `${command}: okänt kommando. Se likvard --help.`,
  unknownOption: (option) => `${option}: okänt val. Se likvard --help (ett filnamn som börjar med - skrivs efter --).`,
  optionNotFor: (option, command) => `${option}: gäller inte ${command}. Se likvard ${command} --help.`,
  missingValue: (option, long) => `${option}: värde saknas (börjar värdet med -, skriv ${long}=-värde).`,
  takesNoValue: (option) => `${option}: tar inget värde.`,
  givenTwice: (option) => `${option}: angivet två gånger.`,
  badLang: (value) => `--lang ${value}: sv eller en.`,
  needFile: (command) =>
    command === "example" ? "Ange utfilen: likvard example UT.xlsx" : `Ange en arbetsbok: likvard ${command} IN.xlsx`,
  needOutput: () => "Ange utfilen med -o UT.xlsx.",
  tooMany: (argument, command) =>
    `${argument}: ett argument för mycket${command === "recalc" || command === "freeze" ? " (utfilen anges med -o)" : ""}.`,
  internalError: (message) => `internt fel, rapportera gärna: ${message}`,
  usage: (command) =>
    usage(command, {
      title: "räkna om, kontrollera och frys budgetarbetsböcker utan Excel.",
      recalc: `likvard recalc IN.xlsx -o UT.xlsx [--force] [--print 'Blad!A1:F40']
    Räknar om alla formler och sparar en kopia med färska värden. IN ändras aldrig.
    -o, --output UT    utfilen: .xlsx (.xlsm när IN är .xlsm)
    -f, --force        ersätt UT om den redan finns (IN ersätts aldrig)
    --print OMRÅDE     skriv ut ett område av resultatet; kan upprepas`,
      verify: `likvard verify IN.xlsx [--print 'Blad!A1:F40']
    Räknar om i minnet och jämför med de sparade värdena (även frysta områden).
    --print OMRÅDE     skriv ut ett område av det omräknade resultatet; kan upprepas`,
      freeze: `likvard freeze IN.xlsx -o UT.xlsx [--force] [--allow-stale] [--print 'Blad!A1:F40']
    Ersätter Likvärd-formler med sina värden och lägger till bladet "Likvärd – källa".
    -o, --output UT    utfilen: .xlsx (.xlsm när IN är .xlsm)
    -f, --force        ersätt UT om den redan finns (IN ersätts aldrig)
    --allow-stale      frys även formler som inte kan räknas om utan Excel, med deras
                       sparade värden (det står då på bladet "Likvärd – källa")
    --print OMRÅDE     skriv ut ett område av resultatet; kan upprepas`,
      example: `likvard example UT.xlsx [--force]
    Skriver exempelarbetsboken (tretton påhittade skolor), omräknad.
    -f, --force        ersätt UT om den redan finns`,
      common: `För alla kommandon:
    --lang sv|en       språk för utskrifter och felmeddelanden (standard: LIKVARD_LANG, annars sv)
    -h, --help         den här hjälpen; likvard KOMMANDO --help visar bara det kommandot
    --version          versionen
    --debug            vid internt fel: skriv ut hela felspåret
    --                 slut på valen; det som följer är filnamn (likvard verify -- -budget.xlsx)`,
      exitCodes: `Slutkoder:
    0  klart (verify: allt stämmer)
    1  verify: skillnader, eller formler som inte kunde kontrolleras;
       freeze: frös ingenting, Likvärd-formler kan bara räknas om i Excel (se --allow-stale)
    2  filen eller ett argument kan inte användas
    3  internt fel i Likvärd; rapportera det gärna`,
    }),
  unevaluable: (cell, formula, reason) =>
    `${cell}: formeln kan inte räknas utan Excel och lämnas orörd (=${formula}): ${reason}`,
  uncheckable: (cell, formula, reason) => `${cell}: kunde inte kontrolleras (=${formula}): ${reason}`,
  difference: (cell, cached, recomputed) => `${cell}: sparat ${cached}, omräknat ${recomputed}`,
  checksum: (range) =>
    `${range}: de frysta värdena stämmer inte med kontrollsumman på bladet "Likvärd – källa" (de har ändrats efter frysningen).`,
  recalculated: (n, out) => `Räknade om ${counted(n, "sv", "formel", "formler")}; skrev ${out}.`,
  froze: (ranges, out) =>
    ranges.length === 0
      ? `Inga Likvärd-formler att frysa; skrev ${out}.`
      : `Frös ${counted(ranges.length, "sv", "Likvärd-område", "Likvärd-områden")} (${ranges.join(", ")}); skrev ${out}.`,
  wrote: (out) => `Skrev ${out}.`,
  verifySummary: ({ checked, frozen, differences, checksums, unevaluable }) => {
    const frozenNote =
      frozen > 0 ? `; ${counted(frozen, "sv", "fryst område kontrollerat", "frysta områden kontrollerade")}` : "";
    const problems = [
      differences > 0 && counted(differences, "sv", "skillnad", "skillnader"),
      checksums > 0 && counted(checksums, "sv", "kontrollsumma", "kontrollsummor") + " som inte stämmer",
      unevaluable > 0 && counted(unevaluable, "sv", "formel", "formler") + " som inte kunde kontrolleras",
    ].filter((p): p is string => typeof p === "string");
    if (problems.length > 0)
      return `${listed(problems, "sv")} bland ${counted(checked, "sv", "kontrollerat värde", "kontrollerade värden")}${frozenNote}.`;
    if (checked === 0) return `Inga formler att kontrollera${frozenNote}.`;
    if (checked === 1) return `1 värde kontrollerat: det stämmer${frozenNote}.`;
    return `Alla ${counted(checked, "sv", "värde", "värden")} stämmer${frozenNote}.`;
  },
};

const en: Messages = {
  notFound: (path) => `${path}: the file does not exist.`,
  inputIsFolder: (path) => `${path}: is a folder, not a workbook.`,
  emptyFile: (path) => `${path}: the file is empty.`,
  notWorkbook: (path, kind) =>
    `${path}: ${
      {
        csv: "the file is text (e.g. CSV), not an Excel workbook. Open it in Excel and save it as .xlsx.",
        xls: "the file is in Excel's old format (.xls). Open it in Excel and save it as .xlsx.",
        encrypted:
          "the file is password-protected (encrypted) or in Excel's old format (.xls). Remove the password in Excel and save it as .xlsx.",
        ods: "the file is an OpenDocument spreadsheet (.ods). Save it as .xlsx in Excel.",
        xlsb: "the file is a binary Excel workbook (.xlsb). Save it as .xlsx in Excel.",
        other: "the file is not an Excel workbook. Save it as .xlsx in Excel.",
      }[kind]
    }`,
  cannotRead: (path, reason) => `${path}: cannot be read as an Excel workbook (${reason}).`,
  wrongExtension: (out, expected) =>
    expected === ".xlsm"
      ? `${out}: OUT must end in .xlsm (IN is a macro-enabled workbook).`
      : `${out}: OUT must end in .xlsx (Likvärd writes Excel workbooks).`,
  outputIsInput: (out, input) =>
    `${out}: is the same file as IN (${input}); IN is never overwritten. Choose another name.`,
  danglingLink: (out) => `${out}: is a symbolic link to a file that does not exist; give an ordinary file as OUT.`,
  outputIsFolder: (out, example) => `${out}: is a folder; give a file name inside it, e.g. ${example}.`,
  notAFile: (out) => `${out}: is not an ordinary file and cannot be replaced.`,
  missingFolder: (out, folder) => `${out}: the folder ${folder} does not exist.`,
  notAFolder: (out, folder) => `${out}: ${folder} is not a folder.`,
  outputExists: (out) => `${out}: the file already exists; add --force to replace it.`,
  cannotWrite: (out, reason) => `${out}: could not be written (${reason}); an earlier file of that name is untouched.`,
  reason: (error) =>
    ({
      ENOSPC: "the disk is full",
      EDQUOT: "the disk quota is used up",
      EACCES: "permission denied",
      EPERM: "permission denied, or the file is open in another program",
      EBUSY: "the file is open in another program, such as Excel",
      EROFS: "the disk is read-only",
    })[code(error) ?? ""] ??
    code(error) ??
    String((error as Error)?.message ?? error),
  unknownCommand: (command) => `${command}: unknown command. See likvard --help.`,
  unknownOption: (option) =>
    `${option}: unknown option. See likvard --help (a file name starting with - goes after --).`,
  optionNotFor: (option, command) => `${option}: not an option of ${command}. See likvard ${command} --help.`,
  missingValue: (option, long) => `${option}: value missing (for a value starting with -, write ${long}=-value).`,
  takesNoValue: (option) => `${option}: takes no value.`,
  givenTwice: (option) => `${option}: given twice.`,
  badLang: (value) => `--lang ${value}: sv or en.`,
  needFile: (command) =>
    command === "example"
      ? "Give the output file: likvard example OUT.xlsx"
      : `Give a workbook: likvard ${command} IN.xlsx`,
  needOutput: () => "Give the output file with -o OUT.xlsx.",
  tooMany: (argument, command) =>
    `${argument}: one argument too many${command === "recalc" || command === "freeze" ? " (the output file is given with -o)" : ""}.`,
  internalError: (message) => `internal error, please report: ${message}`,
  usage: (command) =>
    usage(command, {
      title: "recalculate, verify and freeze budget workbooks outside Excel.",
      recalc: `likvard recalc IN.xlsx -o OUT.xlsx [--force] [--print 'Sheet!A1:F40']
    Recalculates every formula and saves a copy with fresh values. IN is never modified.
    -o, --output OUT   the output file: .xlsx (.xlsm when IN is .xlsm)
    -f, --force        replace OUT if it exists (IN is never replaced)
    --print RANGE      print a range of the result; may be repeated`,
      verify: `likvard verify IN.xlsx [--print 'Sheet!A1:F40']
    Recalculates in memory and compares with the saved values (frozen ranges too).
    --print RANGE      print a range of the recalculated result; may be repeated`,
      freeze: `likvard freeze IN.xlsx -o OUT.xlsx [--force] [--allow-stale] [--print 'Sheet!A1:F40']
    Replaces Likvärd formulas by their values and adds the sheet "Likvärd – källa".
    -o, --output OUT   the output file: .xlsx (.xlsm when IN is .xlsm)
    -f, --force        replace OUT if it exists (IN is never replaced)
    --allow-stale      also freeze formulas that cannot be recalculated outside Excel, with
                       their saved values (the sheet "Likvärd – källa" then says so)
    --print RANGE      print a range of the result; may be repeated`,
      example: `likvard example OUT.xlsx [--force]
    Writes the example workbook (thirteen invented schools), recalculated.
    -f, --force        replace OUT if it exists`,
      common: `For every command:
    --lang sv|en       language of output and messages (default: LIKVARD_LANG, else sv)
    -h, --help         this help; likvard COMMAND --help shows that command only
    --version          the version
    --debug            on an internal error: print the whole stack trace
    --                 end of options; what follows are file names (likvard verify -- -budget.xlsx)`,
      exitCodes: `Exit codes:
    0  done (verify: everything agrees)
    1  verify: differences, or formulas that could not be checked;
       freeze: froze nothing, Likvärd formulas can only be recalculated in Excel (see --allow-stale)
    2  the file or an argument cannot be used
    3  internal error in Likvärd; please report it`,
    }),
  unevaluable: (cell, formula, reason) =>
    `${cell}: the formula cannot be evaluated outside Excel and is left untouched (=${formula}): ${reason}`,
  uncheckable: (cell, formula, reason) => `${cell}: could not be checked (=${formula}): ${reason}`,
  difference: (cell, cached, recomputed) => `${cell}: cached ${cached}, recomputed ${recomputed}`,
  checksum: (range) =>
    `${range}: the frozen values do not match the checksum on the sheet "Likvärd – källa" (they were changed after freezing).`,
  recalculated: (n, out) => `Recalculated ${counted(n, "en", "formula", "formulas")}; wrote ${out}.`,
  froze: (ranges, out) =>
    ranges.length === 0
      ? `No Likvärd formulas to freeze; wrote ${out}.`
      : `Froze ${counted(ranges.length, "en", "Likvärd range", "Likvärd ranges")} (${ranges.join(", ")}); wrote ${out}.`,
  wrote: (out) => `Wrote ${out}.`,
  verifySummary: ({ checked, frozen, differences, checksums, unevaluable }) => {
    const frozenNote = frozen > 0 ? `; ${counted(frozen, "en", "frozen range", "frozen ranges")} checked` : "";
    const problems = [
      differences > 0 && counted(differences, "en", "difference", "differences"),
      checksums > 0 && counted(checksums, "en", "checksum mismatch", "checksum mismatches"),
      unevaluable > 0 && counted(unevaluable, "en", "formula", "formulas") + " that could not be checked",
    ].filter((p): p is string => typeof p === "string");
    if (problems.length > 0)
      return `${listed(problems, "en")} among ${counted(checked, "en", "value", "values")} checked${frozenNote}.`;
    if (checked === 0) return `No formulas to check${frozenNote}.`;
    if (checked === 1) return `1 value checked: it agrees${frozenNote}.`;
    return `All ${counted(checked, "en", "value", "values")} agree${frozenNote}.`;
  },
};

const CATALOGUE: Record<Lang, Messages> = { sv, en };

/** The messages in one language. */
export function text(lang: Lang): Messages {
  return CATALOGUE[lang];
}

interface UsageTexts extends Record<Command, string> {
  title: string;
  common: string;
  exitCodes: string;
}

/** The whole usage, or one command's. */
function usage(command: Command | undefined, t: UsageTexts): string {
  const blocks = command ? [t[command]] : COMMANDS.map((c) => t[c]);
  return [`Likvärd ${LIKVARD_VERSION}: ${t.title}`, ...blocks, t.common, t.exitCodes].join("\n\n");
}
