/**
 * The example municipality's allocation model — the one model every example
 * starts from: the example workbook stores it on its model sheet (the same
 * sheet the pane writes), the pane's preview outside Excel begins with it,
 * and the template preset offers its factors. The weights are placeholders,
 * not a recommendation.
 */
import { DEFAULT_SETTINGS, Factor, ModelSettings } from "../pane/modelSettings";

/** The factors in the order of the factor columns C–F of the example's sheet (src/model/example/schools.ts). */
const FACTORS: Factor[] = [
  { name: "Föräldrar med högst gymnasial utbildning", weight: 2 },
  { name: "Nyanlända senaste fyra åren", weight: 3 },
  { name: "Pojkar", weight: 0.5 },
  { name: "Hushåll med försörjningsstöd", weight: 2.5 },
];

/** A fresh copy, free to edit: 64 Mkr by need, amounts in whole hundreds, at most 2 % less per pupil than last year. */
export function exampleModel(): ModelSettings {
  return {
    ...DEFAULT_SETTINGS,
    factors: FACTORS.map((f) => ({ ...f })),
    pot: 64_000_000,
    unit: 100,
    maxDecrease: 0.02,
  };
}
