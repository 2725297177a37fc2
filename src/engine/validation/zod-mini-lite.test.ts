import * as fc from 'fast-check';
import defaultPolicyFile from '../policy/default-policy.json';
import { parseDraft } from '../draft';
import { parsePolicy, parsePolicyText } from '../policy/load';
import { policySchema } from '../policy/schema';
import { RULES } from '../rules';
import { describeIssues } from '../schema-errors';
import * as lite from './zod-mini-lite';
import { loadWithLiteZod } from '../../../test/helpers/lite-validators';
import { FULL_POLICY, REJECTED_POLICIES } from '../../../test/helpers/policies';

/**
 * Differential tests: the project's own schemas (policy/schema.ts, draft.ts and the rules' option
 * schemas) are loaded a second time with `zod/mini` resolved to zod-mini-lite, and both copies
 * must give the same success flag, the same data and the same issue objects.
 */

const liteCopy = loadWithLiteZod();

type Result = { success: true; data: unknown } | { success: false; error: { issues: unknown[] } };

function parseBoth(input: unknown, reportInput: boolean): [Result, Result] {
  const params = reportInput ? { reportInput: true } : undefined;
  return [policySchema.safeParse(input, params) as Result, liteCopy.policySchema.safeParse(input, params) as Result];
}

function expectSamePolicy(input: unknown): void {
  for (const reportInput of [true, false]) {
    const [real, mine] = parseBoth(input, reportInput);
    expect(mine.success).toBe(real.success);
    if (real.success && mine.success) expect(mine.data).toStrictEqual(real.data);
    if (!real.success && !mine.success) {
      expect(mine.error.issues).toStrictEqual(real.error.issues);
      const describe = (issues: unknown[]) => describeIssues(issues as Parameters<typeof describeIssues>[0]);
      expect(describe(mine.error.issues)).toEqual(describe(real.error.issues));
    }
  }
  expect(policyErrors(liteCopy.parsePolicy(input))).toEqual(policyErrors(parsePolicy(input)));
}

/** What the pane, the CLI and Send tell an admin about a policy: every error, or none. */
function policyErrors(result: ReturnType<typeof parsePolicy>): readonly unknown[] {
  return result.ok ? [] : result.errors;
}

function expectSameDraft(input: unknown): void {
  expect(liteCopy.parseDraft(input)).toStrictEqual(parseDraft(input));
}

const RULE_IDS = RULES.map((rule) => rule.meta.id);

describe('the lite copy', () => {
  test('is really built from zod-mini-lite', () => {
    expect(liteCopy.policySchema).not.toBe(policySchema);
    expect('_zod' in liteCopy.policySchema).toBe(false);
    expect('_zod' in policySchema).toBe(true);
    expect(typeof liteCopy.policySchema.safeParse).toBe('function');
    expect(liteCopy.parsePolicy).not.toBe(parsePolicy);
  });
});

// The inputs of src/engine/policy/policy.test.ts.
const POLICY_TEST_CASES: unknown[] = [
  {},
  FULL_POLICY,
  { rules: { 'subject-vague': { words: ['汇总材料'] } } },
  { rules: { 'subject-vague': { words: { replace: ['汇总材料'] } } } },
  ...REJECTED_POLICIES.map(([raw]) => raw),
  { rules: { 'cc-excessive': { severity: 'off' } }, bogus: true },
  { internalDomains: [1], locale: 'xx', rules: { nope: {} } },
  JSON.parse('{"rules": {"__proto__": {"polluted": true}}, "constructor": {"prototype": {"x": 1}}}'),
  { version: '1' },
  { encryption: { method: 'instruction', text: { 'zh-CN': '请用加密U盘' } } },
  { clauses: { 'subject-missing': '《本公司邮件规范》第 1 条' } },
  { clauses: { 'important-tag': '《本公司邮件规范》第 2 条' } },
];

