import * as v from './builders';
import { parse, type Infer } from './schema';

/** The errors of `value`, or [] when it passes. */
const errorsOf = (schema: Parameters<typeof parse>[0], value: unknown) => {
  const result = parse(schema, value);
  return result.ok ? [] : result.errors;
};

const at = (path: string, message: string) => ({ path, message });

describe('scalars', () => {
  test('a string is trimmed before it is measured and matched, and the value is the trimmed one', () => {
    const name = v.string({ trim: true, minLength: 1, pattern: /^[a-z]+$/u, message: 'lower-case letters only' });
    expect(parse(name, '  abc ')).toEqual({ ok: true, value: 'abc' });
    expect(errorsOf(name, '   ')).toEqual([at('$', 'must not be empty or only spaces'), at('$', 'lower-case letters only')]);
    expect(errorsOf(name, 'aB')).toEqual([at('$', 'lower-case letters only')]);
    expect(errorsOf(name, 3)).toEqual([at('$', 'expected string, got 3')]);
    expect(errorsOf(name, ['a'])).toEqual([at('$', 'expected string, got array')]);
    expect(errorsOf(name, null)).toEqual([at('$', 'expected string, got null')]);
  });

  test('a string’s length is counted in code points', () => {
    const two = v.string({ minLength: 2 });
    expect(errorsOf(two, '\uD83D\uDE00')).toEqual([at('$', 'must be at least 2 characters long')]);
    expect(errorsOf(two, '\uD83D\uDE00x')).toEqual([]);
    expect(errorsOf(two, 'x'.repeat(100_000))).toEqual([]);
  });

  test('an integer: a whole, safe, large-enough number; Infinity and NaN are no numbers', () => {
    const count = v.number({ integer: true, minimum: 2 });
    expect(parse(count, 2)).toEqual({ ok: true, value: 2 });
    expect(errorsOf(count, 1)).toEqual([at('$', 'must be at least 2')]);
    expect(errorsOf(count, 1.5)).toEqual([at('$', 'expected int, got 1.5')]);
    expect(errorsOf(count, 2 ** 60)).toEqual([at('$', `must be at most ${Number.MAX_SAFE_INTEGER}`)]);
    expect(errorsOf(count, -(2 ** 60))).toEqual([at('$', `must be at least ${Number.MIN_SAFE_INTEGER}`), at('$', 'must be at least 2')]);
    expect(errorsOf(count, Infinity)).toEqual([at('$', 'expected a finite number, got Infinity')]);
    expect(errorsOf(count, Number.NaN)).toEqual([at('$', 'expected a finite number, got NaN')]);
    expect(errorsOf(count, '3')).toEqual([at('$', 'expected number, got string')]);
    expect(errorsOf(v.number({ minimum: 0 }), 0.5)).toEqual([]);
  });

  test('booleans, literals and enums name what was given', () => {
    expect(errorsOf(v.boolean(), 'yes')).toEqual([at('$', 'expected boolean, got string')]);
    const level = v.oneOf(['low', 'high']);
    expect(errorsOf(level, 'mid')).toEqual([at('$', 'expected one of "low", "high", got "mid"')]);
    expect(errorsOf(level, undefined)).toEqual([at('$', 'expected one of "low", "high", got nothing')]);
    expect(errorsOf(level, { x: 1 })).toEqual([at('$', 'expected one of "low", "high", got object')]);
    expect(errorsOf(v.literal(3), 4)).toEqual([at('$', 'expected one of 3, got 4')]);
  });
});

describe('objects and arrays', () => {
  const file = v.strictObject({ name: v.string(), tags: v.optional(v.array(v.string({ minLength: 1 }))) });

  test('every problem is listed with its JSON path, unknown keys after the known ones', () => {
    expect(errorsOf(file, { tags: ['a', '', 7], 'bad key': 1, extra: 2 })).toEqual([
      at('$.name', 'is required'),
      at('$.tags[1]', 'must not be empty or only spaces'),
      at('$.tags[2]', 'expected string, got 7'),
      at('$["bad key"]', 'unknown key "bad key"'),
      at('$.extra', 'unknown key "extra"'),
    ]);
    expect(errorsOf(file, [])).toEqual([at('$', 'expected object, got array')]);
  });

  test('an optional key may be left out or undefined; only own keys are read', () => {
    expect(parse(file, { name: 'x' })).toEqual({ ok: true, value: { name: 'x' } });
    expect(parse(file, { name: 'x', tags: undefined }).ok).toBe(true);
    const inherited = Object.assign(Object.create({ name: 'inherited' }) as object, { tags: [] });
    expect(errorsOf(file, inherited)).toEqual([at('$.name', 'is required')]);
  });

  test('a strict object can word its unknown keys', () => {
    const ids = v.strictObject({ a: v.optional(v.boolean()) }, { unknownKey: (key) => `no rule ${key}` });
    expect(errorsOf(ids, { b: true })).toEqual([at('$.b', 'no rule b')]);
  });

  test('a loose object ignores other keys and leaves them out of the value', () => {
    const draft = v.looseObject({ subject: v.optional(v.nullable(v.string())) });
    expect(parse(draft, { subject: null, itemId: 'x' })).toEqual({ ok: true, value: { subject: null } });
    expect(errorsOf(draft, { subject: 1 })).toEqual([at('$.subject', 'expected string, got 1')]);
  });

  test('a value that passes is a copy: the input is not changed and no prototype key is copied', () => {
    const input = JSON.parse('{"name": " x ", "__proto__": {"polluted": true}}') as unknown;
    const result = parse(v.looseObject({ name: v.string({ trim: true }) }), input);
    expect(result).toEqual({ ok: true, value: { name: 'x' } });
    expect(result.ok && Object.getPrototypeOf(result.value)).toBe(Object.prototype);
    expect((input as { name: string }).name).toBe(' x ');
  });
});

