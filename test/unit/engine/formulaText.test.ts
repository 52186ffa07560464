import { isLikvardFormula, readableFormula } from "../../../src/model/freeze/likvardFormula";
import { toEngineFormula } from "../../../src/engine/formulaText";

const noSpill = () => undefined;

describe("formula names as Excel stores them", () => {
  test.each([
    ["_xldudf_LIKVARD_ALLOCATE(B2:B9,C2:C9,1000)", "LIKVARD.ALLOCATE(B2:B9,C2:C9,1000)"],
    ["_xldudf_likvard_socioindex(A1:B3,D1:D2)", "LIKVARD.SOCIOINDEX(A1:B3,D1:D2)"],
    ["LIKVARD.EQUITYGAP(A1:A3,B1:B3)", "LIKVARD.EQUITYGAP(A1:A3,B1:B3)"],
    ["_xlfn.XLOOKUP(A1,B:B,C:C)", "XLOOKUP(A1,B:B,C:C)"],
    ["_xlfn._xlws.SORT(A1:A3)", "SORT(A1:A3)"],
    ['CONCATENATE("_xldudf_LIKVARD_ALLOCATE(",A1)', 'CONCATENATE("_xldudf_LIKVARD_ALLOCATE(",A1)'],
    // Excel's logical constants become the engine's functions; names, sheets, calls and text stay.
    ["_xldudf_LIKVARD_SOCIOFIT(A1:B9,C1:C9,,,,TRUE)", "LIKVARD.SOCIOFIT(A1:B9,C1:C9,,,,TRUE())"],
    ["IF(false,1,2)", "IF(false(),1,2)"],
    ["AND(TRUE(),TRUE_X,TRUE!A1,'TRUE'!A1,\"TRUE\")", "AND(TRUE(),TRUE_X,TRUE!A1,'TRUE'!A1,\"TRUE\")"],
  ])("%s → %s", (stored, engine) => {
    expect(toEngineFormula(stored, "Blad1", noSpill)).toBe(engine);
  });

  test("a spill reference becomes the range the spill covers", () => {
    const spillOf = (anchor: string) => (anchor === "C2" ? "C2:C4" : undefined);
    expect(toEngineFormula("SUM(_xlfn.ANCHORARRAY(C2))", "Blad1", spillOf)).toBe("SUM(C2:C4)");
    // Unknown anchors are left as they are (and reported as not evaluable).
    expect(toEngineFormula("SUM(_xlfn.ANCHORARRAY(D2))", "Blad1", spillOf)).toBe("SUM(ANCHORARRAY(D2))");
  });

  test("which formulas are Likvärd's", () => {
    expect(isLikvardFormula("_xldudf_LIKVARD_ALLOCATE(A1:A2,B1:B2,5)")).toBe(true);
    expect(isLikvardFormula("SUM(LIKVARD.SOCIOINDEX(A1:B2,C1:C2))")).toBe(true);
    expect(isLikvardFormula('IF(A1="LIKVARD.ALLOCATE(",1,2)')).toBe(false);
    expect(isLikvardFormula("SUM(LIKVARD_POTT)")).toBe(false);
    expect(readableFormula("_xldudf_LIKVARD_ALLOCATE(A1:A2,B1:B2,5)")).toBe("=LIKVARD.ALLOCATE(A1:A2,B1:B2,5)");
  });
});
