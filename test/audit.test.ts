/**
 * `preflight audit` over a generated mailbox (RULES.md «Audit»), run as the built CLI: a folder
 * tree of a few thousand `.eml` files with broken ones among them, and the same messages as one
 * mbox file, give the counts the templates add up to.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { AUDIT_POLICY, BROKEN, expectedSummary, RAW_NUMBERS, writeMailboxFolder, writeMailboxMbox } from './helpers/audit-mailbox';
import { BIN, BUILD_TIMEOUT_MS, cliEnv, ensureCliBuilt, makeTempDir, removeTempDir, runCli, type CliRun } from './helpers/cli';

jest.setTimeout(60_000);

let dir = '';
let folder = '';
let mbox = '';
let policy = '';

beforeAll(() => {
  ensureCliBuilt();
  dir = makeTempDir('preflight-audit-');
  folder = path.join(dir, 'mail');
  mbox = path.join(dir, 'mail.mbox');
  policy = path.join(dir, 'policy.json');
  writeMailboxFolder(folder);
  writeMailboxMbox(mbox);
  fs.writeFileSync(policy, JSON.stringify(AUDIT_POLICY));
}, BUILD_TIMEOUT_MS);

afterAll(() => removeTempDir(dir));

interface AuditJson {
  messages: number;
  unreadable: number;
  decisions: Record<string, number>;
  rules: Record<string, Record<string, number>>;
  policy: string;
  unreadableMessages: { source: string; reason: string }[];
  scopes: Record<string, number>;
}

async function auditJson(args: readonly string[]): Promise<AuditJson> {
  const run = await runCli(['audit', ...args, '--policy', policy, '--format', 'json', '--locale', 'en-US']);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as AuditJson;
}

function runCommand(file: string, args: readonly string[]): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { env: cliEnv({ TERM: 'dumb' }) });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
  });
}

function withoutSources(summary: AuditJson): Omit<AuditJson, 'unreadableMessages'> & { reasons: string[] } {
  const { unreadableMessages, ...rest } = summary;
  // The folder is read in name order, the mbox in the order it was written: the reasons compare as a multiset.
  return { ...rest, reasons: unreadableMessages.map((entry) => entry.reason).sort() };
}

test('a folder tree: every .eml below it counted once, broken files listed, hidden and other files passed over', async () => {
  const expected = expectedSummary();
  const summary = await auditJson([folder]);
  expect(Object.keys(summary)).toEqual(['messages', 'unreadable', 'decisions', 'rules', 'policy', 'unreadableMessages', 'scopes']);
  expect(summary).toMatchObject({ messages: expected.messages, unreadable: expected.unreadable, decisions: expected.decisions, policy: 'audit-test-1', scopes: expected.scopes });
  expect(summary.rules).toEqual(expected.rules);
  expect(Object.keys(summary.rules['sensitive-content']!)).toEqual(['warning', 'block', 'info']);
  expect(summary.unreadableMessages).toHaveLength(expected.unreadable);
  for (const broken of BROKEN) {
    expect(summary.unreadableMessages.filter((entry) => path.basename(entry.source).startsWith(`${broken.name}-`))).toHaveLength(broken.copies);
  }
  expect(summary.unreadableMessages.every((entry) => entry.source.startsWith(folder) && entry.reason !== '')).toBe(true);
});

test('the same messages as an mbox file give the same summary, numbered within the file', async () => {
  const fromFolder = await auditJson([folder]);
  const fromMbox = await auditJson([mbox]);
  expect(withoutSources(fromMbox)).toEqual(withoutSources(fromFolder));
  expect(fromMbox.unreadableMessages[0]!.source).toMatch(/mail\.mbox#\d+$/u);
});

test('--jobs 1 (the main thread) and one worker per core give the same summary', async () => {
  const inline = await auditJson([folder, mbox, '--jobs', '1']);
  const workers = await auditJson([folder, mbox]);
  const three = await auditJson([mbox, '--jobs', '3']);
  expect(workers).toEqual(inline);
  expect(three).toEqual(await auditJson([mbox, '--jobs', '1']));
  expect(inline.messages).toBe(2 * expectedSummary().messages);
});

test('the text summary, in English and in Chinese', async () => {
  const expected = expectedSummary();
  const english = await runCli(['audit', folder, '--policy', policy, '--locale', 'en-US']);
  expect(english.code).toBe(0);
  expect(english.stdout).toContain(`${expected.messages.toLocaleString('en-US')} messages audited (policy audit-test-1)`);
  expect(english.stdout).toContain('unreadable: 150');
  expect(english.stdout).toContain("At Send: allow 1,200 (43.6%), prompt 1,300 (47.3%), block 250 (9.1%)");
  expect(english.stdout).toMatch(/^ {2}subject-vague +150 +400 +0$/mu);
  expect(english.stdout).toMatch(/^ {2}sensitive-content +100 +350 +0$/mu);
  expect(english.stdout).toMatch(/^ {2}finance {2}150$/mu);
  expect(english.stdout).toContain('… and 130 more (--format json lists them all)');
  const chinese = await runCli(['audit', folder, '--policy', policy], { env: { LANG: 'zh_CN.UTF-8' } });
  expect(chinese.stdout).toContain('共审计 2,750 封邮件（规则版本 audit-test-1）');
  expect(chinese.stdout).toContain('发送时的结果：允许 1,200 (43.6%)、需确认 1,300 (47.3%)、阻止 250 (9.1%)');
  const taiwan = await runCli(['audit', folder, '--policy', policy, '--locale', 'zh-TW']);
  expect(taiwan.stdout).toContain('共稽核 2,750 封郵件');
});

test('no progress bar when stderr is piped', async () => {
  const run = await runCli(['audit', folder, '--policy', policy, '--locale', 'en-US']);
  expect(run.stderr).toBe('');
});

test('inputs that cannot be read: listed among the unreadable, exit 2 only when none could be read', async () => {
  const missing = path.join(dir, 'missing.mbox');
  const partly = await runCli(['audit', mbox, missing, '--format', 'json', '--locale', 'en-US']);
  expect(partly.code).toBe(0);
  const summary = JSON.parse(partly.stdout) as AuditJson;
  expect(summary.unreadableMessages[0]).toEqual({ source: missing, reason: 'no such file or directory' });
  const none = await runCli(['audit', missing, '--locale', 'en-US']);
  expect(none.code).toBe(2);
  expect(none.stderr).toBe(`preflight: no input could be read:\n  ${missing}: no such file or directory\n`);
  expect(none.stdout).toBe('');
});

test('a bad policy or command line exits 2 before reading any mail', async () => {
  const bad = path.join(dir, 'bad-policy.json');
  fs.writeFileSync(bad, '{"rules": {"subject-vague": {"severity": "loud"}}}');
  const run = await runCli(['audit', folder, '--policy', bad, '--locale', 'en-US']);
  expect(run.code).toBe(2);
  expect(run.stderr).toContain('invalid policy');
  expect(run.stdout).toBe('');
  const jobs = await runCli(['audit', folder, '--jobs', '0', '--locale', 'en-US']);
  expect(jobs.code).toBe(2);
  expect(jobs.stderr).toContain('invalid --jobs "0": use a whole number from 1 to 64');
  const noPath = await runCli(['audit', '--locale', 'en-US']);
  expect(noPath.stderr).toContain('missing PATH');
});

test('a progress bar on stderr when it is a terminal: messages, rate and time left', async () => {
  // `script` gives the CLI a pseudo-terminal, as an admin's shell would; its output is the terminal's.
  const command = `node ${JSON.stringify(BIN)} audit ${JSON.stringify(folder)} --policy ${JSON.stringify(policy)} --locale en-US`;
  const run = await runCommand('script', ['-qec', command, '/dev/null']);
  expect(run.code).toBe(0);
  const total = expectedSummary().messages + expectedSummary().unreadable;
  expect(run.stdout).toMatch(new RegExp(`\\r\\u001b\\[K[\\d,]+ / ${total.toLocaleString('en-US')} messages {2}[\\d,]+/s {2}ETA \\d+:\\d\\d`, 'u'));
  // The bar is cleared before the summary, which starts on a clean line.
  // eslint-disable-next-line no-control-regex -- the terminal's escape sequences are what is tested
  expect(run.stdout).toMatch(/\r\u001b\[K2,750 messages audited/u);
});

test('--report writes the HTML report beside the summary, with no raw ID, card or phone number in it', async () => {
  const report = path.join(dir, 'report.html');
  const run = await runCli(['audit', mbox, '--policy', policy, '--report', report, '--locale', 'en-US']);
  expect(run.code).toBe(0);
  expect(run.stderr).toBe(`report written to ${report}\n`);
  const html = fs.readFileSync(report, 'utf8');
  expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
  expect(html).toContain('sensitive-content');
  for (const raw of RAW_NUMBERS) expect(html).not.toContain(raw);
  const unwritable = await runCli(['audit', mbox, '--report', path.join(dir, 'missing', 'r.html'), '--locale', 'en-US']);
  expect(unwritable.code).toBe(2);
  expect(unwritable.stderr).toContain('cannot write the report');
});
