/**
 * The verifier page's check of one file: the bytes a person chose, read by
 * the engine's openWorkbook and checked by its verifyWorkbook (the same code
 * as `likvard verify`), and the report turned into plain, cloneable data the
 * page shows (a Web Worker posts it back). Wrong files are explained in the
 * CLI's words (messages.ts). Free of Node's modules and of the DOM.
 */
import { Lang } from "../model/errors";
import { PROVENANCE_SHEET, readProvenance } from "../model/freeze/provenance";
import { readableFormula } from "../model/freeze/likvardFormula";
import { showValue } from "../engine/cellValues";
import { notWorkbook } from "../engine/files/fileKind";
import { text } from "../engine/files/messages";
import { PackageError } from "../engine/package/zipPackage";
import { openWorkbook, sheetGrid } from "../engine/readWorkbook";
import { verified, verifyWorkbook } from "../engine/verifyWorkbook";

/** What the check is doing: opening the package, then recomputing and comparing. */
export type Phase = "open" | "verify";

export interface DifferenceRow {
  sheet: string;
  cell: string;
  /** The saved (cached) value, shown as `likvard verify` shows it. */
  saved: string;
  recomputed: string;
}

export interface FrozenRow {
  sheet: string;
  range: string;
  formula: string;
  date: string;
  version: string;
  /** The frozen values still match the checksum recorded when they were frozen. */
  intact: boolean;
}

export interface UncheckedRow {
  sheet: string;
  cell: string;
  formula: string;
  reason: string;
}

export type CheckResult =
  | { kind: "refused"; file: string; message: string }
  | {
      kind: "checked";
      file: string;
      /** Everything agrees (likvard verify's exit 0). */
      verified: boolean;
      /** likvard verify's last line, word for word. */
      summary: string;
      checked: number;
      differences: DifferenceRow[];
      frozen: FrozenRow[];
      unchecked: UncheckedRow[];
    };

export interface CheckOptions {
  /** Bytes of memory the evaluation may use (more cells than it holds are refused with a message). */
  memory?: number;
  /** Called as each phase starts; awaited, so a page without a worker can let the browser paint. */
  progress?: (phase: Phase) => void | Promise<void>;
}

/** Checks the workbook `bytes` (the file `file`) as `likvard verify` does, in `lang`. */
export async function checkWorkbook(
  file: string,
  bytes: Uint8Array,
  lang: Lang,
  options: CheckOptions = {},
): Promise<CheckResult> {
  const t = text(lang);
  const refused = (message: string): CheckResult => ({ kind: "refused", file, message });
  if (bytes.length === 0) return refused(t.emptyFile(file));
  const kind = notWorkbook(file, bytes);
  if (kind) return refused(t.notWorkbook(file, kind));

  await options.progress?.("open");
  let workbook;
  try {
    workbook = await openWorkbook(bytes, lang, options.memory);
  } catch (error) {
    if (error instanceof PackageError) return refused(`${file}: ${error.message}`);
    throw error;
  }
  const provenance = workbook.sheets.find((s) => s.name === PROVENANCE_SHEET);
  const ranges = provenance ? readProvenance(sheetGrid(provenance.cells)) : [];

  await options.progress?.("verify");
  const report = await verifyWorkbook(workbook, lang);
  const broken = new Set(report.checksums.map((c) => `${c.sheet}!${c.range}`));
  return {
    kind: "checked",
    file,
    verified: verified(report),
    summary: t.verifySummary({
      checked: report.checked,
      frozen: report.frozen,
      differences: report.differences.length,
      checksums: report.checksums.length,
      unevaluable: report.unevaluable.length,
    }),
    checked: report.checked,
    differences: report.differences.map((d) => ({
      sheet: d.sheet,
      cell: d.cell,
      saved: showValue(d.cached, lang),
      recomputed: showValue(d.recomputed, lang),
    })),
    frozen: ranges.map((r) => ({
      sheet: r.sheet,
      range: r.range,
      formula: r.formula,
      date: r.date,
      version: r.version,
      intact: !broken.has(`${r.sheet}!${r.range}`),
    })),
    unchecked: report.unevaluable.map(({ cell, reason }) => ({
      sheet: cell.sheet,
      cell: cell.address,
      formula: readableFormula(cell.formula),
      reason,
    })),
  };
}
