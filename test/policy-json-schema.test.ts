/**
 * The policy's JSON Schema (src/engine/policy/policy.schema.json, shipped in the rollout kit) is
 * generated from the validator's definitions: checked here with ajv against the policies the
 * project documents and ships, against the rejected ones of the policy tests, and against the
 * validator itself on generated policies.
 */
import Ajv2020 from 'ajv/dist/2020';
import * as fc from 'fast-check';
import fs from 'node:fs';
import path from 'node:path';
import defaultPolicy from '../src/engine/policy/default-policy.json';
import { policyJsonSchema } from '../src/engine/policy/json-schema';
import { parsePolicy } from '../src/engine/policy/load';
import type { OptionSpec } from '../src/engine/options';
import { RULES } from '../src/engine/rules';
import { FULL_POLICY, REJECTED_POLICIES } from './helpers/policies';

const ROOT = path.resolve(__dirname, '..');
const SCENARIO_DIR = path.resolve(ROOT, '..', 'shared', 'scenarios');
const SCHEMA_FILE = path.join(ROOT, 'src/engine/policy/policy.schema.json');
const schema = policyJsonSchema();
const accepts = new Ajv2020({ allErrors: true }).compile(schema);

/** The policy example of the README (the ```json block that sets internalDomains). */
/** Every policy the README shows (its JSON blocks that set internalDomains). */
function readmePolicies(): Array<[string, unknown]> {
  const blocks = [...fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8').matchAll(/```json\n([\s\S]*?)```/gu)].map((match) => match[1] as string);
  return blocks.filter((block) => block.includes('"internalDomains"')).map((block, index): [string, unknown] => [`README example ${index + 1}`, JSON.parse(block) as unknown]);
}

/** The policies of the shared acceptance scenarios that set one. */
function scenarioPolicies(): Array<[string, unknown]> {
  return fs
    .readdirSync(SCENARIO_DIR)
    .filter((name) => name.endsWith('.json'))
    .map((name): [string, { policy?: unknown }] => [name, JSON.parse(fs.readFileSync(path.join(SCENARIO_DIR, name), 'utf8')) as { policy?: unknown }])
    .filter(([, scenario]) => scenario.policy !== undefined)
    .map(([name, scenario]) => [name, scenario.policy]);
}

test('the README shows its example policies (the policy file and the scopes)', () => {
  expect(readmePolicies().length).toBeGreaterThanOrEqual(2);
});

test('the committed policy.schema.json is the generated one', () => {
  expect(JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8'))).toEqual(schema);
});

test('is a draft 2020-12 schema that describes every key and every rule option', () => {
  expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  const properties = schema.properties as Record<string, { description?: string; properties?: Record<string, { description?: string; properties?: Record<string, { description?: string }> }> }>;
  expect(Object.entries(properties).filter(([, property]) => !property.description)).toEqual([]);
  for (const rule of RULES) {
    const settings = properties.rules?.properties?.[rule.meta.id];
    expect(settings?.description).toContain(rule.meta.id);
    for (const [name, spec] of Object.entries(rule.meta.options)) expect(settings?.properties?.[name]?.description).toBe(spec.description);
  }
});

describe('the policies the project ships and documents pass both the validator and the JSON Schema', () => {
  test.each<[string, unknown]>([
    ['default-policy.json', defaultPolicy],
    ...readmePolicies(),
    ['the policy tests’ full policy', FULL_POLICY],
    ['an empty policy', {}],
    ...scenarioPolicies(),
  ])('%s', (_name, policy) => {
    const result = parsePolicy(policy);
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(accepts(policy) ? [] : accepts.errors).toEqual([]);
  });

  test('the scenarios have policies to check', () => {
    expect(scenarioPolicies().length).toBeGreaterThanOrEqual(3);
  });
});

test.each(REJECTED_POLICIES.map(([raw, at]) => [at, raw]))('a policy the validator rejects at %s, the JSON Schema rejects too: %j', (_at, raw) => {
  expect(parsePolicy(raw).ok).toBe(false);
  expect(accepts(raw)).toBe(false);
});

// ---------- the validator and the JSON Schema agree on generated policies ----------

/** Values of the right shape for the key, and (unless `clean` is Infinity) now and then the edge cases next to them. */
const picker = (clean: number) => (valid: readonly string[], tricky: readonly string[]): fc.Arbitrary<string> =>
  clean === Infinity ? fc.constantFrom(...valid) : fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...valid) }, { weight: 1, arbitrary: fc.oneof(fc.constantFrom(...tricky), fc.string({ maxLength: 6 })) });
const EDGES = ['', ' ', '\n', '\uD83D', '\uD83D\uDE00'];

