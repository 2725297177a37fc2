/**
 * @jest-environment jsdom
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { decideSend } from '../../src/launchevent/on-send';
import type { CheckEnvironment } from '../../src/office/run-check';
import { CLEAN, memoryCache, POLICY_URL, serve } from '../office/helpers';
import { renderPane, settled } from './render';

/**
 * A custom rule in the pane (RULES.md «Custom rules»): its card is titled with its id, says the
 * admin's message and cites the admin's clause as the organisation's own; its review step works
 * as a built-in rule's, at Send too.
 */
const POLICY = {
  version: '2026.12',
  internalDomains: ['contoso.com'],
  customRules: [
    {
      id: 'x-customer-list',
      severity: 'warning',
      in: ['subject', 'body', 'attachmentNames'],
      keywords: ['客户名单', '客戶名單', 'customer list'],
      message: { 'zh-CN': '邮件含有客户名单，请确认收件人有权查看。', 'zh-TW': '郵件含有客戶名單，請確認收件者有權查看。', 'en-US': 'This message holds a customer list.' },
      clause: '客户信息管理办法 第3条',
      acknowledge: { label: '已获销售总监批准', reference: '审批编号' },
    },
  ],
};
const LIST = { ...CLEAN, body: '李经理：\n\n第四季度客户名单见附件，请于11月30日前确认。\n\n谢谢！\n张三' };

const card = (rule: string) => document.querySelector(`[data-rule="${rule}"]`) as HTMLElement;
const send = (mailbox: ReturnType<typeof renderPane>['mailbox']) => {
  const env: CheckEnvironment = { context: mailbox.context, policyUrl: POLICY_URL, fetchText: serve(POLICY), policyCache: memoryCache() };
  return decideSend(env);
};

test('the card: the id as title, the admin message, the admin clause as the organisation\'s own', async () => {
  renderPane(LIST, {}, POLICY);
  await settled();
  const custom = within(card('x-customer-list'));
  expect(custom.getByText('x-customer-list')).toBeTruthy();
  expect(card('x-customer-list').querySelector('[data-part="message"]')?.textContent).toBe('邮件含有客户名单，请确认收件人有权查看。');
  expect(card('x-customer-list').querySelector('[data-part="clause"]')?.textContent).toContain('客户信息管理办法 第3条');
  expect(card('x-customer-list').querySelector('[data-part="clause"]')?.textContent).not.toContain('原则');
  expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toContain('发送前需确认（1）');
});

test('Send stops until the step is confirmed with its reference, then the header carries the custom id', async () => {
  const { mailbox } = renderPane(LIST, {}, POLICY);
  await settled();
  const blocked = await send(mailbox);
  expect(blocked.completion).toMatchObject({ allowEvent: false });
  expect(blocked.completion.sendModeOverride).toBeUndefined();
  expect(blocked.completion.errorMessage).toContain('需在 Preflight 窗格中确认“已获销售总监批准”：邮件含有客户名单');

  const step = within(card('x-customer-list'));
  fireEvent.change(step.getByRole('textbox', { name: /审批编号/u }), { target: { value: 'SA-118' } });
  fireEvent.click(step.getByRole('checkbox', { name: '已获销售总监批准' }));
  await waitFor(() => expect(step.getByText('已确认，发送时会记录在邮件头中。')).toBeTruthy());

  const sent = await send(mailbox);
  expect(sent.completion).toEqual({ allowEvent: true });
  expect(mailbox.headers['X-Preflight']).toBe('v=1; policy=2026.12; acknowledged=x-customer-list:SA-118');
});
