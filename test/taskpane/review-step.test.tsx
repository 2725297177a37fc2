/**
 * @jest-environment jsdom
 */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { decideSend } from '../../src/launchevent/on-send';
import type { CheckEnvironment } from '../../src/office/run-check';
import { CLEAN, memoryCache, POLICY_URL, serve, to } from '../office/helpers';
import { renderPane, settled } from './render';

/**
 * The review step (RULES.md «Review steps»), as the user meets it: the pane shows the admin's label
 * as a checkbox and the reference field; Send stops until it is ticked with a reference, then lets
 * the mail go and the header carries the reference; a changed finding asks again.
 */
const POLICY = {
  version: '2026.12',
  internalDomains: ['contoso.com'],
  rules: { 'mass-mail': { acknowledge: { label: { 'zh-CN': '群发已经部门负责人批准', 'zh-TW': '群發已經部門主管核准', 'en-US': 'Approved by the department head' }, reference: { 'zh-CN': '群发申请表编号', 'zh-TW': '群發申請表編號', 'en-US': 'Approval form number' } } } },
};
const TICK_ONLY = { version: '2026.12', rules: { 'cc-excessive': { acknowledge: { label: '抄送名单已核对' } } } };
const MASS = { ...CLEAN, to: Array.from({ length: 25 }, (_, i) => to(`user${i}@contoso.com`)) };

const card = (rule: string) => document.querySelector(`[data-rule="${rule}"]`) as HTMLElement;
const send = (mailbox: ReturnType<typeof renderPane>['mailbox'], policy: unknown) => {
  const env: CheckEnvironment = { context: mailbox.context, policyUrl: POLICY_URL, fetchText: serve(policy), policyCache: memoryCache() };
  return decideSend(env);
};

test('Send stops until the step is ticked with its reference, then goes and the header carries it', async () => {
  const { mailbox } = renderPane(MASS, {}, POLICY);
  await settled();
  const step = within(card('mass-mail'));
  expect(step.getByText('发送前需完成这一步：勾选后才能发送。')).toBeTruthy();
  // Its own group, above the warnings: Send waits for it as for a block.
  expect(within(screen.getByRole('region', { name: '检查结果列表' })).getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['发送前需确认（1）']);
  expect(step.queryByRole('button', { name: '知道了' })).toBeNull();

  const blocked = await send(mailbox, POLICY);
  expect(blocked.completion).toMatchObject({ allowEvent: false, commandId: 'PreflightOpenPaneButton' });
  expect(blocked.completion.sendModeOverride).toBeUndefined();
  expect(blocked.completion.errorMessage).toContain('需在 Preflight 窗格中确认“群发已经部门负责人批准”');

  // Ticking without the number is refused, and says what is missing.
  fireEvent.click(step.getByRole('checkbox', { name: '群发已经部门负责人批准' }));
  expect(await step.findByText('请先填写群发申请表编号。')).toBeTruthy();
  expect((step.getByRole('checkbox') as HTMLInputElement).checked).toBe(false);

  fireEvent.change(step.getByRole('textbox', { name: /群发申请表编号/u }), { target: { value: 'QF-2026-118' } });
  fireEvent.click(step.getByRole('checkbox', { name: '群发已经部门负责人批准' }));
  await waitFor(() => expect(step.getByText('已确认，发送时会记录在邮件头中。')).toBeTruthy());
  expect((step.getByRole('textbox', { name: /群发申请表编号/u }) as HTMLInputElement).readOnly).toBe(true);

  const sent = await send(mailbox, POLICY);
  expect(sent.completion).toEqual({ allowEvent: true });
  expect(mailbox.headers['X-Preflight']).toBe('v=1; policy=2026.12; acknowledged=mass-mail:QF-2026-118');
});

test('another recipient changes the finding: the step is open again, in the pane and at Send', async () => {
  const { mailbox } = renderPane(MASS, {}, POLICY);
  await settled();
  fireEvent.change(within(card('mass-mail')).getByRole('textbox', { name: /群发申请表编号/u }), { target: { value: 'QF-1' } });
  fireEvent.click(within(card('mass-mail')).getByRole('checkbox'));
  await waitFor(() => expect((within(card('mass-mail')).getByRole('checkbox') as HTMLInputElement).checked).toBe(true));

  mailbox.message.to = [...MASS.to, to('user25@contoso.com')];
  act(() => mailbox.emit('recipientsChanged'));
  await waitFor(() => expect(within(card('mass-mail')).getByText('发送前需完成这一步：勾选后才能发送。')).toBeTruthy());
  expect((within(card('mass-mail')).getByRole('checkbox') as HTMLInputElement).checked).toBe(false);
  // The number given before is offered again, not retyped.
  expect((within(card('mass-mail')).getByRole('textbox', { name: /群发申请表编号/u }) as HTMLInputElement).value).toBe('QF-1');
  expect((await send(mailbox, POLICY)).completion.allowEvent).toBe(false);
  expect(mailbox.headers['X-Preflight']).toBe('v=1; policy=2026.12; blocked=mass-mail');
});

