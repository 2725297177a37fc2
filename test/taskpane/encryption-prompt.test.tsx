/**
 * @jest-environment jsdom
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { CLEAN, to } from '../office/helpers';
import { renderPane, settled } from './render';

/** The task pane's encryption prompt, in each of the policy's three methods. */
const card = (rule: string) => document.querySelector(`[data-rule="${rule}"]`) as HTMLElement | null;

describe('the encryption prompt', () => {
  const SENSITIVE = { ...CLEAN, subject: 'RE: 新员工入职信息登记', body: '李经理：\n\n新员工王五的身份证号为110105199003071239，已录入。\n\n张三', attachments: [] };

  test('sensitivityLabel: one click applies the label (named by display name) and the warning goes', async () => {
    const { mailbox } = renderPane(SENSITIVE, {}, { encryption: { method: 'sensitivityLabel', label: 'Confidential' } });
    await settled();
    expect(within(card('sensitive-content')!).getByText(/110105\*+1239/u)).toBeTruthy();
    fireEvent.click(within(card('sensitive-content')!).getByRole('button', { name: '应用敏感度标签' }));
    await waitFor(() => expect(mailbox.message.sensitivityLabel).toBe('label-confidential'));
    // Protected as the policy asks, the draft is satisfied: no finding at all (RULES.md).
    await waitFor(() => expect(card('sensitive-content')).toBeNull());
    expect(screen.queryByRole('heading', { name: /建议修正/u })).toBeNull();
  });

  test('subjectTag: the tag goes after RE: and the warning goes', async () => {
    const { mailbox } = renderPane(SENSITIVE, {}, { encryption: { method: 'subjectTag', tag: '[加密]' } });
    await settled();
    fireEvent.click(within(card('sensitive-content')!).getByRole('button', { name: '在主题前加上加密标记' }));
    await waitFor(() => expect(mailbox.message.subject).toBe('RE: [加密] 新员工入职信息登记'));
    await waitFor(() => expect(screen.queryByRole('heading', { name: /建议修正/u })).toBeNull());
  });

  test('instruction: the admin’s text is shown in the pane, nothing is written', async () => {
    const { mailbox } = renderPane(SENSITIVE, {}, { encryption: { method: 'instruction', text: '请使用加密U盘传递，勿通过邮件发送。' } });
    await settled();
    fireEvent.click(within(card('sensitive-content')!).getByRole('button', { name: '查看加密方法' }));
    expect(await within(card('sensitive-content')!).findByText(/请使用加密U盘传递/u)).toBeTruthy();
    expect(mailbox.message.subject).toBe(SENSITIVE.subject);
    // Nothing written to the message (the add-in's own sessionData is not the message).
    expect(mailbox.calls.filter((call) => call.endsWith('setAsync') && !call.startsWith('sessionData.'))).toEqual([]);
  });

  test('instruction: the label before the admin’s text is punctuated for the language', async () => {
    renderPane(SENSITIVE, {}, { encryption: { method: 'instruction', text: { 'zh-CN': '请用加密U盘。', 'en-US': 'Use an encrypted USB drive.' } } });
    await settled();
    fireEvent.change(screen.getByRole('combobox', { name: '语言' }), { target: { value: 'en-US' } });
    fireEvent.click(await within(card('sensitive-content')!).findByRole('button', { name: 'How to encrypt' }));
    expect((await within(card('sensitive-content')!).findByRole('status')).textContent).toBe('What to do: Use an encrypted USB drive.');
  });

  test('mass mail to outsiders: external recipients move to BCC', async () => {
    const to20 = Array.from({ length: 19 }, (_, i) => to(`staff${i}@contoso.com`));
    const { mailbox } = renderPane({ ...CLEAN, to: [...to20, to('erika@fabrikam.com')] });
    await settled();
    fireEvent.click(within(card('mass-mail')!).getByRole('button', { name: '把外部收件人移到密送' }));
    await waitFor(() => expect(mailbox.message.bcc.map((r) => r.emailAddress)).toEqual(['erika@fabrikam.com']));
    expect(mailbox.message.to).toHaveLength(19);
  });
});
