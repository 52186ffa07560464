/**
 * The model sheet in Swedish writes the method and the index model in the
 * Swedish words the formulas accept (LIKVARD.ALLOCATE's descriptor takes
 * "proportionell", "tröskel", "potens"; SOCIOINDEX "linjär"), not "proportional"
 * beside Swedish labels; in English the English words. Either reads back.
 * The pane's list of fit models reads kvasilogit / logit / linjär in Swedish.
 */
import { METHOD_NAMES } from "../../../../src/model/allocate/weights";
import { SCORE_MODEL_NAMES } from "../../../../src/model/functions/socioindex";
import { DEFAULT_SETTINGS } from "../../../../src/model/pane/modelSettings";
import { modelSheetCells, readModelSheet } from "../../../../src/model/pane/modelSheet";
import { fitModelOptions } from "../../../../src/taskpane/sections/factors";

const valueOf = (cells: unknown[][], name: string) => cells.find((row) => row[3] === name)?.[1];

test.each([
  ["proportional", "proportionell"],
  ["threshold", "tröskel"],
  ["power", "potens"],
] as const)("method %s: %s in Swedish, accepted by ALLOCATE and read back", (method, word) => {
  const settings = { ...DEFAULT_SETTINGS, method, scoreModel: "linear" as const };
  const sv = modelSheetCells(settings, "sv").cells;
  expect(valueOf(sv, "LIKVARD_METOD")).toBe(word);
  expect(METHOD_NAMES[word]).toBe(method);
  expect(readModelSheet(sv).method).toBe(method);
  expect(valueOf(modelSheetCells(settings, "en").cells, "LIKVARD_METOD")).toBe(method);
});

test("the index model: linjär in Swedish, accepted by SOCIOINDEX and read back; logit in both", () => {
  const linear = modelSheetCells({ ...DEFAULT_SETTINGS, scoreModel: "linear" }, "sv").cells;
  expect(valueOf(linear, "LIKVARD_MODELL")).toBe("linjär");
  expect(SCORE_MODEL_NAMES["linjär"]).toBe("linear");
  expect(readModelSheet(linear).scoreModel).toBe("linear");
  const logit = modelSheetCells({ ...DEFAULT_SETTINGS, scoreModel: "logit" }, "sv").cells;
  expect(readModelSheet(logit).scoreModel).toBe("logit");
  expect(valueOf(modelSheetCells({ ...DEFAULT_SETTINGS, scoreModel: "linear" }, "en").cells, "LIKVARD_MODELL")).toBe(
    "linear",
  );
});

test("the fit models as the pane lists them", () => {
  expect(fitModelOptions("sv")).toEqual([
    { value: "quasilogit", label: "kvasilogit" },
    { value: "logit", label: "logit" },
    { value: "linear", label: "linjär" },
  ]);
  expect(fitModelOptions("en").map((o) => o.label)).toEqual(["quasilogit", "logit", "linear"]);
});
