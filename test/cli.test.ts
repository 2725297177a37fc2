/** The built `preflight` command, end to end: arguments, JSON output, exit status, bad input, policy and locale (text output: cli-text.test.ts). */
import fs from 'node:fs';
import path from 'node:path';
import { BUILT_CLI, FIXTURES, REPO_ROOT, jsonLines, runCli, writeFile, withBuiltCliAndTempDir } from './helpers/cli';
import { BLOCK_ATTACHMENT_POLICY, CLEAN, EXTERNAL, FORGOTTEN_ATTACHMENT, decisionOf, errorOf } from './helpers/cli-drafts';

jest.setTimeout(60_000);

let dir: string;
withBuiltCliAndTempDir((made) => {
  dir = made;
});

describe('usage', () => {
  test('--help prints the usage on stdout and exits 0', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: preflight check FILE...');
    expect(run.stdout).toContain('--format');
  });

  test('node build/cli/preflight.js runs the command as bin/preflight.js does, never a silent exit 0', async () => {
    const missing = path.join(dir, 'missing.json');
    const [viaBin, viaBuilt] = await Promise.all([runCli(['check', missing, '--format', 'json']), runCli(['check', missing, '--format', 'json'], { script: BUILT_CLI })]);
    expect(viaBuilt).toEqual(viaBin);
    expect(viaBuilt.code).toBe(2);
    expect(jsonLines(viaBuilt.stdout)).toEqual([{ file: missing, error: 'no such file or directory' }]);
  });

  test('--version prints the package version', async () => {
    const { version } = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
    const run = await runCli(['--version']);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe(`preflight ${version}`);
  });

  test.each([
    [[], 'missing command: use preflight check FILE...'],
    [['check'], 'missing FILE: name at least one .eml or .json file, or a directory'],
    [['lint', 'a.eml'], 'unknown command "lint": the commands are check, audit and policy'],
    [['check', 'a.eml', '--bogus'], 'unknown option --bogus'],
    [['check', 'a.eml', '--policy'], 'option --policy needs a file name'],
    [['check', 'a.eml', '--locale'], 'option --locale needs a value: zh-CN, zh-TW or en-US'],
    [['check', 'a.eml', '--format', 'xml'], 'unknown format "xml": use text or json'],
    [['check', 'a.eml', '--locale', 'fr-FR'], 'unknown locale "fr-FR": use zh-CN, zh-TW or en-US'],
  ])('%j is a usage error: exit 2, one line for the problem and one for --help', async (args, problem) => {
    const run = await runCli(args, { env: { LANG: 'en_US.UTF-8' } });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`preflight: ${problem}\nRun preflight --help for usage.\n`);
  });

  test.each([
    ['zh-CN', ['check', 'a.eml', '--bogus'], '未知选项 --bogus', '运行 preflight --help 查看用法。'],
    ['zh-TW', ['check', 'a.eml', '--bogus'], '未知的選項 --bogus', '執行 preflight --help 查看用法。'],
    ['zh-CN', ['check', 'a.eml', '--policy'], '选项 --policy 需要一个文件名', '运行 preflight --help 查看用法。'],
    ['zh-TW', ['lint'], '未知的指令「lint」：可用的指令為 check、audit 和 policy', '執行 preflight --help 查看用法。'],
    ['zh-CN', ['check'], '缺少 FILE：请至少指定一个 .eml 或 .json 文件，或一个目录', '运行 preflight --help 查看用法。'],
  ])('in %s a usage error %j is told in that language, with --locale or by default', async (locale, args, problem, hint) => {
    const expected = `preflight: ${problem}\n${hint}\n`;
    expect((await runCli([...args, '--locale', locale])).stderr).toBe(expected);
    if (locale === 'zh-CN') expect((await runCli(args)).stderr).toBe(expected);
    else expect((await runCli(args, { env: { LANG: 'zh_TW.UTF-8' } })).stderr).toBe(expected);
  });
});

