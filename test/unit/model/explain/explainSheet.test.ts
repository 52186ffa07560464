/**
 * "Förklara per skola": the sheet's formulas, evaluated by the headless engine
 * in the preview's workbook, against the example's numbers computed here by
 * hand (sums and products over the data, no Likvärd code): factor means, the
 * plain proportional split, the weights, kr per pupil, the change against
 * last year, and the floor named where a school sits on it.
 */
import { exampleModel } from "../../../../src/model/example/model";
import { EXPLAIN_SHEET, explainWrites } from "../../../../src/model/explain/explainSheet";
import { LAST_YEAR, PUPILS, RANGES, SHARES, exampleWorkbook, shownAt } from "./paneSheets";

const n = PUPILS.length;
const totalPupils = PUPILS.reduce((a, b) => a + b, 0);

describe("the explanation sheet", () => {
  test("Swedish: every figure agrees with a hand computation", async () => {
    const model = { ...exampleModel(), unit: 1 };
    const wb = await exampleWorkbook(model);
    const layout = explainWrites(RANGES, ["a", "b", "c", "d"], "sv");
    await wb.write(layout.writes, [], [], layout.formats);
    const at = shownAt(wb, EXPLAIN_SHEET.sv);
    const c = layout.columns;
    expect(at(0, c.index)).toBe("Behovsindex");
    expect(at(0, c.factors[1].mean)).toBe("b, kommunen");
    expect(at(1, c.name as number)).toBe("Almskolan");

    // Factor means, pupil-weighted.
    for (let j = 0; j < 4; j++) {
      const mean = SHARES.reduce((s, row, r) => s + row[j] * PUPILS[r], 0) / totalPupils;
      for (let r = 0; r < n; r++) expect(at(1 + r, c.factors[j].mean)).toBeCloseTo(mean, 12);
      expect(at(1, c.factors[j].share)).toBe(SHARES[0][j]);
    }
    // Linear score b·x, normalised to a pupil-weighted mean of 100.
    const weights = model.factors.map((f) => f.weight);
    const score = SHARES.map((row) => row.reduce((s: number, x, j) => s + x * weights[j], 0));
    const meanScore = score.reduce((s, x, r) => s + x * PUPILS[r], 0) / totalPupils;
    const index = score.map((x) => (100 * x) / meanScore);
    const slopeSum = index.reduce((s, x, r) => s + x * PUPILS[r], 0);
    let amountSum = 0;
    for (let r = 0; r < n; r++) {
      const row = 1 + r;
      expect(at(row, c.index)).toBeCloseTo(index[r], 9);
      const plain = (model.pot * PUPILS[r] * index[r]) / slopeSum;
      expect(at(row, c.plain)).toBeCloseTo(plain, 4);
      expect(at(row, c.weight)).toBeCloseTo(plain / PUPILS[r] / (model.pot / totalPupils), 9);
      const amount = at(row, c.amount) as number;
      amountSum += amount;
      expect(at(row, c.perPupil)).toBeCloseTo(amount / PUPILS[r], 9);
      expect(at(row, c.share)).toBeCloseTo(amount / model.pot, 12);
      // Floor per pupil: last year less 2 %; a school at its floor is named so, the others are not.
      const floor = LAST_YEAR[r] * 0.98;
      expect(at(row, c.floor as number)).toBeCloseTo(floor, 9);
      expect(at(row, c.cap as number)).toBe("");
      const atFloor = Math.abs(amount - floor * PUPILS[r]) <= 1;
      expect(at(row, c.limit)).toBe(atFloor ? "golv" : "");
      expect(at(row, c.lastYear as number)).toBe(LAST_YEAR[r]);
      expect(at(row, c.change as number)).toBeCloseTo(amount / PUPILS[r] - LAST_YEAR[r], 9);
      expect(at(row, c.changePercent as number)).toBeCloseTo((amount / PUPILS[r] - LAST_YEAR[r]) / LAST_YEAR[r], 12);
    }
    expect(amountSum).toBe(model.pot);
    // Some schools are held by the floor: the example's 2 % limit binds.
    const limits = Array.from({ length: n }, (_, r) => at(1 + r, c.limit));
    expect(limits.filter((x) => x === "golv").length).toBeGreaterThan(0);
    // The municipality's row.
    expect(at(1 + n, c.name as number)).toBe("Kommunen");
    expect(at(1 + n, c.pupils)).toBe(totalPupils);
    expect(at(1 + n, c.index)).toBeCloseTo(100, 9);
    expect(at(1 + n, c.amount)).toBe(model.pot);
    expect(at(1 + n, c.perPupil)).toBeCloseTo(model.pot / totalPupils, 9);
    // Formats: kronor grouped, the index with one decimal, percentages with one decimal.
    const cell = (col: number) => `${String.fromCharCode(65 + col)}2`;
    expect(wb.formatOf(EXPLAIN_SHEET.sv, cell(c.amount))).toBe("#,##0");
    expect(wb.formatOf(EXPLAIN_SHEET.sv, cell(c.index))).toBe("0.0");
    expect(wb.formatOf(EXPLAIN_SHEET.sv, cell(c.changePercent as number))).toBe("0.0%");
  });

  test("English headers and limit words; a cap names the schools it holds", async () => {
    const model = { ...exampleModel(), maxDecrease: NaN, cap: 15_000 };
    const wb = await exampleWorkbook(model, "en");
    const layout = explainWrites({ ...RANGES, lastYear: "" }, ["a", "b", "c", "d"], "en");
    await wb.write(layout.writes, [], [], layout.formats);
    const at = shownAt(wb, EXPLAIN_SHEET.en);
    const c = layout.columns;
    expect(c.floor).toBeUndefined();
    expect(c.change).toBeUndefined();
    expect(at(0, c.amount)).toBe("Amount (kr)");
    expect(at(0, c.limit)).toBe("Limit that holds");
    expect(at(1 + n, c.name as number)).toBe("Municipality");
    for (let r = 0; r < n; r++) {
      const perPupil = at(1 + r, c.perPupil) as number;
      expect(perPupil).toBeLessThanOrEqual(15_000);
      expect(at(1 + r, c.limit)).toBe(perPupil > 14_990 ? "cap" : "");
    }
  });
});
