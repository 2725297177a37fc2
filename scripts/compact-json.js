/**
 * JSON data (the term lists) in the on-send bundle, which has a hard size budget, written as a
 * JavaScript expression rather than webpack's `JSON.parse('…')`: keys without quotes, and a
 * list of strings as one joined string split at load,
 * `"请回复|請回覆|please reply".split("|")`. The value is the same: the same keys in the same
 * order, fresh arrays of the same strings (the separator is one no string of the list holds; a
 * list is joined only when that is shorter, from about seven strings on).
 * Webpack still drops the keys nothing reads and shortens the others, as it does for JSON.
 *
 *   new CompactJsonPlugin()   in a configuration's plugins, with module.generator.json.JSONParse false
 */

/** Separators tried in turn; a list that holds all of them stays an array literal. */
const SEPARATORS = ['|', ',', '\n'];
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/u;

/** A string literal an ES2016 script parses: JSON.stringify leaves U+2028 and U+2029 as they are. */
const literal = (text) => JSON.stringify(text).replace(/\u2028/gu, '\\u2028').replace(/\u2029/gu, '\\u2029');

function joinedList(items) {
  if (items.length < 2 || !items.every((item) => typeof item === 'string')) return null;
  const separator = SEPARATORS.find((candidate) => items.every((item) => !item.includes(candidate)));
  return separator === undefined ? null : `${literal(items.join(separator))}.split(${literal(separator)})`;
}

/** A key as JSON.parse makes it: `__proto__` computed, so it is an own key and not the prototype. */
function propertyName(key) {
  if (key === '__proto__') return `[${literal(key)}]`;
  return IDENTIFIER.test(key) ? key : literal(key);
}

/** The JavaScript expression for a JSON value. */
function compactJson(value) {
  if (Array.isArray(value)) {
    const items = `[${value.map(compactJson).join(',')}]`;
    const joined = joinedList(value);
    return joined !== null && joined.length < items.length ? joined : items;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).map(([key, item]) => `${propertyName(key)}:${compactJson(item)}`);
    return `{${entries.join(',')}}`;
  }
  return typeof value === 'string' ? literal(value) : JSON.stringify(value);
}

/** `const __WEBPACK_NAMESPACE_OBJECT__ = {…};` or `module.exports = {…};`, as webpack's JSON generator writes it without JSON.parse. */
const GENERATED = /^([^=]+= )([\s\S]*);$/u;

/** Rewrites the generated code of one JSON module; code of another shape is left as it is (only larger). */
function compactGenerated(code) {
  const parts = GENERATED.exec(code);
  if (!parts || parts[2].includes('["__proto__"]:')) return code;
  try {
    return `${parts[1]}${compactJson(JSON.parse(parts[2]))};`;
  } catch {
    return code;
  }
}

class CompactJsonPlugin {
  apply(compiler) {
    compiler.hooks.compilation.tap('CompactJsonPlugin', (compilation, { normalModuleFactory }) => {
      normalModuleFactory.hooks.generator.for('json').tap('CompactJsonPlugin', (generator) => {
        const generate = generator.generate.bind(generator);
        generator.generate = (module, context) => {
          const source = generate(module, context);
          const code = source && source.source().toString();
          return code ? new compiler.webpack.sources.RawSource(compactGenerated(code)) : source;
        };
        const updateHash = generator.updateHash.bind(generator);
        generator.updateHash = (hash, context) => {
          hash.update('compact-json');
          updateHash(hash, context);
        };
      });
    });
  }
}

module.exports = { CompactJsonPlugin, compactJson, compactGenerated };