describe('--format json', () => {
  test('prints exactly one JSON object per file per line, in argument order, with the contract keys', async () => {
    const files = [writeFile(dir, 'b-warning.json', FORGOTTEN_ATTACHMENT), writeFile(dir, 'a-clean.json', CLEAN), writeFile(dir, 'c-external.json', EXTERNAL)];
    const run = await runCli(['check', ...files, '--format', 'json', '--locale', 'en-US']);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    const parsed = jsonLines(run.stdout);
    expect(parsed.map((line) => line.file)).toEqual(files);
    expect(parsed.map(decisionOf)).toEqual(['prompt', 'allow', 'allow']);
    const finding = (parsed[0] as unknown as { findings: Array<Record<string, unknown>> }).findings[0]!;
    expect(Object.keys(finding)).toEqual(expect.arrayContaining(['rule', 'severity', 'message', 'clause', 'fixes']));
    expect(finding).toMatchObject({ rule: 'attachment-forgotten', severity: 'warning', messageId: expect.any(String) });
    expect(finding.message).toContain('附件');
    expect(Object.keys(parsed[1]!).sort()).toEqual(['decision', 'file', 'findings']);
  });

  test('keeps argument order across many files checked concurrently', async () => {
    const files = Array.from({ length: 30 }, (_, index) => writeFile(dir, `draft-${29 - index}.json`, index % 3 === 0 ? FORGOTTEN_ATTACHMENT : CLEAN));
    const run = await runCli(['check', ...files, '--format', 'json']);
    expect(jsonLines(run.stdout).map((line) => line.file)).toEqual(files);
    expect(run.code).toBe(1);
  });

  test('reads .eml files and JSON drafts in one run', async () => {
    const eml = path.join(FIXTURES, 'zh-gbk-multipart-attachment.eml');
    const json = path.join(FIXTURES, 'draft-clean.json');
    const run = await runCli(['check', eml, json, '--format', 'json']);
    expect(jsonLines(run.stdout).map(decisionOf)).toEqual(['allow', 'allow']);
    expect(run.code).toBe(0);
  });
});

describe('exit status', () => {
  test('0 when every decision is allow (info findings included)', async () => {
    const run = await runCli(['check', writeFile(dir, 'clean.json', CLEAN), writeFile(dir, 'external.json', EXTERNAL), '--format', 'json']);
    expect(jsonLines(run.stdout).map(decisionOf)).toEqual(['allow', 'allow']);
    expect(run.code).toBe(0);
  });

  test('1 when a decision is prompt', async () => {
    const run = await runCli(['check', writeFile(dir, 'clean.json', CLEAN), writeFile(dir, 'warn.json', FORGOTTEN_ATTACHMENT), '--format', 'json']);
    expect(run.code).toBe(1);
  });

  test('1 when a decision is block', async () => {
    const policy = writeFile(dir, 'policy.json', BLOCK_ATTACHMENT_POLICY);
    const run = await runCli(['check', writeFile(dir, 'warn.json', FORGOTTEN_ATTACHMENT), '--policy', policy, '--format', 'json']);
    expect(jsonLines(run.stdout).map(decisionOf)).toEqual(['block']);
    expect(run.code).toBe(1);
  });
});

describe('bad input files', () => {
  test('a file that cannot be read or parsed gets an error line; the others are still checked; exit 2', async () => {
    const missing = path.join(dir, 'missing.json');
    const broken = writeFile(dir, 'broken.json', '{"subject": "预算", ');
    const wrongTypes = writeFile(dir, 'wrong-types.json', { subject: '预算', to: 'bob@contoso.com', attachments: [{ name: 'a.pdf', size: -1 }] });
    const notMail = writeFile(dir, 'notes.txt', 'just some notes\nwithout any header\n');
    const empty = writeFile(dir, 'empty.eml', '');
    const good = writeFile(dir, 'good.json', FORGOTTEN_ATTACHMENT);
    const run = await runCli(['check', missing, broken, good, wrongTypes, notMail, empty, '--format', 'json']);
    expect(run.code).toBe(2);
    const lines = jsonLines(run.stdout);
    expect(lines.map((line) => line.file)).toEqual([missing, broken, good, wrongTypes, notMail, empty]);
    expect(Object.keys(lines[0]!).sort()).toEqual(['error', 'file']);
    expect(errorOf(lines[0])).toMatch(/no such file/u);
    expect(errorOf(lines[1])).toMatch(/not valid JSON/u);
    expect(decisionOf(lines[2])).toBe('prompt');
    expect(errorOf(lines[3])).toMatch(/\$\.to/u);
    expect(errorOf(lines[3])).toMatch(/\$\.attachments\[0\]\.size/u);
    expect(errorOf(lines[4])).toMatch(/neither an email message/u);
    expect(errorOf(lines[5])).toMatch(/empty/u);
  });

  test('a JSON draft is recognised by its content whatever its name', async () => {
    const run = await runCli(['check', writeFile(dir, 'draft.txt', FORGOTTEN_ATTACHMENT), '--format', 'json']);
    expect(jsonLines(run.stdout).map(decisionOf)).toEqual(['prompt']);
  });

  test('in text output an unreadable file is one line naming the file and the problem', async () => {
    const missing = path.join(dir, 'missing.eml');
    const run = await runCli(['check', missing, writeFile(dir, 'clean.json', CLEAN), '--locale', 'en-US']);
    expect(run.code).toBe(2);
    expect(run.stdout.split('\n')).toContain(`${missing}  ERROR  no such file or directory`);
    expect(run.stdout).toContain('2 files checked: allow 1, prompt 0, block 0, error 1');
  });
});

