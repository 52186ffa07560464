/**
 * Målsök with components: the need-based pot's parameter for a target ratio
 * of the schools' TOTAL kr per pupil. The found parameter, put into the
 * model, is evaluated by the headless engine (the explanation sheet's
 * formulas in the preview's workbook), and the ratio of its totals is
 * computed here by hand: highest over lowest total kr per pupil.
 */
import { allocate } from "../../../../src/model/allocate/allocate";
import { kronorPerPupilRatio } from "../../../../src/model/allocate/kronorPerPupilRatio";
import { componentAmounts } from "../../../../src/model/components/componentAmounts";
import { componentTargetSearch } from "../../../../src/model/components/componentTargetSearch";
import { Component } from "../../../../src/model/components/components";
import { LAST_YEAR_ROWS, LAST_YEAR_SHEET, componentsExample } from "../../../../src/model/example/componentsExample";
import { exampleModel } from "../../../../src/model/example/model";
import { EXAMPLE_HEADERS, EXAMPLE_RANGES, EXAMPLE_SCHOOLS, EXAMPLE_SHEET } from "../../../../src/model/example/schools";
import { componentExplainWrites } from "../../../../src/model/explain/componentExplainSheet";
import { EXPLAIN_SHEET } from "../../../../src/model/explain/explainSheet";
import { ModelSettings } from "../../../../src/model/pane/modelSettings";
import { modelWrites } from "../../../../src/taskpane/actions/modelWrites";
import { splitColumns } from "../../../../src/taskpane/actions/componentWrites";
import { MemoryWorkbook } from "../../../../src/taskpane/workbook/memoryWorkbook";

const example = componentsExample(exampleModel());
const components = example.settings.components as Component[];
const col = (k: number) => Float64Array.from(EXAMPLE_SCHOOLS, (s) => s[k] as number);
const data = {
  pupils: col(1),
  factors: [col(2), col(3), col(4), col(5)],
  lastYear: Float64Array.from(LAST_YEAR_ROWS.slice(1), (r) => r[1] as number),
  columns: { GRUND: [col(12), col(13), col(14)], NYANL: [col(15)] },
};

/** The totals the sheet's formulas give with `settings`, evaluated by the engine. */
async function engineTotals(settings: ModelSettings): Promise<number[]> {
  const rows = [EXAMPLE_HEADERS, ...EXAMPLE_SCHOOLS.map((s) => [...s])];
  const wb = new MemoryWorkbook({ [EXAMPLE_SHEET]: rows, [LAST_YEAR_SHEET]: LAST_YEAR_ROWS }, "", "sv");
  const model = modelWrites(settings, "sv");
  await wb.write(model.writes, model.names);
  const columns = Object.fromEntries(Object.entries(example.columns).map(([k, r]) => [k, splitColumns(r)]));
  const ranges = { pupils: EXAMPLE_RANGES.pupils, factors: EXAMPLE_RANGES.factors, lastYear: example.lastYear };
  const layout = componentExplainWrites(ranges, columns, settings.components ?? [], [], "sv");
  await wb.write(layout.writes, [], [], layout.formats);
  const shown = wb.shown(EXPLAIN_SHEET.sv);
  return EXAMPLE_SCHOOLS.map((_, r) => shown[1 + r][layout.columns.total] as number);
}

const withParameter = (parameter: number): ModelSettings => ({
  ...example.settings,
  components: components.map((c) => (c.kind === "needPot" ? { ...c, method: "power", parameter } : c)),
});

describe("Målsök with components", () => {
  test("max/min: the found exponent gives the target on the totals, by hand from the engine's totals", async () => {
    const found = componentTargetSearch(data, example.settings, components, "maxMin", 1.5);
    expect(found.status).toBe("reached");
    if (found.status !== "reached") return;
    expect(found.method).toBe("power");
    expect(found.message.sv).toMatch(
      /^Socioekonomiskt tillägg, räknat på skolornas totala kr per elev: Med exponenten/,
    );
    const totals = await engineTotals(withParameter(found.parameter));
    const perPupil = totals.map((t, i) => t / data.pupils[i]);
    const ratio = Math.max(...perPupil) / Math.min(...perPupil);
    expect(Math.abs(ratio - 1.5)).toBeLessThanOrEqual(0.01);
    expect(ratio).toBeCloseTo(found.ratio, 12);
  });

  test("quarters: reached on the totals, where the pot alone would show a very different ratio", () => {
    const found = componentTargetSearch(data, example.settings, components, "quarters", 1.3);
    expect(found.status).toBe("reached");
    if (found.status !== "reached") return;
    expect(Math.abs(found.ratio - 1.3)).toBeLessThanOrEqual(0.01);
    const model = withParameter(found.parameter);
    const parts = componentAmounts(data, model, model.components as Component[]);
    const index = parts.index as Float64Array;
    expect(kronorPerPupilRatio("quarters", data.pupils, index, parts.total)).toBeCloseTo(found.ratio, 12);
    // The pot's own amounts, the one-pot search's measure, are far from the target: the search is of the total.
    const potOnly = allocate({
      pupils: data.pupils,
      index,
      pot: 64_000_000,
      method: "power",
      parameter: found.parameter,
      floor: parts.potFloor,
      cap: parts.potCap,
      unit: 100,
    });
    expect(kronorPerPupilRatio("quarters", data.pupils, index, potOnly) as number).toBeGreaterThan(2);
  });

  test("out of reach: the nearest ratio of the totals, and no need-based pot is a message", () => {
    const far = componentTargetSearch(data, example.settings, components, "quarters", 3);
    expect(far.status).toBe("unreachable");
    expect(far.message.en).toMatch(
      /^Socioekonomiskt tillägg, on the schools' total kr per pupil: .*cannot reach 3\.00/,
    );
    const none = componentTargetSearch(
      data,
      example.settings,
      components.filter((c) => c.kind !== "needPot"),
      "quarters",
      1.3,
    );
    expect(none.status).toBe("failed");
    expect(none.message.sv).toMatch(/ingen behovspott/);
  });
});
