/**
 * Finishing touches on the custom-function metadata that
 * custom-functions-metadata generates from the JSDoc in src/functions:
 * - error values in input cells reach our code (so #N/A is reported with its row, not swallowed);
 * - a Swedish copy, functions-sv.json, served to Excel running in Swedish (manifest override).
 * Used by webpack.config.js and by the tests.
 */
const sv = require("../src/functions/metadata.sv.json");

/** The English metadata as Excel gets it. */
function finishMetadata(metadataJson) {
  const metadata = JSON.parse(metadataJson);
  metadata.allowErrorForDataTypeAny = true;
  return metadata;
}

/** The Swedish metadata: same ids, Swedish descriptions and parameter names. Missing texts are an error. */
function swedishMetadata(metadata) {
  const copy = JSON.parse(JSON.stringify(metadata));
  for (const fn of copy.functions) {
    const texts = sv[fn.id];
    if (!texts) throw new Error(`metadata.sv.json: no Swedish texts for ${fn.id}`);
    fn.description = texts.description;
    for (const param of fn.parameters) {
      const text = texts.parameters[param.name];
      if (!text) throw new Error(`metadata.sv.json: no Swedish text for ${fn.id}(${param.name})`);
      param.name = text[0];
      param.description = text[1];
    }
  }
  return copy;
}

module.exports = { finishMetadata, swedishMetadata };
