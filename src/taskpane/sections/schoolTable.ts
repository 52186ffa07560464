/**
 * The pane's per-school table: school, pupils, index, kronor, kronor per
 * pupil and the change per pupil against last year in kronor and per cent —
 * the first thing a politician asks for. A section: it draws what it is
 * given and reports a sort; the pane keeps the state.
 */
import { Preview, PreviewCells } from "../../model/pane/preview";
import { Cell } from "../../model/sheet/cells";
import { LabelKey, PaneLang, t } from "../i18n";
import { formatNumber, localeOf } from "../format";
import { h } from "../ui";

/** A column (0 = school) and its direction. */
export interface SchoolSort {
  column: number;
  descending: boolean;
}

/**
 * Per school: name, pupils, index, kronor, kronor per pupil and the change
 * per pupil against last year in kronor and per cent; sorted by a click on a
 * column's header.
 */
export function schoolTable(
  cells: PreviewCells,
  p: Preview,
  lang: PaneLang,
  sortBy: SchoolSort,
  onSort: (sort: SchoolSort) => void,
): HTMLElement {
  const locale = localeOf(lang);
  const fmt = (x: number, digits = 0) => formatNumber(x, lang, digits);
  const columns: LabelKey[] = ["school", "pupils", "index", "krColumn", "krPerPupil", "changeKr", "changePercent"];
  const headers = columns.map((key) => t(key, lang));
  const number = (cell: Cell | undefined) => (typeof cell === "number" ? cell : NaN);
  const rows = Array.from(p.amounts.keys())
    .filter((i) => Number.isFinite(p.amounts[i]))
    .map((i) => {
      const last = number(cells.lastYear?.[i]?.[0]);
      const change = p.perPupil[i] - last;
      return [
        cells.names?.[i] ?? t("row", lang, { n: i + 1 }),
        number(cells.pupils[i]?.[0]),
        p.index[i],
        p.amounts[i],
        p.perPupil[i],
        change,
        last > 0 ? change / last : NaN,
      ] as [string, ...number[]];
    });
  const { column, descending } = sortBy;
  rows.sort((a, b) => {
    const x = a[column];
    const y = b[column];
    const order = typeof x === "string" ? x.localeCompare(String(y), locale) : x - (y as number);
    return descending ? -order : order;
  });
  const shownAs = (v: string | number, c: number) =>
    typeof v === "string"
      ? v
      : c === 2
        ? fmt(v, 1)
        : c === 6
          ? Number.isFinite(v)
            ? `${fmt(v * 100, 1)} %`
            : "–"
          : fmt(v);
  const head = headers.map((label, c) => {
    const button = h("button", { type: "button", class: "sort" }, label) as HTMLButtonElement;
    // A new column sorts numbers highest first, names A–Ö; the same column again turns the order.
    button.addEventListener("click", () =>
      onSort({ column: c, descending: sortBy.column === c ? !sortBy.descending : c > 0 }),
    );
    const sort = c === column ? (descending ? "descending" : "ascending") : "none";
    return h("th", { scope: "col", "aria-sort": sort }, button);
  });
  return h(
    "div",
    {
      class: "table-scroll",
      id: "school-table",
      tabindex: "0",
      role: "region",
      "aria-label": t("perSchool", lang),
    },
    h(
      "table",
      { class: "schools" },
      h("thead", {}, h("tr", {}, ...head)),
      h(
        "tbody",
        {},
        ...rows.map((row) =>
          h("tr", {}, ...row.map((v, c) => h(c === 0 ? "th" : "td", c === 0 ? { scope: "row" } : {}, shownAs(v, c)))),
        ),
      ),
    ),
  );
}
