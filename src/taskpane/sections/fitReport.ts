/**
 * The fit report under the factor table: schools, R² and the estimates with
 * standard errors, p-values and flags (negative, p > 0,1); "Använd vikterna"
 * applies them, "Ångra" brings the earlier weights back.
 */
import { PaneState } from "../state/paneState";
import { formatSignificant } from "../format";
import { status } from "../status";
import { h } from "../ui";

/** The report's place (#fit-result), redrawn when a fit is announced. */
export function fitReportElement(state: PaneState): HTMLElement {
  const out = h("div", { id: "fit-result" });
  state.subscribe((change) => change === "fit" && show(state, out));
  return out;
}

function show(state: PaneState, out: HTMLElement) {
  const fit = state.fit;
  if (!fit) return out.replaceChildren();
  const tx = state.tx.bind(state);
  const { report, model } = fit;
  const table = report.table;
  const names = [tx("constant"), ...state.settings.factors.map((f) => f.name)];
  const num = (x: number, digits = 3) => formatSignificant(x, state.lang, digits);
  const flags = (row: number[], j: number) =>
    j === 0
      ? ""
      : [row[0] < 0 ? tx("flagNegative") : "", row[3] > 0.1 ? tx("flagUncertain") : ""].filter(Boolean).join(", ");
  const apply = h("button", { type: "button", class: "primary", id: "fit-apply" }, tx("applyFit")) as HTMLButtonElement;
  const undo = h("button", { type: "button", id: "fit-undo", hidden: "" }, tx("undoFit")) as HTMLButtonElement;
  apply.addEventListener("click", () => {
    const { settings } = state;
    fit.before = {
      factors: settings.factors.map((f) => ({ ...f })),
      intercept: settings.intercept,
      scoreModel: settings.scoreModel,
    };
    settings.intercept = table[0][0];
    settings.scoreModel = model === "linear" ? "linear" : "logit";
    table.slice(1).forEach((row, j) => {
      settings.factors[j].weight = row[0];
      state.invalid.delete(`${tx("weight")} ${j + 1}`);
    });
    undo.hidden = false;
    apply.disabled = true;
    state.changed("factors");
    status(tx("fitApplied"));
  });
  undo.addEventListener("click", () => {
    if (!fit.before) return;
    Object.assign(state.settings, fit.before);
    fit.before = undefined;
    undo.hidden = true;
    apply.disabled = false;
    state.changed("factors");
    status(tx("fitUndone"));
  });
  out.replaceChildren(
    h("p", { class: "fit-quality", id: "fit-report" }, report.text),
    // Long names or numbers scroll in the table's own box (as the school table does), never the pane.
    h(
      "div",
      { class: "table-scroll", id: "fit-table", tabindex: "0", role: "region", "aria-label": tx("fitTable") },
      h(
        "table",
        { class: "fit" },
        h(
          "thead",
          {},
          h(
            "tr",
            {},
            h("th", {}, tx("factor")),
            h("th", {}, tx("estimate")),
            h("th", {}, tx("se")),
            h("th", {}, tx("p")),
          ),
        ),
        h(
          "tbody",
          {},
          ...table.map((row, j) =>
            h(
              "tr",
              flags(row, j) ? { class: "flagged" } : {},
              // The flag goes under the factor's name: a fifth column does not fit 320 px.
              h("td", {}, names[j], ...(flags(row, j) ? [h("span", { class: "fit-flag" }, flags(row, j))] : [])),
              h("td", {}, num(row[0])),
              h("td", {}, num(row[1])),
              h("td", {}, num(row[3], 2)),
            ),
          ),
        ),
      ),
    ),
    h("div", { class: "buttons" }, apply, undo),
  );
}
