/**
 * What counts as missing (an empty cell, or one of the markers Swedish
 * official statistics print: . .. - – *), what the default "error" says, and
 * what "skip" and "mean" do, by hand.
 */
import { LikvardError } from "../../../../src/model/errors";
import { isMarker, MISSING_MARKERS } from "../../../../src/model/sheet/cells";
import { allocateCells } from "../../../../src/model/sheet/allocateCells";
import { equitygapCells } from "../../../../src/model/sheet/equitygapCells";
import { sociofitCells } from "../../../../src/model/sheet/sociofitCells";
import { socioindexCells } from "../../../../src/model/sheet/socioindexCells";

function failure(run: () => unknown): LikvardError {
  try {
    run();
  } catch (error) {
    if (error instanceof LikvardError) return error;
    throw error;
  }
  throw new Error("expected a LikvardError");
}

const col = (...values: unknown[]) => values.map((v) => [v]) as never;
const factors = (marker: unknown) =>
  [
    [0.1, 0.5],
    [0.3, marker],
    [0.4, 0.6],
    [0.2, 0.2],
    [0.5, 0.1],
  ] as never;

describe("markers", () => {
  test.each(MISSING_MARKERS.flatMap((m) => [m, ` ${m} `]))("%j is missing", (m) => expect(isMarker(m)).toBe(true));
  test.each(["..a", "x", "0", "—", "n/a", "", "--"])("%j is not a marker", (m) => expect(isMarker(m)).toBe(false));
});

describe('the default "error"', () => {
  test.each(MISSING_MARKERS)(
    "SOCIOINDEX: a marker %j is a missing value, named with its row and the option (sv and en)",
    (m) => {
      const error = failure(() => socioindexCells(factors(m), col(2, 1), col(10, 20, 30, 40, 50)));
      expect(error.kind).toBe("value");
      expect(error.messageIn("sv")).toBe(
        `faktorer kolumn 2, rad 2: värde saknas ("${m}" betyder ett sekretessbelagt eller saknat värde) (raden har andra uppgifter, så den kan inte hoppas över; ange "utelämna" som argumentet saknade för att lämna ofullständiga rader utanför).`,
      );
      expect(error.messageIn("en")).toBe(
        `factors column 2, row 2: value missing ("${m}" marks a suppressed or missing figure) (the row has other data, so it cannot be skipped; give "skip" as the argument missing to leave incomplete rows out).`,
      );
    },
  );

  test("an empty cell: value missing, and how to leave the row out", () => {
    const error = failure(() =>
      sociofitCells(factors(0.3), col(0.2, null, 0.5, 0.25, 0.4), col(10, 20, 30, 40, 50), "logit"),
    );
    expect(error.messageIn("sv")).toMatch(
      /^utfall, rad 2: värde saknas \(raden har andra uppgifter.*"utelämna" som argumentet saknade/,
    );
    expect(error.messageIn("en")).toMatch(/^outcome, row 2: value missing \(.*"skip" as the argument missing/);
  });

  test("EQUITYGAP names the option too", () => {
    const error = failure(() => equitygapCells(col(80, 100, 120), col(1, "..", 3)));
    expect(error.messageIn("sv")).toMatch(/^resurs, rad 2: värde saknas \("\.\." .*argumentet saknade/);
  });

  test("ALLOCATE, which has no such option, says the value is missing and no more", () => {
    const error = failure(() => allocateCells(col(100, "..", 300), col(80, 100, 120), 600000));
    expect(error.messageIn("sv")).toBe(
      'elever, rad 2: värde saknas (".." betyder ett sekretessbelagt eller saknat värde) (raden har andra uppgifter, så den kan inte hoppas över).',
    );
  });

  test("other text is still not a number", () => {
    const error = failure(() => socioindexCells(factors("n/a"), col(2, 1)));
    expect(error.messageIn("sv")).toBe('faktorer kolumn 2, rad 2: texten "n/a" är inte ett tal.');
  });

  test("an unknown choice names the argument", () => {
    const error = failure(() => socioindexCells(factors(0.3), col(2, 1), undefined, undefined, "ignorera"));
    expect(error.messageIn("sv")).toMatch(/^saknade: okänt val "ignorera"/);
    expect(error.messageIn("en")).toMatch(/^missing: unknown choice "ignorera"/);
  });

  test('"mean" is SOCIOINDEX\'s only', () => {
    expect(failure(() => equitygapCells(col(80, 100), col(1, 2), undefined, undefined, "medel")).kind).toBe("value");
    expect(
      failure(() => sociofitCells(factors(0.3), col(0.2, 0.3, 0.5, 0.25, 0.4), undefined, "logit", "mean")).kind,
    ).toBe("value");
  });
});

describe('"skip" and "mean" by hand', () => {
  // Weights 2 and 1: scores 0.7, (row 2 left out), 1.4, 0.6, 1.1; pupils 10, 20, 30, 40, 50.
  test('SOCIOINDEX "utelämna": an empty cell, mean 100 over the others', () => {
    const result = socioindexCells(factors("–"), col(2, 1), col(10, 20, 30, 40, 50), undefined, "utelämna");
    const mean = (10 * 0.7 + 30 * 1.4 + 40 * 0.6 + 50 * 1.1) / 130;
    expect(result[1][0]).toBe("");
    [0.7, null, 1.4, 0.6, 1.1].forEach((s, i) => {
      if (s !== null) expect(result[i][0]).toBeCloseTo((100 * s) / mean, 12);
    });
  });

  test('SOCIOINDEX "medel": the missing share is the pupil-weighted mean of the others', () => {
    const filled = (10 * 0.5 + 30 * 0.6 + 40 * 0.2 + 50 * 0.1) / 130;
    const withMean = socioindexCells(factors("*"), col(2, 1), col(10, 20, 30, 40, 50), undefined, "medel");
    const byHand = socioindexCells(factors(filled), col(2, 1), col(10, 20, 30, 40, 50));
    expect(withMean).toEqual(byHand);
  });

  test('SOCIOINDEX "medel" without pupils: the plain mean', () => {
    const filled = (0.5 + 0.6 + 0.2 + 0.1) / 4;
    expect(socioindexCells(factors(null), col(2, 1), undefined, undefined, "mean")).toEqual(
      socioindexCells(factors(filled), col(2, 1)),
    );
  });

  test('SOCIOINDEX "medel": a missing pupil count is still an error', () => {
    const error = failure(() =>
      socioindexCells(factors(0.3), col(2, 1), col(10, "..", 30, 40, 50), undefined, "medel"),
    );
    expect(error.messageIn("sv")).toMatch(/^elever, rad 2: värde saknas/);
  });

  test("a blank row stays a blank row, not a row left out", () => {
    const summary = equitygapCells(
      col(80, null, 100, 120, 90),
      col(1, null, "..", 3, 2),
      undefined,
      "summary",
      "skip",
      "en",
    );
    expect(summary.find((row) => row[0] === "Rows left out (missing values)")?.[1]).toBe(1);
    expect(summary.find((row) => row[0] === "Number of schools")?.[1]).toBe(3);
  });

  test("every row left out: an error that says so", () => {
    const error = failure(() => equitygapCells(col(80, 90), col("..", "-"), undefined, undefined, "skip"));
    expect(error.messageIn("en")).toBe("All 2 rows have missing values and were left out: no schools remain.");
  });
});
