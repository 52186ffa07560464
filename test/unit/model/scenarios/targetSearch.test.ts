/**
 * Målsök on the example: the parameter found, put into the model, gives the
 * target ratio to within 0,01 in the preview (the same functions as the
 * sheet's formulas) — for the quarter ratio and for max/min, with the
 * example's floors from last year (2 % at most less); an unreachable target says so with the
 * nearest ratio, which the preview then shows.
 */
import { exampleModel } from "../../../../src/model/example/model";
import { EXAMPLE_SCHOOLS } from "../../../../src/model/example/schools";
import { ModelSettings } from "../../../../src/model/pane/modelSettings";
import { PreviewCells, computePreviewCells } from "../../../../src/model/pane/preview";
import { targetSearch } from "../../../../src/model/scenarios/targetSearch";

const cells: PreviewCells = {
  pupils: EXAMPLE_SCHOOLS.map((s) => [s[1]]),
  factors: EXAMPLE_SCHOOLS.map((s) => [s[2], s[3], s[4], s[5]]),
  lastYear: EXAMPLE_SCHOOLS.map((s) => [s[7]]),
};

function preview(settings: ModelSettings) {
  const outcome = computePreviewCells(cells, settings, "sv");
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.preview;
}

const maxMin = (perPupil: Float64Array) => Math.max(...perPupil) / Math.min(...perPupil);

describe("Målsök with the pane's model", () => {
  test.each([
    ["power", "quarters", 2.5],
    ["threshold", "quarters", 4],
    ["power", "maxMin", 3],
  ] as const)("%s, %s %d: reached, and the preview shows it", (method, measure, target) => {
    // Without the year-on-year floors for the threshold: with them, threshold 0 already gives 3,14.
    const model = { ...exampleModel(), method, parameter: 1, maxDecrease: method === "threshold" ? NaN : 0.02 };
    const found = targetSearch(cells, preview(model), model, measure, target);
    expect(found.status).toBe("reached");
    if (found.status === "failed") return;
    const applied = preview({ ...model, method: found.method, parameter: found.parameter });
    const ratio = measure === "quarters" ? (applied.quarterRatio as number) : maxMin(applied.perPupil);
    expect(Math.abs(ratio - target)).toBeLessThanOrEqual(0.01);
  });

  test("proportional searches the power method", () => {
    const model = { ...exampleModel(), method: "proportional" as const };
    const found = targetSearch(cells, preview(model), model, "quarters", 2);
    expect(found.method).toBe("power");
    expect(found.status).toBe("reached");
  });

  test("floors from last year hold the lowest: out of reach, the nearest ratio is what the preview shows", () => {
    const model = { ...exampleModel(), method: "power" as const };
    const found = targetSearch(cells, preview(model), model, "maxMin", 10);
    expect(found.status).toBe("unreachable");
    if (found.status !== "unreachable") return;
    expect(found.message.sv).toMatch(/går inte att nå 10,00 .* närmast är \d+,\d\d/);
    const applied = preview({ ...model, parameter: found.parameter });
    expect(maxMin(applied.perPupil)).toBeCloseTo(found.ratio, 9);
  });
});
