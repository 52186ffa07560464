/**
 * SOCIOINDEX by hand, and every SOCIOFIT/SOCIOINDEX input error.
 */
import { LikvardError } from "../../../../src/model/errors";
import { sociofitCells } from "../../../../src/model/sheet/sociofitCells";
import { socioindexCells } from "../../../../src/model/sheet/socioindexCells";

const flat = (grid: unknown[][]) => grid.map((row) => row[0]);

function failure(run: () => unknown): LikvardError {
  try {
    run();
  } catch (error) {
    if (error instanceof LikvardError) return error;
    throw error;
  }
  throw new Error("expected a LikvardError");
}

describe("SOCIOINDEX by hand", () => {
  // Two factors, three schools. Weights 2 and 1, no intercept:
  // scores 2·0.1 + 0.5 = 0.7, 2·0.3 + 0.2 = 0.8, 2·0.4 + 0.6 = 1.4.
  const factors = [
    [0.1, 0.5],
    [0.3, 0.2],
    [0.4, 0.6],
  ];

  test("linear, every school once: mean score 2.9 / 3", () => {
    const mean = 2.9 / 3;
    const result = flat(socioindexCells(factors, [[2], [1]])) as number[];
    [0.7, 0.8, 1.4].forEach((s, i) => expect(result[i]).toBeCloseTo((100 * s) / mean, 12));
  });

  test("pupil-weighted: pupils 100, 300, 100 → mean (70 + 240 + 140) / 500 = 0.9", () => {
    const result = flat(socioindexCells(factors, [[2, 1]], [[100], [300], [100]])) as number[];
    [0.7, 0.8, 1.4].forEach((s, i) => expect(result[i]).toBeCloseTo((100 * s) / 0.9, 12));
  });

  test("intercept first: weights 0.5, 2, 1 → scores 1.2, 1.3, 1.9, mean 4.4 / 3", () => {
    const result = flat(socioindexCells(factors, [[0.5], [2], [1]])) as number[];
    [1.2, 1.3, 1.9].forEach((s, i) => expect(result[i]).toBeCloseTo((100 * s) / (4.4 / 3), 12));
  });

  test("logit: scores 1 / (1 + e^-(b0 + Σ b x))", () => {
    const eta = [-1 + 2 * 0.1 + 0.5, -1 + 2 * 0.3 + 0.2, -1 + 2 * 0.4 + 0.6];
    const score = eta.map((e) => 1 / (1 + Math.exp(-e)));
    const mean = (score[0] + score[1] + score[2]) / 3;
    const result = flat(socioindexCells(factors, [[-1], [2], [1]], null, "logit")) as number[];
    score.forEach((s, i) => expect(result[i]).toBeCloseTo((100 * s) / mean, 12));
  });

  test("a SOCIOFIT table: its first column is used", () => {
    const table = [
      [0.5, 9, 9, 9],
      [2, 9, 9, 9],
      [1, 9, 9, 9],
    ];
    const result = flat(socioindexCells(factors, table)) as number[];
    [1.2, 1.3, 1.9].forEach((s, i) => expect(result[i]).toBeCloseTo((100 * s) / (4.4 / 3), 12));
  });

  test("blank rows are skipped and stay empty", () => {
    const result = flat(
      socioindexCells(
        [
          [0.1, 0.5],
          [null, null],
          [0.3, 0.2],
        ],
        [[2], [1]],
      ),
    );
    expect(result[1]).toBe("");
    expect(result[0] as number).toBeCloseTo((100 * 0.7) / 0.75, 12);
  });
});

describe("errors", () => {
  const factors = [
    [0.1, 0.5],
    [0.3, 0.2],
    [0.4, 0.6],
    [0.2, 0.3],
    [0.5, 0.1],
  ];
  const y = [[0.2], [0.3], [0.5], [0.25], [0.4]];
  const cases: [string, () => unknown, string, RegExp][] = [
    [
      "SOCIOINDEX: a mean score that is not positive",
      () => socioindexCells(factors, [[-2], [-1]]),
      "num",
      /inte positivt/,
    ],
    [
      "SOCIOINDEX: wrong number of weights",
      () => socioindexCells(factors, [[1], [2], [3], [4]]),
      "value",
      /vikter har 4 tal men faktorerna har 2 kolumner/,
    ],
    [
      "SOCIOINDEX: text in a factor",
      () => socioindexCells([[0.1, "x"]], [[1], [1]]),
      "value",
      /faktorer kolumn 2, rad 1: texten "x"/,
    ],
    [
      "SOCIOINDEX: unknown model",
      () => socioindexCells(factors, [[1], [1]], null, "probit"),
      "value",
      /modell: okänt val "probit"/,
    ],
    [
      "SOCIOFIT: outcome outside 0–1",
      () => sociofitCells(factors, [[0.2], [1.3], [0.5], [-0.1], [0.4]]),
      "value",
      /utfall, rad 2: utfallet 1.3 ligger utanför 0–1; en logitmodell/,
    ],
    [
      "SOCIOFIT: outcome as percent",
      () => sociofitCells(factors, [[20], [30], [50], [25], [40]]),
      "value",
      /ser ut som procent – dela med 100/,
    ],
    [
      "SOCIOFIT: a constant factor column",
      () =>
        sociofitCells(
          factors.map((r) => [r[0], 0.5]),
          y,
        ),
      "value",
      /faktorer, kolumn 2 har samma värde på alla skolor/,
    ],
    [
      "SOCIOFIT: collinear factor columns",
      () =>
        sociofitCells(
          factors.map((r) => [r[0], r[1], r[0] + 2 * r[1]]),
          [[0.2], [0.3], [0.5], [0.25], [0.4]],
          null,
          "linear",
        ),
      "value",
      /faktorer, kolumn 3 är \(nästan\) en linjär kombination/,
    ],
    [
      "SOCIOFIT: fewer schools than k + 2",
      () => sociofitCells(factors.slice(0, 3), y.slice(0, 3)),
      "num",
      /För få skolor: 3 skolor.*minst 4/,
    ],
    [
      "SOCIOFIT: perfect separation",
      () =>
        sociofitCells(
          [[0.1], [0.2], [0.3], [0.6], [0.7], [0.8]],
          [[0], [0], [0], [1], [1], [1]],
          [[50], [50], [50], [50], [50], [50]],
        ),
      "num",
      /konvergerar inte|perfekt separation/,
    ],
    [
      "SOCIOFIT: text in the outcome",
      () => sociofitCells(factors, [[0.2], ["ca 0,3"], [0.5], [0.25], [0.4]]),
      "value",
      /utfall, rad 2: texten "ca 0,3"/,
    ],
    [
      "SOCIOFIT: mismatched lengths",
      () => sociofitCells(factors, [[0.2], [0.3], [0.5], [0.25], [0.4], [0.3]]),
      "value",
      /olika längd/,
    ],
    [
      "SOCIOFIT: negative pupils",
      () => sociofitCells(factors, y, [[10], [10], [-10], [10], [10]]),
      "value",
      /elever, rad 3: negativt elevantal/,
    ],
    [
      "SOCIOFIT: a half-filled row",
      () => sociofitCells([...factors, [0.3, 0.3]], [...y, [null]]),
      "value",
      /utfall, rad 6: värde saknas/,
    ],
  ];
  test.each(cases)("%s", (_name, run, kind, message) => {
    const error = failure(run);
    expect(error.kind).toBe(kind);
    expect(error.messageIn("sv")).toMatch(message);
    expect(error.messageIn("en").length).toBeGreaterThan(10);
  });
});