const HAND_WRITTEN_POLICIES: unknown[] = [
  defaultPolicyFile,
  null,
  undefined,
  42,
  'policy',
  [],
  [{}],
  { $schema: './policy.schema.json', version: '  2026.1  ', importantTag: ' [重要] ' },
  { version: '   ' },
  { version: '' },
  { version: 7 },
  { version: null },
  { version: undefined },
  { importantTag: ['x'] },
  { internalDomains: [' contoso.com ', 'a.b.c', 'nodot', 'with space.com', 'a..b', '.a.b', `${'a'.repeat(250)}.com`, '', '  ', null, 3] },
  { internalDomains: ['contoso.com'], groupAddresses: [' all@contoso.com ', 'a@b@c', '@x', 'x@', 'a b@c', 7, []] },
  { sharedMailboxes: {}, groupAddresses: null },
  { encryption: null },
  { encryption: [] },
  { encryption: 'subjectTag' },
  { encryption: {} },
  { encryption: { method: null } },
  { encryption: { method: 'sensitivityLabel', label: '  ' } },
  { encryption: { method: 'sensitivityLabel', label: ' Confidential ' } },
  { encryption: { method: 'sensitivityLabel', label: 'x', tag: 'y' } },
  { encryption: { method: 'subjectTag', tag: 5, extra: 1 } },
  { encryption: { method: 'instruction' } },
  { encryption: { method: 'instruction', text: '' } },
  { encryption: { method: 'instruction', text: '  x  ' } },
  { encryption: { method: 'instruction', text: {} } },
  { encryption: { method: 'instruction', text: { 'zh-CN': '', fr: 'x' } } },
  { encryption: { method: 'instruction', text: { 'en-US': 3 } } },
  { encryption: { method: 'instruction', text: ['x'] } },
  { encryption: { method: 'instruction', text: null } },
  { encryption: { method: 'instruction', text: { 'zh-TW': ' 請加密 ', 'en-US': ' Encrypt ' } } },
  { locale: null, failClosed: 'yes', oldClientWarnings: 'deny' },
  { locale: 'en-US', failClosed: true, oldClientWarnings: 'block' },
  { templates: {} },
  { templates: [{ name: ' Weekly ', subject: ' s ', body: 'b' }, { name: '', body: 3 }, { subject: 1 }, null, { name: 'x', body: '', extra: true }] },
  { rules: null },
  { rules: [] },
  { rules: { 'cc-excessive': null } },
  { rules: { 'cc-excessive': [] } },
  { rules: { 'cc-excessive': { maxCc: 1.5 } } },
  { rules: { 'cc-excessive': { maxCc: '3' } } },
  { rules: { 'cc-excessive': { maxCc: 2 ** 60 } } },
  { rules: { 'cc-excessive': { maxCc: -(2 ** 60) } } },
  { rules: { 'cc-excessive': { maxCc: -1.5 } } },
  { rules: { 'cc-excessive': { maxCc: Number.NaN } } },
  { rules: { 'cc-excessive': { maxCc: Number.POSITIVE_INFINITY } } },
  { rules: { 'cc-excessive': { maxCc: Number.NEGATIVE_INFINITY } } },
  { rules: { 'subject-too-long': { maxWidth: 0 } } },
  { rules: { 'sensitive-content': { minMobileNumbers: 1, blockMarkingsToExternal: 'no' } } },
  { rules: { 'sensitive-content': { patterns: ['\\d{6}', '', '(', '[a-', '(?<=x)y', '\\p{Han}+', 'a{2,1}', 7, '\\bSECRET\\b'] } } },
  { rules: { 'sensitive-content': { patterns: 'x' } } },
  { rules: { 'sensitive-content': { keywords: { replace: [] }, markings: { replace: ['', 3] } } } },
  { rules: { 'sensitive-content': { keywords: { replace: ['x'], extra: [] } } } },
  { rules: { 'sensitive-content': { keywords: { replace: [''], extra: [] } } } },
  { rules: { 'sensitive-content': { keywords: { replace: 'x' } } } },
  { rules: { 'subject-vague': { words: [''] } } },
  { rules: { 'subject-vague': { words: ['', 'ok', 1] } } },
  { rules: { 'subject-vague': { words: [[]] } } },
  { rules: { 'subject-vague': { words: [['a']] } } },
  { rules: { 'subject-vague': { words: [{ length: 0 }] } } },
  { rules: { 'subject-vague': { words: [{ length: 'x' }] } } },
  { rules: { 'subject-vague': { words: [{ length: null }] } } },
  { rules: { 'subject-vague': { words: null } } },
  { rules: { 'subject-vague': { words: 'x' } } },
  { rules: { 'subject-vague': { words: [' '] } } },
  { rules: { 'subject-vague': { words: ['\uD83D\uDE00', '\uD83D'] } } },
  { rules: { 'attachment-blocked-type': { extensions: { replace: ['exe'] } } } },
  { rules: { 'attachment-blocked-type': { extensions: { replace: ['exe'], add: ['x'] } } } },
  { rules: { 'cc-excessive': { severity: undefined, maxCc: undefined } } },
  { clauses: { 'cc-excessive': '' } },
  { clauses: { 'cc-excessive': '  x  ', 'subject-missing': 3 } },
  { clauses: [] },
  { rules: Object.fromEntries(RULE_IDS.map((id) => [id, { severity: 'off' }])) },
  { rules: Object.fromEntries(RULE_IDS.map((id) => [id, { severity: 'nope', bogus: 1 }])) },
  { a: 1, b: 2, version: '', c: 3, rules: { x: 1, 'cc-excessive': 2 } },
  JSON.parse('{"__proto__": {"x": 1}, "version": "1"}'),
  JSON.parse('{"rules": {"cc-excessive": {"__proto__": 1}}}'),
  Object.assign(Object.create({ version: 'inherited' }) as object, { locale: 'zh-CN' }),
];

