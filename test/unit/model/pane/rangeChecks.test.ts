/** Issue 16, problem 5: each problem with a range has its own message naming the range, before any number is read. */
import { rangeProblem } from "../../../../src/model/pane/rangeChecks";

const pupils = { label: "Elever", ref: "Skolor!B2:B4", values: [[100], [200], [300]], column: true };
const factors = {
  label: "Faktorer",
  ref: "Skolor!C2:D4",
  values: [
    [0.1, 0.2],
    [0.3, 0.4],
    [0.5, 0.6],
  ],
};

test.each([
  ["right ranges", [pupils, factors], undefined],
  ["not a range", [{ ...pupils, ref: "elever" }, factors], /Elever: "elever" är inget område/],
  [
    "pupils wider than a column",
    [{ ...pupils, ref: "Skolor!B2:C4" }, factors],
    /Elever \(Skolor!B2:C4\) ska vara en kolumn/,
  ],
  [
    "a header row included",
    [{ ...pupils, ref: "Skolor!B1:B4", values: [["Elever"], [100], [200], [300]] }, factors],
    /börjar med rubriken "Elever": låt området börja på raden under/,
  ],
  [
    "past the data",
    [
      pupils,
      {
        ...factors,
        ref: "Skolor!C20:D22",
        values: [
          [null, null],
          [null, null],
          [null, null],
        ],
      },
    ],
    /Faktorer \(Skolor!C20:D22\) är tomt: ligger området utanför data\?/,
  ],
  [
    "a different length",
    [
      pupils,
      {
        ...factors,
        ref: "Skolor!C2:D3",
        values: [
          [0.1, 0.2],
          [0.3, 0.4],
        ],
      },
    ],
    /Faktorer \(Skolor!C2:D3\) har 2 rader men Elever \(Skolor!B2:B4\) har 3/,
  ],
  [
    "shifted rows",
    [pupils, { ...factors, ref: "Skolor!C3:D5" }],
    /börjar på rad 3 men Elever \(Skolor!B2:B4\) på rad 2: raderna måste vara samma skolor/,
  ],
  ["an optional range left empty", [pupils, factors, { label: "Resurs", ref: "", column: true }], undefined],
])("%s", (_, ranges, message) => {
  const problem = rangeProblem(ranges, "sv");
  if (message === undefined) expect(problem).toBeUndefined();
  else expect(problem).toMatch(message);
});
