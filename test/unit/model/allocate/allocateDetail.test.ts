/**
 * LIKVARD.ALLOCATE with output "detail": five columns per school, every
 * expected value computed by hand (the working is in the comments).
 */
import { allocateCells } from "../../../../src/model/sheet/allocateCells";

const col = (...values: unknown[]) => values.map((v) => [v]) as never;
const row = (...values: unknown[]) => [values] as never;

/**
 * Five schools, method "power" with exponent 2, pot 1 000 000, floor 1 000 and
 * cap 3 000 kr per pupil, rounded to 1 000 kr.
 *
 *   pupils   100     100     200     0       100
 *   index    50      100     150     120     200
 *   index²   2 500   10 000  22 500  14 400  40 000
 *   slope    250 000 1 000 000 4 500 000 0  4 000 000     Σ = 9 750 000 (pupils · index²)
 *
 * Plain split, pot · slope / Σ: 1 000 000 · 2,5/97,5 = 1 000 000/39 = 25 641,03;
 * · 10/97,5 = 102 564,10; · 45/97,5 = 461 538,46; 0; · 40/97,5 = 410 256,41.
 * Per pupil that is 256, 1 026, 2 308, –, 4 103: school 1 is under its floor
 * (→ 100 000), school 5 over its cap (→ 300 000). The other two share
 * 1 000 000 − 100 000 − 300 000 = 600 000 by slope 1 000 000 : 4 500 000,
 * λ = 600 000 / 5 500 000: 109 090,91 (1 091 per pupil) and 490 909,09 (2 455
 * per pupil), both inside their limits; school 1 at that λ would get 27 273 <
 * 100 000 and school 5 436 364 > 300 000, so the clamps hold.
 * Rounding to 1 000: 100, 109, 490, 0, 300 thousand = 999; the last 1 000 goes
 * to the largest remainder, 0,909 (school 3): 100 000, 109 000, 491 000, 0, 300 000.
 * Kr per pupil 1 000, 1 090, 2 455, –, 3 000; share of the pot 0,1, 0,109,
 * 0,491, 0, 0,3. Limits: school 1 floor, school 5 cap, school 4 (no pupils) none.
 */
const pupils = col(100, 100, 200, 0, 100);
const index = col(50, 100, 150, 120, 200);
const detail = (output: string, lang: "sv" | "en" = "sv") =>
  allocateCells(pupils, index, 1_000_000, "power", 2, 1000, 3000, 1000, output, lang);

