/**
 * Property tests of policy and draft parsing against hostile input (issue 12): arbitrary JSON,
 * nesting far past the limit, prototype keys at every depth, huge strings and odd numbers never
 * make the parsers throw or touch a prototype, and give the same answer twice (one validator,
 * src/engine/validation, serves Send, the pane and the CLI). Policies built from the schema's own
 * valid shapes are accepted. Bounded runs; the long run belongs to the bench.
 */
import * as fc from 'fast-check';
import { parseDraft } from '../src/engine/draft';
import { MAX_POLICY_DEPTH } from '../src/engine/policy/json-scan';
import { parsePolicy, parsePolicyText, type PolicyResult } from '../src/engine/policy/load';
import { RULES } from '../src/engine/rules';
import { MAX_LISTED_ERRORS, type InputError } from '../src/engine/schema-errors';
import { SEVERITIES } from '../src/engine/types';

// ---------- what every answer must be ----------

/** Longest path or message an error may have, whatever the input. */
const MAX_ERROR_CHARS = 1000;

function expectWellFormed(errors: readonly InputError[]): void {
  expect(errors.length).toBeGreaterThan(0);
  expect(errors.length).toBeLessThanOrEqual(MAX_LISTED_ERRORS);
  const bad = errors.filter(({ path, message }) => !path.startsWith('$') || typeof message !== 'string' || path.length + message.length >= MAX_ERROR_CHARS);
  expect(bad).toEqual([]);
}

/** What a caller can observe of a policy result, comparable across runs. */
function policySummary(result: PolicyResult): unknown {
  if (!result.ok) {
    expectWellFormed(result.errors);
    return { ok: false, errors: result.errors };
  }
  const { rules, isGroupAddress, isSharedMailbox, ...rest } = result.policy;
  const severities = Object.entries(rules).map(([id, settings]) => `${id}=${settings.severity}`);
  return { ok: true, rest, severities, groups: rest.groupAddresses.map(isGroupAddress), shared: rest.sharedMailboxes.map(isSharedMailbox) };
}

function draftSummary(result: ReturnType<typeof parseDraft>): unknown {
  if (!result.ok) expectWellFormed(result.errors);
  return result;
}

const PROTOTYPES = [Object.prototype, Array.prototype, String.prototype, Number.prototype, Function.prototype];

/** Own properties of the prototypes JSON values reach, with their values and accessors. */
function prototypeState(): unknown[] {
  return PROTOTYPES.flatMap((target) =>
    Reflect.ownKeys(target).flatMap((name) => {
      const { value, get, set } = Object.getOwnPropertyDescriptor(target, name) as PropertyDescriptor;
      return [name, value, get, set];
    }),
  );
}

const PROTOTYPES_BEFORE = prototypeState();

function prototypesUntouched(): boolean {
  const now = prototypeState();
  return now.length === PROTOTYPES_BEFORE.length && now.every((item, i) => Object.is(item, PROTOTYPES_BEFORE[i]));
}

/** Every parser: no throw, the same answer twice, no prototype touched. */
function expectTotal(input: { readonly text?: string; readonly value?: unknown }): void {
  const once = (): unknown[] => {
    const answer: unknown[] = [];
    if (input.text !== undefined) answer.push(policySummary(parsePolicyText(input.text)));
    if ('value' in input) answer.push(policySummary(parsePolicy(input.value)), draftSummary(parseDraft(input.value)));
    return answer;
  };
  expect(once()).toEqual(once());
  expect(prototypesUntouched()).toBe(true);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

// ---------- hostile JSON ----------

const DANGEROUS_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', 'length', '0'];
const POLICY_KEYS = ['rules', 'clauses', 'encryption', 'method', 'text', 'templates', 'severity', 'words', 'replace', 'internalDomains', 'version', 'locale', ...RULES.map((r) => r.meta.id)];
const HUGE = 'x'.repeat(200_000);
const key = fc.oneof(fc.constantFrom(...DANGEROUS_KEYS), fc.constantFrom(...POLICY_KEYS), fc.string({ maxLength: 6 }), fc.constant(HUGE));
const scalar = fc.oneof(
  fc.string({ maxLength: 10 }),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
  fc.constantFrom(HUGE, '\u202Eevil', '\u0000\u001B[2J', '\uD800', 'contoso.com', 'a@b.c', 'warning', 'block'),
  fc.integer(),
  fc.double(),
  fc.constantFrom(-0, 5e-324, Number.MAX_SAFE_INTEGER + 2, 1e308, -1e308),
  fc.boolean(),
  fc.constant(null),
);

/** JSON values whose object keys include prototype and policy keys at every depth. */
const { value: hostileValue } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.array(fc.tuple(key, tie('value')), { maxLength: 4 }).map(ownObject),
  ),
}));

