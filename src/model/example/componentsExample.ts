/**
 * The example municipality's model with components (issue 20), offered in
 * the pane's preview: a base amount per pupil by stage, the socioeconomic
 * supplement as a need-based pot, a pot for newly arrived pupils and a lump
 * sum for small schools that tapers from 100 to 250 pupils (Byskolan, 58
 * pupils, gets all of it). The total per pupil may fall at most 2 % and rise
 * at most 5 % against last year's total, which is on its own sheet
 * "Fjolåret" (a municipality keeps last year's budget apart). Plausible
 * numbers, not a recommendation.
 */
import { Component } from "../components/components";
import { ModelSettings } from "../pane/modelSettings";
import { EXAMPLE_RANGES, EXAMPLE_SCHOOLS } from "./schools";

/** A fresh copy of the components, free to edit. */
export function exampleComponents(): Component[] {
  return [
    {
      kind: "perStage",
      key: "GRUND",
      label: "Grundbelopp",
      stages: [
        { key: "F3", label: "F–3", amount: 55_300 },
        { key: "46", label: "4–6", amount: 58_900 },
        { key: "79", label: "7–9", amount: 66_450 },
      ],
    },
    {
      kind: "needPot",
      key: "SOCIO",
      label: "Socioekonomiskt tillägg",
      pot: 64_000_000,
      method: "proportional",
      parameter: 1,
      unit: 100,
    },
    { kind: "counted", key: "NYANL", label: "Nyanlända", basis: "pot", amount: 6_000_000, unit: 1 },
    { kind: "lumpSum", key: "SMA", label: "Småskoletillägg", amount: 1_200_000, taperFrom: 100, taperTo: 250 },
  ];
}

/** The sheet with last year's total per pupil, and its rows (headers in row 1), in the order of EXAMPLE_SCHOOLS. */
export const LAST_YEAR_SHEET = "Fjolåret";
const LAST_YEAR_TOTALS: Record<string, number> = {
  Almskolan: 67_200,
  Björkskolan: 80_300,
  Ekskolan: 65_000,
  Granskolan: 87_700,
  Hasselskolan: 70_500,
  Lindskolan: 97_600,
  Lönnskolan: 65_900,
  Rönnskolan: 75_500,
  Sälgskolan: 85_100,
  Tallskolan: 70_700,
  Videskolan: 94_500,
  Äppelskolan: 73_300,
  Byskolan: 91_000,
};
export const LAST_YEAR_ROWS: (string | number)[][] = [
  ["Skola", "Fjolårets totala kr per elev"],
  ...EXAMPLE_SCHOOLS.map(([name]) => [name, LAST_YEAR_TOTALS[name]]),
];

/** What the example with components changes: the model, last year's column, each component's data columns. */
export function componentsExample(settings: ModelSettings): {
  settings: ModelSettings;
  lastYear: string;
  columns: Record<string, string>;
} {
  return {
    settings: { ...settings, components: exampleComponents(), maxDecrease: 0.02, maxIncrease: 0.05 },
    lastYear: `${LAST_YEAR_SHEET}!B2:B${EXAMPLE_SCHOOLS.length + 1}`,
    columns: { GRUND: EXAMPLE_RANGES.stages, NYANL: EXAMPLE_RANGES.newlyArrivedCount },
  };
}
