/**
 * "Mer om fördelningen": the resource gap, the number of schools, kr per
 * pupil against the need index, and the per-school table (schoolTable.ts),
 * whose sort is kept while the preview is redrawn.
 */
import { formatNumber, localeOf } from "../format";
import { h, plot } from "../ui";
import { SchoolSort, schoolTable } from "./schoolTable";
import { Section, foldable } from "./section";

export const details: Section = {
  id: "details",
  render(state) {
    const { lang } = state;
    const out = h("div", { id: "preview-body" });
    const fmt = (x: number | undefined, digits = 0) => formatNumber(x, lang, digits);
    let sortBy: SchoolSort = { column: 0, descending: false };
    const table = (): HTMLElement => {
      const p = state.preview;
      if (p.kind !== "ok") return h("div", { id: "school-table" });
      return schoolTable(p.cells, p.preview, lang, sortBy, (sort) => {
        sortBy = sort;
        document.getElementById("school-table")?.replaceWith(table());
      });
    };
    const show = () => {
      const p = state.preview;
      if (p.kind === "pending") return;
      if (p.kind === "missing") return out.replaceChildren(h("p", { class: "note" }, p.message));
      if (p.kind === "error") return out.replaceChildren(h("p", { class: "error", id: "preview-error" }, p.message));
      const { preview } = p;
      out.replaceChildren(
        h(
          "dl",
          {},
          h("dt", {}, state.tx("gap")),
          h(
            "dd",
            { id: "preview-gap" },
            preview.resourceMessage ?? state.tx("inResourceUnit", { gap: fmt(preview.resourceGap, 3) }),
          ),
          h("dt", {}, state.tx("schools")),
          h("dd", { id: "preview-schools" }, fmt(preview.schools)),
        ),
        plot(preview.index, preview.perPupil, state.tx("needIndex"), state.tx("krPerPupil"), localeOf(lang)),
        table(),
      );
    };
    state.subscribe((change) => change === "preview" && show());
    return foldable(state, "details", out);
  },
};
