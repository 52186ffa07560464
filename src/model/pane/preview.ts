/**
 * The pane's live preview: index, allocation and follow-up for the data and
 * settings at hand. It reads the cells through the very functions the
 * formulas run (socioindexCells, allocateCells, equitygapCells in
 * src/model/sheet), so blanks, text, error values and gaps mean in the
 * preview exactly what they mean in the cells — no second reading of cells.
 */
import { equitySummary } from "../equity/equityGap";
import { Lang, LikvardError } from "../errors";
import { allocateCells } from "../sheet/allocateCells";
import { Cell, ErrorCell, Grid } from "../sheet/cells";
import { equitygapCells } from "../sheet/equitygapCells";
import { socioindexCells } from "../sheet/socioindexCells";
import { ModelSettings } from "./modelSettings";

/** The data ranges' cells, as the workbook gives them (one row per school). */
export interface PreviewCells {
  pupils: Grid;
  /** One column per factor, in the model's order. */
  factors: Grid;
  /** Last year's kronor per pupil (for year-on-year limits); optional. */
  lastYear?: Grid;
  /** A resource to follow up (e.g. share of certified teachers); optional. */
  resource?: Grid;
  /** The schools' names, one per row, for messages; optional. */
  names?: string[];
}

/** Plain numbers, one per school (tests, and callers that have no cells). */
export interface PreviewData {
  pupils: Float64Array;
  factors: Float64Array[];
  lastYear?: Float64Array;
  resource?: Float64Array;
}

export interface Preview {
  /** Per row of the ranges; NaN at rows the formulas skip (blank rows). */
  index: Float64Array;
  amounts: Float64Array;
  perPupil: Float64Array;
  /** Each row's floor and cap per pupil as the inserted limit columns show them ("" = none). */
  floors: Cell[];
  caps: Cell[];
  min: number;
  median: number;
  max: number;
  /** Kronor per pupil, highest-need quarter of pupils / lowest-need quarter. */
  quarterRatio: number | undefined;
  /** EQUITYGAP (quartile difference) of the resource, when one is given. */
  resourceGap: number | undefined;
  /** Why the resource has no gap (its cells break the rules), when one is given. */
  resourceMessage?: string;
  /** Schools counted (rows not skipped). */
  schools: number;
}

export type PreviewOutcome = { ok: true; preview: Preview } | { ok: false; message: string };

const column = (values: ArrayLike<number>): Grid => Array.from(values, (x) => [x]);
const numberOf = (cell: Cell): number => (typeof cell === "number" && Number.isFinite(cell) ? cell : NaN);

/** What the inserted limit formulas (limitFormulas.ts) show for a school with last year's `cell`. */
function limitCell(cell: Cell, fixed: number, change: number, sign: 1 | -1): Cell {
  const lastYear = typeof cell === "number" ? cell : NaN; // ISNUMBER: only a number counts
  if (Number.isFinite(lastYear) && Number.isFinite(change)) {
    const yearOnYear = lastYear * (1 + sign * change);
    if (!Number.isFinite(fixed)) return yearOnYear;
    return sign < 0 ? Math.max(fixed, yearOnYear) : Math.min(fixed, yearOnYear);
  }
  return Number.isFinite(fixed) ? fixed : "";
}

/** A model setting as its named cell on the model sheet holds it: NaN (none) is an empty cell. */
const named = (x: number): Cell => (Number.isFinite(x) ? x : "");

/** "golv, rad 6" → "golv, rad 6 (Lindskolan)" when the schools' names are known. */
function withNames(message: string, names: string[] | undefined): string {
  if (!names) return message;
  return message.replace(/\b(rad|row) (\d+)\b/g, (all, word: string, n: string) => {
    const name = names[Number(n) - 1];
    return name ? `${all} (${name})` : all;
  });
}

