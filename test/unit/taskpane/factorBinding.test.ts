/**
 * A new factor range rebinds the factors to its columns (the trial of the
 * pane): each weight stays with its column, found by the header above it (or
 * by the column when there is no header row); a new column gets no weight
 * (the field asks for one), a dropped column's weight comes back when the
 * column does, and no field of a dropped factor is left waiting.
 */
import { exampleModel } from "../../../src/model/example/model";
import { EXAMPLE_HEADERS, EXAMPLE_SCHOOLS } from "../../../src/model/example/schools";
import { PaneState } from "../../../src/taskpane/state/paneState";
import { bindFactors } from "../../../src/taskpane/state/workbookReads";
import { MemoryWorkbook } from "../../../src/taskpane/workbook/memoryWorkbook";

async function paneOn(sheet: unknown[][], factors: string): Promise<PaneState> {
  const state = new PaneState(new MemoryWorkbook({ Skolor: sheet }), { lang: "sv" });
  state.settings = exampleModel(); // weights 2, 3, 0.5, 2.5 for the columns C–F
  Object.assign(state.ranges, { pupils: "Skolor!B2:B14", factors });
  await bindFactors(state);
  return state;
}

const withHeaders = () => [[...EXAMPLE_HEADERS], ...EXAMPLE_SCHOOLS.map((s) => [...s])];
const withoutHeaders = () => EXAMPLE_SCHOOLS.map((s) => [...s]);

async function rebind(state: PaneState, factors: string) {
  state.ranges.factors = factors;
  await bindFactors(state);
  return state.settings.factors;
}

const weights = (state: PaneState) => state.settings.factors.map((f) => f.weight);

describe("rebinding the factors to a new factor range", () => {
  test("the first binding keeps the model's weights in column order, named by the headers", async () => {
    const state = await paneOn(withHeaders(), "Skolor!C2:F14");
    expect(state.settings.factors).toEqual([
      { name: "Föräldrar högst gymnasial", weight: 2 },
      { name: "Nyanlända", weight: 3 },
      { name: "Pojkar", weight: 0.5 },
      { name: "Försörjningsstöd", weight: 2.5 },
    ]);
    expect(state.invalid.size).toBe(0);
  });

  test("dropping the first column keeps every other weight with its column", async () => {
    const state = await paneOn(withHeaders(), "Skolor!C2:F14");
    expect(await rebind(state, "Skolor!D2:F14")).toEqual([
      { name: "Nyanlända", weight: 3 },
      { name: "Pojkar", weight: 0.5 },
      { name: "Försörjningsstöd", weight: 2.5 },
    ]);
    expect(state.invalid.size).toBe(0);
  });

  test("narrowing and widening back brings the dropped columns' weights back", async () => {
    const state = await paneOn(withHeaders(), "Skolor!C2:F14");
    await rebind(state, "Skolor!C2:D14");
    expect(weights(state)).toEqual([2, 3]);
    await rebind(state, "Skolor!C2:F14");
    expect(weights(state)).toEqual([2, 3, 0.5, 2.5]);
  });

  test("a weight typed after narrowing is the one that stays", async () => {
    const state = await paneOn(withHeaders(), "Skolor!C2:F14");
    await rebind(state, "Skolor!D2:F14");
    state.settings.factors[0].weight = 4; // Nyanlända
    await rebind(state, "Skolor!C2:F14");
    expect(weights(state)).toEqual([2, 4, 0.5, 2.5]);
  });

  test("a new column gets no weight: its field waits for a number, never a silent 0", async () => {
    const state = await paneOn(withHeaders(), "Skolor!C2:F14");
    const factors = await rebind(state, "Skolor!C2:G14");
    expect(factors.map((f) => f.name)).toEqual([
      "Föräldrar högst gymnasial",
      "Nyanlända",
      "Pojkar",
      "Försörjningsstöd",
      "Ej behöriga till gymnasiet",
    ]);
    expect(weights(state).slice(0, 4)).toEqual([2, 3, 0.5, 2.5]);
    expect(weights(state)[4]).toBeNaN();
    expect([...state.invalid.keys()]).toEqual(["Vikt 5"]);
  });

  test("a field of a factor no longer in the range is not left waiting", async () => {
    const state = await paneOn(withHeaders(), "Skolor!C2:F14");
    await rebind(state, "Skolor!C2:G14"); // Vikt 5 waits for a number
    await rebind(state, "Skolor!C2:E14");
    expect(weights(state)).toEqual([2, 3, 0.5]);
    expect(state.invalid.size).toBe(0);
    expect(state.fieldsMessage()).toBeUndefined();
  });

  test("without a header row each weight stays with its column letter", async () => {
    const state = await paneOn(withoutHeaders(), "Skolor!C1:F13");
    expect(weights(state)).toEqual([2, 3, 0.5, 2.5]);
    await rebind(state, "Skolor!D1:F13");
    expect(weights(state)).toEqual([3, 0.5, 2.5]);
    await rebind(state, "Skolor!C1:F13");
    expect(weights(state)).toEqual([2, 3, 0.5, 2.5]);
  });

  test("a fit of the old columns is dropped: its rows would name other factors", async () => {
    const state = await paneOn(withHeaders(), "Skolor!C2:F14");
    state.fit = { model: "logit", report: { table: [], text: "" } as never };
    await rebind(state, "Skolor!D2:F14");
    expect(state.fit).toBeUndefined();
  });
});
