import type { Finding } from '../engine';
import { formatFileResult, formatSummary, shouldUseColor } from './format-text';

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

test('colour wraps the decision and headings in ANSI codes only when asked', () => {
  const result = { file: 'd.eml', decision: 'prompt', findings: [finding('subject-vague', 'warning')] } as const;
  expect(formatFileResult(result, { color: true, locale: 'en-US' })).toContain('\u001b[33mPROMPT\u001b[0m');
  expect(formatFileResult(result, { color: false, locale: 'en-US' })).not.toContain('\u001b[');
});

test('errors and the summary', () => {
  expect(formatFileResult({ file: 'x.eml', error: 'empty file' }, { color: false, locale: 'zh-CN' })).toBe('x.eml  ERROR  empty file\n\n');
  const summary = { files: 3, allow: 1, prompt: 1, block: 0, error: 1 };
  expect(formatSummary(summary, { color: false, locale: 'en-US' })).toBe('3 files checked: allow 1, prompt 1, block 0, error 1\n');
  expect(formatSummary(summary, { color: false, locale: 'zh-TW' })).toBe('共檢查 3 個檔案：allow 1，prompt 1，block 0，error 1\n');
});
