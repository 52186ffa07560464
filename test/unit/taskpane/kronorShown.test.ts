/**
 * The summary's "Fördelat av potten" showed a pot of 64 000 000,50 kr as
 * "64 000 001 kr": whole kronor by rounding. Amounts with öre show their öre;
 * whole amounts (and a sum off by float noise) stay whole.
 */
import { formatKronorShown } from "../../../src/taskpane/format";

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");

test("a pot with öre shows its öre; whole kronor stay whole", () => {
  expect(plain(formatKronorShown(64_000_000.5, "sv"))).toBe("64 000 000,50 kr");
  expect(plain(formatKronorShown(64_000_000, "sv"))).toBe("64 000 000 kr");
  expect(plain(formatKronorShown(64_000_000.000001, "sv"))).toBe("64 000 000 kr");
  expect(formatKronorShown(1234.25, "en")).toBe("1,234.25 kr");
  expect(formatKronorShown(NaN, "sv")).toBe("– kr");
});
