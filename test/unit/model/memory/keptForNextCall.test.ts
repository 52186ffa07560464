import { KeptForNextCall } from "../../../../src/model/memory/keptForNextCall";

describe("KeptForNextCall", () => {
  const made: number[] = [];
  const kept = new KeptForNextCall(
    (n) => {
      made.push(n);
      return new Float64Array(n);
    },
    (set) => set.length,
  );

  test("makes a set for the first call and hands the same one to later calls that fit in it", () => {
    const first = kept.take(100);
    expect(kept.take(100)).toBe(first);
    expect(kept.take(10)).toBe(first);
    expect(kept.peek()).toBe(first);
    expect(made).toEqual([100]);
  });

  test("makes a larger set when a call needs more room, and keeps that one", () => {
    const larger = kept.take(1000);
    expect(larger.length).toBe(1000);
    expect(kept.take(500)).toBe(larger);
    expect(made).toEqual([100, 1000]);
  });
});
