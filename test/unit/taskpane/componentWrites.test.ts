/**
 * The pane's insert for a model with components: a picked range split into
 * its columns (its sheet kept, quoted), a range that does not fit the
 * component named in the message, and the number formats over the columns
 * componentFormulaWrites fills (by hand: results from Q2, thirteen schools).
 */
import { Component } from "../../../src/model/components/components";
import { columnsProblem, componentWrites, splitColumns } from "../../../src/taskpane/actions/componentWrites";
import { PER_STAGE } from "../model/components/exampleByHand";

const grund = PER_STAGE;
const socio: Component = {
  kind: "needPot",
  key: "SOCIO",
  label: "Tillägg",
  pot: 64e6,
  method: "proportional",
  parameter: 1,
  unit: 100,
};
const sma: Component = { kind: "lumpSum", key: "SMA", label: "Små", amount: 1.2e6, taperFrom: 100, taperTo: 250 };
const ranges = { pupils: "Skolor!B2:B14", factors: "Skolor!C2:F14", lastYear: "", resource: "", outcome: "" };

test("a range's columns, each a range on the same sheet", () => {
  expect(splitColumns("Skolor!M2:O14")).toEqual(["Skolor!M2:M14", "Skolor!N2:N14", "Skolor!O2:O14"]);
  expect(splitColumns("'Skolor 2026'!P2:P14")).toEqual(["'Skolor 2026'!P2:P14"]);
  expect(splitColumns("M2:N3")).toEqual(["M2:M3", "N2:N3"]);
  expect(splitColumns("inte ett område")).toEqual([]);
});

test("a range that does not fit is a message; a lump sum reads no columns", () => {
  expect(columnsProblem(grund, "", "sv")).toBe("Ange kolumnerna.");
  expect(columnsProblem(grund, "Skolor!M2:N14", "sv")).toBe("Området har 2 kolumner men komponenten läser 3.");
  expect(columnsProblem(grund, "Skolor!M2:N14", "en")).toBe("The range has 2 columns but the component reads 3.");
  expect(columnsProblem(grund, "x", "sv")).toBe('"x" är inget område.');
  expect(columnsProblem(grund, "Skolor!M2:O14", "sv")).toBeUndefined();
  expect(columnsProblem(sma, undefined, "sv")).toBeUndefined();
  expect(() => componentWrites("Skolor!Q2", ranges, [grund], {}, "sv")).toThrow("Grundbelopp: Ange kolumnerna.");
});

test("the writes from Q2 and their formats: the index with one decimal, kronor whole", () => {
  const { writes, formats } = componentWrites(
    "Skolor!Q2",
    ranges,
    [grund, socio, sma],
    { GRUND: "Skolor!M2:O14" },
    "sv",
  );
  // Q index, R base, S pot, T lump sum, U total, V per pupil, W–X the total's floor and cap, Y–Z the pot's.
  expect(writes.find((w) => w.topLeft === "R2")?.formulas?.[0][0]).toBe(
    "=ROUND(M2*LIKVARD_GRUND_F3+N2*LIKVARD_GRUND_46+O2*LIKVARD_GRUND_79,0)",
  );
  expect(formats).toEqual([
    { sheet: "Skolor", range: "Q2:Q14", code: "0.0" },
    { sheet: "Skolor", range: "R2:X14", code: "#,##0" },
    { sheet: "Skolor", range: "Y2:Z14", code: "#,##0" },
  ]);
});