describe('policy schema: zod-mini-lite and zod/mini agree', () => {
  test.each(POLICY_TEST_CASES.map((input, i) => [i, input]))('policy.test.ts case %i: %j', (_i, input) => {
    expectSamePolicy(input);
  });

  test.each(HAND_WRITTEN_POLICIES.map((input, i) => [i, input]))('hand-written policy %i: %j', (_i, input) => {
    expectSamePolicy(input);
  });

  test('the corpus has both valid and invalid policies', () => {
    const outcomes = [...POLICY_TEST_CASES, ...HAND_WRITTEN_POLICIES].map((input) => policySchema.safeParse(input).success);
    expect(outcomes.filter(Boolean).length).toBeGreaterThan(8);
    expect(outcomes.filter((ok) => !ok).length).toBeGreaterThan(40);
  });
});

describe('policy errors: Send (zod-mini-lite) and the pane and CLI (zod/mini) say the same words', () => {
  const forbidden = (text: string) => JSON.parse(text) as unknown;
  test.each<[string, unknown, ReadonlyArray<{ path: string; message: string }>]>([
    ['a wrong enum value names the value given', { rules: { 'cc-excessive': { severity: 'warn' } } }, [
      { path: '$.rules["cc-excessive"].severity', message: 'expected one of "off", "info", "warning", "block", got "warn"' },
    ]],
    ['a number, null and a list as the value given', { locale: 3, oldClientWarnings: null, rules: { 'subject-vague': { severity: ['off'] } } }, [
      { path: '$.rules["subject-vague"].severity', message: 'expected one of "off", "info", "warning", "block", got array' },
      { path: '$.locale', message: 'expected one of "zh-CN", "zh-TW", "en-US", got 3' },
      { path: '$.oldClientWarnings', message: 'expected one of "allow", "block", got null' },
    ]],
    ['an unknown or missing discriminator', { encryption: { method: 'pgp' } }, [
      { path: '$.encryption.method', message: 'expected one of "sensitivityLabel", "subjectTag", "instruction", got "pgp"' },
    ]],
    ['a missing discriminator', { encryption: { tag: 'x' } }, [
      { path: '$.encryption.method', message: 'expected one of "sensitivityLabel", "subjectTag", "instruction", got nothing' },
    ]],
    ['forbidden keys and the other problems together', forbidden('{"rules": {"__proto__": {}, "cc-excessive": {"severity": "loud"}}, "constructor": 1, "failClosed": "yes"}'), [
      { path: '$.rules.__proto__', message: 'the key "__proto__" is not allowed' },
      { path: '$.constructor', message: 'the key "constructor" is not allowed' },
      { path: '$.rules["cc-excessive"].severity', message: 'expected one of "off", "info", "warning", "block", got "loud"' },
      { path: '$.failClosed', message: 'expected boolean, got string' },
    ]],
    ['a number JSON reads as Infinity, and one that is not an integer', forbidden('{"rules": {"cc-excessive": {"maxCc": 1e400}, "subject-too-long": {"maxWidth": 1.5}}}'), [
      { path: '$.rules["subject-too-long"].maxWidth', message: 'expected int, got 1.5' },
      { path: '$.rules["cc-excessive"].maxCc', message: 'expected a finite number, got Infinity' },
    ]],
    ['a long unknown key and a long pattern are cut', { [`k${'x'.repeat(1000)}`]: 1, rules: { 'sensitive-content': { patterns: [`(${'x'.repeat(1000)}`] } } }, [
      { path: '$.rules["sensitive-content"].patterns[0]', message: expect.stringMatching(/^.{299}…$/u) as unknown as string },
      { path: `$["k${'x'.repeat(38)}…"]`, message: `unknown key "k${'x'.repeat(38)}…"` },
    ]],
  ])('%s', (_name, input, expected) => {
    expect(policyErrors(parsePolicy(input))).toEqual(expected);
    expect(policyErrors(liteCopy.parsePolicy(input))).toEqual(expected);
  });

  test.each([
    ['a key given twice', '{"rules": {"subject-vague": {"severity": "loud", "severity": "off"}}}'],
    ['nesting 100,000 deep', `{"rules": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`],
    ['100,000 bad entries', JSON.stringify({ groupAddresses: Array.from({ length: 100_000 }, () => 'x') })],
  ])('policy text with %s', (_name, text) => {
    const real = parsePolicyText(text);
    expect(real.ok).toBe(false);
    expect(policyErrors(liteCopy.parsePolicyText(text))).toEqual(policyErrors(real));
  });
});

