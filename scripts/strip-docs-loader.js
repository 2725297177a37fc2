/**
 * Webpack loader for the on-send bundle: replaces each `doc('…')`, `adminText('…')`, `notAtSend('…')`
 * and `schemaHint('…')` (src/engine/off-send-text.ts), text Send never shows or reads, with `''`, so option descriptions and
 * policy-error details cost Send nothing; a `doc('…')` that ends a call's arguments goes with its
 * comma. Runs on the TypeScript source before ts-loader. A call it does not recognise stays as it
 * is: the bundle is then only larger, never wrong.
 */
const QUOTED = String.raw`'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"`;
// A template literal counts when nothing inside it is another template literal.
const TEMPLATE = '`(?:[^`\\\\]|\\\\.)*`';
const STRING = `${QUOTED}|${TEMPLATE}`;
const DOC_CALL = new RegExp(String.raw`\b(?:doc|adminText|notAtSend|schemaHint)\(\s*(?:${STRING})\s*,?\s*\)`, 'gu');
/**
 * A `doc('…')` that is the last argument of a call (an option's description) goes with its comma:
 * the description is then undefined rather than '', which only the JSON Schema generator reads,
 * and there as a truthy value.
 */
const LAST_DOC_ARGUMENT = new RegExp(String.raw`,\s*doc\(\s*(?:${STRING})\s*,?\s*\)(\s*,?\s*\))`, 'gu');

module.exports = function stripDocs(source) {
  return source.replace(LAST_DOC_ARGUMENT, '$1').replace(DOC_CALL, "''");
};

module.exports.DOC_CALL = DOC_CALL;