describe('policy', () => {
  test('policy check lists a forbidden key and every other problem, one per line with its path, and exits 2', async () => {
    const policy = writeFile(dir, 'policy.json', '{"__proto__": {"x": 1}, "rules": {"cc-excessive": {"severity": "warn"}, "no-such-rule": {}}, "failClosed": "yes"}');
    const run = await runCli(['policy', 'check', policy], { env: { LANG: 'en_US.UTF-8' } });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe(`preflight: invalid policy ${policy} (4 problems):`);
    expect(lines.slice(1)).toEqual([
      '  $.__proto__: the key "__proto__" is not allowed',
      '  $.rules["cc-excessive"].severity: expected one of "off", "info", "warning", "block", got "warn"',
      expect.stringMatching(/^ {2}\$\.rules\["no-such-rule"\]: unknown rule id "no-such-rule"/u),
      '  $.failClosed: expected boolean, got string',
    ]);
  });

  test('a bad policy prints every error with its JSON path, reads no file and exits 2', async () => {
    const policy = writeFile(dir, 'policy.json', { internalDomains: 'contoso.com', rules: { 'no-such-rule': { severity: 'warning' }, 'cc-excessive': { severity: 'loud' } } });
    const run = await runCli(['check', writeFile(dir, 'clean.json', CLEAN), path.join(dir, 'missing.eml'), '--policy', policy, '--format', 'json']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(policy);
    expect(run.stderr).toContain('$.internalDomains');
    expect(run.stderr).toContain('$.rules["no-such-rule"]');
    expect(run.stderr).toContain('$.rules["cc-excessive"].severity');
  });

  test('a policy that is not JSON is rejected with the path $', async () => {
    const policy = writeFile(dir, 'policy.json', 'internalDomains = contoso.com');
    const run = await runCli(['check', writeFile(dir, 'clean.json', CLEAN), '--policy', policy]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/\$: not valid JSON/u);
  });

  test('a missing policy file exits 2 naming it', async () => {
    const policy = path.join(dir, 'nope.json');
    const run = await runCli(['check', writeFile(dir, 'clean.json', CLEAN), '--policy', policy]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`preflight: 无法读取规则文件 ${policy}：文件不存在\n`);
  });

  test('a valid policy changes the outcome (internal domains)', async () => {
    const policy = writeFile(dir, 'policy.json', { internalDomains: ['contoso.com', 'fabrikam.com'] });
    const run = await runCli(['check', writeFile(dir, 'external.json', EXTERNAL), '--policy', policy, '--format', 'json']);
    expect(jsonLines(run.stdout)).toEqual([{ file: expect.any(String), decision: 'allow', findings: [] }]);
    expect(run.code).toBe(0);
  });
});

describe('--locale', () => {
  async function messageIn(args: readonly string[], env: Record<string, string> = {}): Promise<{ messageId: string; message: string }> {
    const run = await runCli(['check', writeFile(dir, 'warn.json', FORGOTTEN_ATTACHMENT), '--format', 'json', ...args], { env });
    const line = jsonLines(run.stdout)[0] as { findings: Array<{ messageId: string; message: string }> };
    return line.findings[0]!;
  }

  test('switches the language of messages, not their id', async () => {
    const english = await messageIn(['--locale', 'en-US']);
    const simplified = await messageIn(['--locale', 'zh-CN']);
    const traditional = await messageIn(['--locale', 'zh-TW']);
    expect(new Set([english.messageId, simplified.messageId, traditional.messageId]).size).toBe(1);
    expect(english.message).toMatch(/attach/iu);
    expect(simplified.message).not.toBe(english.message);
    expect(traditional.message).not.toBe(simplified.message);
    expect(simplified.message).toMatch(/[\u4e00-\u9fff]/u);
  });

  test('defaults to zh-CN, else follows LANG, the policy locale over LANG, and --locale over both', async () => {
    const zhCN = (await messageIn([])).message;
    const en = (await messageIn(['--locale', 'en-US'])).message;
    const zhTW = (await messageIn(['--locale', 'zh-TW'])).message;
    expect((await messageIn([], { LANG: 'C.UTF-8' })).message).toBe(zhCN);
    expect((await messageIn([], { LANG: 'en_US.UTF-8' })).message).toBe(en);
    expect((await messageIn([], { LANG: 'zh_TW.UTF-8' })).message).toBe(zhTW);
    const policy = writeFile(dir, 'policy.json', { locale: 'zh-TW' });
    expect((await messageIn(['--policy', policy], { LANG: 'en_US.UTF-8' })).message).toBe(zhTW);
    expect((await messageIn(['--policy', policy, '--locale', 'en-US'])).message).toBe(en);
  });
});
