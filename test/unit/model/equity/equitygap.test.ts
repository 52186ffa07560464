/**
 * EQUITYGAP against hand computation. Two worked cases:
 *
 * A: four schools of 100 pupils, index 60, 80, 120, 140, resource 0.9, 0.8, 0.7, 0.6.
 *    Quarters are whole schools: low 0.9, high 0.6. x̄ = 100, ȳ = 0.75,
 *    Sxy = −14, Sxx = 4 000, Syy = 0.05 (per 100 pupils); ranks .125 .375 .625 .875,
 *    cov(y, r) = −0.03125.
 *
 * B: index 50/70/70/90/120, pupils 100/300/100/200/300, resource 10/20/40/30/50.
 *    The two schools at index 70 pool to 400 pupils with mean 25. P = 1 000, quarter = 250.
 *    Low quarter: 100 × 10 + 150 × 25 = 4 750 → 19 (the pooled unit straddles).
 *    High quarter: 250 of the 300 at index 120 → 50.
 *    x̄ = 87, ȳ = 32, Σw·dx·dy = 306 000, Σw·dx² = 581 000, Σw·dy² = 196 000.
 *    Ranks .05, .3, .6, .85; Σw(ȳu − ȳ)(r − ½) = 990 + 560 − 40 + 1 890 = 3 400 → cov 3.4.
 */
import { LikvardError } from "../../../../src/model/errors";
import { ErrorCell } from "../../../../src/model/sheet/cells";
import { equitygapCells } from "../../../../src/model/sheet/equitygapCells";

const col = (...values: unknown[]) => values.map((v) => [v]) as never;

const A = { index: col(60, 80, 120, 140), resource: col(0.9, 0.8, 0.7, 0.6), pupils: col(100, 100, 100, 100) };
const B = {
  index: col(50, 70, 70, 90, 120),
  resource: col(10, 20, 40, 30, 50),
  pupils: col(100, 300, 100, 200, 300),
};

const measure = (data: typeof A, method: string) =>
  equitygapCells(data.index, data.resource, data.pupils, method)[0][0] as number;

function failure(run: () => unknown): LikvardError {
  try {
    run();
  } catch (error) {
    if (error instanceof LikvardError) return error;
    throw error;
  }
  throw new Error("expected a LikvardError");
}

describe("case A: whole schools in each quarter", () => {
  test("quartile: high − low", () => expect(measure(A, "quartile")).toBeCloseTo(0.6 - 0.9, 14));
  test("ratio: high / low", () => expect(measure(A, "ratio")).toBeCloseTo(0.6 / 0.9, 14));
  test("slope", () => expect(measure(A, "slope")).toBeCloseTo(-14 / 4000, 14));
  test("correlation", () => expect(measure(A, "correlation")).toBeCloseTo(-14 / Math.sqrt(4000 * 0.05), 14));
  test("concentration", () => expect(measure(A, "concentration")).toBeCloseTo((2 * -0.03125) / 0.75, 14));
  test("default method is quartile; pupils omitted = each school once (same here)", () => {
    expect(equitygapCells(A.index, A.resource)).toEqual([[expect.closeTo(-0.3, 14)]]);
  });
});

describe("case B: ties pooled, schools straddling both boundaries", () => {
  test("quartile", () => expect(measure(B, "quartile")).toBeCloseTo(50 - 19, 12));
  test("ratio", () => expect(measure(B, "kvot")).toBeCloseTo(50 / 19, 12));
  test("slope", () => expect(measure(B, "slope")).toBeCloseTo(306000 / 581000, 12));
  test("correlation", () => expect(measure(B, "correlation")).toBeCloseTo(306000 / Math.sqrt(581000 * 196000), 12));
  test("concentration", () => expect(measure(B, "concentration")).toBeCloseTo((2 * 3.4) / 32, 12));

  test("a shuffled copy gives identical results for every method", () => {
    const order = [3, 0, 4, 2, 1];
    const shuffle = (c: unknown[][]) => order.map((i) => c[i]);
    const shuffled = { index: shuffle(B.index), resource: shuffle(B.resource), pupils: shuffle(B.pupils) } as typeof B;
    for (const method of ["quartile", "ratio", "slope", "correlation", "concentration"]) {
      expect(measure(shuffled, method)).toBeCloseTo(measure(B, method), 12);
    }
  });

  test("the concentration index agrees with its regression form 2·var(r)·β / mean", () => {
    // Independent formula (Kakwani et al.): regress y on the fractional rank r, weighted;
    // CI = 2 σ_r² β / μ. Written out here over the five schools, each with its unit's mid-rank.
    const y = [10, 20, 40, 30, 50];
    const w = [100, 300, 100, 200, 300];
    const r = [0.05, 0.3, 0.3, 0.6, 0.85];
    const W = w.reduce((a, b) => a + b, 0);
    const mu = w.reduce((s, wi, i) => s + wi * y[i], 0) / W;
    const rBar = w.reduce((s, wi, i) => s + wi * r[i], 0) / W;
    const varR = w.reduce((s, wi, i) => s + wi * (r[i] - rBar) ** 2, 0) / W;
    const beta = w.reduce((s, wi, i) => s + wi * (r[i] - rBar) * (y[i] - mu), 0) / W / varR;
    expect(measure(B, "concentration")).toBeCloseTo((2 * varR * beta) / mu, 12);
  });
});

