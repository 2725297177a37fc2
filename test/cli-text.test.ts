/** The built `preflight` command, end to end: the human-readable text output, and directories as arguments. */
import fs from 'node:fs';
import path from 'node:path';
import { FIXTURES, jsonLines, runCli, writeFile, withBuiltCliAndTempDir } from './helpers/cli';
import { BLOCK_ATTACHMENT_POLICY, CLEAN, FORGOTTEN_ATTACHMENT, THREE_SEVERITIES, errorOf } from './helpers/cli-drafts';

jest.setTimeout(60_000);

let dir: string;
withBuiltCliAndTempDir((made) => {
  dir = made;
});

describe('text output', () => {
  const ESC = '\u001b[';

  test('groups findings by severity (block, warning, info) with rule, message and clause, then a summary', async () => {
    const policy = writeFile(dir, 'policy.json', BLOCK_ATTACHMENT_POLICY);
    const draft = writeFile(dir, 'three.json', THREE_SEVERITIES);
    const run = await runCli(['check', draft, '--policy', policy, '--locale', 'en-US']);
    expect(run.code).toBe(1);
    const out = run.stdout;
    expect(out.startsWith(`${draft}  BLOCK\n`)).toBe(true);
    const block = out.indexOf('  Block (1)');
    const warning = out.indexOf('  Warning (1)');
    const info = out.indexOf('  Info (1)');
    expect(block).toBeGreaterThan(0);
    expect(warning).toBeGreaterThan(block);
    expect(info).toBeGreaterThan(warning);
    expect(out.indexOf('attachment-forgotten')).toBeGreaterThan(block);
    expect(out.indexOf('attachment-forgotten')).toBeLessThan(warning);
    expect(out.indexOf('subject-vague')).toBeGreaterThan(warning);
    expect(out.indexOf('subject-vague')).toBeLessThan(info);
    expect(out.indexOf('external-recipients')).toBeGreaterThan(info);
    expect(out).toMatch(/Clause: The subject sums up the message briefly and clearly./u);
    expect(out.trimEnd().split('\n').at(-1)).toBe('1 file checked: allow 0, prompt 0, block 1, error 0');
  });

  test('a draft with no findings is one line', async () => {
    const draft = writeFile(dir, 'clean.json', CLEAN);
    const run = await runCli(['check', draft, '--locale', 'en-US']);
    expect(run.stdout.split('\n')[0]).toBe(`${draft}  ALLOW  no findings`);
  });

  test('speaks the chosen language', async () => {
    const warn = writeFile(dir, 'warn.json', FORGOTTEN_ATTACHMENT);
    const run = await runCli(['check', warn, '--locale', 'zh-CN']);
    expect(run.stdout.startsWith(`${warn}  需确认\n`)).toBe(true);
    expect(run.stdout).toContain('警告 (1)');
    expect(run.stdout).toContain('依据：');
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('共检查 1 个文件：允许 0，需确认 1，阻止 0，错误 0');
  });

  test.each([
    ['zh-CN', '允许  未发现问题', '错误  文件不存在', '共检查 2 个文件：允许 1，需确认 0，阻止 0，错误 1'],
    ['zh-TW', '允許  未發現問題', '錯誤  檔案不存在', '共檢查 2 個檔案：允許 1，需確認 0，阻擋 0，錯誤 1'],
  ])('in %s the decision words, the error line and the summary carry no English', async (locale, clean, error, summary) => {
    const missing = path.join(dir, 'missing.eml');
    const draft = writeFile(dir, 'clean.json', CLEAN);
    const run = await runCli(['check', draft, missing, '--locale', locale]);
    expect(run.stdout).toBe(`${draft}  ${clean}\n\n${missing}  ${error}\n\n${summary}\n`);
    const json = await runCli(['check', draft, missing, '--locale', locale, '--format', 'json']);
    expect(jsonLines(json.stdout)).toEqual([
      { file: draft, decision: 'allow', findings: [] },
      { file: missing, error: 'no such file or directory' },
    ]);
  });

  test('has no ANSI colour when stdout is not a terminal, with or without NO_COLOR', async () => {
    const draft = writeFile(dir, 'warn.json', FORGOTTEN_ATTACHMENT);
    expect((await runCli(['check', draft])).stdout).not.toContain(ESC);
    expect((await runCli(['check', draft], { env: { NO_COLOR: '1' } })).stdout).not.toContain(ESC);
  });

  test('FORCE_COLOR turns colour on even when piped, NO_COLOR beats it; FORCE_COLOR=0 keeps it off', async () => {
    const draft = writeFile(dir, 'warn.json', FORGOTTEN_ATTACHMENT);
    expect((await runCli(['check', draft], { env: { FORCE_COLOR: '1' } })).stdout).toContain(`${ESC}33m`);
    expect((await runCli(['check', draft], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } })).stdout).not.toContain(ESC);
    expect((await runCli(['check', draft], { env: { FORCE_COLOR: '0' } })).stdout).not.toContain(ESC);
  });

  test('JSON output never has colour', async () => {
    const run = await runCli(['check', writeFile(dir, 'warn.json', FORGOTTEN_ATTACHMENT), '--format', 'json'], { env: { FORCE_COLOR: '1' } });
    expect(run.stdout).not.toContain(ESC);
  });
});

describe('directories', () => {
  test('expand to the .eml and .json files inside, recursively, in name order', async () => {
    writeFile(dir, 'b.json', CLEAN);
    writeFile(dir, 'a/z.eml', fs.readFileSync(path.join(FIXTURES, 'en-forward.eml')));
    writeFile(dir, 'a/notes.txt', 'ignored');
    writeFile(dir, '.hidden/x.json', CLEAN);
    writeFile(dir, 'c/d/e.JSON', FORGOTTEN_ATTACHMENT);
    const run = await runCli(['check', dir, '--format', 'json']);
    expect(jsonLines(run.stdout).map((line) => path.relative(dir, line.file))).toEqual([path.join('a', 'z.eml'), 'b.json', path.join('c', 'd', 'e.JSON')]);
    expect(run.code).toBe(1);
  });

  test('an empty directory is bad input', async () => {
    const empty = path.join(dir, 'empty');
    fs.mkdirSync(empty);
    const run = await runCli(['check', empty, '--format', 'json']);
    expect(run.code).toBe(2);
    expect(errorOf(jsonLines(run.stdout)[0])).toMatch(/directory/u);
  });

  test('the repository fixtures all check without errors', async () => {
    const run = await runCli(['check', FIXTURES, '--format', 'json']);
    const lines = jsonLines(run.stdout);
    // A directory is read recursively, .eml and .json files only (test/fixtures/attachments holds neither).
    const drafts = (fs.readdirSync(FIXTURES, { recursive: true }) as string[]).filter((name) => /\.(?:eml|json)$/u.test(name));
    expect(lines.length).toBe(drafts.length);
    expect(lines.filter((line) => 'error' in line)).toEqual([]);
    expect(run.code).toBe(1);
  });
});
