import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import * as acorn from 'acorn';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { compactJson, compactGenerated } = require('../scripts/compact-json') as {
  compactJson: (value: unknown) => string;
  compactGenerated: (code: string) => string;
};

const ROOT = path.resolve(__dirname, '..');
/** Evaluates an expression the way the bundle does: in an ES2016 script. */
function evaluate(expression: string): unknown {
  acorn.parse(`(${expression})`, { ecmaVersion: 2016, sourceType: 'script' });
  return vm.runInNewContext(`(${expression})`);
}

function jsonFiles(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(folder, entry.name);
    if (entry.isDirectory()) return jsonFiles(file);
    return entry.name.endsWith('.json') && entry.name !== 'tsconfig.json' ? [file] : [];
  });
}

describe('compactJson: the on-send term lists as a JavaScript expression', () => {
  test.each(jsonFiles(path.join(ROOT, 'src/engine')).map((file) => [path.relative(ROOT, file), file]))('%s reads back as the same value', (_name, file) => {
    const value: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
    // Deep equality across realms: compare the JSON texts, which also keeps key order.
    expect(JSON.stringify(evaluate(compactJson(value)))).toBe(JSON.stringify(value));
  });

  const LIST = ['请回复', '請回覆', '请确认', '請確認', '烦请', '煩請', 'please reply', 'let me know'];

  test('a list of strings is one string split at load, shorter than the JSON', () => {
    expect(compactJson(LIST)).toBe('"请回复|請回覆|请确认|請確認|烦请|煩請|please reply|let me know".split("|")');
    expect(compactJson(LIST).length).toBeLessThan(JSON.stringify(LIST).length);
  });

  test('a list too short to gain stays an array literal', () => {
    expect(compactJson(['请回复', '請回覆', 'please reply'])).toBe('["请回复","請回覆","please reply"]');
  });

  test('the separator is one no string holds; a list holding them all stays an array', () => {
    const piped = ['a|b', ...LIST];
    expect(compactJson(piped)).toContain('.split(",")');
    expect(evaluate(compactJson(piped))).toEqual(piped);
    const every = ['|', ',', '\n', ...LIST];
    expect(compactJson(every)).toMatch(/^\["\|",",","\\n",/u);
    expect(evaluate(compactJson(every))).toEqual(every);
  });

  test('empty and one-element lists, empty strings, mixed lists and other values keep their shape', () => {
    const values: unknown[] = [[], [''], ['', ''], ['a', ''], ['only'], ['a', 1], [['a', 'b'], []], { 'zh-CN': ['甲', '乙'], n: 1.5, t: true, z: null }, 'x', 0];
    for (const value of values) expect(JSON.stringify(evaluate(compactJson(value)))).toBe(JSON.stringify(value));
    expect(evaluate(compactJson({ a: [] }))).toEqual({ a: [] });
  });

  test('a __proto__ key is an own key, as JSON.parse makes it, and U+2028 parses in ES2016', () => {
    const value = evaluate(compactJson(JSON.parse('{"__proto__": ["a", "b"], "s": "x\u2028y"}'))) as Record<string, unknown>;
    expect(Object.prototype.hasOwnProperty.call(value, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(value)).not.toBeNull();
    expect(value.s).toBe('x\u2028y');
  });

  test('rewrites the code webpack generates for a JSON module, and leaves other code alone', () => {
    const list = JSON.stringify(LIST);
    expect(compactGenerated(`const __WEBPACK_NAMESPACE_OBJECT__ = {"a":${list},"b-c":1};`)).toBe(`const __WEBPACK_NAMESPACE_OBJECT__ = {a:${compactJson(LIST)},"b-c":1};`);
    expect(compactGenerated(`module.exports = ${list};`)).toBe(`module.exports = ${compactJson(LIST)};`);
    expect(compactGenerated('module.exports = /*#__PURE__*/JSON.parse(\'{"a":1}\');')).toBe('module.exports = /*#__PURE__*/JSON.parse(\'{"a":1}\');');
    expect(compactGenerated('module.exports = {["__proto__"]:1};')).toBe('module.exports = {["__proto__"]:1};');
  });
});
