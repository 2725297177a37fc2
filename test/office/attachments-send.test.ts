/**
 * Send uses what the task pane read from the attachments (sessionData) and extracts nothing
 * itself; what it lacks is counted in the header, and stops the send under failClosed.
 */
import { decideSend } from '../../src/launchevent/on-send';
import { cachedAttachments, cacheKey } from '../../src/office/attachment-cache';
import { SESSION_KEYS } from '../../src/office/session';
import { DEFAULT_POLICY } from '../../src/engine';
import { encodeCache } from '../../src/taskpane/attachment-windows';
import { CLEAN, setup, to } from './helpers';

const ID = '11010519491231002X';
const PAYROLL = { id: 'AAMkADg1-payroll', name: '员工名单.xlsx', size: 5038, isInline: false };
const MESSAGE = { ...CLEAN, body: '李经理：\n\n员工名单见附件，请于11月30日前确认。\n\n谢谢！\n张三', attachments: [PAYROLL] };

/** What the pane leaves in sessionData after reading the payroll. */
function paneRead(mailbox: ReturnType<typeof setup>['mailbox'], text: string, size = PAYROLL.size): void {
  mailbox.sessionData.set(SESSION_KEYS.attachments, encodeCache([{ id: PAYROLL.id, size, content: { scan: 'text', text } }], DEFAULT_POLICY));
}

describe('attachment contents at Send', () => {
  test('the cached text gives a sensitive-content finding located in the attachment', async () => {
    const { mailbox, env } = setup(MESSAGE, { displayLanguage: 'en-US' }, {}, false);
    paneRead(mailbox, `姓名\t身份证号\n张三\t${ID}\t12000\n`);
    const { completion } = await decideSend(env);
    expect(completion).toMatchObject({ allowEvent: false, sendModeOverride: 'promptUser' });
    expect(completion.errorMessage).toContain('contents of attachment "员工名单.xlsx"');
    expect(completion.errorMessage).not.toContain(ID);
    expect(mailbox.headers['X-Preflight']).toBe('v=1; policy=default; prompted=sensitive-content');
  });

  test('a marking in the cached text blocks towards an external recipient', async () => {
    const { mailbox, env } = setup({ ...MESSAGE, to: [to('erika@fabrikam.com')] }, {}, {}, false);
    paneRead(mailbox, `机密\n张三 ${ID}`);
    await decideSend(env);
    expect(mailbox.headers['X-Preflight']).toMatch(/^v=1; policy=default; blocked=sensitive-content/u);
  });

  test('a cache entry of the same id but another size is stale: the attachment is unscanned', async () => {
    const { mailbox, env } = setup(MESSAGE, {}, {}, false);
    paneRead(mailbox, `张三 ${ID}`, PAYROLL.size - 1);
    const { completion } = await decideSend(env);
    expect(completion).toEqual({ allowEvent: true });
    expect(mailbox.headers['X-Preflight']).toBe('v=1; policy=default; clean; unscanned=1');
  });

  test('no cached result: sent, and the header counts the attachment unscanned', async () => {
    const { mailbox, env } = setup({ ...MESSAGE, attachments: [PAYROLL, { id: 'logo', name: 'image001.png', size: 900, isInline: true }] }, {}, {}, false);
    const { completion } = await decideSend(env);
    expect(completion).toEqual({ allowEvent: true });
    expect(mailbox.headers['X-Preflight']).toBe('v=1; policy=default; clean; unscanned=1');
  });

  test('failClosed: an unscanned attachment stops the send like a failed check, pointing to the pane', async () => {
    const { mailbox, env } = setup(MESSAGE, { displayLanguage: 'en-US' }, { version: 'strict-1', failClosed: true }, false);
    const { completion } = await decideSend(env);
    expect(completion).toMatchObject({ allowEvent: false, commandId: 'PreflightOpenPaneButton' });
    expect(completion).not.toHaveProperty('sendModeOverride');
    expect(completion.errorMessage).toContain('The pre-send check could not finish: unscanned');
    expect(mailbox.headers['X-Preflight']).toBe('v=1; policy=strict-1; blocked=check-failed:unscanned; unscanned=1');
  });

  test('failClosed: once the pane has read it, the same mail goes', async () => {
    const { mailbox, env } = setup(MESSAGE, {}, { version: 'strict-1', failClosed: true }, false);
    paneRead(mailbox, '姓名 部门\n张三 市场部');
    expect((await decideSend(env)).completion).toEqual({ allowEvent: true });
    expect(mailbox.headers['X-Preflight']).toBe('v=1; policy=strict-1; clean');
  });

  test('a client without sessionData: every attachment whose text is read is unscanned', async () => {
    const { mailbox, env } = setup(MESSAGE, { mailboxVersion: '1.10' }, {}, false);
    await decideSend(env);
    expect(mailbox.headers['X-Preflight']).toBe('v=1; policy=default; clean; unscanned=1');
  });

  test('the cache key is the hashed id with the size', () => {
    expect(cacheKey(PAYROLL.id, 5038)).toMatch(/^[0-9a-z]+\.[0-9a-z]+:5038$/u);
    expect(cacheKey(PAYROLL.id, 5038)).not.toBe(cacheKey(`${PAYROLL.id}x`, 5038));
    expect(cachedAttachments('{}', [PAYROLL]).unscanned).toBe(1);
  });
});
