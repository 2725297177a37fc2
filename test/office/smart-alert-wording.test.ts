import type { Finding } from '../../src/engine';
import { smartAlertText } from '../../src/office/smart-alert';
import { parseMarkdown } from '../../src/playground/markdown';

const finding = (i: number): Finding =>
  ({ rule: 'subject-vague', severity: 'warning', messageId: 'vague', data: {}, message: `finding ${i}`, clause: 'clause', fixes: [] }) as never;
const findings = (n: number) => Array.from({ length: n }, (_, i) => finding(i));

test.each([
  [1, 'Preflight found 1 issue:'],
  [2, 'Preflight found 2 issues:'],
])('the English dialog title counts %i finding(s) as English does', (count, title) => {
  const text = smartAlertText(findings(count), 'en-US');
  expect(text.errorMessage.split('\n')[0]).toBe(title);
  expect(text.errorMessageMarkdown).not.toContain('issue\\(s\\)');
});

test('the Chinese titles keep one form for any count and end in a full-width colon', () => {
  expect(smartAlertText(findings(1), 'zh-CN').errorMessage.split('\n')[0]).toBe('Preflight 发现 1 个问题：');
  expect(smartAlertText(findings(3), 'zh-TW').errorMessage.split('\n')[0]).toBe('Preflight 發現 3 個問題：');
});

/** The findings below carry the organisation's own clause (policy `clauses`), which the dialog cites. */
const OWN_CLAUSE = { 'subject-vague': { 'zh-CN': 'x', 'zh-TW': 'x', 'en-US': 'x' } };

test('a built-in principle is not cited: the dialog cites only the organisation’s own clauses', () => {
  const vague: Finding = { rule: 'subject-vague', severity: 'warning', messageId: 'vague', data: {}, message: '主题过于笼统。', clause: '主题应简明扼要地概括邮件内容。', fixes: [] } as never;
  expect(smartAlertText([vague], 'zh-CN').errorMessage).toBe('Preflight 发现 1 个问题：\n• 主题过于笼统。');
  expect(smartAlertText([vague], 'zh-CN', OWN_CLAUSE).errorMessage).toBe('Preflight 发现 1 个问题：\n• 主题过于笼统。（主题应简明扼要地概括邮件内容。）');
});

describe('the clause after each finding, in the parentheses of the dialog’s language', () => {
  const vague = (message: string, clause: string): Finding => ({ rule: 'subject-vague', severity: 'warning', messageId: 'vague', data: {}, message, clause, fixes: [] }) as never;

  test.each(['zh-CN', 'zh-TW'] as const)('%s: full-width （…） right after the text, in plain text and Markdown', (locale) => {
    const text = smartAlertText([vague('主题过于笼统。', '《消息发送管理办法》二(一)1')], locale, OWN_CLAUSE);
    expect(text.errorMessage.split('\n')[1]).toBe('• 主题过于笼统。（《消息发送管理办法》二(一)1）');
    // Markdown escapes ASCII ( and ) but has nothing to escape in （ and ）; the italics sit inside them.
    expect(text.errorMessageMarkdown).toContain('- 主题过于笼统。（_《消息发送管理办法》二\\(一\\)1_）\r');
  });

  test('English keeps an ASCII space and parentheses, with the italics around them in Markdown', () => {
    const text = smartAlertText([vague('The subject is too generic.', 'Message sending rules (001), §2(1)1')], 'en-US', OWN_CLAUSE);
    expect(text.errorMessage.split('\n')[1]).toBe('• The subject is too generic. (Message sending rules (001), §2(1)1)');
    expect(text.errorMessageMarkdown).toContain('- The subject is too generic\\. _(Message sending rules \\(001\\), §2\\(1\\)1)_\r');
  });

  test('the playground renders the Chinese clause in italics, without stray underscores', () => {
    const markdown = smartAlertText([vague('主题过于笼统', '《消息发送管理办法》二(一)1')], 'zh-CN', OWN_CLAUSE).errorMessageMarkdown;
    const [, list] = parseMarkdown(markdown);
    expect(list).toEqual({ kind: 'list', items: [[{ kind: 'text', text: '主题过于笼统（' }, { kind: 'em', children: [{ kind: 'text', text: '《消息发送管理办法》二(一)1' }] }, { kind: 'text', text: '）' }]] });
  });
});
