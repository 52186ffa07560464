/**
 * Excel's metadata — functions.json, and functions-sv.json for Excel in
 * Swedish — says exactly what each function's descriptor says
 * (src/model/functions): the same functions, argument names in each
 * language, optional arguments, ranges and texts.
 */
import { excelMetadata, FunctionsMetadata } from "../../../src/functions/excelMetadata";
import { EXCEL_FUNCTIONS } from "../../../src/functions/functions";
import { Lang } from "../../../src/model/errors";
import { FUNCTIONS } from "../../../src/model/functions";
import { RANGE_TYPES, argumentList } from "../../../src/model/functions/descriptor";

const FILES: [string, Lang][] = [
  ["functions.json", "en"],
  ["functions-sv.json", "sv"],
];

describe.each(FILES)("%s", (_file, lang) => {
  // As webpack writes it (scripts/functions-metadata.js).
  const metadata = JSON.parse(JSON.stringify(excelMetadata(lang), null, 2)) as FunctionsMetadata;

  test("lists every LIKVARD function, in the descriptors' order, under its name in every language", () => {
    expect(metadata.functions.map((f) => [f.id, f.name])).toEqual(FUNCTIONS.map((fn) => [fn.name, fn.name]));
  });

  test.each(FUNCTIONS.map((fn) => [fn.name, fn] as const))("%s: as its descriptor says", (_name, fn) => {
    const f = metadata.functions.find((m) => m.id === fn.name)!;
    expect(f.description).toBe(fn.text[lang]);
    expect(f.parameters.map((p) => p.name)).toEqual(argumentList(fn).map((a) => (lang === "sv" ? a.sv : a.en)));
    expect(f.parameters.map((p) => p.description)).toEqual(argumentList(fn).map((a) => a.text[lang]));
    expect(f.parameters.map((p) => p.optional === true)).toEqual(argumentList(fn).map((a) => a.optional === true));
    // A range arrives as a 2-D array, a single value as itself; the model checks every cell, so all are "any".
    expect(f.parameters.map((p) => p.dimensionality ?? "scalar")).toEqual(
      argumentList(fn).map((a) => (RANGE_TYPES.has(a.type) ? "matrix" : "scalar")),
    );
    expect(f.parameters.every((p) => p.type === "any")).toBe(true);
    // Every result is a 2-D array, so that it spills.
    expect(f.result).toEqual({ dimensionality: "matrix" });
  });

  test("lets error values in input cells reach the functions", () => {
    expect(metadata.allowErrorForDataTypeAny).toBe(true);
  });
});

test("the Swedish file is Swedish: every text differs from the English one", () => {
  const [en, sv] = [excelMetadata("en"), excelMetadata("sv")];
  expect(sv.functions.map((f) => f.id)).toEqual(en.functions.map((f) => f.id));
  sv.functions.forEach((f, i) => {
    expect(f.description).not.toEqual(en.functions[i].description);
    f.parameters.forEach((p, j) => expect(p.description).not.toEqual(en.functions[i].parameters[j].description));
  });
  expect(sv.functions.find((f) => f.id === "ALLOCATE")!.description).toMatch(/Fördelar en pott/);
});

test("Excel gets a wrapper for every function in the metadata", () => {
  expect(Object.keys(EXCEL_FUNCTIONS)).toEqual(excelMetadata("en").functions.map((f) => f.id));
});
