/**
 * Values a user expects refused get a message under the field: a negative
 * floor, cap or year-on-year limit, a rounding unit larger than the pot (one
 * school would get it all). ALLOCATE itself refuses such a unit with the same
 * text, so a sheet typed by hand is refused too.
 */
import { allocate } from "../../../../src/model/allocate/allocate";
import { LikvardError } from "../../../../src/model/errors";
import { settingProblem } from "../../../../src/model/pane/settingChecks";

const pot = { pot: 64_000_000 };

test("a negative floor, cap, largest decrease or increase is refused, naming the setting", () => {
  expect(settingProblem("floor", -5, pot, "sv")).toBe("Golvet kan inte vara negativt.");
  expect(settingProblem("cap", -1, pot, "en")).toBe("The cap cannot be negative.");
  expect(settingProblem("maxDecrease", -0.02, pot, "sv")).toMatch(/^Största minskning kan inte vara negativ/);
  expect(settingProblem("maxIncrease", -0.02, pot, "en")).toMatch(/^The largest increase cannot be negative/);
});

test("zero, a positive value and none (NaN) pass", () => {
  for (const key of ["floor", "cap", "maxDecrease", "maxIncrease", "unit"] as const)
    for (const x of [0, 0.02, 1000, NaN])
      expect([key, x, settingProblem(key, x, pot, "sv")]).toEqual([key, x, undefined]);
});

test("a rounding unit larger than the pot is refused; the pot itself passes", () => {
  expect(settingProblem("unit", 1_000_000_000, pot, "sv")).toBe(
    "Avrundningsenheten (1 000 000 000 kr) är större än potten (64 000 000 kr): " +
      "en skola skulle få hela potten. Välj en mindre enhet, t.ex. 1, 100 eller 1000.",
  );
  expect(settingProblem("unit", 64_000_001, pot, "en")).toMatch(/^The rounding unit .* larger than the pot/);
  expect(settingProblem("unit", 64_000_000, pot, "sv")).toBeUndefined();
  expect(settingProblem("unit", -1, pot, "sv")).toMatch(/^Avrundningsenheten kan inte vara negativ/);
});

test("ALLOCATE refuses a unit larger than the pot instead of giving one school all of it", () => {
  const run = () =>
    allocate({
      pupils: Float64Array.from([100, 200, 300]),
      index: Float64Array.from([90, 100, 110]),
      pot: 1_000_000,
      unit: 1_000_000_000,
    });
  expect(run).toThrow(LikvardError);
  expect(run).toThrow(/rounding unit \(1,000,000,000 kr\) is larger than the pot \(1,000,000 kr\)/);
});
