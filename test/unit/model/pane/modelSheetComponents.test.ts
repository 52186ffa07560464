/**
 * The model sheet with components (issue 20): written and read back with the
 * factors, the settings and the components intact; every LIKVARD_<KEY>_…
 * name on its own value; and a sheet saved before components existed (typed
 * out below as that version wrote it) still reads as the one-pot model.
 */
import { Component } from "../../../../src/model/components/components";
import { DEFAULT_SETTINGS, ModelSettings } from "../../../../src/model/pane/modelSettings";
import { modelSheetCells, readModelSheet } from "../../../../src/model/pane/modelSheet";
import { PER_STAGE } from "../components/exampleByHand";

const components: Component[] = [
  PER_STAGE,
  { kind: "needPot", key: "SOCIO", label: "Socioekonomiskt", pot: 64e6, method: "power", parameter: 1.5, unit: 100 },
  { kind: "counted", key: "NYANL", label: "Nyanlända", basis: "pot", amount: 6e6, unit: 1 },
  { kind: "lumpSum", key: "SMA", label: "Småskoletillägg", amount: 1.2e6, taperFrom: 100, taperTo: 250 },
];

const settings: ModelSettings = {
  ...DEFAULT_SETTINGS,
  factors: [
    { name: "Utbildning", weight: 2 },
    { name: "Nyanlända", weight: 3 },
  ],
  maxDecrease: 0.02,
  maxIncrease: 0.05,
  components,
};

/** Values as Excel reads a used range back: a rectangle, empty cells "". */
const asExcel = (cells: (string | number)[][]) => {
  const width = Math.max(...cells.map((r) => r.length));
  return cells.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? ""));
};

test("components are written below the factors and read back, the factors untouched", () => {
  const { cells } = modelSheetCells(settings);
  expect(readModelSheet(cells)).toEqual(settings);
  expect(readModelSheet(asExcel(cells))).toEqual(settings);
  // Without factors the block still stays clear of LIKVARD_FAKTORER's row.
  const noFactors = { ...settings, factors: [] };
  expect(readModelSheet(asExcel(modelSheetCells(noFactors).cells))).toEqual(noFactors);
  // A model without components writes no block and reads back without components.
  const plain = { ...settings, components: undefined };
  const { cells: plainCells } = modelSheetCells(plain);
  expect(plainCells.some((r) => r[0] === "Komponent")).toBe(false);
  expect(readModelSheet(plainCells).components).toBeUndefined();
});

test("every component name refers to the row that holds its value", () => {
  const { cells, names } = modelSheetCells(settings);
  const own = names.filter((n) => /^LIKVARD_(GRUND|SOCIO|NYANL|SMA)_/.test(n.name));
  expect(own.map((n) => n.name)).toContain("LIKVARD_SMA_N2");
  expect(own).toHaveLength(4 + 5 + 3 + 4);
  for (const n of own) {
    const row = Number(/^\$B\$(\d+)$/.exec(n.ref)?.[1]) - 1;
    expect(cells[row][3]).toBe(n.name);
  }
  expect(cells[Number(own.find((n) => n.name === "LIKVARD_GRUND_46")?.ref.slice(3)) - 1][1]).toBe(58_900);
  // No two names on one cell, none on the settings' or the factors' cells.
  const refs = names.filter((n) => !n.ref.includes(":")).map((n) => n.ref);
  expect(new Set(refs).size).toBe(refs.length);
});

