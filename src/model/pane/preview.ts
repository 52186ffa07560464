/**
 * The pane's live preview: index, allocation and follow-up for the data and
 * settings at hand, computed by the same model code the formulas run — no
 * waiting for Excel to recalculate.
 */
import { allocate } from "../allocate/allocate";
import { equitySummary } from "../equity/equityGap";
import { Lang, LikvardError } from "../errors";
import { socioIndex } from "../socio/socioIndex";
import { ModelSettings, schoolLimits } from "./modelSettings";

export interface PreviewData {
  pupils: Float64Array;
  /** One column per factor, in the model's order. */
  factors: Float64Array[];
  /** Last year's kronor per pupil (for year-on-year limits); optional. */
  lastYear?: Float64Array;
  /** A resource to follow up (e.g. share of certified teachers); optional. */
  resource?: Float64Array;
}

export interface Preview {
  index: Float64Array;
  amounts: Float64Array;
  perPupil: Float64Array;
  min: number;
  median: number;
  max: number;
  /** Kronor per pupil, highest-need quarter of pupils / lowest-need quarter. */
  quarterRatio: number | undefined;
  /** EQUITYGAP (quartile difference) of the resource, when one is given. */
  resourceGap: number | undefined;
}

export type PreviewOutcome = { ok: true; preview: Preview } | { ok: false; message: string };

export function computePreview(data: PreviewData, settings: ModelSettings, lang: Lang): PreviewOutcome {
  try {
    if (settings.factors.length !== data.factors.length) {
      return {
        ok: false,
        message:
          lang === "sv"
            ? `Modellen har ${settings.factors.length} faktorer men faktorområdet har ${data.factors.length} kolumner.`
            : `The model has ${settings.factors.length} factors but the factor range has ${data.factors.length} columns.`,
      };
    }
    const weights = Float64Array.from(settings.factors, (f) => f.weight);
    const index = socioIndex(data.factors, weights, settings.intercept, data.pupils, settings.scoreModel);
    const n = data.pupils.length;
    const floor = new Float64Array(n);
    const cap = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const limits = schoolLimits(settings, data.lastYear ? data.lastYear[i] : NaN);
      floor[i] = limits.floor;
      cap[i] = limits.cap;
    }
    const amounts = allocate({
      pupils: data.pupils,
      index,
      pot: settings.pot,
      method: settings.method,
      parameter: settings.parameter,
      floor,
      cap,
      unit: settings.unit,
    });
    const perPupil = amounts.map((a, i) => (data.pupils[i] > 0 ? a / data.pupils[i] : NaN));
    const finite = Array.from(perPupil)
      .filter(Number.isFinite)
      .sort((a, b) => a - b);
    const mid = finite.length >> 1;
    const median = finite.length % 2 ? finite[mid] : (finite[mid - 1] + finite[mid]) / 2;
    const withPupils = perPupil.map((x) => (Number.isFinite(x) ? x : 0));
    const money = n >= 2 ? equitySummary(index, withPupils, data.pupils) : undefined;
    const ratio = money && typeof money.ratio === "number" ? money.ratio : undefined;
    let resourceGap: number | undefined;
    if (data.resource && n >= 2) {
      const gap = equitySummary(index, data.resource, data.pupils).quartile;
      resourceGap = typeof gap === "number" ? gap : undefined;
    }
    return {
      ok: true,
      preview: {
        index,
        amounts,
        perPupil,
        min: finite[0],
        median,
        max: finite[finite.length - 1],
        quarterRatio: ratio,
        resourceGap,
      },
    };
  } catch (error) {
    if (error instanceof LikvardError) return { ok: false, message: error.messageIn(lang) };
    throw error;
  }
}
