/**
 * The target search ("Målsök"), on cases solved by hand (the working is in
 * the comments).
 */
import { findParameter } from "../../../../src/model/allocate/findParameter";
import { kronorPerPupilRatio } from "../../../../src/model/allocate/kronorPerPupilRatio";

const f64 = (...values: number[]) => Float64Array.from(values);

/** Two schools of 100 pupils, index 100 and 200, 1 000 kr per pupil on average, no rounding. */
const two = { pupils: f64(100, 100), index: f64(100, 200), pot: 200_000, unit: 0 };

describe("kronorPerPupilRatio", () => {
  test("quarters and max/min of kr per pupil", () => {
    // kr per pupil 500, 1 000, 1 500, 2 000 with 100 pupils each: the lowest-need quarter is school 1
    // (500), the highest school 4 (2 000) → 4; max/min is 2 000/500 = 4 too.
    const pupils = f64(100, 100, 100, 100);
    const index = f64(80, 90, 110, 120);
    const amounts = f64(50_000, 100_000, 150_000, 200_000);
    expect(kronorPerPupilRatio("quarters", pupils, index, amounts)).toBe(4);
    expect(kronorPerPupilRatio("maxMin", pupils, index, amounts)).toBe(4);
    // 300 pupils at school 1: the lowest quarter (100 of 400... here 150 of 600) is all school 1 (500 kr),
    // the highest quarter 150 pupils: school 4's 100 (2 000) and 50 of school 3's (1 500) → 1 833,33 / 500.
    const weighted = kronorPerPupilRatio(
      "quarters",
      f64(300, 100, 100, 100),
      index,
      f64(150_000, 100_000, 150_000, 200_000),
    );
    expect(weighted).toBeCloseTo((100 * 2000 + 50 * 1500) / 150 / 500, 12);
  });

  test("a lowest of 0 has no value; schools without pupils are left out of max/min", () => {
    expect(kronorPerPupilRatio("maxMin", f64(10, 10), f64(100, 120), f64(0, 1000))).toMatchObject({ kind: "div0" });
    expect(kronorPerPupilRatio("maxMin", f64(10, 0, 10), f64(100, 50, 120), f64(500, 0, 1000))).toBe(2);
  });
});

describe("findParameter", () => {
  test("power: kr per pupil ∝ index^p, so both ratios are 2^p; 3 is reached at p = log2 3 ≈ 1,585", () => {
    for (const measure of ["quarters", "maxMin"] as const) {
      const result = findParameter({ ...two, method: "power", measure, target: 3 });
      expect(result.status).toBe("reached");
      if (result.status === "failed") return;
      expect(Math.abs(result.ratio - 3)).toBeLessThanOrEqual(0.01);
      expect(result.parameter).toBeCloseTo(Math.log2(3), 2);
      expect(result.message.sv).toContain("exponenten");
      expect(result.message.en).toContain("exponent");
    }
  });

  test("threshold: kr per pupil ∝ index − t, (200 − t)/(100 − t) = 3 at t = 50, found as a round number", () => {
    const result = findParameter({ ...two, method: "threshold", measure: "maxMin", target: 3 });
    expect(result).toMatchObject({ status: "reached", parameter: 50 });
    expect(result.status !== "failed" && result.ratio).toBeCloseTo(3, 9);
  });

  test("a cap bounds the ratio: 1 500 kr per pupil at school 2 leaves 500 to school 1, so at most 3", () => {
    const result = findParameter({ ...two, cap: 1500, method: "power", measure: "maxMin", target: 4 });
    expect(result.status).toBe("unreachable");
    if (result.status === "failed") return;
    expect(result.ratio).toBeCloseTo(3, 6);
    // Exponent log2 3 ≈ 1,585 already puts school 2 at its cap (2 000 · 3/4 = 1 500): the answer is no higher than 2.
    expect(result.parameter).toBeGreaterThanOrEqual(Math.log2(3) - 0.01);
    expect(result.parameter).toBeLessThanOrEqual(2);
    expect(result.message.sv).toMatch(/går inte att nå.*närmast är 3/);
    expect(result.message.en).toMatch(/cannot reach 4.*nearest is 3/);
  });

  test("below what the method gives: exponent 0 is equal kr per pupil, ratio 1", () => {
    const result = findParameter({ ...two, method: "power", measure: "maxMin", target: 0.5 });
    expect(result).toMatchObject({ status: "unreachable", parameter: 0 });
    expect(result.status !== "failed" && result.ratio).toBeCloseTo(1, 9);
  });

  test("threshold 0 is the proportional split (ratio 2): a lower target is out of its reach", () => {
    const result = findParameter({ ...two, method: "threshold", measure: "quarters", target: 1.5 });
    expect(result).toMatchObject({ status: "unreachable", parameter: 0 });
    expect(result.status !== "failed" && result.ratio).toBeCloseTo(2, 9);
  });

  test("a split that cannot be made at all says why, in both languages", () => {
    // floors 2 000 kr per pupil need 400 000 kr, the pot is 200 000
    const result = findParameter({ ...two, floor: 2000, method: "power", measure: "quarters", target: 2 });
    expect(result.status).toBe("failed");
    expect(result.message.sv).toMatch(/Golven kräver/);
    expect(result.message.en).toMatch(/floors need/);
  });

  test("one school with pupils has no ratio to search for", () => {
    const result = findParameter({ ...two, pupils: f64(100, 0), method: "power", measure: "quarters", target: 2 });
    expect(result.status).toBe("failed");
    expect(result.message.sv).toMatch(/minst två skolor med elever/);
  });

  test("a target that is not a positive number is refused", () => {
    const result = findParameter({ ...two, method: "power", measure: "quarters", target: NaN });
    expect(result.status).toBe("failed");
    expect(result.message.en).toMatch(/target/);
  });
});
