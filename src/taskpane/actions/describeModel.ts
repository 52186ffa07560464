/** "Skriv modellbeskrivning": a sheet that says in words what the model does and with which settings. */
import { version } from "../../../package.json";
import { methodLabel } from "../i18n";
import { Action, writeAsking } from "./runAction";

export const describeModel: Action = {
  id: "describe",
  label: "describe",
  place: "workbook",
  async run(state) {
    const { settings } = state;
    const tx = state.tx.bind(state);
    const today = new Date().toISOString().slice(0, 10);
    const none = (x: number, word: string) => (Number.isFinite(x) ? x : word);
    const sheet = tx("describeSheet");
    const rows: unknown[][] = [
      [sheet, ""],
      [tx("describeDate"), today],
      [tx("describeVersion"), version],
      ["", ""],
      [tx("describeWhat"), tx("describeWhatText")],
      [tx("describeIndexModel"), tx(settings.scoreModel === "logit" ? "logitModel" : "linearModel")],
      [tx("constant"), settings.intercept],
      // The weights hold only with their model and constant (a fit's are logit with a constant): said in words.
      ["", tx("describeScoreModel")],
      ...settings.factors.map((f) => [state.tx("describeWeight", { factor: f.name }), f.weight]),
      [tx("pot"), settings.pot],
      [tx("method"), methodLabel(settings.method, state.lang)],
      [tx("parameter"), settings.parameter],
      [tx("floor"), none(settings.floor, tx("noneFloor"))],
      [tx("cap"), none(settings.cap, tx("noneFloor"))],
      [tx("describeMaxDecrease"), none(settings.maxDecrease, tx("noLimit"))],
      [tx("describeMaxIncrease"), none(settings.maxIncrease, tx("noLimit"))],
      [tx("unit"), settings.unit],
    ];
    // Kronor with thousands, the yearly limits as percentages (0,02 is 2 %): by label, so the rows can move.
    const kronor = [tx("pot"), tx("floor"), tx("cap")];
    const percent = [tx("describeMaxDecrease"), tx("describeMaxIncrease")];
    const formats = rows.flatMap((row, r) => {
      const code = kronor.includes(row[0] as string) ? "#,##0" : percent.includes(row[0] as string) ? "0.0%" : "";
      return code && typeof row[1] === "number" ? [{ sheet, range: `B${r + 1}`, code }] : [];
    });
    await writeAsking(
      state,
      [{ sheet, topLeft: "A1", values: rows }],
      state.tx("described", { sheet }),
      [],
      [],
      formats,
    );
  },
};
