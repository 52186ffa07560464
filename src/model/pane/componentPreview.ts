/**
 * The pane's live preview for a model with components (issue 20): the same
 * Preview as computePreviewCells (preview.ts) gives for one pot, but of the
 * school's total — the sum of its components with the need-based pot's
 * floors and caps from the guarantee (componentAmounts.ts) — which is what the
 * inserted total column shows. So the summary, the per-school table and the
 * change against last year follow the model the pane inserts.
 */
import { componentAmounts, ComponentData } from "../components/componentAmounts";
import { Component } from "../components/components";
import { equitySummary } from "../equity/equityGap";
import { Lang, LikvardError } from "../errors";
import { Cell } from "../sheet/cells";
import { ModelSettings } from "./modelSettings";
import { PreviewOutcome } from "./preview";

const cell = (x: number): Cell => (Number.isFinite(x) ? x : "");

export function componentPreview(
  data: ComponentData & { resource?: Float64Array },
  settings: ModelSettings,
  components: Component[],
  lang: Lang,
): PreviewOutcome {
  let result;
  try {
    result = componentAmounts(data, settings, components);
  } catch (error) {
    if (error instanceof LikvardError) return { ok: false, message: error.messageIn(lang) };
    throw error;
  }
  const { pupils } = data;
  const n = pupils.length;
  const amounts = result.total;
  const perPupil = amounts.map((a, i) => (pupils[i] > 0 ? a / pupils[i] : NaN));
  const finite = [...perPupil].filter(Number.isFinite).sort((a, b) => a - b);
  const mid = finite.length >> 1;
  const median = finite.length % 2 ? finite[mid] : (finite[mid - 1] + finite[mid]) / 2;
  // The quarter ratio and the resource's gap need the need index: there is one with a need-based pot.
  const index = result.index ?? new Float64Array(n).fill(NaN);
  const summary = (values: Float64Array) => {
    if (!result.index || n < 2) return undefined;
    try {
      return equitySummary(index, values, pupils);
    } catch (error) {
      if (error instanceof LikvardError) return undefined;
      throw error;
    }
  };
  const money = summary(perPupil.map((x) => (Number.isFinite(x) ? x : 0)));
  const resource = data.resource ? summary(data.resource) : undefined;
  return {
    ok: true,
    preview: {
      index,
      amounts,
      perPupil,
      floors: Array.from(result.floor, cell),
      caps: Array.from(result.cap, cell),
      min: finite[0],
      median,
      max: finite[finite.length - 1],
      quarterRatio: money && typeof money.ratio === "number" ? money.ratio : undefined,
      resourceGap: resource && typeof resource.quartile === "number" ? resource.quartile : undefined,
      schools: finite.length,
    },
  };
}
