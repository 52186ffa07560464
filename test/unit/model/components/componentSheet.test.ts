/**
 * The components' rows on the model sheet: names LIKVARD_<KEY>_… on the
 * value cells, and the components read back from the sheet's values as they
 * were written (wherever the block is, whatever the sheet holds above it).
 */
import fc from "fast-check";
import { componentSheetCells, readComponentSheet } from "../../../../src/model/components/componentSheet";
import { Component, componentKey, componentProblems } from "../../../../src/model/components/components";
import { PER_STAGE } from "./exampleByHand";

const example: Component[] = [
  PER_STAGE,
  {
    kind: "needPot",
    key: "SOCIO",
    label: "Socioekonomiskt",
    pot: 64_000_000,
    method: "power",
    parameter: 1.5,
    unit: 100,
  },
  { kind: "counted", key: "NYANL", label: "Nyanlända", basis: "pot", amount: 6_000_000, unit: 1 },
  { kind: "counted", key: "MODERSMAL", label: "Modersmål", basis: "rate", amount: 2_500, unit: 1 },
  { kind: "lumpSum", key: "SMA", label: "Småskoletillägg", amount: 1_200_000, taperFrom: 50, taperTo: 250 },
  { kind: "lumpSum", key: "REKTOR", label: "Rektor", amount: 900_000, taperFrom: NaN, taperTo: NaN },
];

test("the block: a header, then each component's kind and settings, each value under its name", () => {
  const { cells, names } = componentSheetCells(example, 20);
  expect(cells[0][0]).toBe("Komponent");
  expect(cells[1]).toEqual(["Grundbelopp", "per stadium", "Komponent GRUND: typ.", "LIKVARD_GRUND_TYP"]);
  expect(cells[2]).toEqual(["F–3", 55_300, "Kr per elev i stadiet.", "LIKVARD_GRUND_F3"]);
  // Row 21 (0-based 20) is the header, so the first name is on the sheet's row 22.
  expect(names[0]).toEqual({ name: "LIKVARD_GRUND_TYP", ref: "$B$22" });
  expect(names.map((n) => n.name)).toEqual([
    ...["TYP", "F3", "46", "79"].map((s) => `LIKVARD_GRUND_${s}`),
    ...["TYP", "POTT", "METOD", "PARAMETER", "ENHET"].map((s) => `LIKVARD_SOCIO_${s}`),
    ...["TYP", "POTT", "ENHET"].map((s) => `LIKVARD_NYANL_${s}`),
    ...["TYP", "BELOPP", "ENHET"].map((s) => `LIKVARD_MODERSMAL_${s}`),
    ...["TYP", "BELOPP", "N1", "N2"].map((s) => `LIKVARD_SMA_${s}`),
    ...["TYP", "BELOPP", "N1", "N2"].map((s) => `LIKVARD_REKTOR_${s}`),
  ]);
  // Every name points at its own row's value.
  names.forEach((n, i) => expect(cells[i + 1][3]).toBe(n.name));
  // No taper: empty cells.
  expect(cells.find((r) => r[3] === "LIKVARD_REKTOR_N2")?.[1]).toBe("");
});

test("read back from the sheet: the same components, also below other rows and with Excel's empty cells", () => {
  const above = [["Likvärd: fördelningsmodell"], ["Pott (kr)", 64_000_000, "", "LIKVARD_POTT"], []];
  const block = componentSheetCells(example, above.length).cells;
  expect(readComponentSheet([...above, ...block])).toEqual(example);
  // Excel reads empty cells back as "", numbers typed as text with a decimal comma are numbers.
  const typed = block.map((row) => (row[3] === "LIKVARD_SOCIO_PARAMETER" ? [row[0], "1,5", row[2], row[3]] : row));
  expect(readComponentSheet(typed)).toEqual(example);
  // A key that starts like another's (GRUND and GRUND_X) keeps its stages apart.
  const two: Component[] = [
    { kind: "perStage", key: "GRUND", label: "A", stages: [{ key: "F3", label: "F–3", amount: 1 }] },
    { kind: "perStage", key: "GRUND_X", label: "B", stages: [{ key: "79", label: "7–9", amount: 2 }] },
  ];
  expect(readComponentSheet(componentSheetCells(two, 0).cells)).toEqual(two);
});

const key = fc.stringMatching(/^[A-Z][A-Z0-9]{0,7}$/);
const amount = fc.integer({ min: 0, max: 100_000_000 });
const component: fc.Arbitrary<Component> = fc.oneof(
  fc.record({
    kind: fc.constant("perStage" as const),
    key,
    label: fc.string({ minLength: 1, maxLength: 12 }),
    stages: fc.uniqueArray(
      fc.record({ key: fc.stringMatching(/^[A-Z0-9]{1,3}$/), label: fc.string({ maxLength: 6 }), amount }),
      { minLength: 1, maxLength: 4, selector: (s) => s.key },
    ),
  }),
  fc.record({
    kind: fc.constant("needPot" as const),
    key,
    label: fc.string({ minLength: 1, maxLength: 12 }),
    pot: amount,
    method: fc.constantFrom("proportional" as const, "threshold" as const, "power" as const),
    parameter: fc.double({ min: 0, max: 200, noNaN: true }),
    unit: fc.constantFrom(0, 1, 100, 1000),
  }),
  fc.record({
    kind: fc.constant("counted" as const),
    key,
    label: fc.string({ minLength: 1, maxLength: 12 }),
    basis: fc.constantFrom("pot" as const, "rate" as const),
    amount,
    unit: fc.constantFrom(0, 1, 100),
  }),
  fc.record({
    kind: fc.constant("lumpSum" as const),
    key,
    label: fc.string({ minLength: 1, maxLength: 12 }),
    amount,
    taperFrom: fc.oneof(fc.constant(NaN), fc.integer({ min: 0, max: 300 })),
    taperTo: fc.oneof(fc.constant(NaN), fc.integer({ min: 300, max: 900 })),
  }),
);

test("any valid model is read back as written", () => {
  fc.assert(
    fc.property(
      fc.uniqueArray(component, { maxLength: 6, selector: (c) => c.key }),
      fc.integer({ min: 0, max: 40 }),
      (components, first) => {
        fc.pre(componentProblems(components).length === 0);
        const { cells } = componentSheetCells(components, first);
        const sheet = [...Array.from({ length: first }, () => ["", "", "", ""]), ...cells];
        expect(readComponentSheet(sheet)).toEqual(components);
      },
    ),
    { numRuns: 300 },
  );
});

test("keys from labels; problems: a bad or repeated key, two need-based pots, no stages, a taper ending before it starts", () => {
  expect(componentKey("Små skolor")).toBe("SMA_SKOLOR");
  expect(componentKey(" Nyanlända (4 år) ")).toBe("NYANLANDA_4_AR");
  expect(componentProblems(example)).toEqual([]);
  const pot = example[1];
  expect(componentProblems([{ ...pot, key: "" }])[0]).toMatch(/nyckel/);
  expect(componentProblems([pot, { ...example[2], key: "SOCIO" }])[0]).toMatch(/SOCIO används av två/);
  expect(componentProblems([pot, { ...pot, key: "SOCIO2" }])[0]).toMatch(/Högst en behovspott/);
  expect(componentProblems([{ ...example[0], stages: [] }] as Component[])[0]).toMatch(/inga stadier/);
  expect(componentProblems([{ ...example[4], taperFrom: 300, taperTo: 200 } as Component])[0]).toMatch(/N₂/);
});
