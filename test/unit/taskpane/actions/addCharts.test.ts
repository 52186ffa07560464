/**
 * "Lägg till diagram" as a new user met it: pressed before "Infoga formler"
 * it said "Diagrammen är tillagda." and drew two empty charts; the resource's
 * chart was called "Resurs mot behovsindex" whatever the resource. Now it asks
 * for the formulas first and names the resource from its header.
 */
import { exampleModel } from "../../../../src/model/example/model";
import { EXAMPLE_HEADERS, EXAMPLE_RANGES, EXAMPLE_SCHOOLS } from "../../../../src/model/example/schools";
import { addCharts } from "../../../../src/taskpane/actions/addCharts";
import { insertFormulas } from "../../../../src/taskpane/actions/insertFormulas";
import { PaneState } from "../../../../src/taskpane/state/paneState";
import { MemoryWorkbook } from "../../../../src/taskpane/workbook/memoryWorkbook";
import { fakeStatus } from "./fakeStatus";

function pane() {
  const workbook = new MemoryWorkbook({ Skolor: [[...EXAMPLE_HEADERS], ...EXAMPLE_SCHOOLS.map((s) => [...s])] });
  const state = new PaneState(workbook, { lang: "sv" });
  state.settings = exampleModel();
  Object.assign(state.ranges, EXAMPLE_RANGES);
  state.target = "Skolor!T1";
  return { workbook, state };
}

test("before Infoga formler: a message to insert the formulas first, no charts", async () => {
  const shown = fakeStatus();
  const { workbook, state } = pane();
  await addCharts.run(state);
  expect(workbook.charts).toEqual([]);
  expect(shown.kind).toBe("error");
  expect(shown.text).toMatch(/Infoga formler/);
  expect(shown.text).not.toMatch(/tillagda/);
});

test("after Infoga formler: two charts, the resource's named from its header", async () => {
  const shown = fakeStatus();
  const { workbook, state } = pane();
  await insertFormulas.run(state);
  await addCharts.run(state);
  expect(shown.text).toBe("Diagrammen är tillagda.");
  const resourceHeader = EXAMPLE_HEADERS[8];
  expect(workbook.charts.map((c) => c.title)).toEqual([
    "Kr per elev mot behovsindex",
    `${resourceHeader} mot behovsindex`,
  ]);
});