const HAND_WRITTEN_DRAFTS: unknown[] = [
  {},
  null,
  [],
  'draft',
  { subject: 'Hi', body: 'x', from: 'a@contoso.com', to: ['b@contoso.com'] },
  { subject: null, body: null, from: null, to: null, cc: null, bcc: null, attachments: null, composeType: null, unavailable: null },
  { from: { address: ' a@contoso.com ', name: 'A' }, extra: { anything: true } },
  { from: { name: 'A' } },
  { from: 3 },
  { to: ['a@x', { address: 'b@x', name: 'B', type: 'user' }, { address: 'c@x', type: 'robot' }, { name: 'no address' }, 5, null] },
  { cc: [{ address: 'c@x', name: null, type: null, more: 1 }], bcc: 'x' },
  { attachments: [{ name: 'a.pdf', size: 10, inline: false }, { name: 'b', size: -1 }, { size: 1 }, { name: 'c', size: '1', inline: 'no' }, { name: 'd', size: null, inline: null }] },
  { attachments: [{ name: 'e', size: Number.NaN }, { name: 'f', size: 1.5 }] },
  { composeType: 'reply', unavailable: ['attachments', 'sensitivityLabel', 'attachments'] },
  { composeType: 'meeting', unavailable: ['body'] },
  { sensitivityLabel: 'id', sensitivityLabelName: 'Confidential' },
  { sensitivityLabel: 1, sensitivityLabelName: [] },
  { subject: undefined, body: undefined, x: undefined },
  JSON.parse('{"__proto__": {"subject": 1}, "subject": "s"}'),
];

