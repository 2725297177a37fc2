import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main, type CliIo } from '../src/cli/main';
import { DEFAULT_POLICY, parsePolicyText } from '../src/engine';

function capture(env: NodeJS.ProcessEnv = {}): CliIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: { write: (text: string) => (out += text) },
    stderr: { write: (text: string) => (err += text) },
    env,
    stdoutIsTty: false,
    out: () => out,
    err: () => err,
  };
}

function tempFile(content: string): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'preflight-policy-')), 'policy.json');
  fs.writeFileSync(file, content);
  return file;
}

test('policy defaults prints a valid policy file that resolves to the built-in defaults', async () => {
  const io = capture();
  expect(await main(['policy', 'defaults'], io)).toBe(0);
  const parsed = parsePolicyText(io.out());
  expect(parsed.ok).toBe(true);
  expect(parsed.policy.rules['cc-excessive']).toEqual(DEFAULT_POLICY.rules['cc-excessive']);
});

test('policy check accepts a valid file, in the language asked for', async () => {
  const file = tempFile('{"internalDomains": ["contoso.com"], "rules": {"cc-excessive": {"maxCc": 3}}}');
  const english = capture();
  expect(await main(['policy', 'check', file, '--locale', 'en-US'], english)).toBe(0);
  expect(english.out()).toBe(`${file}: valid\n`);
  const chinese = capture();
  expect(await main(['policy', 'check', file], chinese)).toBe(0);
  expect(chinese.out()).toBe(`${file}：有效\n`);
});

test('policy validate is the same command as policy check', async () => {
  const file = tempFile('{"locale": "fr"}');
  const validate = capture();
  const check = capture();
  expect(await main(['policy', 'validate', file], validate)).toBe(2);
  expect(await main(['policy', 'check', file], check)).toBe(2);
  expect(validate.err()).toBe(check.err());
});

test('a forbidden key is one problem among the others: every one is listed, one per line with its path', async () => {
  const io = capture({ LANG: 'en_US.UTF-8' });
  const file = tempFile(
    '{"__proto__": {"polluted": true}, "internalDomains": "contoso.com", "rules": {"cc-excessive": {"severity": "warn", "constructor": {}}}, "locale": "fr-FR"}',
  );
  expect(await main(['policy', 'check', file], io)).toBe(2);
  expect(io.err().split('\n')).toEqual([
    `preflight: invalid policy ${file} (5 problems):`,
    '  $.__proto__: the key "__proto__" is not allowed',
    '  $.rules["cc-excessive"].constructor: the key "constructor" is not allowed',
    '  $.internalDomains: expected array, got string',
    '  $.rules["cc-excessive"].severity: expected one of "off", "info", "warning", "block", got "warn"',
    '  $.locale: expected one of "zh-CN", "zh-TW", "en-US", got "fr-FR"',
    '',
  ]);
  expect(io.out()).toBe('');
  expect(Object.prototype).not.toHaveProperty('polluted');
});

test('the same problems stop preflight check before any file is read', async () => {
  const io = capture();
  const policy = tempFile('{"rules": {"prototype": 1, "cc-excessive": {"severity": "warn"}}}');
  expect(await main(['check', 'no-such-draft.json', '--policy', policy], io)).toBe(2);
  expect(io.err()).toBe(
    [
      `preflight: 规则文件 ${policy} 无效（2 个问题）：`,
      '  $.rules.prototype: the key "prototype" is not allowed',
      '  $.rules["cc-excessive"].severity: expected one of "off", "info", "warning", "block", got "warn"',
      '',
    ].join('\n'),
  );
  expect(io.out()).toBe('');
});

test.each([
  ['zh-CN', '无法读取规则文件 {file}：文件不存在'],
  ['zh-TW', '無法讀取規則檔案 {file}：檔案不存在'],
  ['en-US', 'cannot read the policy {file}: no such file or directory'],
])('a policy that does not exist is one line in %s, without Node\'s wording', async (locale, line) => {
  const io = capture();
  const file = path.join(os.tmpdir(), 'preflight-no-such-policy.json');
  expect(await main(['policy', 'check', file, '--locale', locale], io)).toBe(2);
  expect(io.err()).toBe(`preflight: ${line.replace('{file}', file)}\n`);
});

test('policy check lists every problem with its JSON path and exits 2', async () => {
  const io = capture();
  const file = tempFile('{"internalDomains": "contoso.com", "rules": {"cc-too-many": {}}}');
  expect(await main(['policy', 'check', file], io)).toBe(2);
  expect(io.err()).toContain('\n  $.internalDomains: expected array, got string\n');
  expect(io.err()).toContain('$.rules["cc-too-many"]: unknown rule id "cc-too-many"');
});

test('policy with a wrong action is a usage error', async () => {
  const io = capture({ LANG: 'en_US.UTF-8' });
  expect(await main(['policy', 'lint'], io)).toBe(2);
  expect(io.err()).toBe('preflight: unknown policy command "lint": use preflight policy init, validate FILE, schema or defaults\nRun preflight --help for usage.\n');
});
