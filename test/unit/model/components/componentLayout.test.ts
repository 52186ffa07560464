/**
 * componentFormulaWrites' shape, as the pane will write it: the formulas of
 * each column, headers above, spilled cells reserved, references to data on
 * another (quoted) sheet; a model without a need-based pot.
 */
import { componentColumns, componentFormulaWrites } from "../../../../src/model/components/componentLayout";
import { Component } from "../../../../src/model/components/components";
import { PER_STAGE } from "./exampleByHand";

const components: Component[] = [
  PER_STAGE,
  { kind: "needPot", key: "SOCIO", label: "Tillägg", pot: 64_000_000, method: "proportional", parameter: 1, unit: 100 },
  { kind: "counted", key: "NYANL", label: "Nyanlända", basis: "pot", amount: 6_000_000, unit: 1 },
  { kind: "lumpSum", key: "SMA", label: "Småskola", amount: 1_200_000, taperFrom: 50, taperTo: 250 },
];
const ranges = {
  pupils: "Skolor!B2:B14",
  factors: "Skolor!C2:F14",
  lastYear: "Skolor!K2:K14",
  resource: "Skolor!L2:L14",
  columns: { GRUND: ["Skolor!G2:G14", "Skolor!H2:H14", "Skolor!I2:I14"], NYANL: ["Skolor!J2:J14"] },
};

test("the columns and the formulas of the first school, from M2", () => {
  const { writes, reserved, columns } = componentFormulaWrites("Skolor!M2", ranges, components, "sv");
  expect(columns).toEqual({
    index: 0,
    components: { GRUND: 1, SOCIO: 2, NYANL: 3, SMA: 4 },
    total: 5,
    perPupil: 6,
    floor: 7,
    cap: 8,
    potFloor: 9,
    potCap: 10,
    gap: 12,
  });
  const at = (cell: string) => writes.find((w) => w.topLeft === cell);
  expect(at("M2")?.formulas).toEqual([["=LIKVARD.SOCIOINDEX(C2:F14,LIKVARD_VIKTER,B2:B14,LIKVARD_MODELL)"]]);
  expect(at("N2")?.formulas?.[0][0]).toBe("=ROUND(G2*LIKVARD_GRUND_F3+H2*LIKVARD_GRUND_46+I2*LIKVARD_GRUND_79,0)");
  expect(at("N2")?.formulas).toHaveLength(13);
  expect(at("O2")?.formulas).toEqual([
    [
      "=LIKVARD.ALLOCATE(B2:B14,M2:M14,LIKVARD_SOCIO_POTT,LIKVARD_SOCIO_METOD,LIKVARD_SOCIO_PARAMETER,V2:V14,W2:W14,LIKVARD_SOCIO_ENHET)",
    ],
  ]);
  expect(at("P2")?.formulas).toEqual([
    ['=LIKVARD.ALLOCATE(J2:J14,J2:J14,LIKVARD_NYANL_POTT,"power",0,,,LIKVARD_NYANL_ENHET)'],
  ]);
  expect(at("Q2")?.formulas?.[0][0]).toBe(
    "=IF(B2>0,ROUND(LIKVARD_SMA_BELOPP*IF(ISNUMBER(LIKVARD_SMA_N2),IF(B2<=LIKVARD_SMA_N1,1,IF(B2>=LIKVARD_SMA_N2,0,(LIKVARD_SMA_N2-B2)/(LIKVARD_SMA_N2-LIKVARD_SMA_N1))),1),0),0)",
  );
  expect(at("R2")?.formulas?.[0][0]).toBe("=IF(ISERROR($O$2),$O$2,IF(ISERROR($P$2),$P$2,SUM(N2:Q2)))");
  expect(at("S2")?.formulas?.[0][0]).toBe('=IF(B2>0,R2/B2,"")');
  expect(at("T2")?.formulas?.[0][0]).toBe(
    '=IF(AND(ISNUMBER(K2),ISNUMBER(LIKVARD_MAXMINSKNING)),IF(ISNUMBER(LIKVARD_GOLV),MAX(LIKVARD_GOLV,K2*(1-LIKVARD_MAXMINSKNING)),K2*(1-LIKVARD_MAXMINSKNING)),IF(ISNUMBER(LIKVARD_GOLV),LIKVARD_GOLV,""))',
  );
  expect(at("V2")?.formulas?.[0]).toEqual([
    '=IF(AND(ISNUMBER(B2),B2>0,ISNUMBER(T2)),MAX(0,IF(LIKVARD_SOCIO_ENHET>0,ROUNDUP(ROUND(T2*B2-SUM(N2,P2,Q2),2)/LIKVARD_SOCIO_ENHET,0)*LIKVARD_SOCIO_ENHET,ROUND(T2*B2-SUM(N2,P2,Q2),2)))/B2,"")',
    '=IF(AND(ISNUMBER(B2),B2>0,ISNUMBER(U2)),MAX(0,IF(LIKVARD_SOCIO_ENHET>0,ROUNDDOWN(ROUND(U2*B2-SUM(N2,P2,Q2),2)/LIKVARD_SOCIO_ENHET,0)*LIKVARD_SOCIO_ENHET,ROUND(U2*B2-SUM(N2,P2,Q2),2)))/B2,"")',
  ]);
  expect(at("Y2")?.formulas).toEqual([['=LIKVARD.EQUITYGAP(M2:M14,L2:L14,B2:B14,"sammanfattning")']]);
  expect(at("M1")?.values).toEqual([
    [
      "Behovsindex",
      "Grundbelopp (kr)",
      "Tillägg (kr)",
      "Nyanlända (kr)",
      "Småskola (kr)",
      "Totalt (kr)",
      "Totalt kr per elev",
      "Golv per elev, totalt (kr)",
      "Tak per elev, totalt (kr)",
      "Golv per elev, Tillägg (kr)",
      "Tak per elev, Tillägg (kr)",
    ],
  ]);
  // The spills (index, both pots) reserve their cells below the first; nothing is written there.
  expect(reserved.map((r) => [r.topLeft, r.values?.length])).toEqual([
    ["M3", 12],
    ["O3", 12],
    ["P3", 12],
  ]);
});

