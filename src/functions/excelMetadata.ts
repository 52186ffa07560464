/**
 * Excel's custom-function metadata from the function descriptors
 * (src/model/functions): functions.json in English, and functions-sv.json,
 * which the manifest gives Excel running in Swedish. webpack writes both
 * (scripts/functions-metadata.js); nothing else describes the functions to
 * Excel.
 */
import { Lang } from "../model/errors";
import { FUNCTIONS } from "../model/functions";
import { RANGE_TYPES, argumentList } from "../model/functions/descriptor";

export interface FunctionsMetadata {
  allowCustomDataForDataTypeAny: boolean;
  /** Error values in input cells reach the functions, so #N/A is reported with its row, not swallowed. */
  allowErrorForDataTypeAny: boolean;
  functions: {
    id: string;
    name: string;
    description: string;
    parameters: { name: string; description: string; type: "any"; dimensionality?: "matrix"; optional?: true }[];
    result: { dimensionality: "matrix" };
  }[];
}

/**
 * The metadata in one language. Ids and function names are the same in
 * both: a formula reads LIKVARD.ALLOCATE in every language. Every argument
 * is of type "any" (the model checks the cells); ranges come as matrices.
 */
export function excelMetadata(lang: Lang): FunctionsMetadata {
  return {
    allowCustomDataForDataTypeAny: true,
    allowErrorForDataTypeAny: true,
    functions: FUNCTIONS.map((fn) => ({
      id: fn.name,
      name: fn.name,
      description: fn.text[lang],
      parameters: argumentList(fn).map((arg) => ({
        name: lang === "sv" ? arg.sv : arg.en,
        description: arg.text[lang],
        type: "any" as const,
        ...(RANGE_TYPES.has(arg.type) ? { dimensionality: "matrix" as const } : {}),
        ...(arg.optional ? { optional: true as const } : {}),
      })),
      // Every result is returned as a 2-D array, so that it can spill.
      result: { dimensionality: "matrix" as const },
    })),
  };
}
