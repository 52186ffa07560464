/**
 * The `likvard` command line: recalc, verify and freeze workbooks outside
 * Excel. Exit codes: 0 done (verify: everything agrees), 1 verify found
 * differences or cells it could not check, 2 a file or argument problem.
 */
import { Lang } from "../model/errors";
import { showValue } from "./cellValues";
import { Evaluation } from "./evaluateWorkbook";
import { exampleWorkbook } from "./exampleWorkbook";
import { freeze } from "./freeze";
import { printRange } from "./printRange";
import { recalc } from "./recalc";
import { LIKVARD_VERSION } from "./version";
import { verified, verify } from "./verify";
import { UsageError, saveWorkbook } from "./workbookFile";

const USAGE: Record<Lang, string> = {
  sv: `Likvärd ${LIKVARD_VERSION}: räkna om, kontrollera och frys budgetarbetsböcker utan Excel.

  likvard recalc IN.xlsx -o UT.xlsx [--force] [--print 'Blad!A1:F40']
      Räknar om alla formler och sparar en kopia med färska värden. IN ändras aldrig.
  likvard verify IN.xlsx [--print 'Blad!A1:F40']
      Räknar om i minnet och jämför med de sparade värdena (även frysta områden).
      Slutkod 0: allt stämmer; 1: skillnader; 2: filen kan inte läsas.
  likvard freeze IN.xlsx -o UT.xlsx [--force]
      Ersätter Likvärd-formler med sina värden och lägger till bladet "Likvärd – källa".
  likvard example UT.xlsx [--force]
      Skriver exempelarbetsboken.

  --lang sv|en   språk för utskrifter och felmeddelanden (standard: sv)`,
  en: `Likvärd ${LIKVARD_VERSION}: recalculate, verify and freeze budget workbooks outside Excel.

  likvard recalc IN.xlsx -o OUT.xlsx [--force] [--print 'Sheet!A1:F40']
      Recalculates every formula and saves a copy with fresh values. IN is never modified.
  likvard verify IN.xlsx [--print 'Sheet!A1:F40']
      Recalculates in memory and compares with the cached values (frozen ranges too).
      Exit 0: all agree; 1: differences; 2: the file cannot be read.
  likvard freeze IN.xlsx -o OUT.xlsx [--force]
      Replaces Likvärd formulas by their values and adds the sheet "Likvärd – källa".
  likvard example OUT.xlsx [--force]
      Writes the example workbook.

  --lang sv|en   language of output and error messages (default: sv)`,
};

interface Options {
  command?: string;
  input?: string;
  output?: string;
  force: boolean;
  print: string[];
  lang: Lang;
}

function parse(argv: string[]): Options {
  const options: Options = { force: false, print: [], lang: /^en/i.test(process.env.LIKVARD_LANG ?? "") ? "en" : "sv" };
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const next = () => {
      const value = argv[++i];
      if (value === undefined) throw new UsageError(`${arg}: värde saknas / value missing`);
      return value;
    };
    if (arg === "-o" || arg === "--output") options.output = next();
    else if (arg === "--force" || arg === "-f") options.force = true;
    else if (arg === "--print") options.print.push(next());
    else if (arg === "--lang") options.lang = next() === "en" ? "en" : "sv";
    else if (arg.startsWith("-") && arg !== "-") throw new UsageError(`${arg}: okänt val / unknown option`);
    else positional.push(arg);
  }
  [options.command, options.input] = positional;
  if (positional.length > 2) throw new UsageError(`${positional[2]}: för många argument / too many arguments`);
  return options;
}

type Out = (line: string) => void;

/** Lists Likvärd results that are errors (with their messages) and formulas the engine could not evaluate. */
function reportProblems(evaluation: Evaluation, lang: Lang, err: Out) {
  for (const { cell, values } of evaluation.results) {
    const top = values[0][0];
    if (cell.likvard && typeof top === "object" && top !== null) {
      err(`${cell.sheet}!${cell.address}: ${showValue(top, lang)}`);
    }
  }
  for (const { cell, reason } of evaluation.unevaluable) {
    err(
      lang === "sv"
        ? `${cell.sheet}!${cell.address}: formeln kan inte räknas utan Excel och lämnas orörd (=${cell.formula}): ${reason}`
        : `${cell.sheet}!${cell.address}: the formula cannot be evaluated outside Excel and is left untouched (=${cell.formula}): ${reason}`,
    );
  }
}

