import { numError } from "../errors";
import { formatDecimal } from "../format/kronor";

export type ScoreModel = "linear" | "logit";

/**
 * Each school's need index from factor shares and weights:
 * score_i = b0 + Σ b_j x_ij (linear) or 1 / (1 + exp(−(b0 + Σ b_j x_ij))) (logit),
 * index_i = 100 · score_i / (Σ pupils · score / Σ pupils).
 * `intercept` is b0 (0 when the weights have none); `pupils` may be all ones.
 */
export function socioIndex(
  factors: Float64Array[],
  weights: Float64Array,
  intercept: number,
  pupils: Float64Array,
  model: ScoreModel,
): Float64Array {
  const n = pupils.length;
  const k = factors.length;
  const score = new Float64Array(n);
  let weighted = 0;
  let total = 0;
  for (let i = 0; i < n; i++) {
    let s = intercept;
    for (let j = 0; j < k; j++) s += weights[j] * factors[j][i];
    if (model === "logit") s = 1 / (1 + Math.exp(-s));
    score[i] = s;
    weighted += pupils[i] * s;
    total += pupils[i];
  }
  const mean = weighted / total;
  if (!(mean > 0) || !Number.isFinite(mean)) {
    throw numError({
      sv: `Det elevviktade medelvärdet av poängen är ${Number.isFinite(mean) ? formatDecimal(mean, "sv") : "odefinierat"}, inte positivt, så indexet (medel 100) kan inte beräknas. Kontrollera vikternas tecken.`,
      en: `The pupil-weighted mean score is ${Number.isFinite(mean) ? formatDecimal(mean, "en") : "undefined"}, not positive, so the index (mean 100) cannot be computed. Check the signs of the weights.`,
    });
  }
  const index = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    // Divided first: 100 · score could overflow where the index itself is finite.
    index[i] = (score[i] / mean) * 100;
    if (!Number.isFinite(index[i])) {
      throw numError({
        sv: "Indexet går inte att räkna ut med så extrema tal: kontrollera faktorerna, vikterna och elevantalen.",
        en: "The index cannot be computed from such extreme numbers: check the factors, the weights and the pupil counts.",
      });
    }
  }
  return index;
}
