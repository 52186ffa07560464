/**
 * LIKVARD.ALLOCATE on cells, with expected values computed by hand (the
 * working is in each comment).
 */
import { LikvardError } from "../../../../src/model/errors";
import { allocateCells } from "../../../../src/model/sheet/allocateCells";

const col = (...values: unknown[]) => values.map((v) => [v]) as never;
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

describe("methods", () => {
  test("proportional: pupils × index, rounded to the krona by largest remainder", () => {
    // slopes 100·80 = 8 000, 200·100 = 20 000, 100·140 = 14 000; λ = 1 000 000 / 42 000
    // exact 190 476.19, 476 190.48, 333 333.33 → down 999 999 → the 1 krona left goes to .48
    expect(flat(allocateCells(col(100, 200, 100), col(80, 100, 140), 1_000_000))).toEqual([190476, 476191, 333333]);
  });

  test("threshold: only need above the parameter is funded", () => {
    // weights 0, 0, 10, 30 → slopes 0, 0, 1 000, 3 000 → λ = 10
    expect(flat(allocateCells(col(100, 100, 100, 100), col(90, 100, 110, 130), 40_000, "threshold"))).toEqual([
      0, 0, 10_000, 30_000,
    ]);
    // parameter 120: weights 0, 0, 0, 10 → everything to the last school
    expect(flat(allocateCells(col(100, 100, 100, 100), col(90, 100, 110, 130), 40_000, "tröskel", 120))).toEqual([
      0, 0, 0, 40_000,
    ]);
  });

  test("power: index ^ parameter makes the split more progressive", () => {
    // weights 100² = 10 000 and 200² = 40 000, 10 pupils each → 1 : 4
    expect(flat(allocateCells(col(10, 10), col(100, 200), 50_000, "power", 2))).toEqual([10_000, 40_000]);
    // default exponent 1 is proportional: 1 : 2
    expect(flat(allocateCells(col(10, 10), col(100, 200), 30_000, "potens"))).toEqual([10_000, 20_000]);
  });
});

describe("floors and caps", () => {
  test("a floor per pupil lifts a school, the others share the rest", () => {
    // unclamped 50 000 / 150 000 = 500 and 1 500 per pupil; floor 800 → 80 000; the rest, 120 000, to school 2
    expect(flat(allocateCells(col(100, 100), col(50, 150), 200_000, null, null, 800))).toEqual([80_000, 120_000]);
  });

  test("a cap per pupil holds a school, the others share the rest", () => {
    // unclamped 500, 1 000, 1 500 per pupil; cap 1 200 → school 3 gets 120 000;
    // 180 000 left for slopes 5 000 + 10 000 → λ = 12 → 60 000 and 120 000 (exactly at the cap)
    expect(flat(allocateCells(col(100, 100, 100), col(50, 100, 150), 300_000, null, null, null, 1200))).toEqual([
      60_000, 120_000, 120_000,
    ]);
  });

  test("floor and cap columns, one per school; an empty cell means none", () => {
    // equal need → 1 000 per pupil; school 1 floor 1 100 → 110 000; school 2 cap 950 → 95 000; school 3 the rest
    const result = allocateCells(
      col(100, 100, 100),
      col(100, 100, 100),
      300_000,
      null,
      null,
      col(1100, null, null),
      col(null, 950, null),
    );
    expect(flat(result)).toEqual([110_000, 95_000, 95_000]);
  });

  test("a year-on-year guarantee: floor = last year per pupil × 0.98", () => {
    // last year 10 000 and 20 000 per pupil; now equal need: unclamped 15 000 each would cut school 2 by 25 %;
    // floor 19 600 for school 2 → 1 960 000; school 1 gets the rest 1 040 000 (10 400 per pupil ≥ 9 800)
    const floor = col(10_000 * 0.98, 20_000 * 0.98);
    expect(flat(allocateCells(col(100, 100), col(100, 100), 3_000_000, null, null, floor))).toEqual([
      1_040_000, 1_960_000,
    ]);
  });
});

