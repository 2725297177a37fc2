/**
 * `preflight policy init | schema | defaults` (RULES.md «Policy tooling (CLI)»): what each prints or
 * writes is a valid policy (validator and shipped JSON Schema), and `defaults` changes nothing.
 */
import Ajv2020 from 'ajv/dist/2020';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main, type CliIo } from '../src/cli/main';
import { createDraft, DEFAULT_POLICY, evaluate, LOCALES, RULES, parsePolicyText, type Policy } from '../src/engine';
import { smartAlertText } from '../src/office/smart-alert';

const SCHEMA_FILE = path.resolve(__dirname, '../src/engine/policy/policy.schema.json');
const SHIPPED_SCHEMA = JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8')) as { properties: Record<string, unknown> };
const accepts = new Ajv2020({ allErrors: true }).compile(SHIPPED_SCHEMA);

function capture(env: NodeJS.ProcessEnv = {}): CliIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return { stdout: { write: (text: string) => (out += text) }, stderr: { write: (text: string) => (err += text) }, env, stdoutIsTty: false, out: () => out, err: () => err };
}

async function run(argv: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; out: string; err: string }> {
  const io = capture(env);
  const code = await main(argv, io);
  return { code, out: io.out(), err: io.err() };
}

const tempDir = (): string => fs.mkdtempSync(path.join(os.tmpdir(), 'preflight-policy-tooling-'));

/** Valid for the validator and for the JSON Schema; the resolved policy. */
function expectValid(text: string): Policy {
  const parsed = parsePolicyText(text);
  expect(parsed.ok ? [] : parsed.errors).toEqual([]);
  expect(accepts(JSON.parse(text)) ? [] : accepts.errors).toEqual([]);
  return parsed.policy;
}

/** What decides a check: every rule's severity and resolved options. */
const effectiveRules = (policy: Policy) => Object.fromEntries(RULES.map((rule) => [rule.meta.id, policy.rules[rule.meta.id]]));

describe('policy defaults', () => {
  test('is a valid policy that changes nothing: the same rules, options, encryption, clauses and mode as no policy', async () => {
    const { code, out } = await run(['policy', 'defaults']);
    expect(code).toBe(0);
    const policy = expectValid(out);
    expect(effectiveRules(policy)).toEqual(effectiveRules(DEFAULT_POLICY));
    expect(policy.encryption).toEqual(DEFAULT_POLICY.encryption);
    expect(policy.mode).toBe('enforce');
    expect(policy.scopes).toEqual([]);
    expect(policy.clauses).toEqual({});
    expect(policy.locale).toBeNull();
    // What people see: the same findings, clauses and Send dialog as with no policy at all.
    const draft = createDraft({ subject: '你好', body: '见附件', from: 'a@contoso.com', to: ['b@fabrikam.com'] });
    for (const locale of LOCALES) {
      const ours = evaluate(draft, policy, { locale });
      expect(ours).toEqual(evaluate(draft, DEFAULT_POLICY, { locale }));
      expect(smartAlertText(ours.findings, locale, policy.clauses)).toEqual(smartAlertText(ours.findings, locale, DEFAULT_POLICY.clauses));
    }
  });

  test('lists every top-level key of the schema and every option of every rule, word lists included', async () => {
    const file = JSON.parse((await run(['policy', 'defaults'])).out) as Record<string, unknown> & { rules: Record<string, Record<string, unknown>> };
    const keys = Object.keys(SHIPPED_SCHEMA.properties).filter((key) => key !== '$comment');
    expect(keys.filter((key) => !(key in file))).toEqual([]);
    for (const rule of RULES) expect(Object.keys(file.rules[rule.meta.id]!).sort()).toEqual(['severity', 'acknowledge', ...Object.keys(rule.meta.options)].sort());
    expect(file.rules['mass-mail']!.acknowledge).toBeNull();
    // A word list is the built-in list itself (an array would add to it).
    expect(file.rules['subject-vague']!.words).toEqual({ replace: expect.arrayContaining(['你好', '测试', '測試', 'hello']) });
    expect(file.locale).toBeNull();
    expect(JSON.stringify(file.clauses)).toContain(RULES[0]!.meta.principle['en-US']);
  });

  test('leaves dist/policy.json’s source as it was: no word lists there', async () => {
    const { defaultPolicyFile } = await import('../src/engine/policy/default-file');
    expect(defaultPolicyFile().rules?.['subject-vague']).toEqual({ severity: 'warning', minCjk: 2, minLatin: 4 });
  });
});

test('policy schema prints the shipped JSON Schema, draft 2020-12', async () => {
  const { code, out } = await run(['policy', 'schema']);
  expect(code).toBe(0);
  const schema = JSON.parse(out) as { $schema: string };
  expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  expect(schema).toEqual(SHIPPED_SCHEMA);
});

