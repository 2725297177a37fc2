/** The built `preflight` command, end to end: arguments, output formats, exit status. */
import fs from 'node:fs';
import path from 'node:path';
import { FIXTURES, REPO_ROOT, jsonLines, runCli, writeFile, type JsonLine, withBuiltCliAndTempDir } from './helpers/cli';

jest.setTimeout(60_000);

const CLEAN = {
  subject: '第三季度预算审批',
  body: '李四：\n\n第三季度预算已按上周会议意见调整，财务部已审核通过。\n\n谢谢\n张三',
  from: 'zhang.san@contoso.com',
  to: ['li.si@contoso.com'],
};

/** attachment-forgotten (warning) and nothing else. */
const FORGOTTEN_ATTACHMENT = { ...CLEAN, subject: '培训签到表', body: '王五：\n\n附件是本次培训的签到表，请查收。\n\n谢谢\n张三', to: ['wang.wu@contoso.com'] };

/** external-recipients (info) and nothing else under the default policy. */
const EXTERNAL = { ...CLEAN, subject: '合作协议签署安排', body: 'Erika，您好：\n\n协议签署定于12月3日上午十点。\n\n谢谢！\n张三', to: ['erika@fabrikam.com'] };

/** With BLOCK_ATTACHMENT_POLICY: a block (attachment-forgotten), a warning (subject-vague) and an info (external-recipients). */
const THREE_SEVERITIES = { ...CLEAN, subject: '你好', body: 'Erika，您好：\n\n附件是合同，请查收。\n\n谢谢！\n张三', to: ['erika@fabrikam.com'] };
const BLOCK_ATTACHMENT_POLICY = { rules: { 'attachment-forgotten': { severity: 'block' } } };

let dir: string;
withBuiltCliAndTempDir((made) => {
  dir = made;
});

function decisionOf(line: JsonLine | undefined): string | undefined {
  return line && 'decision' in line ? line.decision : undefined;
}

function errorOf(line: JsonLine | undefined): string | undefined {
  return line && 'error' in line ? line.error : undefined;
}

describe('usage', () => {
  test('--help prints the usage on stdout and exits 0', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: preflight check FILE...');
    expect(run.stdout).toContain('--format');
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
    [['lint', 'a.eml'], 'unknown command "lint": the commands are check and policy'],
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
    ['zh-TW', ['lint'], '未知的指令「lint」：可用的指令為 check 和 policy', '執行 preflight --help 查看用法。'],
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
    expect(out).toMatch(/Clause: .*001/u);
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
    expect(lines.length).toBe(fs.readdirSync(FIXTURES).length);
    expect(lines.filter((line) => 'error' in line)).toEqual([]);
    expect(run.code).toBe(1);
  });
});