describe("rounding unit", () => {
  test("tkr: multiples of 1 000 summing to the pot", () => {
    // exact 190.476, 476.190, 333.333 tkr → down 999 → the last 1 000 to the largest remainder, .476 (school 1)
    expect(flat(allocateCells(col(100, 200, 100), col(80, 100, 140), 1_000_000, null, null, null, null, 1000))).toEqual(
      [191_000, 476_000, 333_000],
    );
  });

  test("a pot that is not a multiple of the unit: the partial remainder goes to the next school in order", () => {
    // 1 000 500 × 8/42, 20/42, 14/42 = 190.571, 476.429, 333.500 units → down 999, missing 1, partial 500
    // order by remainder: .571 (school 1) gets 1 000, then .500 (school 3) gets the partial 500
    expect(flat(allocateCells(col(100, 200, 100), col(80, 100, 140), 1_000_500, null, null, null, null, 1000))).toEqual(
      [191_000, 476_000, 333_500],
    );
  });

  test("unit 0: no rounding", () => {
    const result = flat(allocateCells(col(1, 1, 1), col(100, 100, 100), 10, null, null, null, null, 0)) as number[];
    for (const x of result) expect(x).toBeCloseTo(10 / 3, 12);
  });

  test("ties: equal remainders go to the higher index first", () => {
    // slopes 2·100 = 200 and 1·200 = 200 → 2.5 each → down 4, one krona left, remainders tie → index 200 wins
    expect(flat(allocateCells(col(2, 1), col(100, 200), 5))).toEqual([2, 3]);
  });

  test("ties: equal remainders and equal index go to the earlier row", () => {
    // 10/3 each → down 9 → the last krona to row 1
    expect(flat(allocateCells(col(1, 1, 1), col(100, 100, 100), 10))).toEqual([4, 3, 3]);
  });
});

describe("shapes and blank rows", () => {
  test("a blank row is skipped and its result cell is empty", () => {
    expect(flat(allocateCells(col(100, null, 200), col(100, null, 100), 300))).toEqual([100, "", 200]);
  });

  test("trailing empty rows of a selected range are normal: the result ends at the last school", () => {
    expect(flat(allocateCells(col(100, 200, null, null), col(100, 100, null, null), 300))).toEqual([100, 200]);
  });

  test("a row of pupils spills a row", () => {
    expect(allocateCells([[100, 200]], [[100, 100]], 300)).toEqual([[100, 200]]);
  });

  test("pupils = 0 gets 0, and a pot of 0 gives zeros", () => {
    expect(flat(allocateCells(col(0, 100), col(150, 100), 1000))).toEqual([0, 1000]);
    expect(flat(allocateCells(col(50, 100), col(150, 100), 0))).toEqual([0, 0]);
  });
});

describe("extreme but valid numbers (found by the fuzz suite)", () => {
  test("a subnormal pupil count still gets the whole pot", () => {
    // One school: it gets everything, whatever its weight; 489 kr floor × 3e-234 pupils is ~0.
    expect(flat(allocateCells(col(3.428653905691465e-234), col(3), 541_239_936, null, null, 489))).toEqual([
      541_239_936,
    ]);
  });
  test("huge and subnormal weights side by side", () => {
    // weights 5e-324 × 0.5 and 1 × 100: the first school's share is below 1 kr, so all 1000 kr go to the second.
    expect(flat(allocateCells(col(5e-324, 1), col(0.5, 100), 1000))).toEqual([0, 1000]);
  });
});

