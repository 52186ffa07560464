/**
 * The data ranges stored on the model sheet (block "Dataområden"): written
 * with the model and read back with the model unchanged, each range under a
 * LIKVARD_OMR_… name that refers to the data itself; the name's current
 * reference wins over the text (Excel moved it when rows were inserted); a
 * sheet saved before ranges were stored (typed out as that version wrote
 * it) reads the same model and no ranges; an English sheet reads too.
 */
import { Component } from "../../../../src/model/components/components";
import { DataRanges, readDataRanges } from "../../../../src/model/pane/dataRangeSheet";
import { DEFAULT_SETTINGS, ModelSettings } from "../../../../src/model/pane/modelSettings";
import { modelSheetCells, readModelSheet } from "../../../../src/model/pane/modelSheet";

const components: Component[] = [
  { kind: "counted", key: "NYANL", label: "Nyanlända", basis: "pot", amount: 6e6, unit: 1 },
  { kind: "lumpSum", key: "SMA", label: "Småskoletillägg", amount: 1.2e6, taperFrom: 100, taperTo: 250 },
];
const onePot: ModelSettings = {
  ...DEFAULT_SETTINGS,
  factors: [
    { name: "Utbildning", weight: 2 },
    { name: "Nyanlända", weight: 3 },
  ],
};
const ranges: DataRanges = {
  pupils: "Skolor!C2:C14",
  factors: "Skolor!D2:E14",
  lastYear: "Fjolåret!B2:B14",
  resource: "",
  outcome: "'Mina data'!K2:K14",
  components: { NYANL: "Skolor!P2:P14" },
  followUp: { outcome: "Skolor!K2:K14", resources: ["Skolor!L2:L14", "Skolor!M2:M14"] },
};

/** Values as Excel reads a used range back: a rectangle, empty cells "". */
const asExcel = (cells: (string | number)[][]) => {
  const width = Math.max(...cells.map((r) => r.length));
  return cells.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? ""));
};

test.each([
  ["one pot", onePot],
  ["components", { ...onePot, components }],
])("%s: the ranges and the model read back as written, each under its own name on the data", (_, settings) => {
  for (const lang of ["sv", "en"] as const) {
    const layout = modelSheetCells(settings, lang, ranges);
    const values = asExcel(layout.cells);
    expect(readModelSheet(values)).toEqual(readModelSheet(asExcel(modelSheetCells(settings, lang).cells)));
    expect(readModelSheet(values).factors).toEqual(settings.factors);
    expect(readDataRanges(values, [])).toEqual(ranges);
    expect(layout.names).toEqual(
      expect.arrayContaining([
        { name: "LIKVARD_OMR_ELEVER", sheet: "Skolor", ref: "$C$2:$C$14" },
        { name: "LIKVARD_OMR_FAKTORER", sheet: "Skolor", ref: "$D$2:$E$14" },
        { name: "LIKVARD_OMR_FJOL", sheet: "Fjolåret", ref: "$B$2:$B$14" },
        { name: "LIKVARD_OMR_UTFALL", sheet: "Mina data", ref: "$K$2:$K$14" },
        { name: "LIKVARD_OMR_KOMP_NYANL", sheet: "Skolor", ref: "$P$2:$P$14" },
        { name: "LIKVARD_OMR_UPPF_UTFALL", sheet: "Skolor", ref: "$K$2:$K$14" },
        { name: "LIKVARD_OMR_UPPF_RESURS1", sheet: "Skolor", ref: "$L$2:$L$14" },
        { name: "LIKVARD_OMR_UPPF_RESURS2", sheet: "Skolor", ref: "$M$2:$M$14" },
      ]),
    );
    // No name for a range not picked.
    expect(layout.names.some((n) => n.name === "LIKVARD_OMR_RESURS")).toBe(false);
    const header = values.findIndex((row) => row[0] === (lang === "sv" ? "Dataområden" : "Data ranges"));
    expect(header).toBeGreaterThan(0);
    expect(values[header + 1].slice(0, 2)).toEqual([lang === "sv" ? "Elever" : "Pupils", "Skolor!C2:C14"]);
  }
});

test("the name's current reference wins over the text: rows inserted above the data moved it", () => {
  const values = asExcel(modelSheetCells(onePot, "sv", ranges).cells);
  const read = readDataRanges(values, [
    { name: "LIKVARD_OMR_ELEVER", refersTo: "Skolor!$C$5:$C$17" },
    { name: "LIKVARD_OMR_FJOL", refersTo: "#REF!" }, // its sheet was deleted: the text stands
    { name: "LIKVARD_POTT", refersTo: "'Likvärd modell'!$B$3" },
  ]);
  expect(read?.pupils).toBe("Skolor!C5:C17");
  expect(read?.lastYear).toBe("Fjolåret!B2:B14");
  expect(read?.factors).toBe("Skolor!D2:E14");
});

test("a sheet saved before ranges were stored reads as before: the same model, no ranges", () => {
  // As the version before this wrote it: settings, an empty row, the factors.
  const old = asExcel([
    ["Likvärd – modell", "", "Modellen som formlerna läser."],
    ["Inställning", "Värde", "Förklaring", "Namn"],
    ["Pott (kr)", 80_000_000, "", "LIKVARD_POTT"],
    ["Metod", "proportional", "", "LIKVARD_METOD"],
    ["Parameter", 1, "", "LIKVARD_PARAMETER"],
    ["Golv", "", "", "LIKVARD_GOLV"],
    ["Tak", "", "", "LIKVARD_TAK"],
    ["Största minskning", "", "", "LIKVARD_MAXMINSKNING"],
    ["Största ökning", "", "", "LIKVARD_MAXOKNING"],
    ["Enhet", 1, "", "LIKVARD_ENHET"],
    ["Indexmodell", "linear", "", "LIKVARD_MODELL"],
    ["", "", "", ""],
    ["Faktor", "Vikt", "", ""],
    ["Konstant", 0, "", ""],
    ["Utbildning", 2, "", ""],
    ["Nyanlända", 3, "", ""],
  ]);
  expect(readDataRanges(old, [{ name: "LIKVARD_POTT", refersTo: "'Likvärd modell'!$B$3" }])).toBeUndefined();
  expect(readModelSheet(old).factors).toEqual(onePot.factors);
  expect(readModelSheet(old).pot).toBe(80_000_000);
});

test("a model without picked ranges writes no block (the sheet is as before)", () => {
  const none: DataRanges = {
    pupils: "",
    factors: "",
    lastYear: "",
    resource: "",
    outcome: "",
    components: {},
    followUp: { outcome: "", resources: [] },
  };
  expect(modelSheetCells(onePot, "sv", none)).toEqual(modelSheetCells(onePot, "sv"));
});
