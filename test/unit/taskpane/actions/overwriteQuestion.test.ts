/**
 * The question before overwriting, as a new user met it: re-running "Jämför
 * scenarier" listed 490 cells as "Likvärd jämförelse!A1, …" under "Cellerna
 * är inte tomma"; "Ta bort scenario" asked the same generic question. Now a
 * sheet Likvärd rewrites whole gets "Skriv om bladet 'Likvärd jämförelse'?",
 * deleting a scenario "Ta bort scenariot X?", and cells are written with
 * their sheet quoted as Excel writes it.
 */
import { PaneState } from "../../../../src/taskpane/state/paneState";
import { overwriteQuestion } from "../../../../src/taskpane/actions/overwriteDialog";
import { clearSheet, rewrittenSheets } from "../../../../src/taskpane/actions/sheetRewrite";
import { MemoryWorkbook } from "../../../../src/taskpane/workbook/memoryWorkbook";

const sheet = "Likvärd jämförelse";
const state = (lang: "sv" | "en" = "sv") =>
  new PaneState(
    new MemoryWorkbook({
      Skolor: [["Skola"]],
      [sheet]: [
        ["a", "b"],
        [1, 2],
      ],
    }),
    { lang },
  );

test("generic question: sheet names quoted as Excel writes them", () => {
  const q = overwriteQuestion(state(), ["Likvärd jämförelse!A1", "Skolor!B2", "'Min flik'!C3"]);
  expect(q.title).toBe("Cellerna är inte tomma");
  expect(q.text).toContain("'Likvärd jämförelse'!A1, Skolor!B2, 'Min flik'!C3");
  expect(q.text).not.toMatch(/[^']Likvärd jämförelse!/);
});

test("a sheet Likvärd rewrites whole: one question naming the sheet, no cell list", async () => {
  const s = state();
  const writes = await clearSheet(s, sheet);
  expect(rewrittenSheets(writes)).toEqual([sheet]);
  const cells = Array.from({ length: 490 }, (_, i) => `${sheet}!A${i + 1}`);
  const q = overwriteQuestion(s, cells, rewrittenSheets(writes));
  expect(q.title).toBe("Skriv om bladet 'Likvärd jämförelse'?");
  expect(q.text).not.toMatch(/A1/);
  expect(q.button).toBe("Skriv om");
  const en = overwriteQuestion(state("en"), cells, [sheet]);
  expect(en.title).toBe("Rewrite the sheet 'Likvärd jämförelse'?");
});

test("a rewrite that would also overwrite a user's cells elsewhere lists those cells", () => {
  const q = overwriteQuestion(state(), [`${sheet}!A1`, "Skolor!Z9"], [sheet]);
  expect(q.title).toBe("Cellerna är inte tomma");
  expect(q.text).toContain("Skolor!Z9");
});

test("an explicit question (deleting a scenario) is asked as given", () => {
  const q = overwriteQuestion(state(), ["'Likvärd scenarier'!C3:C20"], [], {
    title: "Ta bort scenariot Bas?",
    text: "x",
    button: "Ta bort",
  });
  expect(q).toEqual({ title: "Ta bort scenariot Bas?", text: "x", button: "Ta bort" });
});
