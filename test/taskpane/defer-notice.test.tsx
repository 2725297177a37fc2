/**
 * @jest-environment jsdom
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { SESSION_KEYS } from '../../src/office/session';
import { CLEAN, to } from '../office/helpers';
import { renderPane, settled } from './render';

/** The pane's notice of delayed delivery (policy `deferExternalMinutes`) and its "send without delay". */
const EXTERNAL = { ...CLEAN, to: [to('li.si@contoso.com'), to('wang.wu@fabrikam.com')] };
const DEFERRING = { internalDomains: ['contoso.com'], deferExternalMinutes: 15 };
const notice = () => screen.queryByTestId('defer-notice');

describe('the delayed-delivery notice', () => {
  test('says external mail goes N minutes later; "send without delay" is recorded for Send, and can be undone', async () => {
    const { mailbox } = renderPane(EXTERNAL, {}, DEFERRING);
    await settled();
    await waitFor(() => expect(notice()?.textContent).toContain('外部邮件将在发送后 15 分钟再投递'));
    fireEvent.click(within(notice()!).getByRole('button', { name: '立即发送，不延迟' }));
    await waitFor(() => expect(mailbox.sessionData.get(SESSION_KEYS.sendWithoutDelay)).toBe('1'));
    expect(notice()!.textContent).toContain('这封邮件发送后将立即投递，不延迟。');
    fireEvent.click(within(notice()!).getByRole('button', { name: '改回延迟投递' }));
    await waitFor(() => expect(mailbox.sessionData.get(SESSION_KEYS.sendWithoutDelay)).toBe(''));
    expect(notice()!.textContent).toContain('15 分钟再投递');
  });

  test('a choice made before is shown when the pane opens again', async () => {
    const { mailbox } = renderPane(EXTERNAL, {}, DEFERRING);
    mailbox.sessionData.set(SESSION_KEYS.sendWithoutDelay, '1');
    await settled();
    await waitFor(() => expect(notice()?.textContent).toContain('这封邮件发送后将立即投递，不延迟。'));
    expect(within(notice()!).getByRole('button', { name: '改回延迟投递' })).toBeTruthy();
  });

  test('zh-TW and en-US have their own words', async () => {
    renderPane(EXTERNAL, { displayLanguage: 'zh-TW' }, DEFERRING);
    await settled();
    await waitFor(() => expect(notice()?.textContent).toContain('外部郵件將在傳送後 15 分鐘再投遞'));
    expect(within(notice()!).getByRole('button', { name: '立即傳送，不延遲' })).toBeTruthy();
    fireEvent.change(screen.getByRole('combobox', { name: '語言' }), { target: { value: 'en-US' } });
    await waitFor(() => expect(notice()?.textContent).toContain('External mail is delivered 15 min after you send it'));
    expect(within(notice()!).getByRole('button', { name: 'Send without delay' })).toBeTruthy();
  });

  test.each([
    ['only internal recipients', CLEAN, DEFERRING],
    ['no delay in the policy', EXTERNAL, { internalDomains: ['contoso.com'] }],
  ])('is not shown with %s', async (_name, message, policy) => {
    renderPane(message, {}, policy);
    await settled();
    expect(notice()).toBeNull();
  });

  test('on a client without Mailbox 1.13 it says the mail cannot be held back there, with no button', async () => {
    renderPane(EXTERNAL, { mailboxVersion: '1.12' }, DEFERRING);
    await settled();
    await waitFor(() => expect(notice()?.textContent).toContain('此版本的 Outlook 不支持延迟投递'));
    expect(within(notice()!).queryByRole('button')).toBeNull();
  });

  test('a choice that cannot be saved is taken back, and the pane says so', async () => {
    renderPane(EXTERNAL, { behaviour: { 'sessionData.setAsync': 'fail' } }, DEFERRING);
    await settled();
    await waitFor(() => expect(notice()).not.toBeNull());
    fireEvent.click(within(notice()!).getByRole('button', { name: '立即发送，不延迟' }));
    expect(await within(notice()!).findByRole('alert')).toBeTruthy();
    expect(within(notice()!).getByRole('button', { name: '立即发送，不延迟' })).toBeTruthy();
  });
});
