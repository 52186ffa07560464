import { LikvardError, Text, div0Error, numError } from "../errors";
import { concentrationParts } from "./concentrationIndex";
import { PooledUnits, poolByIndex } from "./poolByIndex";
import { quarterMeans } from "./quarterMeans";
import { WeightedMoments, weightedMoments } from "./weightedMoments";

/** The single-number measures; "summary" gives them all. */
export type EquityMeasure = "quartile" | "ratio" | "slope" | "correlation" | "concentration";
export type EquityMethod = EquityMeasure | "summary";

/** Accepted spellings (English and Swedish). */
export const EQUITY_METHOD_NAMES: Record<string, EquityMethod> = {
  quartile: "quartile",
  kvartil: "quartile",
  ratio: "ratio",
  kvot: "ratio",
  slope: "slope",
  lutning: "slope",
  correlation: "correlation",
  korrelation: "correlation",
  concentration: "concentration",
  koncentration: "concentration",
  summary: "summary",
  sammanfattning: "summary",
};

/** Every measure at once: a number, or the error that explains why it has none. */
export interface EquitySummary {
  quartile: number | LikvardError;
  ratio: number | LikvardError;
  slope: number | LikvardError;
  correlation: number | LikvardError;
  concentration: number | LikvardError;
  highMean: number;
  lowMean: number;
  schools: number;
  pupils: number;
}

const TOO_EXTREME = numError({
  sv: "Måttet går inte att räkna ut med så extrema tal: kontrollera resursen, indexet och elevantalen.",
  en: "The measure cannot be computed from such extreme numbers: check the resource, the index and the pupil counts.",
});

const NO_INDEX_VARIATION: Text = {
  sv: "Behovsindexet varierar inte mellan skolorna, så sambandet med resursen kan inte mätas.",
  en: "The need index does not vary between the schools, so its relation to the resource cannot be measured.",
};

/**
 * How a resource varies with need, pupil-weighted. Positive (ratio > 1):
 * compensatory, the resource rises with need; negative: regressive.
 * `pupils` may be all ones (every school counts once).
 */
export function equitySummary(index: Float64Array, resource: Float64Array, pupils: Float64Array): EquitySummary {
  const { largest, pupilTotal } = pupilScale(pupils);
  const units = poolByIndex(index, resource, pupils, largest);
  const { low, high } = quarterMeans(units);
  if (!Number.isFinite(low) || !Number.isFinite(high) || !Number.isFinite(pupilTotal)) throw TOO_EXTREME;
  const varies = units.withPupils >= 2;
  const moments = weightedMoments(index, resource, pupils, largest);
  return {
    quartile: finiteOrError(high - low),
    ratio: finiteOrError(ratioOf(low, high)),
    slope: finiteOrError(slopeOf(moments, varies)),
    correlation: finiteOrError(correlationOf(moments, varies)),
    concentration: finiteOrError(concentrationOf(units, varies)),
    highMean: high,
    lowMean: low,
    schools: index.length,
    pupils: pupilTotal,
  };
}

/**
 * One measure, computing only what it needs: slope and correlation two
 * passes and no sort; quartile, ratio and concentration one sort. Its error,
 * if it has none, is thrown. Same numbers and errors as the summary's.
 */
export function equityGap(
  index: Float64Array,
  resource: Float64Array,
  pupils: Float64Array,
  measure: EquityMeasure,
): number {
  const value = measure === "slope" || measure === "correlation" ? moment(measure) : sorted(measure);
  if (value instanceof LikvardError) throw value;
  return value;

  function moment(which: "slope" | "correlation"): number | LikvardError {
    const { largest, pupilTotal } = pupilScale(pupils);
    const moments = weightedMoments(index, resource, pupils, largest);
    // Untamed numbers may make the summary's quarter means overflow (its error comes first): ask it.
    if (!moments.tame || !Number.isFinite(pupilTotal)) return equitySummary(index, resource, pupils)[which];
    return finiteOrError(which === "slope" ? slopeOf(moments, moments.varies) : correlationOf(moments, moments.varies));
  }

  function sorted(which: "quartile" | "ratio" | "concentration"): number | LikvardError {
    const { largest, pupilTotal } = pupilScale(pupils);
    const units = poolByIndex(index, resource, pupils, largest);
    const { low, high } = quarterMeans(units);
    if (!Number.isFinite(low) || !Number.isFinite(high) || !Number.isFinite(pupilTotal)) throw TOO_EXTREME;
    if (which === "quartile") return finiteOrError(high - low);
    if (which === "ratio") return finiteOrError(ratioOf(low, high));
    return finiteOrError(concentrationOf(units, units.withPupils >= 2));
  }
}

