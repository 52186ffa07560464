/** "Skriv modellbeskrivning": a sheet that says in words what the model does and with which settings. */
import { version } from "../../../package.json";
import { METHOD_LABELS } from "../i18n";
import { Action, writeAsking } from "./runAction";

export const describeModel: Action = {
  id: "describe",
  label: "describe",
  place: "workbook",
  async run(state) {
    const { settings, lang } = state;
    const today = new Date().toISOString().slice(0, 10);
    const sv = lang === "sv";
    const L = (swedish: string, english: string) => (sv ? swedish : english);
    const none = (x: number, word: [string, string]) => (Number.isFinite(x) ? x : L(...word));
    const rows: unknown[][] = [
      [L("Modellbeskrivning", "Model description"), ""],
      [L("Datum", "Date"), today],
      [L("Likvärd-version", "Likvärd version"), version],
      ["", ""],
      [
        L("Vad modellen gör", "What the model does"),
        L(
          "Varje skolas behovsindex räknas fram ur faktorandelar och vikter (LIKVARD.SOCIOINDEX; elevviktat medel 100). Potten fördelas efter elever × vikt (LIKVARD.ALLOCATE) med golv, tak och avrundning; summan blir exakt potten.",
          "Each school's need index is computed from factor shares and weights (LIKVARD.SOCIOINDEX; pupil-weighted mean 100). The pot is split by pupils × weight (LIKVARD.ALLOCATE) with floors, caps and rounding; the amounts sum exactly to the pot.",
        ),
      ],
      [L("Indexmodell", "Index model"), settings.scoreModel],
      [L("Konstant", "Constant"), settings.intercept],
      ...settings.factors.map((f) => [`${L("Vikt", "Weight")}: ${f.name}`, f.weight]),
      [L("Pott (kr)", "Pot (kr)"), settings.pot],
      [L("Metod", "Method"), METHOD_LABELS[settings.method][sv ? 0 : 1]],
      ["Parameter", settings.parameter],
      [L("Golv per elev (kr)", "Floor per pupil (kr)"), none(settings.floor, ["inget", "none"])],
      [L("Tak per elev (kr)", "Cap per pupil (kr)"), none(settings.cap, ["inget", "none"])],
      [
        L("Största minskning mot fjolåret", "Largest decrease vs last year"),
        none(settings.maxDecrease, ["ingen gräns", "no limit"]),
      ],
      [
        L("Största ökning mot fjolåret", "Largest increase vs last year"),
        none(settings.maxIncrease, ["ingen gräns", "no limit"]),
      ],
      [L("Avrundningsenhet (kr)", "Rounding unit (kr)"), settings.unit],
    ];
    await writeAsking(state, [{ sheet: "Modellbeskrivning", topLeft: "A1", values: rows }], state.tx("described"));
  },
};
