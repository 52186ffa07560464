/**
 * "Målsök" for a model with components: the need-based pot's parameter
 * (power exponent or threshold) that makes the ratio of the schools' TOTAL
 * kr per pupil reach the target. The other components, the need index and
 * the pot's floors and caps from the guarantee (guarantee.ts) do not depend
 * on the pot's parameter, so componentAmounts gives them once and
 * findParameter searches the pot with them added to its amounts (`others`).
 */
import { findParameter } from "../allocate/findParameter";
import { RatioMeasure } from "../allocate/kronorPerPupilRatio";
import { LikvardError } from "../errors";
import { ModelSettings } from "../pane/modelSettings";
import { TargetSearchResult } from "../scenarios/targetSearch";
import { ComponentData, componentAmounts } from "./componentAmounts";
import { Component } from "./components";

export function componentTargetSearch(
  data: ComponentData,
  settings: ModelSettings,
  components: Component[],
  measure: RatioMeasure,
  target: number,
): TargetSearchResult {
  const pot = components.find((c) => c.kind === "needPot");
  if (!pot || pot.kind !== "needPot") {
    return {
      status: "failed",
      method: "power",
      message: {
        sv: "Målsök söker behovspottens parameter: modellen har ingen behovspott.",
        en: "Target search looks for the need-based pot's parameter: the model has no need-based pot.",
      },
    };
  }
  const method = pot.method === "threshold" ? "threshold" : "power";
  let parts;
  try {
    parts = componentAmounts(data, settings, components);
  } catch (error) {
    if (error instanceof LikvardError) return { status: "failed", method, message: error.text };
    throw error;
  }
  const n = data.pupils.length;
  const others = Float64Array.from({ length: n }, (_, i) =>
    components.reduce((sum, c) => (c === pot ? sum : sum + parts.amounts[c.key][i]), 0),
  );
  const result = findParameter({
    pupils: data.pupils,
    index: parts.index as Float64Array,
    pot: pot.pot,
    floor: parts.potFloor,
    cap: parts.potCap,
    unit: pot.unit,
    method,
    measure,
    target,
    others,
  });
  // Said of the pot and the total, so nobody takes it for the one-pot model's search.
  const of = {
    sv: `${pot.label}, räknat på skolornas totala kr per elev: `,
    en: `${pot.label}, on the schools' total kr per pupil: `,
  };
  const message = { sv: of.sv + result.message.sv, en: of.en + result.message.en };
  return { ...result, message, method };
}