describe('draft schema: zod-mini-lite and zod/mini agree', () => {
  test.each(HAND_WRITTEN_DRAFTS.map((input, i) => [i, input]))('hand-written draft %i: %j', (_i, input) => {
    expectSameDraft(input);
  });
});

describe('each schema kind on its own: zod-mini-lite and zod/mini agree', () => {
  // Built side by side from the two modules, without going through the project's files.
  const both = <T>(build: (z: typeof lite) => T) => [build(lite), build(jest.requireActual('zod/mini') as typeof lite)] as const;
  const cases: Array<[string, readonly [lite.LiteSchema, lite.LiteSchema], unknown[]]> = [
    ['string + trim + minLength(3)', both((z) => z.string().check(z.trim(), z.minLength(3))), ['  ab ', ' abc ', '\uD83D\uDE00\uD83D\uDE00x', '\uD83D\uDE00\uD83D', [], [1, 2], { length: 1 }, 5, null]],
    ['string + regex string error', both((z) => z.string().check(z.regex(/^a+$/u, 'only a'))), ['aa', 'b', 3]],
    ['number + int + gte(2)', both((z) => z.number().check(z.int(), z.gte(2))), [2, 1, 1.5, -(2 ** 60), 2 ** 60, Number.NaN, '2']],
    ['literal', both((z) => z.literal('x')), ['x', 'y', undefined]],
    ['optional at the top', both((z) => z.optional(z.boolean())), [undefined, true, null]],
    ['nullable at the top', both((z) => z.nullable(z.boolean())), [undefined, false, null]],
    ['single-option union', both((z) => z.union([z.string()])), ['x', 1]],
    ['superRefine string form and fatal', both((z) => z.string().check(z.superRefine((s: string, ctx) => {
      if (s === 'a') ctx.addIssue('string form');
      if (s === 'b') ctx.addIssue({ code: 'custom', message: 'fatal', fatal: true } as never);
      if (s === 'c') ctx.addIssue({ message: 'no code or input' } as never);
    }), z.minLength(5))), ['a', 'b', 'c', 'ok']],
  ];
  test.each(cases)('%s', (_name, [mine, real], inputs) => {
    for (const input of inputs) {
      const a = (mine as unknown as { safeParse: (v: unknown, p: object) => Result }).safeParse(input, { reportInput: true });
      const b = (real as unknown as { safeParse: (v: unknown, p: object) => Result }).safeParse(input, { reportInput: true });
      expect(a.success).toBe(b.success);
      if (a.success && b.success) expect(a.data).toStrictEqual(b.data);
      if (!a.success && !b.success) expect(a.error.issues).toStrictEqual(b.error.issues);
    }
  });
});

// ---------- random policy-shaped and draft-shaped inputs ----------

const text = fc.oneof(
  fc.constantFrom('', ' ', 'x', ' x ', 'contoso.com', ' contoso.com ', 'a.b.c', 'a..b', 'user@contoso.com', 'all-*@contoso.com', 'a b@c', '汇总', '[重要]', '\uD83D\uDE00', '\uD83D'),
  fc.string({ maxLength: 8 }),
);
const scalar = fc.oneof(text, fc.integer({ min: -5, max: 100 }), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.constantFrom(2 ** 60, -(2 ** 60), 1.5));
const junk = fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, fc.array(scalar, { maxLength: 3 }), fc.dictionary(text, scalar, { maxKeys: 3 }));

/** An object with some of `known` keys (values from `value`) and sometimes unknown ones. */
function record(known: Record<string, fc.Arbitrary<unknown>>, extraKeys: readonly string[] = ['extra', 'colour', 'Version']): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .tuple(
      fc.record(known, { requiredKeys: [] }),
      fc.oneof({ weight: 3, arbitrary: fc.constant({}) }, { weight: 1, arbitrary: fc.dictionary(fc.constantFrom(...extraKeys), junk, { maxKeys: 2 }) }),
    )
    .map(([a, b]) => ({ ...a, ...b }));
}
const maybeJunk = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<unknown> => fc.oneof({ weight: 4, arbitrary: arb }, { weight: 1, arbitrary: junk });