/** Policies with about one value in `1 + clean` of the wrong kind, and now and then an unknown or a prototype key; none with `clean` Infinity. */
function policies(clean: number): fc.Arbitrary<unknown> {
  const pick = picker(clean);
  const text = pick(['x', ' x ', '汇总', '[重要]', '请加密'], EDGES);
  const domain = pick(['contoso.com', ' Contoso.CN ', 'mail.contoso.com.cn'], [...EDGES, 'a..b', '.a.b', 'nodot', 'user@contoso.com', 'a b.com', `${'a'.repeat(250)}.com`, `${'a'.repeat(249)}.com`]);
  const address = pick(['it-helpdesk@contoso.com', ' all-*@contoso.com ', '*@lists.contoso.com'], [...EDGES, 'helpdesk', 'a@b@c', '@x', 'x@', 'a b@c']);
  const junk = fc.oneof(text, fc.integer({ min: -3, max: 30 }), fc.constantFrom(1.5, 2 ** 60, -(2 ** 60), -0), fc.boolean(), fc.constant(null), fc.constant([]), fc.constant({}), fc.constant({ x: 1 }));
  const maybe = <T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<unknown> => (clean === Infinity ? arbitrary : fc.oneof({ weight: clean, arbitrary }, { weight: 1, arbitrary: junk }));
  const extraKeys = fc.dictionary(fc.constantFrom('extra', 'constructor', '__proto__', 'add'), junk, { maxKeys: 1 });
  /** Some of the known keys (the `required` ones always when clean), and now and then another. */
  const record = (known: Record<string, fc.Arbitrary<unknown>>, required: string[] = []): fc.Arbitrary<unknown> =>
    fc
      .tuple(fc.record(known, { requiredKeys: clean === Infinity ? required : [] }), clean === Infinity ? fc.constant({}) : fc.oneof({ weight: clean, arbitrary: fc.constant({}) }, { weight: 1, arbitrary: extraKeys }))
      .map(([a, b]) => ({ ...a, ...b }));
  const list = <T>(item: fc.Arbitrary<T>) => maybe(fc.array(maybe(item), { maxLength: 3 }));
  const termList = maybe(fc.oneof(list(text), record({ replace: list(text) }, ['replace'])));
  // Only patterns that compile: whether one does is the validator's own check, which no JSON Schema can make.
  const patterns = list(pick(['\\d{6}', '\\bSECRET\\b', '[a-z]+机密'], ['']));
  const option = (name: string, spec: OptionSpec<unknown>): fc.Arbitrary<unknown> => {
    if (name === 'patterns') return patterns;
    if (spec.schema.def.kind === 'number') {
      const minimum = spec.schema.def.minimum ?? 0;
      return maybe(fc.integer({ min: clean === Infinity ? minimum : minimum - 2, max: minimum + 100 }));
    }
    if (typeof spec.defaultValue === 'boolean') return maybe(fc.boolean());
    return termList;
  };
  const severity = maybe(pick(['off', 'info', 'warning', 'block'], ['loud', 'Warning']));
  const rules = record(Object.fromEntries(RULES.map((rule) => [rule.meta.id, maybe(record({ severity, ...Object.fromEntries(Object.entries(rule.meta.options).map(([name, spec]) => [name, option(name, spec)])) }))])));
  const encryption = fc.oneof(
    record({ method: fc.constant('sensitivityLabel'), label: maybe(text) }, ['method', 'label']),
    record({ method: fc.constant('subjectTag'), tag: maybe(text) }, ['method', 'tag']),
    record({ method: fc.constant('instruction'), text: fc.oneof(maybe(text), record({ 'zh-CN': maybe(text), 'zh-TW': maybe(text), 'en-US': maybe(text) })) }, ['method', 'text']),
    ...(clean === Infinity ? [] : [record({ method: maybe(fc.constantFrom('pgp', 'SubjectTag')), tag: text })]),
  );
  return record({
    $schema: maybe(fc.constant('./policy.schema.json')),
    version: maybe(text),
    internalDomains: list(domain),
    groupAddresses: list(address),
    sharedMailboxes: list(address),
    importantTag: maybe(text),
    encryption: maybe(encryption),
    rules: maybe(rules),
    clauses: maybe(record(Object.fromEntries(RULES.map((rule) => [rule.meta.id, maybe(text)])))),
    locale: maybe(pick(['zh-CN', 'zh-TW', 'en-US'], ['fr-FR'])),
    failClosed: maybe(fc.boolean()),
    oldClientWarnings: maybe(pick(['allow', 'block'], ['deny'])),
    templates: list(record({ name: maybe(text), subject: maybe(text), body: maybe(text) }, ['name', 'body'])),
    // As a policy file reads: JSON has no undefined, NaN or Infinity.
  }).map((policy) => JSON.parse(JSON.stringify(policy)) as unknown);
}

const generatedPolicy = fc.oneof(policies(Infinity), policies(50), policies(5));

test('the validator and the JSON Schema accept and reject the same generated policies (2,000 runs)', () => {
  let accepted = 0;
  fc.assert(
    fc.property(generatedPolicy, (policy) => {
      const valid = parsePolicy(policy).ok;
      expect(accepts(policy)).toBe(valid);
      if (valid) accepted++;
    }),
    { numRuns: 2000 },
  );
  // Both outcomes are exercised.
  expect(accepted).toBeGreaterThan(50);
  expect(accepted).toBeLessThan(1950);
});
