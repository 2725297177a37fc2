import type { Finding } from '../engine';
import { formatFileResult, formatSummary, shouldUseColor } from './format-text';
import { FILE_PROBLEM } from './messages';

const finding = (rule: Finding['rule'], severity: Finding['severity']): Finding => ({
  rule,
  severity,
  messageId: 'm',
  data: {},
  message: `${rule} message`,
  clause: `${rule} clause`,
  fixes: severity === 'warning' ? [{ id: 'fix', title: 'Do it', action: { kind: 'showInstruction', text: 'x' } }] : [],
});

describe('shouldUseColor', () => {
  test.each([
    [{}, true, true],
    [{}, false, false],
    [{ NO_COLOR: '1' }, true, false],
    [{ NO_COLOR: '' }, true, true],
    [{ FORCE_COLOR: '1' }, false, true],
    [{ FORCE_COLOR: '1', NO_COLOR: '1' }, true, false],
    [{ FORCE_COLOR: '0' }, true, false],
    [{ FORCE_COLOR: 'false' }, true, false],
  ])('%j with a TTY: %s → %s', (env, tty, expected) => {
    expect(shouldUseColor(env, tty)).toBe(expected);
  });
});

test('groups by severity in block, warning, info order, with clause and fix lines', () => {
  const text = formatFileResult(
    { file: 'd.eml', decision: 'block', findings: [finding('external-recipients', 'info'), finding('subject-vague', 'warning'), finding('sensitive-content', 'block')] },
    { color: false, locale: 'en-US' },
  );
  expect(text).toBe(
    [
      'd.eml  BLOCK',
      '  Block (1)',
      '    sensitive-content  sensitive-content message',
      '      Clause: sensitive-content clause',
      '  Warning (1)',
      '    subject-vague  subject-vague message',
      '      Clause: subject-vague clause',
      '      Fix: Do it',
      '  Info (1)',
      '    external-recipients  external-recipients message',
      '      Clause: external-recipients clause',
      '',
      '',
    ].join('\n'),
  );
});

test.each(['zh-CN', 'zh-TW'] as const)('the fix line in %s says 修正, the word the task pane and the dialog use', (locale) => {
  const text = formatFileResult({ file: 'p.eml', decision: 'prompt', findings: [finding('subject-vague', 'warning')] }, { color: false, locale });
  expect(text).toContain('      修正：Do it\n');
});

test('colour wraps the decision and headings in ANSI codes only when asked', () => {
  const result = { file: 'd.eml', decision: 'prompt', findings: [finding('subject-vague', 'warning')] } as const;
  expect(formatFileResult(result, { color: true, locale: 'en-US' })).toContain('\u001b[33mPROMPT\u001b[0m');
  expect(formatFileResult(result, { color: false, locale: 'en-US' })).not.toContain('\u001b[');
});

test('errors and the summary', () => {
  const empty = { file: 'x.eml', error: FILE_PROBLEM.empty };
  expect(formatFileResult(empty, { color: false, locale: 'en-US' })).toBe('x.eml  ERROR  empty file\n\n');
  expect(formatFileResult(empty, { color: false, locale: 'zh-CN' })).toBe('x.eml  错误  空文件\n\n');
  expect(formatFileResult(empty, { color: false, locale: 'zh-TW' })).toBe('x.eml  錯誤  空檔案\n\n');
  const summary = { files: 3, allow: 1, prompt: 1, block: 0, error: 1 };
  expect(formatSummary(summary, { color: false, locale: 'en-US' })).toBe('3 files checked: allow 1, prompt 1, block 0, error 1\n');
  expect(formatSummary(summary, { color: false, locale: 'zh-CN' })).toBe('共检查 3 个文件：允许 1，需确认 1，阻止 0，错误 1\n');
  expect(formatSummary(summary, { color: false, locale: 'zh-TW' })).toBe('共檢查 3 個檔案：允許 1，需確認 1，阻擋 0，錯誤 1\n');
  const one = { files: 1, allow: 1, prompt: 0, block: 0, error: 0 };
  expect(formatSummary(one, { color: false, locale: 'en-US' })).toBe('1 file checked: allow 1, prompt 0, block 0, error 0\n');
  expect(formatSummary(one, { color: false, locale: 'zh-CN' })).toBe('共检查 1 个文件：允许 1，需确认 0，阻止 0，错误 0\n');
});

test.each([
  ['zh-CN', ['允许', '需确认', '阻止']],
  ['zh-TW', ['允許', '需確認', '阻擋']],
  ['en-US', ['ALLOW', 'PROMPT', 'BLOCK']],
] as const)('the decision after the file name is in %s', (locale, [allow, prompt, block]) => {
  const style = { color: false, locale };
  expect(formatFileResult({ file: 'a.eml', decision: 'allow', findings: [] }, style).split('  ')[1]).toBe(allow);
  expect(formatFileResult({ file: 'p.eml', decision: 'prompt', findings: [finding('subject-vague', 'warning')] }, style)).toMatch(new RegExp(`^p\\.eml  ${prompt}\n`, 'u'));
  expect(formatFileResult({ file: 'b.eml', decision: 'block', findings: [finding('sensitive-content', 'block')] }, style)).toMatch(new RegExp(`^b\\.eml  ${block}\n`, 'u'));
});

test('Chinese text output has no English word but rule ids and file names', () => {
  for (const locale of ['zh-CN', 'zh-TW'] as const) {
    const style = { color: false, locale };
    const report = [
      formatFileResult({ file: 'a.eml', decision: 'allow', findings: [] }, style),
      formatFileResult({ file: 'b.eml', decision: 'block', findings: [finding('sensitive-content', 'block'), finding('subject-vague', 'warning'), finding('external-recipients', 'info')] }, style),
      formatFileResult({ file: 'c.eml', error: FILE_PROBLEM.binary }, style),
      formatSummary({ files: 3, allow: 1, prompt: 0, block: 1, error: 1 }, style),
    ].join('');
    const words = report.replace(/[a-z-]+ (?:message|clause)|Do it|[\w-]*\.(?:eml|json)|sensitive-content|subject-vague|external-recipients/gu, '');
    expect(words).not.toMatch(/[A-Za-z]{2,}/u);
  }
});

describe('text from the mail cannot drive the terminal', () => {
  const HOSTILE = 'a\u001b]0;pwned\u0007\r\u001b[2Kb.eml  ALLOW\n\u009b31m\u202egnp.exe\u2066';
  const SHOWN = 'a\\x1b]0;pwned\\x07\\x0d\\x1b[2Kb.eml  ALLOW\\x0a\\x9b31m\\u202egnp.exe\\u2066';

  test('control and bidi characters in file names, messages, clauses and fix titles are shown as escapes', () => {
    const hostile: Finding = { ...finding('subject-vague', 'warning'), message: `subject ${HOSTILE}`, clause: HOSTILE, fixes: [{ id: 'f', title: HOSTILE, action: { kind: 'showInstruction', text: 'x' } }] };
    const text = formatFileResult({ file: HOSTILE, decision: 'prompt', findings: [hostile] }, { color: false, locale: 'en-US' });
    expect(text).toBe(`${SHOWN}  PROMPT\n  Warning (1)\n    subject-vague  subject ${SHOWN}\n      Clause: ${SHOWN}\n      Fix: ${SHOWN}\n\n`);
  });

  test('in an error line too', () => {
    const text = formatFileResult({ file: HOSTILE, error: FILE_PROBLEM.invalidJson(HOSTILE) }, { color: false, locale: 'en-US' });
    expect(text).toBe(`${SHOWN}  ERROR  not valid JSON: ${SHOWN}\n\n`);
  });
});
