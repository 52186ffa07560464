/**
 * Likvärd's custom functions as Excel sees them. Each wrapper only converts
 * Excel's arguments and results (src/functions/excelCells.ts) and calls the
 * model's cell functions, the same ones the headless engine calls. The JSDoc
 * below is the source of functions.json (English); the Swedish texts live in
 * src/functions/metadata.sv.json.
 */
import { allocateCells } from "../model/sheet/allocateCells";
import { equitygapCells } from "../model/sheet/equitygapCells";
import { sociofitCells } from "../model/sheet/sociofitCells";
import { socioindexCells } from "../model/sheet/socioindexCells";
import { runForExcel, toInput } from "./excelCells";

/* eslint-disable @typescript-eslint/no-explicit-any -- Excel hands cells of any type; the model checks them. */

/**
 * Each school's need index (pupil-weighted mean 100) from factor shares and chosen or fitted weights.
 * @customfunction SOCIOINDEX
 * @param factors Factor shares: one row per school, one column per factor.
 * @param weights One weight per factor, or the intercept first and then one weight per factor, or the whole table SOCIOFIT returns.
 * @param [pupils] Pupils per school; omitted = every school counts once.
 * @param [model] "linear" (default): intercept + weighted sum; "logit": the predicted share of a fitted logistic model.
 * @returns A column with each school's need index.
 */
export function socioindex(factors: any[][], weights: any[][], pupils?: any[][], model?: any): any[][] {
  return runForExcel(() => socioindexCells(toInput(factors), toInput(weights), toInput(pupils), toInput(model)));
}

/**
 * Fits the weights of a need index to an outcome, as R's glm or lm: estimate, standard error, statistic and p-value per term.
 * @customfunction SOCIOFIT
 * @param factors Factor shares: one row per school, one column per factor.
 * @param outcome The outcome per school, e.g. the share of pupils not eligible for upper secondary school.
 * @param [pupils] Pupils per school (binomial trials, or weights in the linear model); omitted = every school counts once.
 * @param [model] "logit" (default): binomial GLM; "quasilogit": the same with overdispersion; "linear": weighted least squares.
 * @returns A table with one row per term (intercept first): estimate, standard error, statistic, p-value.
 */
export function sociofit(factors: any[][], outcome: any[][], pupils?: any[][], model?: any): any[][] {
  return runForExcel(() => sociofitCells(toInput(factors), toInput(outcome), toInput(pupils), toInput(model)));
}

/**
 * Splits a pot between schools by pupils and need index, exact to the krona, with floors, caps and rounding.
 * @customfunction ALLOCATE
 * @param pupils Pupils per school (a column or a row).
 * @param index Each school's need index (100 = average).
 * @param pot The total to split, in kronor.
 * @param [method] "proportional" (default), "threshold" (only need above the parameter) or "power" (index to the parameter).
 * @param [parameter] Threshold for "threshold" (default 100) or exponent for "power" (default 1).
 * @param [floor] Least kronor per pupil: one number or one per school.
 * @param [cap] Most kronor per pupil: one number or one per school.
 * @param [unit] Rounding unit in kronor (default 1; 0 = no rounding; 1000 for tkr).
 * @returns Kronor per school, summing exactly to the pot.
 */
export function allocate(
  pupils: any[][],
  index: any[][],
  pot: any,
  method?: any,
  parameter?: any,
  floor?: any[][],
  cap?: any[][],
  unit?: any,
): any[][] {
  return runForExcel(() =>
    allocateCells(
      toInput(pupils),
      toInput(index),
      toInput(pot),
      toInput(method),
      toInput(parameter),
      toInput(floor),
      toInput(cap),
      toInput(unit),
    ),
  );
}

/**
 * Does a resource follow need? Compares a resource (e.g. share of certified teachers) with the need index, pupil-weighted.
 * @customfunction EQUITYGAP
 * @param index Each school's need index.
 * @param resource The resource or outcome per school.
 * @param [pupils] Pupils per school; omitted = every school counts once.
 * @param [method] "quartile" (default), "ratio", "slope", "correlation", "concentration" or "summary".
 * @returns The measure (positive = the resource rises with need), or a labelled summary table.
 */
export function equitygap(index: any[][], resource: any[][], pupils?: any[][], method?: any): any[][] {
  return runForExcel((lang) =>
    equitygapCells(toInput(index), toInput(resource), toInput(pupils), toInput(method), lang),
  );
}
