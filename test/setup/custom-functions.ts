/**
 * Stands in for Excel's CustomFunctions global so the wrappers in
 * src/functions can be imported and called exactly as Excel calls them.
 */
enum ErrorCode {
  invalidValue = "#VALUE!",
  notAvailable = "#N/A",
  divisionByZero = "#DIV/0!",
  invalidNumber = "#NUM!",
  nullReference = "#NULL!",
  invalidName = "#NAME?",
  invalidReference = "#REF!",
}

class CustomFunctionsError extends Error {
  constructor(
    public code: ErrorCode,
    message?: string,
  ) {
    super(message);
    this.message = message ?? "";
  }
}

(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
  Error: CustomFunctionsError,
  ErrorCode,
  associate: () => undefined,
};
