/**
 * Number formats a new user missed: the Modellbeskrivning showed the largest
 * decrease 2 % as "0,02" and the pot with no thousands; the preview's copy
 * "Skolor (värden)" lost the number formats that the CLI's freeze keeps.
 */
import { DEFAULT_SETTINGS } from "../../../../src/model/pane/modelSettings";
import { describeModel } from "../../../../src/taskpane/actions/describeModel";
import { PaneState } from "../../../../src/taskpane/state/paneState";
import { MemoryWorkbook } from "../../../../src/taskpane/workbook/memoryWorkbook";
import { fakeStatus } from "./fakeStatus";

test("Modellbeskrivning: the largest decrease and increase as percentages, kronor with thousands", async () => {
  fakeStatus();
  const workbook = new MemoryWorkbook({ Skolor: [["Skola"]] });
  const state = new PaneState(workbook, { lang: "sv" });
  state.settings = { ...DEFAULT_SETTINGS, pot: 64_000_000, maxDecrease: 0.02, maxIncrease: 0.05 };
  await describeModel.run(state);
  const sheet = state.tx("describeSheet");
  const rows = workbook.shown(sheet);
  const rowOf = (label: string) => rows.findIndex((row) => row[0] === label) + 1;
  const format = (key: "describeMaxDecrease" | "describeMaxIncrease" | "pot") =>
    workbook.formatOf(sheet, `B${rowOf(state.tx(key))}`);
  expect(rows[rowOf(state.tx("describeMaxDecrease")) - 1][1]).toBe(0.02);
  expect(format("describeMaxDecrease")).toBe("0.0%");
  expect(format("describeMaxIncrease")).toBe("0.0%");
  expect(format("pot")).toBe("#,##0");
});

test("a sheet copied as values keeps its number formats", async () => {
  const workbook = new MemoryWorkbook({ Skolor: [["Belopp"], [12105.6042]] });
  await workbook.write([], [], [], [{ sheet: "Skolor", range: "A2", code: "#,##0" }]);
  await workbook.write([], [], [{ from: "Skolor", to: "Skolor (värden)" }]);
  expect(workbook.formatOf("Skolor (värden)", "A2")).toBe("#,##0");
});