test('unticking reopens the step; a step with no reference needs only the tick', async () => {
  const six = { ...CLEAN, cc: Array.from({ length: 6 }, (_, i) => to(`cc${i}@contoso.com`)) };
  const { mailbox } = renderPane(six, {}, TICK_ONLY);
  await settled();
  const step = within(card('cc-excessive'));
  expect(step.queryByRole('textbox')).toBeNull();
  fireEvent.click(step.getByRole('checkbox', { name: '抄送名单已核对' }));
  await waitFor(() => expect(step.getByText('已确认，发送时会记录在邮件头中。')).toBeTruthy());
  expect((await send(mailbox, TICK_ONLY)).completion).toEqual({ allowEvent: true });
  expect(mailbox.headers['X-Preflight']).toBe('v=1; policy=2026.12; acknowledged=cc-excessive');

  fireEvent.click(step.getByRole('checkbox', { name: '抄送名单已核对' }));
  await waitFor(() => expect(step.getByText('发送前需完成这一步：勾选后才能发送。')).toBeTruthy());
  expect((await send(mailbox, TICK_ONLY)).completion.allowEvent).toBe(false);
});

test('the step reads in the pane’s language', async () => {
  renderPane(MASS, {}, POLICY);
  await settled();
  fireEvent.change(screen.getByRole('combobox', { name: '语言' }), { target: { value: 'zh-TW' } });
  await waitFor(() => expect(within(card('mass-mail')).getByRole('checkbox', { name: '群發已經部門主管核准' })).toBeTruthy());
  expect(within(card('mass-mail')).getByRole('textbox', { name: /群發申請表編號/u })).toBeTruthy();
});

test('a confirmation that cannot be saved is taken back, and the pane says Send will still ask', async () => {
  const six = { ...CLEAN, cc: Array.from({ length: 6 }, (_, i) => to(`cc${i}@contoso.com`)) };
  renderPane(six, { behaviour: { 'sessionData.setAsync': 'fail' } }, TICK_ONLY);
  await settled();
  fireEvent.click(within(card('cc-excessive')).getByRole('checkbox', { name: '抄送名单已核对' }));
  expect(await screen.findByText('未能保存你的确认，发送时仍会询问。请重试。')).toBeTruthy();
  expect((within(card('cc-excessive')).getByRole('checkbox') as HTMLInputElement).checked).toBe(false);
});

test('the pane’s language goes with the confirmation, so Send reads the finding as the pane showed it', async () => {
  // sensitive-content's finding names what it found in the pane's language (身份证号 / 身分證號碼).
  const policy = { version: '2026.12', rules: { 'sensitive-content': { acknowledge: { label: { 'zh-CN': '已审核', 'zh-TW': '已審核', 'en-US': 'Reviewed' } } } } };
  const { mailbox } = renderPane({ ...CLEAN, body: '李经理：\n\n身份证号 11010519491231002X，请于11月30日前录入。\n\n谢谢！\n张三' }, {}, policy);
  await settled();
  fireEvent.change(screen.getByRole('combobox', { name: '语言' }), { target: { value: 'zh-TW' } });
  await waitFor(() => expect(within(card('sensitive-content')).getByRole('checkbox', { name: '已審核' })).toBeTruthy());
  // As when the language choice was recorded on another device, or its write was lost.
  mailbox.sessionData.delete('preflight.locale');
  fireEvent.click(within(card('sensitive-content')).getByRole('checkbox'));
  await waitFor(() => expect(mailbox.sessionData.get('preflight.locale')).toBe('zh-TW'));
  const sent = await send(mailbox, policy);
  expect(sent.completion).toEqual({ allowEvent: true });
  expect(mailbox.headers['X-Preflight']).toBe('v=1; policy=2026.12; acknowledged=sensitive-content');
});

test('a reference of only separators is no reference', async () => {
  renderPane(MASS, {}, POLICY);
  await settled();
  fireEvent.change(within(card('mass-mail')).getByRole('textbox', { name: /群发申请表编号/u }), { target: { value: ' ;, ' } });
  fireEvent.click(within(card('mass-mail')).getByRole('checkbox'));
  expect(await within(card('mass-mail')).findByText('请先填写群发申请表编号。')).toBeTruthy();
});