describe("errors name the problem and the row", () => {
  const cases: [string, () => unknown, string, RegExp, RegExp][] = [
    [
      "text in pupils",
      () => allocateCells(col(100, "många"), col(100, 100), 1000),
      "value",
      /elever, rad 2: texten "många" är inte ett tal/,
      /pupils, row 2/,
    ],
    [
      "a logical in index",
      () => allocateCells(col(100, 100), col(true, 100), 1000),
      "value",
      /index, rad 1: sanningsvärdet SANT/,
      /index, row 1: the logical value TRUE/,
    ],
    [
      "negative pupils",
      () => allocateCells(col(100, -5), col(100, 100), 1000),
      "value",
      /elever, rad 2: negativt elevantal \(-5\)/,
      /pupils, row 2: a negative pupil count/,
    ],
    [
      "pupils and index of different lengths",
      () => allocateCells(col(100, 100, 100), col(100, 100), 1000),
      "value",
      /olika längd \(2 och 3 celler\)|olika längd/,
      /differ in length/,
    ],
    [
      "a floor column of another length",
      () => allocateCells(col(100, 100), col(100, 100), 1000, null, null, col(1, 1, 1)),
      "value",
      /olika längd/,
      /differ in length/,
    ],
    [
      "negative index under proportional",
      () => allocateCells(col(100, 100), col(100, -3), 1000),
      "value",
      /index, rad 2: negativt index \(-3\)/,
      /index, row 2: a negative index/,
    ],
    [
      "unknown method",
      () => allocateCells(col(100), col(100), 1000, "jämnt"),
      "value",
      /metod: okänt val "jämnt"/,
      /method: unknown choice/,
    ],
    ["negative pot", () => allocateCells(col(100), col(100), -1), "num", /Potten är negativ/, /The pot is negative/],
    [
      "empty ranges (found by the fuzz suite)",
      () => allocateCells(col(null, null), col(null, null), 0),
      "value",
      /elever innehåller inga skolor/,
      /pupils holds no schools/,
    ],
    [
      "a pot too large to count in units",
      () => allocateCells(col(100), col(100), 1e20, null, null, null, null, 1),
      "num",
      /för stor för att avrundas/,
      /too large to round/,
    ],
    [
      "floors need more than the pot",
      () => allocateCells(col(1000, 240), col(100, 100), 10_000_000, null, null, 10_000),
      "num",
      /golven kräver 12 400 000 kr men potten är 10 000 000 kr/i,
      /floors need 12,400,000 kr but the pot is 10,000,000 kr/,
    ],
    [
      "caps cannot absorb the pot",
      () => allocateCells(col(100, 100), col(100, 100), 300_000, null, null, null, 1000),
      "num",
      /Taken rymmer högst 200 000 kr men potten är 300 000 kr/,
      /caps allow at most 200,000 kr/,
    ],
    [
      "every weight zero and no floors",
      () => allocateCells(col(100, 100), col(90, 95), 1000, "threshold"),
      "num",
      /vikten 0/,
      /weight 0/,
    ],
    [
      "a floor above the cap",
      () => allocateCells(col(100, 100), col(100, 100), 1000, null, null, col(5, 20), col(10, 10)),
      "num",
      /golv, rad 2: golvet \(20 kr per elev\) är högre än taket \(10 kr per elev\)/,
      /floor, row 2: the floor \(20 kr per pupil\) is above the cap/,
    ],
    [
      "a half-filled row",
      () => allocateCells(col(100, 50), col(100, null), 1000),
      "value",
      /index, rad 2: värde saknas/,
      /index, row 2: value missing/,
    ],
    [
      "a wide range",
      () =>
        allocateCells(
          [
            [1, 2],
            [3, 4],
          ] as never,
          col(100, 100),
          1000,
        ),
      "value",
      /elever ska vara en kolumn eller en rad/,
      /pupils must be a single column or row/,
    ],
  ];
  test.each(cases)("%s", (_name, run, kind, sv, en) => {
    const error = failure(run);
    expect(error.kind).toBe(kind);
    expect(error.messageIn("sv")).toMatch(sv);
    expect(error.messageIn("en")).toMatch(en);
  });
});
