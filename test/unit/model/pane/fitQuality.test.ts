/** The fit report's schools and R² (issue 16, problem 6). */
import { fitQuality } from "../../../../src/model/pane/fitQuality";

test("a linear fit: R² by hand; incomplete rows are not counted", () => {
  // y = 1 + 2x exactly at x = 0, 1; off by 1 at x = 2 (pupils 1, 1, 2). Prediction 1, 3, 5; y 1, 3, 6.
  const table = [
    [1, 0, 0, 0],
    [2, 0, 0, 0],
  ];
  const q = fitQuality(table, [[0], [1], [2], [null]], [[1], [3], [6], [4]], [[1], [1], [2], [5]], "linear");
  const mean = (1 + 3 + 2 * 6) / 4;
  const total = (1 - mean) ** 2 + (3 - mean) ** 2 + 2 * (6 - mean) ** 2;
  expect(q.schools).toBe(3);
  expect(q.rSquared).toBeCloseTo(1 - 2 / total, 12);
});

test("a logit fit predicts shares; no variation gives no R²", () => {
  const table = [
    [0, 0, 0, 0],
    [0, 0, 0, 0],
  ];
  const flat = fitQuality(table, [[0.1], [0.2]], [[0.5], [0.5]], [[10], [10]], "logit");
  expect(flat.schools).toBe(2);
  expect(flat.rSquared).toBeNaN();
  const perfect = fitQuality(table, [[0.1], [0.2]], [[0.5], [0.5 + 1e-9]], [[10], [10]], "quasilogit");
  expect(perfect.rSquared).toBeLessThanOrEqual(1);
});
