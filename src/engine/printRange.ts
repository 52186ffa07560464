/** `--print 'Sheet!A1:F40'`: a range of the recalculated workbook as an aligned text table. */
import { Lang } from "../model/errors";
import { cellName, parseArea, splitSheetRef } from "../model/sheet/addresses";
import { Value, isErrorValue } from "./cellValues";
import { Evaluation } from "./evaluateWorkbook";
import { UsageError } from "./workbookFile";

function shown(v: Value, lang: Lang): string {
  if (v === null) return "";
  if (isErrorValue(v)) return v.error;
  if (typeof v === "number") {
    const rounded = Number.isInteger(v)
      ? String(v)
      : Math.abs(v) >= 1000
        ? v.toFixed(2)
        : String(Number(v.toPrecision(6)));
    return lang === "sv" ? rounded.replace(".", ",") : rounded;
  }
  if (typeof v === "boolean") return lang === "sv" ? (v ? "SANT" : "FALSKT") : v ? "TRUE" : "FALSE";
  return v;
}

export function printRange(evaluation: Evaluation, spec: string, lang: Lang): string {
  const { sheet = evaluation.sheetNames[0], ref } = splitSheetRef(spec);
  const asked = parseArea(ref);
  const sheetName = evaluation.sheetNames.find((s) => s.toLowerCase() === sheet.toLowerCase());
  if (!asked || !sheetName)
    throw new UsageError(`--print ${spec}: ${lang === "sv" ? "okänt område" : "unknown range"}`);
  // Clipped to the used area: 'A1:ZZZ9' would otherwise print some 18 000 empty columns.
  const used = evaluation.usedSize?.(sheetName);
  const area = used
    ? {
        ...asked,
        rows: Math.max(1, Math.min(asked.rows, used.rows - asked.top)),
        cols: Math.max(1, Math.min(asked.cols, used.cols - asked.left)),
      }
    : asked;
  const clipped = area.rows < asked.rows || area.cols < asked.cols;
  const shownRef = `${cellName(area.top, area.left)}:${cellName(area.top + area.rows - 1, area.left + area.cols - 1)}`;
  const note = clipped
    ? lang === "sv"
      ? ` (visar bara den använda delen, ${shownRef})`
      : ` (showing only the used part, ${shownRef})`
    : "";
  const rows: string[][] = [
    ["", ...Array.from({ length: area.cols }, (_, c) => cellName(0, area.left + c).replace(/\d+$/, ""))],
  ];
  for (let r = 0; r < area.rows; r++) {
    const row = [String(area.top + r + 1)];
    for (let c = 0; c < area.cols; c++)
      row.push(shown(evaluation.valueAt(sheetName, area.top + r, area.left + c), lang));
    rows.push(row);
  }
  const widths = rows[0].map((_, c) => Math.min(40, Math.max(...rows.map((row) => row[c].length))));
  const line = (row: string[]) =>
    row
      .map((cell, c) => {
        const text = cell.length > widths[c] ? `${cell.slice(0, widths[c] - 1)}…` : cell;
        return /^-?[\d\s,.]+$/.test(text) ? text.padStart(widths[c]) : text.padEnd(widths[c]);
      })
      .join("  ")
      .trimEnd();
  return [`${sheetName}!${ref}${note}`, ...rows.map(line)].join("\n");
}
