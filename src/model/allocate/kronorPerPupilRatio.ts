import { LikvardError, div0Error } from "../errors";
import { equityGap } from "../equity/equityGap";

/**
 * How far kronor per pupil spread with need, as one ratio:
 * "quarters": mean kr per pupil in the quarter of pupils with the highest need
 * over that in the quarter with the lowest (EQUITYGAP's "ratio" of kr per
 * pupil against the index, the same code); "maxMin": the highest kr per pupil
 * over the lowest, among schools with pupils.
 */
export type RatioMeasure = "quarters" | "maxMin";

/**
 * The ratio of kr per pupil (amount / pupils) for a split; a LikvardError when
 * it has no value (the lowest is 0, or fewer than two schools with pupils).
 */
export function kronorPerPupilRatio(
  measure: RatioMeasure,
  pupils: Float64Array,
  index: Float64Array,
  amounts: Float64Array,
): number | LikvardError {
  const perPupil = amounts.map((x, k) => (pupils[k] > 0 ? x / pupils[k] : 0));
  if (pupils.filter((p) => p > 0).length < 2) {
    return div0Error({
      sv: "Kvoten mellan skolor behöver minst två skolor med elever.",
      en: "A ratio between schools needs at least two schools with pupils.",
    });
  }
  if (measure === "quarters") {
    try {
      return equityGap(index, perPupil, pupils, "ratio");
    } catch (error) {
      if (error instanceof LikvardError) return error;
      throw error;
    }
  }
  let lowest = Infinity;
  let highest = -Infinity;
  for (let k = 0; k < pupils.length; k++) {
    if (!(pupils[k] > 0)) continue;
    lowest = Math.min(lowest, perPupil[k]);
    highest = Math.max(highest, perPupil[k]);
  }
  if (!(lowest > 0) || !Number.isFinite(highest)) {
    return div0Error({
      sv: "Lägsta belopp per elev är 0 (eller saknas), så kvoten mellan högsta och lägsta saknar värde.",
      en: "The lowest amount per pupil is 0 (or there is none), so the ratio of highest to lowest has no value.",
    });
  }
  return highest / lowest;
}
