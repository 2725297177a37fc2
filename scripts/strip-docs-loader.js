/**
 * Webpack loader for the on-send bundle: replaces each `doc('…')`, `adminText('…')` and `notAtSend('…')`
 * (src/engine/off-send-text.ts), text Send never shows, with `''`, so option descriptions and
 * policy-error details cost Send nothing. Runs on the TypeScript source before ts-loader. A call
 * it does not recognise stays as it is: the bundle is then only larger, never wrong.
 */
const QUOTED = String.raw`'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"`;
// A template literal counts when nothing inside it is another template literal.
const TEMPLATE = '`(?:[^`\\\\]|\\\\.)*`';
const STRING = `${QUOTED}|${TEMPLATE}`;
const DOC_CALL = new RegExp(String.raw`\b(?:doc|adminText|notAtSend)\(\s*(?:${STRING})\s*,?\s*\)`, 'gu');

module.exports = function stripDocs(source) {
  return source.replace(DOC_CALL, "''");
};

module.exports.DOC_CALL = DOC_CALL;
