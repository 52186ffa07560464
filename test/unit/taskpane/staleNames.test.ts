/**
 * Saving a model whose component was renamed: the MemoryWorkbook deletes the
 * names asked in the same batch as the writes, and staleNames asks only for
 * Likvärd's own model names the new model no longer defines — never a
 * user's name, nor a scenario's (on its own sheet). The stored data ranges'
 * names point at the data itself.
 */
import { DataRanges } from "../../../src/model/pane/dataRangeSheet";
import { Component } from "../../../src/model/components/components";
import { DEFAULT_SETTINGS, ModelSettings } from "../../../src/model/pane/modelSettings";
import { modelWrites, staleNames } from "../../../src/taskpane/actions/modelWrites";
import { MemoryWorkbook } from "../../../src/taskpane/workbook/memoryWorkbook";

const lump = (key: string): Component => ({
  kind: "lumpSum",
  key,
  label: "Småskoletillägg",
  amount: 1.2e6,
  taperFrom: 100,
  taperTo: 250,
});
const settings = (key: string): ModelSettings => ({
  ...DEFAULT_SETTINGS,
  factors: [{ name: "Utbildning", weight: 2 }],
  components: [lump(key)],
});
const noRanges: DataRanges = {
  pupils: "",
  factors: "",
  lastYear: "",
  resource: "",
  outcome: "",
  components: {},
  followUp: { outcome: "", resources: [] },
};

test("a renamed component's old names go in the save's batch; the user's and the scenarios' stay", async () => {
  const book = new MemoryWorkbook({
    Skolor: [
      ["Skola", "Elever"],
      ["Ekbacken", 100],
    ],
  });
  const first = modelWrites(settings("SMA"), "sv", {
    ...noRanges,
    pupils: "Skolor!B2:B2",
    components: { SMA: "Skolor!C2:C2" },
  });
  await book.write(first.writes, [
    ...first.names,
    { name: "LIKVARD_SCENARIO2_POTT", sheet: "Likvärd scenarier", ref: "$C$4" },
    { name: "MIN_POTT", sheet: "Skolor", ref: "$B$2" },
  ]);
  expect(book.names.get("LIKVARD_OMR_ELEVER")).toEqual({
    name: "LIKVARD_OMR_ELEVER",
    sheet: "Skolor",
    ref: "$B$2:$B$2",
  });
  expect(book.names.has("LIKVARD_SMA_BELOPP")).toBe(true);

  const second = modelWrites(settings("LITEN"), "sv", { ...noRanges, pupils: "Skolor!B2:B2" });
  const stale = await staleNames(book, second.names);
  expect(stale.sort()).toEqual([
    "LIKVARD_OMR_KOMP_SMA",
    "LIKVARD_SMA_BELOPP",
    "LIKVARD_SMA_N1",
    "LIKVARD_SMA_N2",
    "LIKVARD_SMA_TYP",
  ]);
  const batches = book.batches;
  await book.write(second.writes, second.names, [], [], stale);
  expect(book.batches).toBe(batches + 1);
  const left = [...book.names.keys()];
  expect(left.filter((n) => n.startsWith("LIKVARD_SMA_") || n === "LIKVARD_OMR_KOMP_SMA")).toEqual([]);
  expect(left).toEqual(
    expect.arrayContaining(["LIKVARD_LITEN_BELOPP", "LIKVARD_OMR_ELEVER", "LIKVARD_SCENARIO2_POTT", "MIN_POTT"]),
  );
  expect(await book.definedNames()).toContainEqual({ name: "LIKVARD_POTT", refersTo: "'Likvärd modell'!$B$3" });
});

test("MemoryWorkbook.saved/fromSaved (the preview's ?keep): cells, formulas, text that starts with '=', names", async () => {
  const book = new MemoryWorkbook({
    Skolor: [
      ["Skola", "Elever"],
      ["Ekbacken", 100],
      ["Tallåsen", 200],
    ],
  });
  await book.write(
    [
      { sheet: "Skolor", topLeft: "C2", formulas: [["=SUM(LIKVARD_OMR_ELEVER)"]] },
      { sheet: "Skolor", topLeft: "D2", values: [["=inte en formel"]] },
    ],
    [{ name: "LIKVARD_OMR_ELEVER", sheet: "Skolor", ref: "$B$2:$B$3" }],
  );
  const again = MemoryWorkbook.fromSaved(JSON.parse(JSON.stringify(book.saved())) as ReturnType<typeof book.saved>);
  expect(await again.readRange("Skolor!C2:D2")).toEqual([[300, "=inte en formel"]]);
  expect(again.hasFormula("Skolor", "C2")).toBe(true);
  expect(again.hasFormula("Skolor", "D2")).toBe(false);
  expect(await again.definedNames()).toEqual([{ name: "LIKVARD_OMR_ELEVER", refersTo: "Skolor!$B$2:$B$3" }]);
});