describe("summary", () => {
  test("a labelled table in Swedish, with every measure, the quarter means and the counts", () => {
    const table = equitygapCells(B.index, B.resource, B.pupils, "summary", undefined, "sv");
    expect(table.map((row) => row[0])).toEqual([
      "Skillnad högsta − lägsta behovskvartil",
      "Kvot högsta / lägsta behovskvartil",
      "Lutning per indexpoäng",
      "Korrelation",
      "Koncentrationsindex",
      "Medel i kvartilen med högst behov",
      "Medel i kvartilen med lägst behov",
      "Antal skolor",
      "Antal elever",
      "Utelämnade rader (saknade värden)",
    ]);
    const values = table.map((row) => row[1] as number);
    expect(values[0]).toBeCloseTo(31, 12);
    expect(values[1]).toBeCloseTo(50 / 19, 12);
    expect(values[5]).toBeCloseTo(50, 12);
    expect(values[6]).toBeCloseTo(19, 12);
    expect(values.slice(7)).toEqual([5, 1000, 0]);
  });

  test("English labels when Excel runs in English", () => {
    expect(equitygapCells(A.index, A.resource, A.pupils, "summary", undefined, "en")[0][0]).toBe(
      "Difference highest − lowest need quarter",
    );
  });

  test("a measure without a value shows its error in its row; the others still show numbers", () => {
    const table = equitygapCells(col(100, 120), col(0, 5), col(10, 10), "sammanfattning", undefined, "sv");
    const ratio = table[1][1] as ErrorCell;
    expect(ratio).toBeInstanceOf(ErrorCell);
    expect(ratio.code).toBe("#DIV/0!");
    expect(ratio.cause?.messageIn("sv")).toMatch(/lägst behov är 0/);
    expect(table[0][1]).toBeCloseTo(5, 12);
  });
});

describe("input rules and errors", () => {
  test("blank rows are skipped; a row works as well as a column", () => {
    expect(equitygapCells(col(60, null, 140), col(1, null, 3), col(10, null, 10), "slope")[0][0]).toBeCloseTo(
      2 / 80,
      12,
    );
    expect(equitygapCells([[60, 140]], [[1, 3]], [[10, 10]], "slope")[0][0]).toBeCloseTo(2 / 80, 12);
  });

  const cases: [string, () => unknown, string, RegExp][] = [
    [
      "text in the resource",
      () => equitygapCells(col(60, 80), col(1, "hög")),
      "value",
      /resurs, rad 2: texten "hög" är inte ett tal/,
    ],
    [
      "negative pupils",
      () => equitygapCells(col(60, 80), col(1, 2), col(10, -1)),
      "value",
      /elever, rad 2: negativt elevantal/,
    ],
    ["different lengths", () => equitygapCells(col(60, 80, 90), col(1, 2)), "value", /olika längd/],
    ["fewer than two schools", () => equitygapCells(col(60), col(1)), "div0", /minst två skolor/],
    [
      "an index without variation (slope)",
      () => equitygapCells(col(100, 100), col(1, 2), undefined, "slope"),
      "div0",
      /varierar inte/,
    ],
    [
      "an index without variation (correlation)",
      () => equitygapCells(col(100, 100), col(1, 2), undefined, "correlation"),
      "div0",
      /varierar inte/,
    ],
    [
      "an index without variation (concentration)",
      () => equitygapCells(col(100, 100), col(1, 2), undefined, "concentration"),
      "div0",
      /varierar inte/,
    ],
    [
      "a zero lower-quarter mean for ratio",
      () => equitygapCells(col(60, 140), col(0, 1), undefined, "ratio"),
      "div0",
      /lägst behov är 0/,
    ],
    ["no pupils at all", () => equitygapCells(col(60, 140), col(1, 2), col(0, 0)), "div0", /0 elever/],
    [
      "pupil counts so uneven that only one school weighs anything (found by the fuzz suite)",
      () => equitygapCells(col(40, 0, 40), col(0, 0, 0), col(0, 5e-324, 7.1655383611088e29), "slope"),
      "div0",
      /varierar inte/,
    ],
    [
      "a resource so large its mean overflows",
      () => equitygapCells(col(40, 80), col(1.7e308, 1.7e308), undefined, "slope"),
      "num",
      /extrema tal/,
    ],
    ["unknown method", () => equitygapCells(col(60, 140), col(1, 2), undefined, "median"), "value", /metod: okänt val/],
  ];
  test.each(cases)("%s", (_name, run, kind, message) => {
    const error = failure(run);
    expect(error.kind).toBe(kind);
    expect(error.messageIn("sv")).toMatch(message);
    expect(error.messageIn("en").length).toBeGreaterThan(10);
  });
});
