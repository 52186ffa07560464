/** Numbers, booleans and counts as a Swedish or English reader expects them. */
import { showValue } from "../../../../src/engine/cellValues";
import { counted, formatNumber, listed } from "../../../../src/engine/files/language";

test("numbers in full precision, decimal comma in Swedish, no grouping, an ASCII minus", () => {
  expect(formatNumber(172.556, "sv")).toBe("172,556");
  expect(formatNumber(172.556, "en")).toBe("172.556");
  expect(formatNumber(0.1 + 0.2, "sv")).toBe("0,30000000000000004");
  expect(formatNumber(1234567.5, "sv")).toBe("1234567,5");
  expect(formatNumber(-2.5, "sv")).toBe("-2,5");
  expect(formatNumber(-0, "sv")).toBe("0");
  expect(formatNumber(1.5e-7, "sv")).toBe("1,5e-7");
  expect(formatNumber(2e21, "en")).toBe("2e+21");
  for (const v of [1 / 3, 1.2345678901234567e-6, 2 ** 53 + 2, 123456789012345680000, 5e-324]) {
    expect(Number(formatNumber(v, "sv").replace(",", "."))).toBe(v);
  }
});

test("showValue: numbers and logicals as the language writes them", () => {
  expect(showValue(172.556, "sv")).toBe("172,556");
  expect(showValue(172.556, "en")).toBe("172.556");
  expect(showValue(true, "sv")).toBe("SANT");
  expect(showValue(false, "en")).toBe("FALSE");
  expect(showValue(null, "sv")).toBe("(tom)");
  expect(showValue("text", "en")).toBe('"text"');
  expect(showValue({ error: "#NUM!", message: "Potten är negativ" }, "sv")).toBe("#NUM! Potten är negativ");
});

test("counts agree with their nouns; lists are joined as the language does", () => {
  expect(counted(1, "sv", "skillnad", "skillnader")).toBe("1 skillnad");
  expect(counted(2, "sv", "skillnad", "skillnader")).toBe("2 skillnader");
  expect(counted(0, "en", "difference", "differences")).toBe("0 differences");
  expect(counted(12345, "sv", "värde", "värden")).toBe("12\u00a0345 värden");
  expect(counted(12345, "en", "value", "values")).toBe("12,345 values");
  expect(listed(["a"], "sv")).toBe("a");
  expect(listed(["a", "b"], "en")).toBe("a and b");
  expect(listed(["a", "b", "c"], "sv")).toBe("a, b och c");
  expect(listed(["a", "b", "c"], "en")).toBe("a, b and c");
});