describe('unions', () => {
  const list = v.union([v.array(v.string({ minLength: 1 })), v.strictObject({ replace: v.array(v.string({ minLength: 1 })) })]);

  test('the first branch the value passes gives the value', () => {
    expect(parse(list, ['a'])).toEqual({ ok: true, value: ['a'] });
    expect(parse(list, { replace: [] })).toEqual({ ok: true, value: { replace: [] } });
  });

  test('when one branch only has the value’s shape, its errors are the answer', () => {
    expect(errorsOf(list, ['a', ''])).toEqual([at('$[1]', 'must not be empty or only spaces')]);
    expect(errorsOf(list, { replace: ['a'], extra: 1 })).toEqual([at('$.extra', 'unknown key "extra"')]);
  });

  test('else one error lists what each branch found, with paths inside the value', () => {
    expect(errorsOf(v.strictObject({ words: list }), { words: { add: ['x'] } })).toEqual([
      at('$.words', 'matches none of the allowed forms (expected array, got object | .replace: is required; .add: unknown key "add")'),
    ]);
  });

  test('a tagged union picks its branch by the tag, and names the tags when none fits', () => {
    const action = v.taggedUnion('method', [v.strictObject({ method: v.literal('label'), label: v.string() }), v.strictObject({ method: v.literal('tag'), tag: v.string() })]);
    expect(parse(action, { method: 'tag', tag: 'x' })).toEqual({ ok: true, value: { method: 'tag', tag: 'x' } });
    expect(errorsOf(action, { method: 'tag', label: 'x' })).toEqual([at('$.tag', 'is required'), at('$.label', 'unknown key "label"')]);
    expect(errorsOf(action, { method: 'pgp' })).toEqual([at('$.method', 'expected one of "label", "tag", got "pgp"')]);
    expect(errorsOf(action, {})).toEqual([at('$.method', 'expected one of "label", "tag", got nothing')]);
    expect(errorsOf(action, 'tag')).toEqual([at('$', 'expected object, got string')]);
  });
});

describe('refinements', () => {
  const even = v.refine(v.number({ integer: true, minimum: 0 }), (n, report) => {
    if (n % 2 !== 0) report(`${n} is odd`);
  });

  test('run on a value that passed, and after a problem that is not fatal', () => {
    expect(errorsOf(even, 3)).toEqual([at('$', '3 is odd')]);
    expect(errorsOf(even, -3)).toEqual([at('$', 'must be at least 0'), at('$', '-3 is odd')]);
    expect(errorsOf(even, 4)).toEqual([]);
  });

  test('not run when the value is of the wrong kind', () => {
    expect(errorsOf(even, 'x')).toEqual([at('$', 'expected number, got string')]);
    expect(errorsOf(v.refine(v.array(even), (list, report) => report(`${list.length} items`)), [1, 'x'])).toEqual([at('$[0]', '1 is odd'), at('$[1]', 'expected number, got string')]);
  });

  test('a long message of its own is cut to one line', () => {
    const loud = v.refine(v.string(), (_text, report) => report('x'.repeat(1000)));
    expect(errorsOf(loud, '')).toEqual([at('$', `${'x'.repeat(299)}…`)]);
  });
});

test('the static types follow the schema', () => {
  const schema = v.strictObject({ id: v.string(), size: v.optional(v.number()), kind: v.oneOf(['a', 'b']), list: v.array(v.nullable(v.boolean())) });
  type Value = Infer<typeof schema>;
  const value: Value = { id: 'x', kind: 'a', list: [true, null] };
  expect(parse(schema, value)).toEqual({ ok: true, value });
  // @ts-expect-error `kind` must be "a" or "b"
  const wrongKind: Value = { id: 'x', kind: 'c', list: [] };
  // @ts-expect-error `id` is required
  const missingId: Value = { kind: 'a', list: [] };
  expect([value, wrongKind, missingId]).toHaveLength(3);
});