const textList = maybeJunk(fc.array(maybeJunk(text), { maxLength: 4 }));
const termList = maybeJunk(
  fc.oneof(
    fc.array(maybeJunk(text), { maxLength: 4 }),
    record({ replace: maybeJunk(fc.array(maybeJunk(text), { maxLength: 3 })) }, ['add', 'extra']),
  ),
);
const patterns = maybeJunk(
  fc.array(maybeJunk(fc.constantFrom('\\d{6}', '', '(', '[a-', 'a{2,1}', '(?<=x)y', '(?i)secret', '\\bSECRET\\b', 'a+', '\\p{Han}', '*', 'x|', '[[:alpha:]]')), { maxLength: 3 }),
);
const integer = maybeJunk(fc.oneof(fc.integer({ min: -3, max: 50 }), fc.constantFrom(1.5, 2 ** 60, -(2 ** 60), 0, '3')));
const severity = maybeJunk(fc.constantFrom('off', 'info', 'warning', 'block', 'loud', 'Warning'));

function optionArbitrary(name: string, defaultValue: unknown): fc.Arbitrary<unknown> {
  if (name === 'patterns') return patterns;
  if (typeof defaultValue === 'number') return integer;
  if (typeof defaultValue === 'boolean') return maybeJunk(fc.boolean());
  return termList;
}

const ruleSettings = Object.fromEntries(
  RULES.map((rule) => [
    rule.meta.id,
    maybeJunk(
      record(
        {
          severity,
          ...Object.fromEntries(Object.entries(rule.meta.options).map(([name, spec]) => [name, optionArbitrary(name, spec.defaultValue)])),
        },
        ['maxCC', 'extra', 'options'],
      ),
    ),
  ]),
);

const localized = maybeJunk(record({ 'zh-CN': maybeJunk(text), 'zh-TW': maybeJunk(text), 'en-US': maybeJunk(text) }, ['fr-FR']));
const encryption = maybeJunk(
  fc.oneof(
    record({ method: fc.constant('sensitivityLabel'), label: maybeJunk(text) }, ['tag', 'text']),
    record({ method: fc.constant('subjectTag'), tag: maybeJunk(text) }, ['label']),
    record({ method: fc.constant('instruction'), text: fc.oneof(maybeJunk(text), localized) }, ['tag']),
    record({ method: maybeJunk(fc.constantFrom('pgp', 'SubjectTag', '')), tag: text, label: text }),
  ),
);
const template = maybeJunk(record({ name: maybeJunk(text), subject: maybeJunk(text), body: maybeJunk(text) }));

const policyArbitrary: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 20, arbitrary: record(
    {
      $schema: maybeJunk(text),
      version: maybeJunk(text),
      internalDomains: textList,
      groupAddresses: textList,
      sharedMailboxes: textList,
      importantTag: maybeJunk(text),
      encryption,
      rules: maybeJunk(record(ruleSettings, ['cc-too-many', 'nope', '__proto__'])),
      clauses: maybeJunk(record(Object.fromEntries(RULE_IDS.map((id) => [id, maybeJunk(text)])), ['no-such-rule'])),
      locale: maybeJunk(fc.constantFrom('zh-CN', 'zh-TW', 'en-US', 'fr-FR')),
      failClosed: maybeJunk(fc.boolean()),
      oldClientWarnings: maybeJunk(fc.constantFrom('allow', 'block', 'deny')),
      templates: maybeJunk(fc.array(template, { maxLength: 3 })),
    },
    ['colour', 'bogus', 'constructor', 'rule'],
  ) },
  { weight: 1, arbitrary: junk },
);