test("results on another sheet read the data's quoted sheet; no last year: only the fixed floor and cap", () => {
  const on = (r: string) => r.replace("Skolor!", "'Skolor 2026'!");
  const { writes } = componentFormulaWrites(
    "Resultat!B2",
    {
      ...ranges,
      pupils: on(ranges.pupils),
      factors: on(ranges.factors),
      lastYear: "",
      resource: "",
      columns: { GRUND: ranges.columns.GRUND.map(on), NYANL: ranges.columns.NYANL.map(on) },
    },
    components,
    "en",
  );
  const at = (cell: string) => writes.find((w) => w.topLeft === cell);
  expect(at("B2")?.formulas?.[0][0]).toBe(
    "=LIKVARD.SOCIOINDEX('Skolor 2026'!C2:F14,LIKVARD_VIKTER,'Skolor 2026'!B2:B14,LIKVARD_MODELL)",
  );
  expect(at("C2")?.formulas?.[0][0]).toMatch(/^=ROUND\('Skolor 2026'!G2\*LIKVARD_GRUND_F3\+/);
  expect(at("E2")?.formulas?.[0][0]).toMatch(/^=LIKVARD\.ALLOCATE\('Skolor 2026'!J2:J14,'Skolor 2026'!J2:J14,/);
  expect(at("I2")?.formulas?.[0]).toEqual([
    '=IF(ISNUMBER(LIKVARD_GOLV),LIKVARD_GOLV,"")',
    '=IF(ISNUMBER(LIKVARD_TAK),LIKVARD_TAK,"")',
  ]);
  expect(at("B1")?.values?.[0][0]).toBe("Need index");
  expect(writes.every((w) => w.sheet === "Resultat")).toBe(true);
});

test("without a need-based pot: no index, no pot limits; a rate per counted pupil", () => {
  const model: Component[] = [
    components[0],
    { kind: "counted", key: "NYANL", label: "Nyanlända", basis: "rate", amount: 15_000, unit: 1 },
  ];
  expect(componentColumns(model, true)).toEqual({
    index: undefined,
    components: { GRUND: 0, NYANL: 1 },
    total: 2,
    perPupil: 3,
    floor: 4,
    cap: 5,
    potFloor: undefined,
    potCap: undefined,
    gap: undefined,
  });
  const { writes, reserved } = componentFormulaWrites("Skolor!M2", ranges, model, "sv");
  expect(writes.find((w) => w.topLeft === "N2")?.formulas?.[0][0]).toBe("=ROUND(J2*LIKVARD_NYANL_BELOPP,0)");
  expect(writes.some((w) => w.formulas?.some((row) => row.some((f) => f.includes("SOCIOINDEX"))))).toBe(false);
  expect(reserved).toEqual([]);
});

test("refused: a missing data column, an invalid model", () => {
  expect(() =>
    componentFormulaWrites("Skolor!M2", { ...ranges, columns: { GRUND: ranges.columns.GRUND } }, components, "sv"),
  ).toThrow(/NYANL/);
  expect(() =>
    componentFormulaWrites("Skolor!M2", ranges, [components[1], { ...components[1], key: "X" }], "sv"),
  ).toThrow(/Högst en behovspott/);
});

test("a target too far right for the results is a message naming the columns, not 'Sheet size limit exceeded'", () => {
  expect(() => componentFormulaWrites("Skolor!XFD2", ranges, components, "sv")).toThrow(
    "Resultaten behöver 14 kolumner från målcellen Skolor!XFD2, men bladet slutar vid kolumn XFD. Välj en målcell längre till vänster.",
  );
  // Fourteen columns from XEQ end at XFD: they fit.
  expect(() => componentFormulaWrites("Skolor!XEQ2", ranges, components, "en")).not.toThrow();
  expect(() => componentFormulaWrites("Skolor!XER2", ranges, components, "en")).toThrow(/need 14 columns/);
});
