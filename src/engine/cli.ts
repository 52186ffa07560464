/**
 * The `likvard` command line: recalc, verify and freeze workbooks outside Excel. Exit codes: 0 done (verify:
 * everything agrees), 1 verify found differences or cells it could not check, 2 the file or an argument cannot be
 * used, 3 an internal error (a bug; the stack trace with --debug).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { Lang } from "../model/errors";
import { showValue } from "./cellValues";
import { Evaluation } from "./evaluateWorkbook";
import { exampleWorkbook } from "./exampleWorkbook";
import { langFromEnv } from "./files/language";
import { COMMANDS, Command, Messages, text } from "./files/messages";
import { FreezeRefused, freeze } from "./freeze";
import { printRange } from "./printRange";
import { recalc } from "./recalc";
import { LIKVARD_VERSION } from "./version";
import { verified, verify } from "./verify";
import { UsageError, checkOutputPath, readWorkbookFile, saveNewWorkbook } from "./workbookFile";

const OPTIONS = {
  output: { type: "string", short: "o" },
  force: { type: "boolean", short: "f" },
  print: { type: "string", multiple: true },
  "allow-stale": { type: "boolean" },
  lang: { type: "string" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean" },
  debug: { type: "boolean" },
} as const;
type OptionName = keyof typeof OPTIONS;

const GENERAL_OPTIONS: OptionName[] = ["lang", "help", "version", "debug"];
const COMMAND_OPTIONS: Record<Command, OptionName[]> = {
  recalc: ["output", "force", "print"],
  verify: ["print"],
  freeze: ["output", "force", "print", "allow-stale"],
  example: ["force"],
};

interface Args {
  lang: Lang;
  command?: string;
  files: string[];
  output?: string;
  force: boolean;
  print: string[];
  allowStale: boolean;
  help: boolean;
  version: boolean;
  debug: boolean;
}

const isCommand = (name: string | undefined): name is Command => COMMANDS.includes(name as Command);

function parse(argv: string[]): Args {
  // Not strict: every problem is reported below, in the user's language. `--` ends the options.
  const { tokens } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: false, tokens: true });
  const positionals = tokens.flatMap((t) => (t.kind === "positional" ? [t.value] : []));
  const options = tokens.flatMap((t) => (t.kind === "option" ? [t] : []));

  let lang = langFromEnv();
  const langOption = options.filter((o) => o.name === "lang").pop();
  if (langOption) {
    const value = langOption.value ?? "";
    if (value !== "sv" && value !== "en") throw new UsageError((t) => t.badLang(value), lang);
    lang = value;
  }
  const refuse = (message: (t: Messages) => string) => new UsageError(message, lang);

  const [command, ...files] = positionals;
  const args: Args = {
    lang,
    command,
    files,
    force: false,
    print: [],
    allowStale: false,
    help: false,
    version: false,
    debug: false,
  };
  const seen = new Set<OptionName>();
  for (const { name, rawName, value, inlineValue } of options) {
    if (!(name in OPTIONS)) throw refuse((t) => t.unknownOption(rawName));
    const option = name as OptionName;
    const spec = OPTIONS[option];
    if (spec.type === "boolean" && value !== undefined) throw refuse((t) => t.takesNoValue(rawName));
    // Without strict parsing `-o --force` would take "--force" as the file name.
    if (spec.type === "string" && (value === undefined || (!inlineValue && value.startsWith("-"))))
      throw refuse((t) => t.missingValue(rawName, `--${option}`));
    if (isCommand(command) && !GENERAL_OPTIONS.includes(option) && !COMMAND_OPTIONS[command].includes(option))
      throw refuse((t) => t.optionNotFor(rawName, command));
    if (spec.type === "string" && !("multiple" in spec) && seen.has(option)) throw refuse((t) => t.givenTwice(rawName));
    seen.add(option);
    if (option === "output") args.output = value;
    else if (option === "print") args.print.push(value as string);
    else if (option === "force") args.force = true;
    else if (option === "allow-stale") args.allowStale = true;
    else if (option === "help") args.help = true;
    else if (option === "version") args.version = true;
    else if (option === "debug") args.debug = true;
  }
  return args;
}

type Out = (line: string) => void;

export async function run(argv: string[], out: Out = console.log, err: Out = console.error): Promise<number> {
  let args: Args | undefined;
  try {
    args = parse(argv);
    return await execute(args, out, err);
  } catch (error) {
    if (error instanceof UsageError) {
      err(args ? error.messageIn(args.lang) : error.message);
      // A refused freeze is not a file problem: the workbook holds formulas only Excel can recompute.
      return error instanceof FreezeRefused ? 1 : 2;
    }
    // Anything else is a bug in Likvärd: one plain line, the whole trace only when asked for.
    const debug = args?.debug ?? argv.includes("--debug");
    const message = error instanceof Error ? error.message : String(error);
    err(
      debug && error instanceof Error && error.stack
        ? error.stack
        : text(args?.lang ?? langFromEnv()).internalError(message.split("\n")[0]),
    );
    return 3;
  }
}

async function execute(args: Args, out: Out, err: Out): Promise<number> {
  const { lang, force } = args;
  const t = text(lang);
  const refuse = (message: (t: Messages) => string) => new UsageError(message, lang);
  if (args.version) {
    out(LIKVARD_VERSION);
    return 0;
  }
  if (args.help || args.command === "help") {
    const about = args.command === "help" ? args.files[0] : args.command;
    if (about !== undefined && !isCommand(about)) throw refuse((m) => m.unknownCommand(about));
    out(t.usage(about));
    return 0;
  }
  const command = args.command;
  if (command === undefined) {
    err(t.usage());
    return 2;
  }
  if (!isCommand(command)) throw refuse((m) => m.unknownCommand(command));
  const [file, extra] = args.files;
  if (extra !== undefined) throw refuse((m) => m.tooMany(extra, command));
  if (file === undefined) throw refuse((m) => m.needFile(command));
  // IN's problems first, in plain words, before OUT's and before the evaluation, which can take long.
  if (command !== "example") readWorkbookFile(file, lang);

  switch (command) {
    case "example": {
      checkOutputPath(file, { force, lang });
      // Written plain to a private folder, then recalculated into OUT: OUT gets the cached values Excel would have.
      const dir = mkdtempSync(join(tmpdir(), "likvard-"));
      try {
        const plain = join(dir, "exempel.xlsx");
        await saveNewWorkbook(exampleWorkbook(), plain, "", false, lang);
        await recalc(plain, file, { force, lang });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
      out(t.wrote(file));
      return 0;
    }
    case "recalc":
    case "freeze": {
      const output = args.output;
      if (!output) throw refuse((m) => m.needOutput());
      checkOutputPath(output, { input: file, force, lang });
      if (command === "recalc") {
        const evaluation = await recalc(file, output, { force, lang });
        reportProblems(evaluation, t, lang, err);
        for (const spec of args.print) out(printRange(evaluation, spec, lang));
        out(t.recalculated(evaluation.results.length, output));
      } else {
        const { evaluation, frozen } = await freeze(file, output, { force, lang, allowStale: args.allowStale });
        reportProblems(evaluation, t, lang, err);
        for (const spec of args.print) out(printRange(evaluation, spec, lang));
        out(
          t.froze(
            frozen.map((f) => `${f.sheet}!${f.range}`),
            output,
          ),
        );
      }
      return 0;
    }
    case "verify": {
      const report = await verify(file, lang);
      for (const d of report.differences)
        err(t.difference(`${d.sheet}!${d.cell}`, showValue(d.cached, lang), showValue(d.recomputed, lang)));
      for (const c of report.checksums) err(t.checksum(`${c.sheet}!${c.range}`));
      for (const { cell, reason } of report.unevaluable)
        err(t.uncheckable(`${cell.sheet}!${cell.address}`, cell.formula, reason));
      for (const spec of args.print) out(printRange(report.evaluation, spec, lang));
      out(
        t.verifySummary({
          checked: report.checked,
          frozen: report.frozen,
          differences: report.differences.length,
          checksums: report.checksums.length,
          unevaluable: report.unevaluable.length,
        }),
      );
      return verified(report) ? 0 : 1;
    }
  }
}

/** Lists Likvärd results that are errors (with their messages) and formulas the engine could not evaluate. */
function reportProblems(evaluation: Evaluation, t: Messages, lang: Lang, err: Out) {
  for (const { cell, values } of evaluation.results) {
    const top = values[0][0];
    if (cell.likvard && typeof top === "object" && top !== null)
      err(`${cell.sheet}!${cell.address}: ${showValue(top, lang)}`);
  }
  for (const { cell, reason } of evaluation.unevaluable)
    err(t.unevaluable(`${cell.sheet}!${cell.address}`, cell.formula, reason));
}
