/**
 * @jest-environment jsdom
 */
import { fireEvent, screen, within } from '@testing-library/react';
import { CLEAN, to } from '../office/helpers';
import { renderPane, settled, wholeText } from './render';

/**
 * Text from the draft and from the admin inside the pane's sentences: each value is isolated in a
 * <bdi>, so it cannot reorder the sentence around it, and a direction control in the draft's text
 * is drawn as a visible marker, so `invoice\u202Egnp.exe` cannot pass for a picture.
 */
const card = (rule: string) => document.querySelector(`[data-rule="${rule}"]`) as HTMLElement;
const message = (rule: string) => card(rule).querySelector('[data-part="message"]') as HTMLElement;

test('a right-to-left override in a file name is a visible marker inside the isolated name; the sentence around it is our own words', async () => {
  renderPane({ ...CLEAN, attachments: [{ id: 'x', name: 'invoice\u202Egnp.exe', size: 10, isInline: false }] });
  await settled();
  const text = message('attachment-blocked-type');
  expect(text.textContent).toBe('附件 invoice⟨U+202E⟩gnp.exe 是可执行文件或脚本，可能传播病毒：请改用公司认可的方式分发。');
  const names = text.querySelectorAll('bdi');
  expect(Array.from(names, (bdi) => bdi.textContent)).toEqual(['invoice⟨U+202E⟩gnp.exe']);
  const marker = names[0]!.querySelector('[data-bidi-control]')!;
  expect(marker.getAttribute('data-bidi-control')).toBe('U+202E');
  expect(marker.getAttribute('title')).toBe('隐藏的文字方向控制符');
  // Nothing in the pane draws the control itself.
  expect(document.body.textContent).not.toMatch(/[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u);
});

test('the marker is titled in the pane’s language', async () => {
  renderPane({ ...CLEAN, attachments: [{ id: 'x', name: 'a\u2067b.exe', size: 10, isInline: false }] });
  await settled();
  fireEvent.change(screen.getByRole('combobox', { name: '语言' }), { target: { value: 'zh-TW' } });
  await within(card('attachment-blocked-type')).findByText(wholeText(/可執行檔/u));
  expect(message('attachment-blocked-type').querySelector('[data-bidi-control="U+2067"]')!.getAttribute('title')).toBe('隱藏的文字方向控制字元');
  fireEvent.change(screen.getByRole('combobox', { name: '語言' }), { target: { value: 'en-US' } });
  await within(card('attachment-blocked-type')).findByText(wholeText(/spread viruses/u));
  expect(message('attachment-blocked-type').querySelector('[data-bidi-control="U+2067"]')!.getAttribute('title')).toBe('Hidden text-direction control');
});

test('every value in a message is isolated on its own: an address list and a count', async () => {
  renderPane({ ...CLEAN, cc: [to('li.si@contoso.com'), to('li.si@contoso.com')] });
  await settled();
  const values = Array.from(message('cc-duplicate').querySelectorAll('bdi'), (bdi) => bdi.textContent);
  expect(values).toEqual(expect.arrayContaining(['li.si@contoso.com']));
  expect(message('cc-duplicate').textContent).toContain('li.si@contoso.com');
});

test('the admin’s clause, instruction and template name are isolated; the clause is shown as written', async () => {
  const clause = '\u202B《邮件规范》第 4 条';
  const policy = {
    clauses: { 'sensitive-content': clause },
    encryption: { method: 'instruction', text: '\u202E请使用加密邮件' },
    templates: [{ name: '\u202E会议通知', subject: '通知', body: '各位同事：' }],
  };
  renderPane({ ...CLEAN, subject: '', body: '李经理：\n\n身份证号 11010519491231002X，请录入。\n\n谢谢\n张三' }, {}, policy);
  await settled();
  const shown = card('sensitive-content').querySelector('[data-part="clause"]')!;
  expect(shown.textContent).toBe(`依据：${clause}`);
  expect(shown.querySelector('bdi')!.textContent).toBe(clause);
  fireEvent.click(within(card('sensitive-content')).getByRole('button', { name: '查看加密方法' }));
  expect(within(card('sensitive-content')).getByRole('status').querySelector('bdi')!.textContent).toBe('\u202E请使用加密邮件');
  fireEvent.click(screen.getByRole('tab', { name: '邮件模板' }));
  const insert = await screen.findByRole('button', { name: '插入: \u202E会议通知' });
  expect(insert.closest('li')!.querySelector('bdi')!.textContent).toBe('\u202E会议通知');
  fireEvent.click(insert);
  const inserted = await screen.findByText(wholeText('已插入模板“\u202E会议通知”。'));
  expect(inserted.querySelector('bdi')!.textContent).toBe('\u202E会议通知');
});
