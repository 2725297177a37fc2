import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main, type CliIo } from '../src/cli/main';
import { DEFAULT_POLICY, parsePolicyText } from '../src/engine';

function capture(): CliIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: { write: (text: string) => (out += text) },
    stderr: { write: (text: string) => (err += text) },
    env: {},
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

test('policy check accepts a valid file', async () => {
  const io = capture();
  const file = tempFile('{"internalDomains": ["contoso.com"], "rules": {"cc-excessive": {"maxCc": 3}}}');
  expect(await main(['policy', 'check', file], io)).toBe(0);
  expect(io.out()).toBe(`${file}: valid\n`);
});

test('policy check lists every problem with its JSON path and exits 2', async () => {
  const io = capture();
  const file = tempFile('{"internalDomains": "contoso.com", "rules": {"cc-too-many": {}}}');
  expect(await main(['policy', 'check', file], io)).toBe(2);
  expect(io.err()).toContain('$.internalDomains: expected array, got string');
  expect(io.err()).toContain('$.rules["cc-too-many"]: unknown rule id "cc-too-many"');
});

test('policy with a wrong action is a usage error', async () => {
  const io = capture();
  expect(await main(['policy', 'lint'], io)).toBe(2);
  expect(io.err()).toContain('preflight policy check FILE');
});
