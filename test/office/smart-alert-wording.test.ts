import type { Finding } from '../../src/engine';
import { smartAlertText } from '../../src/office/smart-alert';

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