/**
 * Every measure depends only on the pupils' relative sizes: weights are the
 * pupils scaled so the largest is 1, which keeps extreme counts from
 * overflowing or underflowing.
 */
function pupilScale(pupils: Float64Array): { largest: number; pupilTotal: number } {
  const schools = pupils.length;
  if (schools < 2) {
    throw div0Error({
      sv: `EQUITYGAP behöver minst två skolor, men fick ${schools}.`,
      en: `EQUITYGAP needs at least two schools, but got ${schools}.`,
    });
  }
  let pupilTotal = 0;
  let largest = 0;
  for (let i = 0; i < schools; i++) {
    pupilTotal += pupils[i];
    largest = Math.max(largest, pupils[i]);
  }
  if (!(largest > 0)) {
    throw div0Error({ sv: "Skolorna har sammanlagt 0 elever.", en: "The schools have 0 pupils in all." });
  }
  return { largest, pupilTotal };
}

function ratioOf(low: number, high: number): number | LikvardError {
  return low === 0
    ? div0Error({
        sv: "Medel i kvartilen med lägst behov är 0, så kvoten saknar värde.",
        en: "The mean in the lowest-need quarter is 0, so the ratio has no value.",
      })
    : high / low;
}

function slopeOf(moments: WeightedMoments, varies: boolean): number | LikvardError {
  return varies ? moments.covXY / moments.varX : div0Error(NO_INDEX_VARIATION);
}

function correlationOf(moments: WeightedMoments, varies: boolean): number | LikvardError {
  return !varies
    ? div0Error(NO_INDEX_VARIATION)
    : moments.varY === 0
      ? div0Error({
          sv: "Resursen är densamma på alla skolor, så korrelationen saknar värde.",
          en: "The resource is the same at every school, so the correlation has no value.",
        })
      : clampUnit(moments.covXY / Math.sqrt(moments.varX * moments.varY));
}

function concentrationOf(units: PooledUnits, varies: boolean): number | LikvardError {
  if (!varies) return div0Error(NO_INDEX_VARIATION);
  const concentration = concentrationParts(units);
  return concentration.mean === 0
    ? div0Error({
        sv: "Resursens elevviktade medel är 0, så koncentrationsindex saknar värde.",
        en: "The resource's pupil-weighted mean is 0, so the concentration index has no value.",
      })
    : (2 * concentration.covariance) / concentration.mean;
}

/** Values so extreme that a measure overflows get an explanation, never NaN or Infinity. */
function finiteOrError(value: number | LikvardError): number | LikvardError {
  if (value instanceof LikvardError || Number.isFinite(value)) return value;
  return TOO_EXTREME;
}

/** Rounding can put |r| a hair above 1. */
function clampUnit(r: number): number {
  return Math.max(-1, Math.min(1, r));
}

/**
 * A few calls on six schools when the module loads. V8 collects type
 * feedback only from a function's first few calls on, and compiles a
 * million-row loop while it is still running (on-stack replacement): at a
 * first call that large, the code after the loop had no feedback yet, and
 * the compiled loop then gave up at its end on every later call (slope at a
 * million rows ~16 ms instead of ~7). Costs microseconds.
 */
function warmUp(): void {
  const index = Float64Array.from([40.5, 60.25, 80.75, 100.5, 120.25, 140.75]);
  const resource = Float64Array.from([0.5, 0.75, 1.25, 1.5, 2.25, 2.5]);
  const pupils = Float64Array.from([10.5, 20.5, 30.5, 40.5, 50.5, 60.5]);
  for (let call = 0; call < 12; call++) {
    equitySummary(index, resource, pupils);
    for (const measure of ["quartile", "ratio", "slope", "correlation", "concentration"] as const) {
      equityGap(index, resource, pupils, measure);
    }
  }
}
warmUp();
