import Ajv2020 from 'ajv/dist/2020';
import * as v from './builders';
import { toJsonSchema } from './json-schema';
import { parse, type AnySchema } from './schema';

const ajv = new Ajv2020({ allErrors: true });

/** For each value: does the validator accept it, and does the generated JSON Schema. */
function verdicts(schema: AnySchema, values: readonly unknown[]): Array<[unknown, boolean, boolean]> {
  const check = ajv.compile(toJsonSchema(schema));
  return values.map((value) => [value, parse(schema, value).ok, check(value)]);
}

function expectAgreement(schema: AnySchema, values: readonly unknown[]): void {
  const results = verdicts(schema, values);
  expect(results.filter(([, mine, theirs]) => mine !== theirs)).toEqual([]);
  // Each list holds values either way.
  expect(new Set(results.map(([, mine]) => mine)).size).toBe(2);
}

describe('toJsonSchema says what the validator says', () => {
  test.each<[string, AnySchema, unknown[]]>([
    ['a trimmed non-empty string', v.string({ trim: true, minLength: 1 }), ['x', ' x ', '', '  ', '\n\t', 3, null]],
    ['a trimmed string of 3 code points', v.string({ trim: true, minLength: 3 }), ['abc', ' a c ', ' ab ', '\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00', '\uD83D\uDE00\uD83D\uDE00']],
    ['a string of 2 code points', v.string({ minLength: 2 }), ['ab', ' a', 'a', '\uD83D\uDE00', '\uD83D\uDE00x']],
    ['a trimmed string matched by an anchored pattern', v.string({ trim: true, pattern: /^(?=\S{1,5}\s*$)[a-z]+(?:\.[a-z]+)+$/u }), ['a.b', ' a.b ', 'a.bcdef', 'ab', 'a .b', ' a.b.c\n', '']],
    ['an integer with a minimum', v.number({ integer: true, minimum: 1 }), [1, 2.0, 0, 1.5, 2 ** 60, -(2 ** 60), '1', true]],
    ['a number with a minimum', v.number({ minimum: 0 }), [0, 0.5, -0.5, '0']],
    ['a boolean', v.boolean(), [true, false, 0, 'true', null]],
    ['an enum and a literal', v.union([v.oneOf(['a', 'b']), v.literal(3)]), ['a', 'b', 3, 'c', 4, null]],
    ['a strict object with an optional key', v.strictObject({ a: v.string(), b: v.optional(v.boolean()) }), [{ a: '' }, { a: '', b: true }, { b: true }, { a: '', c: 1 }, { a: '', b: 'x' }, [], null]],
    ['a loose object', v.looseObject({ a: v.string() }), [{ a: '' }, { a: '', c: 1 }, { c: 1 }, 'x']],
    ['an array of nullable strings', v.array(v.nullable(v.string())), [[], ['a', null], [1], {}, null]],
    ['a tagged union', v.taggedUnion('m', [v.strictObject({ m: v.literal('a'), x: v.string() }), v.strictObject({ m: v.literal('b') })]), [{ m: 'a', x: '' }, { m: 'b' }, { m: 'b', x: '' }, { m: 'c' }, {}, 'a']],
    ['a refinement (its own check aside)', v.refine(v.array(v.string()), () => undefined), [['a'], [1], 'a']],
  ])('%s', (_name, schema, values) => {
    expectAgreement(schema, values);
  });

  test('descriptions and required keys', () => {
    const schema = v.strictObject({ a: v.describe(v.string(), 'the a'), b: v.optional(v.boolean()) });
    expect(toJsonSchema(v.describe(schema, 'an object'))).toEqual({
      type: 'object',
      description: 'an object',
      properties: { a: { type: 'string', description: 'the a' }, b: { type: 'boolean' }, $comment: { type: 'string', description: 'An explanation for people; ignored.' } },
      required: ['a'],
      additionalProperties: false,
    });
  });

  test('a pattern the JSON Schema could not copy faithfully is refused, not approximated', () => {
    expect(() => toJsonSchema(v.string({ trim: true, pattern: /[a-z]/u }))).toThrow(/anchored/u);
    expect(() => toJsonSchema(v.string({ pattern: /^[a-z]+$/iu }))).toThrow(/u flag only/u);
  });
});
