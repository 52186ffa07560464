/**
 * The in-memory workbook's cells beside the pane in the preview page
 * (npm run preview): a tab per sheet and the sheet as a grid, each cell
 * showing its value and a formula cell its formula on hover (styled apart),
 * so the whole flow can be followed without Excel. After each write the
 * first sheet written to is shown.
 */
import { cellName, columnName, parseArea, splitSheetRef } from "../model/sheet/addresses";
import { localeOf } from "./format";
import { PaneLang, t } from "./i18n";
import { h, plot } from "./ui";
import { MemoryWorkbook } from "./workbook/memoryWorkbook";

/** Decimals of a number format code as the pane writes them ("#,##0" → 0, "0.0" → 1). */
function decimals(code: string | undefined): number | undefined {
  if (!code) return undefined;
  const m = /\.(0+)/.exec(code);
  return m ? m[1].length : 0;
}

function shown(value: unknown, lang: PaneLang, format?: string): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") {
    const d = decimals(format);
    return new Intl.NumberFormat(localeOf(lang), {
      // "0.0%" shows the value times 100 with a percent sign, as Excel does.
      style: format?.endsWith("%") ? "percent" : "decimal",
      maximumFractionDigits: d ?? 4,
      minimumFractionDigits: d ?? 0,
    }).format(value);
  }
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return String(value);
  return String((value as { error?: string }).error ?? "");
}

export function showWorkbook(view: HTMLElement, workbook: MemoryWorkbook, lang: PaneLang): void {
  let current = [...workbook.sheets.keys()][0];
  const render = () => {
    const tabs = h(
      "div",
      { class: "sheet-tabs", role: "tablist" },
      ...[...workbook.sheets.keys()].map((name) => {
        const tab = h(
          "button",
          { type: "button", role: "tab", "aria-selected": String(name === current), "data-sheet": name },
          name,
        );
        tab.addEventListener("click", () => {
          current = name;
          render();
        });
        return tab;
      }),
    );
    const grid = workbook.shown(current);
    const source = workbook.sheets.get(current) ?? [];
    const cols = Math.max(1, ...grid.map((row) => row?.length ?? 0));
    const table = h(
      "table",
      { class: "cells", "aria-label": current },
      h(
        "thead",
        {},
        h("tr", {}, h("th", {}, ""), ...Array.from({ length: cols }, (_, c) => h("th", {}, columnName(c)))),
      ),
      h(
        "tbody",
        {},
        ...Array.from({ length: Math.max(grid.length, 1) }, (_, r) =>
          h(
            "tr",
            {},
            h("th", {}, String(r + 1)),
            ...Array.from({ length: cols }, (_, c) => {
              const address = cellName(r, c);
              const value = grid[r]?.[c];
              const formula = workbook.hasFormula(current, address);
              return h(
                "td",
                {
                  "data-cell": address,
                  class: formula ? "formula" : typeof value === "number" ? "number" : "",
                  title: formula ? String(source[r]?.[c]) : "",
                },
                shown(value, lang, workbook.formatOf(current, address)),
              );
            }),
          ),
        ),
      ),
    );
    // The charts "Lägg till diagram" added to this sheet, drawn from the cells they point at.
    const column = (ref: string) => {
      const { sheet, ref: cells } = splitSheetRef(ref);
      const area = parseArea(cells);
      const values = sheet && sheet !== current ? workbook.shown(sheet) : grid;
      const number = (v: unknown) => (typeof v === "number" ? v : NaN);
      return area ? Array.from({ length: area.rows }, (_, r) => number(values[area.top + r]?.[area.left])) : [];
    };
    const charts = workbook.charts
      .filter((c) => c.sheet === current)
      .map((c) =>
        h(
          "figure",
          { class: "chart" },
          plot(
            column(c.x),
            column(c.y),
            c.xLabel ?? t("needIndex", lang),
            c.yLabel ?? "",
            localeOf(lang),
            c.line && { x: column(c.line.x), y: column(c.line.y) },
          ),
          h("figcaption", {}, c.title),
        ),
      );
    view.replaceChildren(tabs, h("div", { class: "cells-scroll" }, table), ...charts);
  };
  workbook.onChange((sheets) => {
    if (sheets[0]) current = sheets[0];
    render();
  });
  render();
}
