/**
 * functions.json and functions-sv.json, Excel's description of the custom
 * functions, as webpack writes them: generated from the function descriptors
 * in src/model/functions (see src/functions/excelMetadata.ts), loaded here
 * through tsx because webpack's configuration is plain JavaScript.
 */
const { require: requireTs } = require("tsx/cjs/api");

const { excelMetadata } = requireTs("../src/functions/excelMetadata.ts", __filename);

/** Each metadata file by name, as JSON text. */
function metadataFiles() {
  return {
    "functions.json": JSON.stringify(excelMetadata("en"), null, 2),
    "functions-sv.json": JSON.stringify(excelMetadata("sv"), null, 2),
  };
}

module.exports = { metadataFiles };