export async function run(argv: string[], out: Out = console.log, err: Out = console.error): Promise<number> {
  let options: Options;
  try {
    options = parse(argv);
  } catch (error) {
    err((error as Error).message);
    return 2;
  }
  const { command, input, output, force, lang } = options;
  const sv = lang === "sv";
  try {
    if (!command || command === "help" || command === "--help") {
      out(USAGE[lang]);
      return command ? 0 : 2;
    }
    if (command === "--version" || command === "version") {
      out(LIKVARD_VERSION);
      return 0;
    }
    if (!input) throw new UsageError(sv ? "Ange en arbetsbok (.xlsx)." : "Give a workbook (.xlsx).");
    switch (command) {
      case "example": {
        await saveWorkbook(exampleWorkbook(), input, "", force);
        // Fill the cached values, as Excel would have, so recipients see numbers.
        await recalc(input, input + ".tmp.xlsx", { force: true, lang });
        const { renameSync } = await import("node:fs");
        renameSync(input + ".tmp.xlsx", input);
        out(sv ? `Skrev ${input}.` : `Wrote ${input}.`);
        return 0;
      }
      case "recalc":
      case "freeze": {
        if (!output) throw new UsageError(sv ? "Ange utfil med -o UT.xlsx." : "Give the output file with -o OUT.xlsx.");
        if (command === "recalc") {
          const evaluation = await recalc(input, output, { force, lang });
          reportProblems(evaluation, lang, err);
          for (const spec of options.print) out(printRange(evaluation, spec, lang));
          out(
            sv
              ? `Räknade om ${evaluation.results.length} formler; skrev ${output}.`
              : `Recalculated ${evaluation.results.length} formulas; wrote ${output}.`,
          );
        } else {
          const { evaluation, frozen } = await freeze(input, output, { force, lang });
          reportProblems(evaluation, lang, err);
          for (const spec of options.print) out(printRange(evaluation, spec, lang));
          out(
            sv
              ? `Frös ${frozen.length} Likvärd-områden (${frozen.map((f) => `${f.sheet}!${f.range}`).join(", ")}); skrev ${output}.`
              : `Froze ${frozen.length} Likvärd ranges (${frozen.map((f) => `${f.sheet}!${f.range}`).join(", ")}); wrote ${output}.`,
          );
        }
        return 0;
      }
      case "verify": {
        const report = await verify(input, lang);
        for (const d of report.differences) {
          err(
            sv
              ? `${d.sheet}!${d.cell}: sparat ${showValue(d.cached, lang)}, omräknat ${showValue(d.recomputed, lang)}`
              : `${d.sheet}!${d.cell}: cached ${showValue(d.cached, lang)}, recomputed ${showValue(d.recomputed, lang)}`,
          );
        }
        for (const c of report.checksums) {
          err(
            sv
              ? `${c.sheet}!${c.range}: de frysta värdena stämmer inte med kontrollsumman på bladet "Likvärd – källa" (de har ändrats efter frysningen).`
              : `${c.sheet}!${c.range}: the frozen values do not match the checksum on the sheet "Likvärd – källa" (they were changed after freezing).`,
          );
        }
        for (const { cell, reason } of report.unevaluable) {
          err(
            sv
              ? `${cell.sheet}!${cell.address}: kunde inte kontrolleras (=${cell.formula}): ${reason}`
              : `${cell.sheet}!${cell.address}: could not be checked (=${cell.formula}): ${reason}`,
          );
        }
        if (options.print.length > 0) {
          for (const spec of options.print) out(printRange(report.evaluation, spec, lang));
        }
        const ok = verified(report);
        const frozenNote =
          report.frozen > 0
            ? sv
              ? `, varav ${report.frozen} frysta områden`
              : `, ${report.frozen} frozen ranges among them`
            : "";
        out(
          ok
            ? sv
              ? `Alla ${report.checked} värden stämmer${frozenNote}.`
              : `All ${report.checked} values agree${frozenNote}.`
            : sv
              ? `${report.differences.length} skillnader, ${report.checksums.length} kontrollsummor som inte stämmer och ${report.unevaluable.length} formler som inte kunde kontrolleras av ${report.checked} värden${frozenNote}.`
              : `${report.differences.length} differences, ${report.checksums.length} checksum mismatches and ${report.unevaluable.length} formulas that could not be checked, of ${report.checked} values${frozenNote}.`,
        );
        return ok ? 0 : 1;
      }
      default:
        throw new UsageError(`${command}: ${sv ? "okänt kommando" : "unknown command"}\n\n${USAGE[lang]}`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      err(error.message);
      return 2;
    }
    throw error;
  }
}