describe('output "detail"', () => {
  test("five columns per school: amount, kr per pupil, plain split, binding limit, share", () => {
    const grid = detail("detail");
    expect(grid.map((r) => [r[0], r[1], r[3], r[4]])).toEqual([
      [100_000, 1000, "golv", 0.1],
      [109_000, 1090, "", 0.109],
      [491_000, 2455, "", 0.491],
      [0, "", "", 0],
      [300_000, 3000, "tak", 0.3],
    ]);
    const plain = grid.map((r) => r[2] as number);
    [1_000_000 / 39, 1_000_000 / 9.75, 4_500_000 / 9.75, 0, 4_000_000 / 9.75].forEach((x, i) =>
      expect(plain[i]).toBeCloseTo(x, 6),
    );
  });

  test("the limit is named in the language Excel runs in; the Swedish word works too", () => {
    expect(detail("detalj", "en").map((r) => r[3])).toEqual(["floor", "", "", "", "cap"]);
    expect(detail("DETALJ", "sv").map((r) => r[3])).toEqual(["golv", "", "", "", "tak"]);
  });

  test('"amount", "belopp" and an omitted output give today\'s single column', () => {
    const amounts = [[100_000], [109_000], [491_000], [0], [300_000]];
    expect(detail("amount")).toEqual(amounts);
    expect(detail("belopp")).toEqual(amounts);
    expect(allocateCells(pupils, index, 1_000_000, "power", 2, 1000, 3000, 1000)).toEqual(amounts);
  });

  test("the limit is read from the exact amount: a free school exactly at its cap is held by it", () => {
    // unclamped 500, 1 000, 1 500 per pupil; cap 1 200 → school 3 gets 120 000;
    // 180 000 left for slopes 5 000 + 10 000 → λ = 12 → 60 000 and 120 000, school 2 exactly at the cap.
    const grid = allocateCells(col(100, 100, 100), col(50, 100, 150), 300_000, null, null, null, 1200, 1, "detail");
    expect(grid.map((r) => r[3])).toEqual(["", "tak", "tak"]);
  });

  test("no floor or cap given: no limit holds, even where the amount is 0", () => {
    // threshold 100: weights 0, 0, 50 → school 3 gets everything; schools 1–2 get 0 but have no floor.
    const grid = allocateCells(
      col(100, 100, 100),
      col(50, 100, 150),
      30_000,
      "threshold",
      null,
      null,
      null,
      1,
      "detail",
    );
    expect(grid).toEqual([
      [0, 0, 0, "", 0],
      [0, 0, 0, "", 0],
      [30_000, 300, 30_000, "", 1],
    ]);
  });

  test("a per-school floor column holds only the schools it names", () => {
    // equal need → 1 000 per pupil; school 1 floor 1 100 → 110 000; the others share 190 000 → 95 000 each
    const grid = allocateCells(
      col(100, 100, 100),
      col(100, 100, 100),
      300_000,
      null,
      null,
      col(1100, null, 900),
      null,
      1,
      "detail",
    );
    expect(grid.map((r) => [r[0], r[3]])).toEqual([
      [110_000, "golv"],
      [95_000, ""],
      [95_000, ""],
    ]);
  });

  test("unit 0: the exact amounts; kr per pupil and share from them", () => {
    // proportional, slopes 100·80 = 8 000, 200·100 = 20 000, 100·140 = 14 000 (Σ 42 000), pot 1 000 000:
    // 1 000 000 · 8/42 = 190 476,19 (1 904,76 per pupil, share 8/42 = 0,190476…)
    const grid = allocateCells(col(100, 200, 100), col(80, 100, 140), 1_000_000, null, null, null, null, 0, "detail");
    expect(grid[0][0]).toBeCloseTo(1_000_000 * (8 / 42), 6);
    expect(grid[0][1]).toBeCloseTo(10_000 * (8 / 42), 6);
    expect(grid[0][2]).toBeCloseTo(1_000_000 * (8 / 42), 6);
    expect(grid[0][4]).toBeCloseTo(8 / 42, 12);
  });

  test("a skipped blank row gives five empty cells", () => {
    // 1 000 split 1 : 1 between the two schools; the blank middle row stays blank
    const grid = allocateCells(col(10, null, 10), col(100, null, 100), 1000, null, null, null, null, 1, "detail");
    expect(grid).toEqual([
      [500, 50, 500, "", 0.5],
      ["", "", "", "", ""],
      [500, 50, 500, "", 0.5],
    ]);
  });

  test("schools along a row: five rows, one column per school", () => {
    const grid = allocateCells(row(10, 30), row(100, 100), 1000, null, null, null, null, 1, "detail");
    // 1 000 split 10 : 30 → 250 and 750, 25 kr per pupil each
    expect(grid).toEqual([
      [250, 750],
      [25, 25],
      [250, 750],
      ["", ""],
      [0.25, 0.75],
    ]);
  });

  test("pot 0: shares have no value and stay empty", () => {
    const grid = allocateCells(col(10, 30), col(100, 100), 0, null, null, null, null, 1, "detail");
    expect(grid).toEqual([
      [0, 0, 0, "", ""],
      [0, 0, 0, "", ""],
    ]);
  });

  test("every weight 0 and the floors take the whole pot: the plain split has no value", () => {
    // threshold 200 is above every index, so every weight is 0; floors 10 × 50 + 10 × 50 = 1 000 = the pot
    const grid = allocateCells(col(10, 10), col(100, 150), 1000, "threshold", 200, 50, null, 1, "detail");
    expect(grid).toEqual([
      [500, 50, "", "golv", 0.5],
      [500, 50, "", "golv", 0.5],
    ]);
  });

  test("an unknown output word names the argument", () => {
    expect(() => allocateCells(pupils, index, 1000, null, null, null, null, 1, "tabell")).toThrow(
      /output: unknown choice/,
    );
  });
});
