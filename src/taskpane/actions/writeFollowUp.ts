/**
 * "Skriv uppföljning": the sheet "Uppföljning" (src/model/followUp) from the
 * follow-up's choices, with the model sheet and the names its index uses, in
 * one batch after asking before overwriting (an earlier follow-up sheet is
 * cleared whole: "Skriv om bladet Uppföljning?"); then its charts.
 */
import { chosenOutcomeModel } from "../../model/followUp/outcomeModel";
import { rangeProblem } from "../../model/pane/rangeChecks";
import { followUpSheet } from "../../model/followUp/followUpSheet";
import { defaultDirection, resourceFormat } from "../../model/followUp/resourceDirection";
import { cellName, parseArea, quoteSheet, splitSheetRef } from "../../model/sheet/addresses";
import { followUpLabels } from "../followUpLabels";
import { PaneState } from "../state/paneState";
import { dataSheet } from "../state/workbookReads";
import { status } from "../status";
import { modelWrites, paneRanges, staleNames } from "./modelWrites";
import { Action, fieldsOk, writeAsking } from "./runAction";
import { clearSheet } from "./sheetRewrite";

/** A column's name: the text in the cell above its range, else the range itself. */
export async function headerOf(state: PaneState, range: string): Promise<string> {
  const { sheet = dataSheet(state), ref } = splitSheetRef(range);
  const area = parseArea(ref);
  if (!area || area.top === 0) return range;
  const [[above]] = await state.workbook.readRange(`${quoteSheet(sheet)}!${cellName(area.top - 1, area.left)}`);
  return typeof above === "string" && above.trim() ? above.trim() : range;
}

/** The schools' names: column A of the data sheet on the pupils' rows, unless the pupils are in column A. */
function namesOf(pupils: string, sheet: string): string | undefined {
  const area = parseArea(splitSheetRef(pupils).ref);
  if (!area || area.left === 0) return undefined;
  return `${quoteSheet(sheet)}!${cellName(area.top, 0)}:${cellName(area.top + area.rows - 1, 0)}`;
}

export const writeFollowUp: Action = {
  id: "write-follow-up",
  label: "writeFollowUp",
  place: "followUp",
  async run(state) {
    if (!fieldsOk(state)) return;
    const { ranges, followUp: choice, workbook, lang } = state;
    if (!ranges.pupils.trim() || !ranges.factors.trim() || !choice.outcome.trim()) {
      status(state.tx("followUpNeedOutcome"), "error");
      return;
    }
    // Each range checked first, the message naming it: a range, one column, as many rows as the pupils, not empty.
    const given = choice.resources.filter((ref) => ref.trim());
    const read = (ref: string) => workbook.readRange(ref).catch(() => undefined);
    const [pupils, outcomeValues, ...resourceValues] = await Promise.all(
      [ranges.pupils, choice.outcome, ...given].map(read),
    );
    const problem = rangeProblem(
      [
        { label: state.tx("pupils"), ref: ranges.pupils, values: pupils, column: true },
        { label: state.tx("followUpOutcome"), ref: choice.outcome, values: outcomeValues, column: true },
        ...given.map((ref, i) => ({
          label: state.tx("followUpResource", { n: i + 1 }),
          ref,
          values: resourceValues[i],
          column: true,
        })),
      ],
      lang,
    );
    if (problem) {
      status(problem, "error");
      return;
    }
    const sheet = dataSheet(state);
    const model = chosenOutcomeModel(choice.model, outcomeValues ?? []);
    const outcome = { ref: choice.outcome, label: await headerOf(state, choice.outcome) };
    // Each resource's direction (chosen, else from its header) and its values' format.
    const chosenDirection = (ref: string) => choice.directions?.[choice.resources.indexOf(ref)];
    const resources = await Promise.all(
      given.map(async (ref, i) => {
        const label = await headerOf(state, ref);
        return {
          ref,
          label,
          direction: chosenDirection(ref) ?? defaultDirection(label),
          format: resourceFormat(label, resourceValues[i] ?? []),
        };
      }),
    );
    const fu = followUpSheet(
      {
        names: namesOf(ranges.pupils, sheet),
        pupils: ranges.pupils,
        factors: ranges.factors,
        outcome,
        resources,
        model,
      },
      followUpLabels(outcome.label, lang),
      lang,
    );
    // The index uses the model's names: the model sheet and its names go in the same batch.
    const saved = modelWrites(state.settings, state.lang, paneRanges(state));
    const done = state.tx("followUpWritten", {
      sheet: fu.sheet,
      model: state.tx(model === "linear" ? "modelLinear" : "modelQuasilogit"),
    });
    const written = await writeAsking(
      state,
      [...(await clearSheet(state, fu.sheet)), ...fu.writes, ...saved.writes],
      done,
      saved.names,
      fu.reserved,
      fu.formats,
      await staleNames(state.workbook, saved.names),
    );
    if (!written) return;
    state.markDirty(false);
    for (const c of fu.charts) {
      await workbook.addScatterChart(c.sheet, c.x, c.y, c.title, { xLabel: c.xLabel, yLabel: c.yLabel, line: c.line });
    }
    status(done);
  },
};