const recipient = maybeJunk(fc.oneof(text, record({ address: maybeJunk(text), name: maybeJunk(fc.oneof(text, fc.constant(null))), type: maybeJunk(fc.constantFrom('user', 'distributionList', 'externalUser', 'other', 'robot', null)) })));
const attachment = maybeJunk(record({ name: maybeJunk(text), size: maybeJunk(fc.oneof(fc.integer({ min: -3, max: 10 ** 7 }), fc.constantFrom(0.5, null))), inline: maybeJunk(fc.oneof(fc.boolean(), fc.constant(null))) }));
const recipients = maybeJunk(fc.oneof(fc.constant(null), fc.array(recipient, { maxLength: 3 })));
const draftArbitrary: fc.Arbitrary<unknown> = record(
  {
    subject: maybeJunk(fc.oneof(text, fc.constant(null))),
    body: maybeJunk(fc.oneof(text, fc.constant(null))),
    from: maybeJunk(fc.oneof(text, fc.constant(null), record({ address: maybeJunk(text) }))),
    to: recipients,
    cc: recipients,
    bcc: recipients,
    attachments: maybeJunk(fc.oneof(fc.constant(null), fc.array(attachment, { maxLength: 3 }))),
    composeType: maybeJunk(fc.constantFrom('newMail', 'reply', 'forward', 'meeting', null)),
    sensitivityLabel: maybeJunk(fc.oneof(text, fc.constant(null))),
    sensitivityLabelName: maybeJunk(fc.oneof(text, fc.constant(null))),
    unavailable: maybeJunk(fc.oneof(fc.constant(null), fc.array(fc.constantFrom('attachments', 'sensitivityLabel', 'body'), { maxLength: 3 }))),
  },
  ['extra', 'itemId'],
);

describe('random inputs: zod-mini-lite and zod/mini agree', () => {
  test('policy-shaped inputs (3,000 runs)', () => {
    let failures = 0;
    fc.assert(
      fc.property(policyArbitrary, (input) => {
        if (!policySchema.safeParse(input).success) failures++;
        expectSamePolicy(input);
      }),
      { numRuns: 3000 },
    );
    // The generator must exercise both outcomes.
    expect(failures).toBeGreaterThan(300);
    expect(failures).toBeLessThan(3000);
  });

  test('policies that are valid apart from a little noise (2,000 runs)', () => {
    let passes = 0;
    const validEncryption = fc.oneof(
      fc.record({ method: fc.constant('sensitivityLabel'), label: fc.constantFrom('Confidential', ' x ') }),
      fc.record({ method: fc.constant('subjectTag'), tag: fc.constantFrom('[加密]', ' ') }),
      fc.record({ method: fc.constant('instruction'), text: fc.oneof(fc.constantFrom('Encrypt it', ''), fc.record({ 'zh-CN': fc.constantFrom('加密', ' '), 'en-US': fc.constant('x') }, { requiredKeys: [] })) }),
    );
    const valid = fc.record(
      {
        version: fc.constantFrom('1', ' 2026.1 '),
        internalDomains: fc.array(fc.constantFrom('contoso.com', ' mail.contoso.cn ', 'contoso.com', 'contoso.cn', 'nodot'), { maxLength: 2 }),
        rules: fc.record(Object.fromEntries(RULES.map((rule) => [rule.meta.id, fc.record({ severity: fc.constantFrom('off', 'info', 'warning', 'block') }, { requiredKeys: [] })])), { requiredKeys: [] }),
        encryption: validEncryption,
      },
      { requiredKeys: [] },
    );
    // One in ten gets an unknown top-level key.
    const validish = fc.tuple(valid, fc.nat(9)).map(([policy, n]) => (n === 0 ? { ...policy, colour: 'blue' } : policy));
    fc.assert(
      fc.property(validish, (input) => {
        if (policySchema.safeParse(input).success) passes++;
        expectSamePolicy(input);
      }),
      { numRuns: 2000 },
    );
    expect(passes).toBeGreaterThan(200);
  });

  test('draft-shaped inputs (2,000 runs)', () => {
    fc.assert(
      fc.property(draftArbitrary, (input) => {
        expectSameDraft(input);
      }),
      { numRuns: 2000 },
    );
  });
});