/** An object with these own keys, `__proto__` included, as JSON.parse builds it. */
function ownObject(entries: ReadonlyArray<readonly [string, unknown]>): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const [name, value] of entries) Object.defineProperty(object, name, { value, enumerable: true, writable: true, configurable: true });
  return object;
}

/** JSON text with what JSON.stringify never writes: keys given twice, `1e400`, cut-off text. */
const hostileText = fc
  .tuple(hostileValue, fc.nat(5), fc.nat(1000))
  .map(([value, twist, at]) => {
    const text = JSON.stringify(value) ?? 'null';
    if (twist === 0) return text.replace(/\{"/u, '{"rules": 1e400, "rules": -1e400, "');
    if (twist === 1) return text.replace(/([{,])("[^"]*":)/u, '$1$2 1, $2');
    if (twist === 2) return text.slice(0, at % (text.length + 1));
    return text;
  });

/** Text nested `depth` deep in objects and arrays, with a prototype key at each object. */
function deepText(depth: number, open: readonly string[]): string {
  let start = '';
  let end = '';
  for (let i = 0; i < depth; i++) {
    const kind = open[i % open.length] as string;
    start += kind === '[' ? '[' : `{"${kind}": `;
    end = (kind === '[' ? ']' : '}') + end;
  }
  return `${start}1${end}`;
}

describe('arbitrary JSON never breaks policy or draft parsing', () => {
  test('hostile values: parsePolicy and parseDraft (300 runs)', () => {
    fc.assert(fc.property(hostileValue, (value) => expectTotal({ value })), { numRuns: 300 });
  });

  test('hostile texts: parsePolicyText (300 runs)', () => {
    fc.assert(fc.property(hostileText, (text) => expectTotal({ text })), { numRuns: 300 });
  });

  test('fc.json texts and random strings (300 runs)', () => {
    fc.assert(fc.property(fc.oneof(fc.json({ maxDepth: 4 }), fc.string({ maxLength: 40 })), (text) => expectTotal({ text, value: safeParse(text) })), { numRuns: 300 });
  });

  test('nesting far past the limit, with prototype keys at each level (20 runs)', () => {
    const open = fc.array(fc.constantFrom('[', '__proto__', 'constructor', 'prototype', 'rules', 'x'), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(fc.integer({ min: MAX_POLICY_DEPTH - 2, max: 100_000 }), open, (depth, kinds) => {
        const text = deepText(depth, kinds);
        expectTotal({ text, value: JSON.parse(text) as unknown });
      }),
      { numRuns: 20 },
    );
  });

  test.each([100_000, 1_000_000])('a draft nested %i deep in every field is read or rejected, never a stack overflow', (depth) => {
    let deep: unknown = 'x';
    for (let i = 0; i < depth; i++) deep = i % 2 ? [deep] : { address: deep, name: deep };
    const draft = { subject: deep, from: deep, to: [deep, 'a@contoso.com'], attachments: [{ name: deep }], extra: deep };
    const result = parseDraft(draft);
    expect(result.ok).toBe(false);
    if (!result.ok) expectWellFormed(result.errors);
    expect(parseDraft({ subject: 's', extra: deep }).ok).toBe(true);
  });

  test('20,000 bad recipients give a bounded list of draft errors', () => {
    const result = parseDraft({ cc: Array.from({ length: 20_000 }, () => 1) });
    expect(result.ok ? [] : result.errors.slice(0, 2)).toEqual([
      { path: '$.cc[0]', message: expect.stringMatching(/allowed forms/u) as unknown as string },
      { path: '$.cc[1]', message: expect.stringMatching(/allowed forms/u) as unknown as string },
    ]);
    if (!result.ok) expect(result.errors.at(-1)).toEqual({ path: '$', message: `…and ${20_000 - MAX_LISTED_ERRORS + 1} more` });
  });
});

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

// ---------- valid policies ----------

const word = fc.constantFrom('汇总', '彙總', 'summary', '材料', 'x');
const termList = fc.oneof(fc.array(word, { maxLength: 3 }), fc.record({ replace: fc.array(word, { maxLength: 3 }) }));

function validOption(name: string, defaultValue: unknown): fc.Arbitrary<unknown> {
  if (name === 'patterns') return fc.array(fc.constantFrom('\\d{6}', '\\bSECRET\\b', '[a-z]+机密'), { maxLength: 2 });
  if (typeof defaultValue === 'number') return fc.nat(1000).map((n) => defaultValue + n);
  if (typeof defaultValue === 'boolean') return fc.boolean();
  return termList;
}

const validRules = fc.record(
  Object.fromEntries(
    RULES.map((rule) => [
      rule.meta.id,
      fc.record(
        { severity: fc.constantFrom(...SEVERITIES), ...Object.fromEntries(Object.entries(rule.meta.options).map(([name, spec]) => [name, validOption(name, spec.defaultValue)])) },
        { requiredKeys: [] },
      ),
    ]),
  ),
  { requiredKeys: [] },
);

/** One text per language, at least one given (RULES.md «Texts an admin writes»). */
const localizedWords = fc
  .record({ 'zh-CN': fc.constant('请加密'), 'zh-TW': fc.constant('請加密'), 'en-US': fc.constant('Encrypt') }, { requiredKeys: [] })
  .filter((text) => Object.keys(text).length > 0);

const validPolicy = fc.record(
  {
    $schema: fc.constant('./policy.schema.json'),
    version: fc.constantFrom('2026.11', ' 1 ', '版本一'),
    internalDomains: fc.array(fc.constantFrom('contoso.com', 'mail.contoso.cn', ' Contoso.TW '), { maxLength: 3 }),
    groupAddresses: fc.array(fc.constantFrom('all-*@contoso.com', 'sales@contoso.com', '*@lists.contoso.com'), { maxLength: 3 }),
    sharedMailboxes: fc.array(fc.constantFrom('it-helpdesk@contoso.com', ' hr@contoso.cn '), { maxLength: 2 }),
    importantTag: fc.constantFrom('[重要]', '【重要】', '[Important]'),
    encryption: fc.oneof(
      fc.record({ method: fc.constant('sensitivityLabel'), label: fc.constantFrom('Confidential', '机密') }),
      fc.record({ method: fc.constant('subjectTag'), tag: fc.constantFrom('[加密]', '[encrypt]') }),
      fc.record({ method: fc.constant('instruction'), text: fc.oneof(fc.constant('Use the encrypted drive'), localizedWords) }),
    ),
    rules: validRules,
    clauses: fc.record(Object.fromEntries(RULES.map((rule) => [rule.meta.id, fc.constantFrom('《本公司邮件规范》第 4 条', 'Clause 4')])), { requiredKeys: [] }),
    locale: fc.constantFrom('zh-CN', 'zh-TW', 'en-US'),
    failClosed: fc.boolean(),
    oldClientWarnings: fc.constantFrom('allow', 'block'),
    templates: fc.array(fc.record({ name: fc.constantFrom('会议通知', 'Weekly'), subject: fc.constantFrom('关于召开会议的通知', ''), body: fc.constantFrom('各位同事：', '') }, { requiredKeys: ['name', 'body'] }), { maxLength: 2 }),
  },
  { requiredKeys: [] },
);

describe('valid policies are accepted', () => {
  test('a policy built from the schema’s own valid shapes parses, as an object and as text (100 runs)', () => {
    fc.assert(
      fc.property(validPolicy, fc.constantFrom(undefined, 2), (policy, indent) => {
        const fromText = parsePolicyText(JSON.stringify(policy, null, indent));
        const fromValue = parsePolicy(policy);
        expect(fromText.ok ? [] : fromText.errors).toEqual([]);
        expect(policySummary(fromText)).toEqual(policySummary(fromValue));
        const rules = (policy.rules ?? {}) as Record<string, { severity?: string }>;
        for (const [id, settings] of Object.entries(rules)) {
          if (settings.severity) expect(fromText.policy.rules[id as keyof typeof fromText.policy.rules].severity).toBe(settings.severity);
        }
        expect(fromText.policy.version).toBe(policy.version?.trim() ?? 'default');
        expectTotal({ text: JSON.stringify(policy), value: policy });
      }),
      { numRuns: 100 },
    );
  });
});
