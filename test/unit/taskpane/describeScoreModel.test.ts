/**
 * The model description says which index model the weights hold with and
 * its constant, in words (the trial: after "Använd vikterna" the model was
 * logit with a constant the pane never showed).
 */
import { describeModel } from "../../../src/taskpane/actions/describeModel";
import { exampleModel } from "../../../src/model/example/model";
import { PaneState } from "../../../src/taskpane/state/paneState";
import { MemoryWorkbook } from "../../../src/taskpane/workbook/memoryWorkbook";

// The status line is the only DOM the action touches.
(globalThis as { document?: unknown }).document = { getElementById: () => ({}) };

async function description(lang: "sv" | "en", scoreModel: "linear" | "logit", intercept: number) {
  const book = new MemoryWorkbook({});
  const state = new PaneState(book, { lang });
  state.settings = { ...exampleModel(), scoreModel, intercept };
  await describeModel.run(state);
  return [...book.sheets.values()][0].map((row) => row.map((v) => (v === null || v === undefined ? "" : v)));
}

const row = (rows: unknown[][], label: string) => rows.find((r) => r[0] === label);

test("a logit model: named in Swedish words, its constant, and what they mean", async () => {
  const rows = await description("sv", "logit", -3.6217);
  expect(row(rows, "Indexmodell")?.[1]).toBe("logit");
  expect(row(rows, "Konstant")?.[1]).toBe(-3.6217);
  expect(
    rows.some(
      (r) => typeof r[1] === "string" && /samma vikter med en annan modell eller konstant ger andra belopp/i.test(r[1]),
    ),
  ).toBe(true);
});

test("chosen weights: linjär with constant 0 (linear in English)", async () => {
  expect(row(await description("sv", "linear", 0), "Indexmodell")?.[1]).toBe("linjär");
  expect(row(await description("en", "linear", 0), "Index model")?.[1]).toBe("linear");
});