describe('policy init', () => {
  test('without a preset: the defaults, every rule explained in a $comment', async () => {
    const { code, out } = await run(['policy', 'init', '--locale', 'en-US']);
    expect(code).toBe(0);
    const policy = expectValid(out);
    expect(effectiveRules(policy)).toEqual(effectiveRules(DEFAULT_POLICY));
    const file = JSON.parse(out) as { $comment: string; rules: Record<string, { $comment?: string }> };
    expect(file.$comment).toContain('internalDomains: ');
    for (const rule of RULES) expect(file.rules[rule.meta.id]!.$comment).toMatch(/\S/u);
    expect(file.rules['cc-excessive']!.$comment).toContain('maxCc: Most CC recipients before the rule fires.');
  });

  test.each(['enterprise', 'government', 'nonprofit'])('--preset %s prints a valid policy in monitor mode', async (preset) => {
    const { code, out } = await run(['policy', 'init', '--preset', preset]);
    expect(code).toBe(0);
    expect(expectValid(out).mode).toBe('monitor');
  });

  test('comments in the language asked for, else the environment’s', async () => {
    const chinese = JSON.parse((await run(['policy', 'init', '--preset', 'government'], { LANG: 'zh_TW.UTF-8' })).out) as { $comment: string };
    expect(chinese.$comment).toContain('海寧市公務電子郵箱使用管理規定');
    const english = JSON.parse((await run(['policy', 'init', '--preset', 'government', '--locale', 'en-US'], { LANG: 'zh_TW.UTF-8' })).out) as { $comment: string };
    expect(english.$comment).toContain('Haining official email rules');
  });

  test('--output writes the file, never over an existing one unless --force', async () => {
    const file = path.join(tempDir(), 'policy.json');
    const first = await run(['policy', 'init', '--preset', 'enterprise', '--output', file, '--locale', 'en-US']);
    expect(first).toEqual({ code: 0, out: `wrote a starting policy to ${file} (the enterprise preset)\n`, err: '' });
    expectValid(fs.readFileSync(file, 'utf8'));

    fs.writeFileSync(file, '{"version": "mine"}');
    const again = await run(['policy', 'init', '--output', file, '--locale', 'en-US']);
    expect(again).toEqual({ code: 2, out: '', err: `preflight: ${file} already exists: not overwritten (add --force to overwrite it)\n` });
    expect(fs.readFileSync(file, 'utf8')).toBe('{"version": "mine"}');
    const zh = await run(['policy', 'init', '--output', file], { LANG: 'zh_CN.UTF-8' });
    expect(zh.err).toBe(`preflight: ${file} 已存在：不会覆盖；如需覆盖，请加上 --force\n`);

    expect((await run(['policy', 'init', '--preset', 'nonprofit', '--output', file, '--force'])).code).toBe(0);
    expect(expectValid(fs.readFileSync(file, 'utf8')).templates).toHaveLength(1);
  });

  test('a file it cannot write is one line and exit 2', async () => {
    const file = path.join(tempDir(), 'no-such-folder', 'policy.json');
    expect(await run(['policy', 'init', '--output', file, '--locale', 'en-US'])).toEqual({ code: 2, out: '', err: `preflight: cannot write ${file}: no such directory\n` });
  });

  test('what init writes, policy validate accepts', async () => {
    const file = path.join(tempDir(), 'policy.json');
    await run(['policy', 'init', '--preset', 'government', '--output', file]);
    expect(await run(['policy', 'validate', file, '--locale', 'en-US'])).toEqual({ code: 0, out: `${file}: valid\n`, err: '' });
  });
});

describe('policy command lines', () => {
  test.each<[string[], string]>([
    [['policy', 'init', '--preset', 'bank'], 'preflight: unknown preset "bank": use enterprise, government or nonprofit'],
    [['policy', 'init', '--preset'], 'preflight: option --preset needs a value: enterprise, government or nonprofit'],
    [['policy', 'init', '--output'], 'preflight: option --output needs a file name'],
    [['policy', 'init', 'policy.json'], 'preflight: unexpected argument "policy.json"'],
    [['policy', 'schema', 'extra'], 'preflight: unexpected argument "extra"'],
    [['policy', 'lint'], 'preflight: unknown policy command "lint": use preflight policy init, validate FILE, schema or defaults'],
  ])('%j is a usage error', async (argv, line) => {
    expect(await run(argv, { LANG: 'en_US.UTF-8' })).toEqual({ code: 2, out: '', err: `${line}\nRun preflight --help for usage.\n` });
  });

  test('the help names every policy command', async () => {
    const { out } = await run(['--help']);
    for (const command of ['policy init [--preset enterprise|government|nonprofit] [--output FILE] [--force]', 'policy validate FILE', 'policy schema', 'policy defaults']) expect(out).toContain(command);
  });
});
