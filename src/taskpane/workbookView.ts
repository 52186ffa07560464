/**
 * The in-memory workbook's cells beside the pane in the preview page
 * (npm run preview): a tab per sheet and the sheet as a grid, each cell
 * showing its value and a formula cell its formula on hover (styled apart),
 * so the whole flow can be followed without Excel. After each write the
 * first sheet written to is shown.
 */
import { cellName, columnName } from "../model/sheet/addresses";
import { PaneLang } from "./i18n";
import { h } from "./ui";
import { MemoryWorkbook } from "./workbook/memoryWorkbook";

function shown(value: unknown, lang: PaneLang): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number")
    return value.toLocaleString(lang === "sv" ? "sv-SE" : "en-GB", { maximumFractionDigits: 4 });
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
                shown(value, lang),
              );
            }),
          ),
        ),
      ),
    );
    view.replaceChildren(tabs, h("div", { class: "cells-scroll" }, table));
  };
  workbook.onChange((sheets) => {
    if (sheets[0]) current = sheets[0];
    render();
  });
  render();
}
