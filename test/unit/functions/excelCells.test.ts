import { LikvardError } from "../../../src/model/errors";
import { ErrorCell, toVector } from "../../../src/model/sheet/cells";
import { runForExcel, toInput } from "../../../src/functions/excelCells";
import { allocate } from "../../../src/functions/functions";

function setExcelLanguage(language: string | undefined): void {
  (globalThis as unknown as { Office?: unknown }).Office =
    language === undefined ? undefined : { context: { displayLanguage: language } };
}

afterEach(() => setExcelLanguage(undefined));

function thrown(run: () => unknown): CustomFunctions.Error {
  try {
    run();
  } catch (error) {
    return error as CustomFunctions.Error;
  }
  throw new Error("expected an Excel error");
}

describe("Excel arguments to model cells", () => {
  test("keeps numbers, text, logicals and empties; error values become ErrorCells", () => {
    const input = toInput([[1, "a", true, null, new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable)]]);
    expect(Array.isArray(input)).toBe(true);
    const row = (input as unknown[][])[0];
    expect(row.slice(0, 4)).toEqual([1, "a", true, null]);
    expect(row[4]).toBeInstanceOf(ErrorCell);
    expect((row[4] as ErrorCell).code).toBe("#N/A");
  });

  test("a single value stays a single value; an omitted argument is null", () => {
    expect(toInput(5)).toBe(5);
    expect(toInput(undefined)).toBeNull();
    expect(toInput(null)).toBeNull();
  });
});

describe("one call at a time: the typed columns a call reads are reused by the next", () => {
  test("a result stays as it was after later calls", () => {
    // 4000 kr split 10 : 30 pupils at equal index; then 600 kr split 1·7 : 2·8 : 3·9 (7, 16, 27 of 50 parts).
    const first = allocate([[10], [30]], [[100], [100]], 4000);
    const second = allocate([[1], [2], [3]], [[7], [8], [9]], 600);
    expect(first).toEqual([[1000], [3000]]);
    expect(second).toEqual([[84], [192], [324]]);
  });

  test("a column read but not used in a call is read again afterwards, not from memory a later call reused", () => {
    const pot = [[4000]]; // a one-cell range: read as a column, then used as a single number
    allocate([[10], [30]], [[100], [100]], pot);
    allocate([[1], [2], [3]], [[7], [8], [9]], 600); // its columns take the memory of the first call's
    expect(toVector(pot, { sv: "pott", en: "pot" }).numbers).toEqual(Float64Array.of(4000));
  });
});

describe("model results and errors to Excel", () => {
  test("results keep numbers and show empties as empty text, never null (Excel shows null as 0)", () => {
    expect(runForExcel(() => [[1], [null], [""]])).toEqual([[1], [""], [""]]);
  });

  test("a LikvardError becomes the Excel error with the message in Swedish when Excel runs in Swedish", () => {
    setExcelLanguage("sv-SE");
    const error = thrown(() =>
      runForExcel(() => {
        throw new LikvardError("num", { sv: "golven kräver för mycket", en: "the floors need too much" });
      }),
    );
    expect(error).toBeInstanceOf(CustomFunctions.Error);
    expect(error.code).toBe("#NUM!");
    expect(error.message).toBe("golven kräver för mycket");
  });

  test("... and in English otherwise", () => {
    setExcelLanguage("en-US");
    const error = thrown(() =>
      runForExcel(() => {
        throw new LikvardError("value", { sv: "fel", en: "wrong" });
      }),
    );
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toBe("wrong");
  });

  test("an unexpected exception becomes #VALUE! with a message, never escapes", () => {
    const error = thrown(() =>
      runForExcel(() => {
        throw new TypeError("boom");
      }),
    );
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(/boom/);
  });

  test("an error cell inside a result table becomes that Excel error with its message", () => {
    setExcelLanguage("sv-SE");
    const cause = new LikvardError("div0", { sv: "lägsta kvartilens medel är 0", en: "lowest quarter mean is 0" });
    const [[number], [error]] = runForExcel(() => [[1.5], [ErrorCell.from(cause)]]) as [
      [number],
      [CustomFunctions.Error],
    ];
    expect(number).toBe(1.5);
    expect(error.code).toBe("#DIV/0!");
    expect(error.message).toBe("lägsta kvartilens medel är 0");
  });
});
