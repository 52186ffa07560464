/**
 * The sticky summary at the top: whether the workbook's model is up to date,
 * and kr per pupil (min / median / max), the quarter ratio and the pot check
 * of the preview at hand.
 */
import { formatKronorShown, formatNumber } from "../format";
import { h } from "../ui";
import { Section, section } from "./section";

export const summary: Section = {
  id: "summary",
  render(state) {
    const unsaved = h("p", { id: "unsaved", class: "note" });
    const body = h("div", { id: "summary", class: "summary" });
    const fmt = (x: number | undefined, digits = 0) => formatNumber(x, state.lang, digits);
    const kr = (x: number) => formatKronorShown(x, state.lang);
    const showDirty = () => {
      unsaved.textContent = state.dirty ? `● ${state.tx("unsaved")}` : `✓ ${state.tx("savedState")}`;
      unsaved.className = state.dirty ? "unsaved" : "note";
    };
    const showPreview = () => {
      const p = state.preview;
      if (p.kind === "pending") return;
      if (p.kind === "missing") return body.replaceChildren(h("p", { class: "note" }, p.message));
      if (p.kind === "error") return body.replaceChildren(h("p", { class: "error", id: "summary-error" }, p.message));
      const { preview } = p;
      const total = preview.amounts.reduce((a, x) => a + (Number.isFinite(x) ? x : 0), 0);
      body.replaceChildren(
        h(
          "dl",
          {},
          h("dt", {}, state.tx("perPupil")),
          h("dd", { id: "preview-perpupil" }, `${fmt(preview.min)} / ${fmt(preview.median)} / ${fmt(preview.max)} kr`),
          h("dt", {}, state.tx("ratio")),
          h("dd", { id: "preview-ratio" }, fmt(preview.quarterRatio, 2)),
          // With components the amounts are the schools' totals (componentPreview.ts): no one pot to check against.
          ...(state.settings.components?.length
            ? [h("dt", {}, state.tx("componentsTotal")), h("dd", { id: "preview-pot" }, kr(total))]
            : [
                h("dt", {}, state.tx("allocated")),
                h("dd", { id: "preview-pot" }, `${kr(total)} / ${kr(state.settings.pot)}`),
              ]),
        ),
      );
    };
    state.subscribe((change) => {
      if (change === "dirty") showDirty();
      if (change === "preview") showPreview();
    });
    showDirty();
    return section(state, "preview", unsaved, body);
  },
};