export function computePreviewCells(cells: PreviewCells, settings: ModelSettings, lang: Lang): PreviewOutcome {
  try {
    const k = cells.factors.reduce((m, row) => Math.max(m, row?.length ?? 0), 0);
    if (settings.factors.length !== k) {
      return {
        ok: false,
        message:
          lang === "sv"
            ? `Modellen har ${settings.factors.length} faktorer men faktorområdet har ${k} kolumner.`
            : `The model has ${settings.factors.length} factors but the factor range has ${k} columns.`,
      };
    }
    // LIKVARD_VIKTER: the constant first, then one weight per factor column.
    const weights: Grid = [[settings.intercept], ...settings.factors.map((f) => [f.weight])];
    const indexGrid = socioindexCells(cells.factors, weights, cells.pupils, settings.scoreModel);
    const n = indexGrid.length;
    let floor: Grid | Cell = named(settings.floor);
    let cap: Grid | Cell = named(settings.cap);
    let floors: Cell[] = [];
    let caps: Cell[] = [];
    if (cells.lastYear) {
      const lastYear = cells.lastYear;
      floors = Array.from({ length: n }, (_, i) =>
        limitCell(lastYear[i]?.[0], settings.floor, settings.maxDecrease, -1),
      );
      caps = Array.from({ length: n }, (_, i) => limitCell(lastYear[i]?.[0], settings.cap, settings.maxIncrease, 1));
      floor = floors.map((c) => [c]);
      cap = caps.map((c) => [c]);
    }
    const amountGrid = allocateCells(
      cells.pupils,
      indexGrid,
      settings.pot,
      settings.method,
      settings.parameter,
      floor,
      cap,
      settings.unit,
    );
    const index = Float64Array.from({ length: n }, (_, i) => numberOf(indexGrid[i]?.[0]));
    const amounts = Float64Array.from({ length: n }, (_, i) => numberOf(amountGrid[i]?.[0]));
    const pupils = Float64Array.from({ length: n }, (_, i) => numberOf(cells.pupils[i]?.[0]));
    const perPupil = amounts.map((a, i) => (pupils[i] > 0 ? a / pupils[i] : NaN));
    const kept = Array.from({ length: n }, (_, i) => i).filter((i) => Number.isFinite(amounts[i]));
    const finite = kept
      .map((i) => perPupil[i])
      .filter(Number.isFinite)
      .sort((a, b) => a - b);
    const mid = finite.length >> 1;
    const median = finite.length % 2 ? finite[mid] : (finite[mid - 1] + finite[mid]) / 2;
    const at = (values: Float64Array) => Float64Array.from(kept, (i) => values[i]);
    const money =
      kept.length >= 2
        ? equitySummary(
            at(index),
            at(perPupil).map((x) => (Number.isFinite(x) ? x : 0)),
            at(pupils),
          )
        : undefined;
    const ratio = money && typeof money.ratio === "number" ? money.ratio : undefined;
    let resourceGap: number | undefined;
    let resourceMessage: string | undefined;
    if (cells.resource) {
      try {
        const gap = equitygapCells(indexGrid, cells.resource, cells.pupils, "quartile", undefined, lang)[0][0];
        if (typeof gap === "number") resourceGap = gap;
        else if (gap instanceof ErrorCell && gap.cause) resourceMessage = gap.cause.messageIn(lang);
      } catch (error) {
        if (!(error instanceof LikvardError)) throw error;
        resourceMessage = withNames(error.messageIn(lang), cells.names);
      }
    }
    return {
      ok: true,
      preview: {
        index,
        amounts,
        perPupil,
        floors,
        caps,
        min: finite[0],
        median,
        max: finite[finite.length - 1],
        quarterRatio: ratio,
        resourceGap,
        resourceMessage,
        schools: kept.length,
      },
    };
  } catch (error) {
    if (error instanceof LikvardError) {
      return {
        ok: false,
        message: withNames(error.messageIn(lang), cells.names) + limitCause(error, cells, settings, lang),
      };
    }
    throw error;
  }
}

const percent = (x: number, lang: Lang) =>
  new Intl.NumberFormat(lang === "sv" ? "sv-SE" : "en-GB", { style: "percent", maximumFractionDigits: 2 }).format(x);

/**
 * Which limit a floor or cap message comes from: with last year's column,
 * the floors and caps are mostly the year-on-year limits, not the fixed ones
 * the message's words suggest.
 */
function limitCause(error: LikvardError, cells: PreviewCells, settings: ModelSettings, lang: Lang): string {
  if (!cells.lastYear) return "";
  const text = error.messageIn("en");
  const parts: string[] = [];
  if (/floor/i.test(text) && Number.isFinite(settings.maxDecrease)) {
    parts.push(
      lang === "sv"
        ? ` Golven kommer av gränsen största minskning mot fjolåret (${percent(settings.maxDecrease, lang)})${Number.isFinite(settings.floor) ? " och det fasta golvet" : ""}: höj gränsen, sänk golvet eller öka potten.`
        : ` The floors come from the largest decrease against last year (${percent(settings.maxDecrease, lang)})${Number.isFinite(settings.floor) ? " and the fixed floor" : ""}: raise that limit, lower the floor or increase the pot.`,
    );
  }
  if (/cap/i.test(text) && Number.isFinite(settings.maxIncrease)) {
    parts.push(
      lang === "sv"
        ? ` Taken kommer av gränsen största ökning mot fjolåret (${percent(settings.maxIncrease, lang)})${Number.isFinite(settings.cap) ? " och det fasta taket" : ""}.`
        : ` The caps come from the largest increase against last year (${percent(settings.maxIncrease, lang)})${Number.isFinite(settings.cap) ? " and the fixed cap" : ""}.`,
    );
  }
  return parts.join("");
}

/** The preview of plain numbers: the same as cells holding them. */
export function computePreview(data: PreviewData, settings: ModelSettings, lang: Lang): PreviewOutcome {
  const n = data.pupils.length;
  const factors: Grid = Array.from({ length: n }, (_, i) => data.factors.map((f) => f[i]));
  return computePreviewCells(
    {
      pupils: column(data.pupils),
      factors,
      lastYear: data.lastYear && column(data.lastYear),
      resource: data.resource && column(data.resource),
    },
    settings,
    lang,
  );
}
