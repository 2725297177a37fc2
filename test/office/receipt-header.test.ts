import { decideSend } from '../../src/launchevent/on-send';
import type { ComposeItemLike } from '../../src/office/mailbox';
import type { OfficeCallback } from '../../src/office/office-call';
import { RECEIPT_HEADER } from '../../src/office/receipt-header';
import type { CheckEnvironment } from '../../src/office/run-check';
import { CLEAN, setup } from './helpers';

/** The policy's read-receipt request on [重要] mail (important-tag `readReceipt`). */
const RECEIPTS = { rules: { 'important-tag': { readReceipt: true } } };
const IMPORTANT = { ...CLEAN, subject: '[重要] 第三季度市场预算审批' };
/** [重要] mail with a warning (a vague remainder): Send prompts, and "send anyway" sends the item as it is. */
const IMPORTANT_VAGUE = { ...CLEAN, subject: '[重要] 你好' };

type Headers = NonNullable<ComposeItemLike['internetHeaders']>;
type Writable = { -readonly [K in keyof Headers]: Headers[K] };

/** The item's internet headers as the handler sees them, with every setAsync's headers recorded. */
function headerCalls(env: CheckEnvironment): { writes: Array<Record<string, string>>; api: Writable } {
  const api = env.context.mailbox.item!.internetHeaders! as Writable;
  const writes: Array<Record<string, string>> = [];
  const set = api.setAsync.bind(api);
  api.setAsync = (headers, callback) => {
    writes.push({ ...headers });
    set(headers, callback);
  };
  return { writes, api };
}

/** Records the item's removeAsync calls (Mailbox 1.8). */
function withRemove(api: Writable, headers: Record<string, string>, removed: string[][]): void {
  api.removeAsync = (names: string[], callback: OfficeCallback<void>) => {
    removed.push(names);
    for (const name of names) delete headers[name];
    setTimeout(() => callback({ status: 'succeeded', value: undefined }), 5);
  };
}

describe('Disposition-Notification-To at Send', () => {
  test('with readReceipt on, [重要] mail asks for a read receipt to the sender, in the same call as X-Preflight', async () => {
    const { mailbox, env } = setup(IMPORTANT, {}, RECEIPTS);
    const { writes } = headerCalls(env);
    const outcome = await decideSend(env);
    expect(outcome.completion).toEqual({ allowEvent: true });
    expect(mailbox.headers).toEqual({ 'X-Preflight': 'v=1; policy=default; clean', [RECEIPT_HEADER]: 'zhang.san@contoso.com' });
    // The provisional record alone, then the result with the request: one call, one round.
    expect(writes).toEqual([{ 'X-Preflight': 'v=1; policy=unknown; failed-open=unfinished' }, { 'X-Preflight': 'v=1; policy=default; clean', [RECEIPT_HEADER]: 'zhang.san@contoso.com' }]);
  });

  test('off by default: the same mail gets no request', async () => {
    const { mailbox, env } = setup(IMPORTANT);
    await decideSend(env);
    expect(mailbox.headers).toEqual({ 'X-Preflight': 'v=1; policy=default; clean' });
  });

  test('mail that is not [重要] mail gets none', async () => {
    const { mailbox, env } = setup({ ...CLEAN, subject: '重要：第三季度市场预算审批' }, {}, RECEIPTS);
    await decideSend(env);
    expect(mailbox.headers).not.toHaveProperty(RECEIPT_HEADER);
  });

  test('a prompted Send carries it, so "send anyway" sends the request', async () => {
    const { mailbox, env } = setup(IMPORTANT_VAGUE, {}, RECEIPTS);
    const { completion } = await decideSend(env);
    expect(completion).toMatchObject({ allowEvent: false, sendModeOverride: 'promptUser' });
    expect(mailbox.headers[RECEIPT_HEADER]).toBe('zhang.san@contoso.com');
  });

  test('monitor mode writes it too: it is the organisation’s request, not a stop', async () => {
    const { mailbox, env } = setup(IMPORTANT_VAGUE, {}, { ...RECEIPTS, mode: 'monitor' });
    const { completion } = await decideSend(env);
    expect(completion).toEqual({ allowEvent: true });
    expect(mailbox.headers['X-Preflight']).toBe('v=1; policy=default; monitored=prompt:subject-vague');
    expect(mailbox.headers[RECEIPT_HEADER]).toBe('zhang.san@contoso.com');
  });

  test('a check that could not finish writes no request (it knows no draft)', async () => {
    const { mailbox, env } = setup(IMPORTANT, { behaviour: { 'subject.getAsync': 'fail' } }, RECEIPTS);
    await decideSend(env);
    expect(mailbox.headers).not.toHaveProperty(RECEIPT_HEADER);
  });

  test('a failing header write changes nothing in the answer', async () => {
    const answer = async (policy: object) => {
      const { env } = setup(IMPORTANT_VAGUE, { behaviour: { 'internetHeaders.setAsync': 'fail' } }, policy);
      return (await decideSend(env)).completion;
    };
    expect(await answer(RECEIPTS)).toEqual(await answer({}));
  });

  test('a client that refuses the request still gets the record, written again alone', async () => {
    const { mailbox, env } = setup(IMPORTANT, {}, RECEIPTS);
    const { writes, api } = headerCalls(env);
    const set = api.setAsync;
    api.setAsync = (headers, callback) => {
      if (RECEIPT_HEADER in headers) {
        writes.push({ ...headers });
        setTimeout(() => callback({ status: 'failed', value: undefined, error: { name: 'InvalidHeader', message: 'refused' } }), 5);
        return;
      }
      set(headers, callback);
    };
    const outcome = await decideSend(env);
    expect(outcome.completion).toEqual({ allowEvent: true });
    expect(mailbox.headers).toEqual({ 'X-Preflight': 'v=1; policy=default; clean' });
    expect(writes.map((headers) => Object.keys(headers).sort())).toEqual([['X-Preflight'], [RECEIPT_HEADER, 'X-Preflight'], ['X-Preflight']]);
  });

  test('a request an earlier attempt left is removed once the mail is no longer [重要] mail', async () => {
    const { mailbox, env } = setup(IMPORTANT_VAGUE, {}, RECEIPTS);
    const { api } = headerCalls(env);
    const removed: string[][] = [];
    withRemove(api, mailbox.headers, removed);
    await decideSend(env);
    expect(mailbox.headers[RECEIPT_HEADER]).toBe('zhang.san@contoso.com');
    expect(removed).toEqual([]);
    // Stopped by the prompt, the user takes the tag out and writes a clear subject.
    mailbox.message.subject = '第三季度市场预算审批';
    expect((await decideSend(env)).completion).toEqual({ allowEvent: true });
    expect(removed).toEqual([[RECEIPT_HEADER]]);
    expect(mailbox.headers).toEqual({ 'X-Preflight': 'v=1; policy=default; clean' });
  });

  test('nothing is removed when the policy asks for no receipts', async () => {
    const { mailbox, env } = setup(CLEAN);
    const removed: string[][] = [];
    withRemove(headerCalls(env).api, mailbox.headers, removed);
    await decideSend(env);
    expect(removed).toEqual([]);
    expect(mailbox.calls).not.toContain('internetHeaders.removeAsync');
  });
});
