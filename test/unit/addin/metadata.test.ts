import * as path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { finishMetadata, swedishMetadata, FunctionsMetadata } from "../../../scripts/functions-metadata";

/** The documented signatures (README): name, then parameters with optional ones marked "?". */
const DOCUMENTED: Record<string, string[]> = {
  SOCIOINDEX: ["factors", "weights", "pupils?", "model?"],
  SOCIOFIT: ["factors", "outcome", "pupils?", "model?"],
  ALLOCATE: ["pupils", "index", "pot", "method?", "parameter?", "floor?", "cap?", "unit?"],
  EQUITYGAP: ["index", "resource", "pupils?", "method?"],
};
const SWEDISH_NAMES: Record<string, string[]> = {
  SOCIOINDEX: ["faktorer", "vikter", "elever", "modell"],
  SOCIOFIT: ["faktorer", "utfall", "elever", "modell"],
  ALLOCATE: ["elever", "index", "pott", "metod", "parameter", "golv", "tak", "enhet"],
  EQUITYGAP: ["index", "resurs", "elever", "metod"],
};

let english: FunctionsMetadata;

beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata(
    path.resolve(__dirname, "../../../src/functions/functions.ts"),
  );
  expect(generated.errors).toEqual([]);
  english = finishMetadata(generated.metadataJson);
}, 60000);

describe("functions.json", () => {
  test("declares every LIKVARD function with its documented parameters", () => {
    const declared = Object.fromEntries(
      english.functions.map((f) => [f.id, f.parameters.map((p) => p.name + (p.optional ? "?" : ""))]),
    );
    expect(declared).toEqual(DOCUMENTED);
  });

  test("every function and parameter has a description, and results spill", () => {
    for (const f of english.functions) {
      expect(f.description.length).toBeGreaterThan(20);
      expect(f.result?.dimensionality).toBe("matrix");
      for (const p of f.parameters) expect(p.description.length).toBeGreaterThan(10);
    }
  });

  test("lets error values in input cells reach the functions", () => {
    expect(english.allowErrorForDataTypeAny).toBe(true);
  });
});

describe("functions-sv.json", () => {
  test("has the same ids with Swedish descriptions and parameter names", () => {
    const swedish = swedishMetadata(english);
    expect(swedish.functions.map((f) => f.id)).toEqual(english.functions.map((f) => f.id));
    for (const f of swedish.functions) {
      expect(f.parameters.map((p) => p.name)).toEqual(SWEDISH_NAMES[f.id]);
      const en = english.functions.find((e) => e.id === f.id)!;
      expect(f.description).not.toEqual(en.description);
      f.parameters.forEach((p, i) => {
        expect(p.description).not.toEqual(en.parameters[i].description);
        expect(p.optional).toEqual(en.parameters[i].optional);
      });
    }
    expect(swedish.functions.find((f) => f.id === "ALLOCATE")!.description).toMatch(/Fördelar en pott/);
  });

  test("a function without Swedish texts is an error, not a silent English fallback", () => {
    const extra = JSON.parse(JSON.stringify(english)) as FunctionsMetadata;
    extra.functions.push({ ...extra.functions[0], id: "NEW" });
    expect(() => swedishMetadata(extra)).toThrow(/no Swedish texts for NEW/);
  });
});
