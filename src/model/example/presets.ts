/** Starting points for the pane's factor table, clearly examples: the weights are placeholders for the municipality's own. */
import { Factor } from "../pane/modelSettings";
import { exampleModel } from "./model";

export const PRESETS: { id: string; label: { sv: string; en: string }; factors: Factor[] }[] = [
  {
    id: "equal",
    label: { sv: "Exempel: lika vikter", en: "Example: equal weights" },
    factors: [
      { name: "Faktor 1", weight: 1 },
      { name: "Faktor 2", weight: 1 },
      { name: "Faktor 3", weight: 1 },
      { name: "Faktor 4", weight: 1 },
    ],
  },
  {
    id: "template",
    label: {
      sv: "Exempel: utbildning + nyanlända + kön + försörjningsstöd (platshållarvikter)",
      en: "Example: education + newly arrived + gender + income support (placeholder weights)",
    },
    factors: exampleModel().factors,
  },
];