test("a model sheet saved before components existed reads as the one-pot model", () => {
  // As the pane wrote it before issue 20 (two factors, no block), read back by Excel as a rectangle.
  const old = [
    ["Likvärd: fördelningsmodell", "", "Ändra värdena i kolumn B; formlerna använder namnen i kolumn D.", ""],
    ["Inställning", "Värde", "Förklaring", "Namn"],
    ["Pott (kr)", 64000000, "Det belopp som fördelas efter socioekonomiskt behov.", "LIKVARD_POTT"],
    [
      "Metod",
      "proportionell",
      "proportionell, tröskel eller potens (formlerna tar även proportional, threshold, power).",
      "LIKVARD_METOD",
    ],
    ["Parameter", 1, "Tröskel för threshold, exponent för power.", "LIKVARD_PARAMETER"],
    ["Golv per elev (kr)", "", "Minsta belopp per elev; tomt = inget golv.", "LIKVARD_GOLV"],
    ["Tak per elev (kr)", "", "Högsta belopp per elev; tomt = inget tak.", "LIKVARD_TAK"],
    ["Största minskning per elev", 0.02, "Mot fjolåret, t.ex. 0,02 = 2 %; tomt = ingen gräns.", "LIKVARD_MAXMINSKNING"],
    ["Största ökning per elev", "", "Mot fjolåret, t.ex. 0,1 = 10 %; tomt = ingen gräns.", "LIKVARD_MAXOKNING"],
    ["Avrundningsenhet (kr)", 100, "Beloppen blir hela enheter; summan blir exakt potten.", "LIKVARD_ENHET"],
    ["Indexmodell", "linjär", "linjär (vikter) eller logit (skattad logitmodell).", "LIKVARD_MODELL"],
    ["", "", "", ""],
    ["Faktor", "Vikt", "Faktorerna i samma ordning som kolumnerna i faktorområdet.", ""],
    ["Konstant", 0, "Konstanten (b0): 0 för valda vikter, skattad för SOCIOFIT-vikter.", ""],
    ["Utbildning", 2, "", ""],
    ["Nyanlända", 3, "", ""],
    // What the pane's clearing of a longer earlier model leaves: empty rows.
    ["", "", "", ""],
    ["", "", "", ""],
  ];
  const model = readModelSheet(old);
  expect(model).toEqual({
    ...DEFAULT_SETTINGS,
    factors: [
      { name: "Utbildning", weight: 2 },
      { name: "Nyanlända", weight: 3 },
    ],
    pot: 64_000_000,
    maxDecrease: 0.02,
    unit: 100,
  });
  expect("components" in model).toBe(false);
});

test("components added by hand on an old sheet, below its factors, are found", () => {
  const { cells } = modelSheetCells({ ...settings, components: undefined });
  const block = modelSheetCells(settings).cells.slice(cells.length);
  const model = readModelSheet(asExcel([...cells, ["", "", "", ""], ["", "", "", ""], ...block.slice(1)]));
  expect(model.components).toEqual(components);
  expect(model.factors).toEqual(settings.factors);
});

test("in English: the sheet's labels and explanations are English, the names the same; read back either way", () => {
  const sv = modelSheetCells(settings, "sv");
  const en = modelSheetCells(settings, "en");
  expect(en.names).toEqual(sv.names);
  const names = (cells: (string | number)[][]) => cells.map((r) => (/^LIKVARD_/.test(String(r[3])) ? r[3] : ""));
  expect(names(en.cells)).toEqual(names(sv.cells));
  expect(en.cells[0][0]).toBe("Likvärd: allocation model");
  expect(en.cells[1]).toEqual(["Setting", "Value", "Explanation", "Name"]);
  const row = (cells: (string | number)[][], name: string) => cells.find((r) => r[3] === name) ?? [];
  expect(row(en.cells, "LIKVARD_POTT").slice(0, 3)).toEqual(["Pot (kr)", 0, "The amount split by socioeconomic need."]);
  expect(row(en.cells, "LIKVARD_SMA_TYP")[1]).toBe("lump sum");
  expect(row(en.cells, "LIKVARD_SMA_N2")[0]).toBe("Nothing from (pupils)");
  expect(en.cells.some((r) => r[0] === "Constant")).toBe(true);
  // No Swedish left but the user's own labels (the components' and factors' names, the stages).
  const own = new Set([...components.map((c) => c.label), "Utbildning", "Nyanlända", "Likvärd: allocation model"]);
  const words = en.cells.flatMap((r) => [r[0], r[2]]).filter((x) => typeof x === "string" && !own.has(x));
  expect(words.join(" ")).not.toMatch(/[åäö]|\b(och|eller|elev|elever|skola|Pott|Värde|Namn)\b/i);
  expect(readModelSheet(asExcel(en.cells))).toEqual(settings);
  expect(readModelSheet(asExcel(sv.cells))).toEqual(settings);
});
