import { shiftReferences } from "../../../../src/model/formula/shiftReferences";
import { mapOutsideStrings } from "../../../../src/model/formula/outsideStrings";

describe("shiftReferences (a shared formula's follower, as Excel fills it)", () => {
  it("moves relative parts and keeps $-anchored ones", () => {
    expect(shiftReferences("A2*$B$1+B$3+$C4", 3, 1)).toBe("B5*$B$1+C$3+$C7");
  });
  it("leaves functions, names, strings and sheet names alone", () => {
    expect(shiftReferences('LOG10(A1)&"A1"&Q4_2023', 1, 0)).toBe('LOG10(A2)&"A1"&Q4_2023');
    expect(shiftReferences("AB1!A1+'Blad 1'!B2", 1, 0)).toBe("AB1!A2+'Blad 1'!B3");
    expect(shiftReferences("SUM(B2:B13)", 2, 0)).toBe("SUM(B4:B15)");
  });
  it("turns a reference pushed off the sheet into #REF!", () => {
    expect(shiftReferences("A1", -1, 0)).toBe("#REF!");
  });
});

describe("mapOutsideStrings", () => {
  it("maps code, never string literals (with doubled quotes)", () => {
    expect(mapOutsideStrings('A1&"x""A1"&A1', (c) => c.replace(/A1/g, "B2"))).toBe('B2&"x""A1"&B2');
  });
});
