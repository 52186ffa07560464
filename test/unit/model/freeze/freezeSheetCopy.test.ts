/** The pane's copy plan: Likvärd formulas and their spills become values; other formulas stay. */
import { freezeSheetCopy } from "../../../../src/model/freeze/freezeSheetCopy";
import { valuesChecksum } from "../../../../src/model/freeze/provenance";

const stamp = { date: "2026-11-25", version: "9.9.9" };

test("an ALLOCATE spill is frozen, the SUM over it rewritten, other formulas untouched", async () => {
  // Pupils 100, 200, 300; index 80, 100, 120; pot 600 000 → 75 000, 187 500, 337 500 (workbooks.ts).
  const snapshot = {
    formulas: [
      [null, null, null, null],
      [null, null, "=_xldudf_LIKVARD_ALLOCATE(A2:A4,B2:B4,Pott)", "=C2/A2"],
      [null, null, null, "=C3/A3"],
      [null, null, null, "=C4/A4"],
      [null, null, "=SUM(C2#)", '=LIKVARD.EQUITYGAP(B2:B4,D2:D4,A2:A4,"slope")'],
    ],
    values: [
      ["Elever", "Index", "Belopp", "Per elev"],
      [100, 80, 75_000, 750],
      [200, 100, 187_500, 937.5],
      [300, 120, 337_500, 1125],
      ["Summa", null, 600_000, { error: "#NUM!", message: "För få skolor" }],
    ],
    spills: { C2: "C2:C4" },
  };
  const plan = await freezeSheetCopy(snapshot, "Budget (värden)", stamp);
  expect(plan.writes).toEqual([
    { topLeft: "C2", values: [[75_000], [187_500], [337_500]] },
    { topLeft: "D5", values: [[{ error: "#NUM!", message: "För få skolor" }]] },
    { topLeft: "C5", formulas: [["=SUM(C2:C4)"]] },
  ]);
  expect(plan.frozen).toEqual([
    {
      sheet: "Budget (värden)",
      range: "C2:C4",
      formula: "=LIKVARD.ALLOCATE(A2:A4,B2:B4,Pott)",
      checksum: await valuesChecksum([[75_000], [187_500], [337_500]]),
      date: "2026-11-25",
      version: "9.9.9",
      message: "",
    },
    {
      sheet: "Budget (värden)",
      range: "D5",
      formula: '=LIKVARD.EQUITYGAP(B2:B4,D2:D4,A2:A4,"slope")',
      checksum: await valuesChecksum([[{ error: "#NUM!" }]]),
      date: "2026-11-25",
      version: "9.9.9",
      message: "För få skolor",
    },
  ]);
});

test("a sheet without Likvärd formulas gives an empty plan", async () => {
  const plan = await freezeSheetCopy(
    { formulas: [[null, "=A1*2", '="LIKVARD.ALLOCATE(x)"']], values: [[1, 2, "LIKVARD.ALLOCATE(x)"]], spills: {} },
    "Kopia",
    stamp,
  );
  expect(plan).toEqual({ writes: [], frozen: [] });
});
