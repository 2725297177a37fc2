import { decideSend } from '../../src/launchevent/on-send';
import { DEFAULT_POLICY, evaluate } from '../../src/engine';
import { formatAuditHeader } from '../../src/office/audit-header';
import { readDraft, readItemDraft, SEND_LIMITS } from '../../src/office/read-draft';
import { readSession, SESSION_KEYS } from '../../src/office/session';
import type { ComposeItemLike, OfficeContextLike } from '../../src/office/mailbox';
import { SimulatedMailbox, type SimulatedMessage } from '../../src/playground/simulated-mailbox';
import { CLEAN, setup, to } from './helpers';

/** A classified mail to an outside address: it must never leave, whatever else the draft holds. */
const CLASSIFIED: Partial<SimulatedMessage> = { ...CLEAN, subject: '【机密】第三季度底价', to: [to('erika@fabrikam.com', 'externalUser')] };

/** What Office.js hands back is data from outside: the simulator's item, with one answer replaced by garbage. */
function answering(message: Partial<SimulatedMessage>, call: string, value: unknown): ComposeItemLike {
  const item = new SimulatedMailbox(message).item;
  const reply = (cb: (result: { status: string; value: unknown }) => void) => setTimeout(() => cb({ status: 'succeeded', value }), 1);
  const replace: Record<string, () => void> = {
    'subject.getAsync': () => Object.assign(item.subject, { getAsync: reply }),
    'body.getAsync': () => Object.assign(item.body, { getAsync: (_: string, cb: never) => reply(cb) }),
    'to.getAsync': () => Object.assign(item.to, { getAsync: reply }),
    'cc.getAsync': () => Object.assign(item.cc, { getAsync: reply }),
    'getAttachmentsAsync': () => Object.assign(item, { getAttachmentsAsync: reply }),
    'getComposeTypeAsync': () => Object.assign(item, { getComposeTypeAsync: reply }),
    'from.getAsync': () => Object.assign(item, { from: { getAsync: reply } }),
    'sensitivityLabel.getAsync': () => Object.assign(item, { sensitivityLabel: { getAsync: reply, setAsync: () => undefined } }),
    'sessionData.getAllAsync': () => Object.assign(item, { sessionData: { getAllAsync: reply, setAsync: () => undefined } }),
  };
  replace[call]!();
  return item;
}

describe('found: one malformed value failed the whole check open', () => {
  test('a To entry without an address (an unresolved name) no longer lets a classified mail to an outside address go', async () => {
    const { mailbox, env } = setup({ ...CLASSIFIED, to: [{ displayName: 'Erika' } as never, to('erika@fabrikam.com', 'externalUser')] });
    const { completion } = await decideSend(env);
    expect(completion.allowEvent).toBe(false);
    expect(mailbox.headers['X-Preflight']).toBe('v=1; policy=default; blocked=sensitive-content');
  });

  test('a display language that is not a string does not either', async () => {
    const { mailbox, env } = setup(CLASSIFIED, { displayLanguage: 42 as never });
    const { completion } = await decideSend(env);
    expect(completion.allowEvent).toBe(false);
    expect(mailbox.headers['X-Preflight']).toBe('v=1; policy=default; blocked=sensitive-content');
  });

  test('with nothing else to say, a dropped recipient makes the check incomplete: recorded, and blocked when the policy fails closed', async () => {
    const open = setup({ ...CLEAN, to: [to('li.si@contoso.com'), { displayName: 'Erika' } as never] });
    expect((await decideSend(open.env)).completion).toEqual({ allowEvent: true });
    expect(open.mailbox.headers['X-Preflight']).toBe('v=1; policy=default; failed-open=invalid:to.getAsync');
    const closed = setup({ ...CLEAN, to: [to('li.si@contoso.com'), null as never] }, {}, { failClosed: true });
    expect((await decideSend(closed.env)).completion.allowEvent).toBe(false);
    expect(closed.mailbox.headers['X-Preflight']).toBe('v=1; policy=default; blocked=check-failed:invalid:to.getAsync');
  });
});

describe('every Office.js value is checked where it enters', () => {
  test('a malformed recipient is dropped and its part reported unknown; the good ones are kept', async () => {
    const item = answering(CLEAN, 'cc.getAsync', [to('a@contoso.com'), { displayName: 'Erika' }, null, 7, { emailAddress: 42 }, { emailAddress: '  ' }, to('b@contoso.com', 42 as never, 9 as never)]);
    const { draft, unread, failures } = await readDraft(item);
    expect(draft.cc.map((r) => [r.address, r.name, r.type])).toEqual([
      ['a@contoso.com', 'a@contoso.com', 'user'],
      ['b@contoso.com', '', 'other'],
    ]);
    expect(unread).toEqual([{ part: 'cc', cause: 'failed', reason: 'invalid:cc.getAsync' }]);
    expect(draft.unavailable).toEqual(['cc']);
    expect(failures).toEqual(['invalid:cc.getAsync']);
  });

  test.each([
    ['subject.getAsync', 42, 'subject'],
    ['subject.getAsync', null, 'subject'],
    ['body.getAsync', { text: 'x' }, 'body'],
    ['body.getAsync', undefined, 'body'],
    ['to.getAsync', 'erika@fabrikam.com', 'to'],
    ['to.getAsync', { length: 1, 0: to('a@contoso.com') }, 'to'],
    ['getAttachmentsAsync', { name: 'a.pdf' }, 'attachments'],
    ['sensitivityLabel.getAsync', { id: 'label-general' }, 'sensitivityLabel'],
  ])('%s answering %p: the part is unknown, never taken for empty', async (call, value, part) => {
    const { draft, unread } = await readDraft(answering(CLEAN, call, value));
    expect(unread).toEqual([{ part, cause: 'failed', reason: `invalid:${call}` }]);
    expect(draft.unavailable).toEqual([part]);
  });

  test('attachments with a name that is not text or a size that is not a byte count are dropped, and the part reported', async () => {
    const good = { id: '1', name: 'plan.docx', size: 4096, isInline: false };
    const item = answering(CLEAN, 'getAttachmentsAsync', [good, { ...good, name: 42 }, { ...good, size: -1 }, { ...good, size: Number.NaN }, { ...good, size: '9' }, null, { ...good, isInline: 'yes' }]);
    const { draft, unread } = await readDraft(item);
    expect(draft.attachments).toEqual([
      { name: 'plan.docx', size: 4096, inline: false },
      { name: 'plan.docx', size: 4096, inline: false },
    ]);
    expect(unread.map(({ reason }) => reason)).toEqual(['invalid:getAttachmentsAsync']);
  });

  test('a sender that is not an address gives way to the user’s own, and a bad user profile to nothing', async () => {
    const item = answering(CLEAN, 'from.getAsync', { emailAddress: 42 });
    expect((await readDraft(item, { userAddress: 'zhang.san@contoso.com' })).draft.from).toBe('zhang.san@contoso.com');
    const { draft, unread } = await readDraft(answering(CLEAN, 'from.getAsync', 'zhang.san'));
    expect(draft.from).toBe('');
    expect(unread).toEqual([{ part: 'from', cause: 'failed', reason: 'invalid:from.getAsync' }]);
    const context = { mailbox: { item, userProfile: { emailAddress: { toString: () => 'x' } } } } as unknown as OfficeContextLike;
    expect((await readItemDraft(context, item)).draft.from).toBe('');
    const throwing = {
      mailbox: {
        item,
        get userProfile(): never {
          throw new Error('no profile');
        },
      },
      get sensitivityLabelsCatalog(): never {
        throw new Error('no catalog');
      },
    } as unknown as OfficeContextLike;
    expect((await readItemDraft(throwing, item)).draft.from).toBe('');
  });

  test.each([[42], [{ composeType: 7 }], [null], ['reply']])('a compose type answer %p is ignored: the subject decides', async (value) => {
    const { draft, unread, composeTypeSource } = await readDraft(answering({ ...CLEAN, subject: 'RE: 预算' }, 'getComposeTypeAsync', value));
    expect([draft.composeType, composeTypeSource, unread]).toEqual(['reply', 'subject', []]);
  });

  test.each([[{ id: 'x' }], [[null, 7, { id: 'label-confidential', name: 42 }, { id: 'p', children: 'x' }]], [[{ id: 'p', name: 'P', children: [null, { id: 'label-confidential', name: 'Secret' }] }]]])(
    'a label catalogue of the wrong shape (%p) gives no name, or the one it does hold',
    async (catalog) => {
      const item = new SimulatedMailbox({ ...CLEAN, sensitivityLabel: 'label-confidential' }).item;
      const labelsCatalog = { getAsync: (cb: (result: { status: string; value: unknown }) => void) => setTimeout(() => cb({ status: 'succeeded', value: catalog }), 1) };
      const { draft, unread } = await readDraft(item, { labelsCatalog: labelsCatalog as never });
      expect(unread).toEqual([]);
      expect(draft.sensitivityLabel).toBe('label-confidential');
      expect(draft.sensitivityLabelName).toBe(JSON.stringify(catalog).includes('Secret') ? 'Secret' : null);
    },
  );

  test('a label catalogue that contains itself does not loop', async () => {
    const looped: { id: string; name: string; children: unknown[] } = { id: 'p', name: 'P', children: [] };
    looped.children.push(looped);
    const item = new SimulatedMailbox({ ...CLEAN, sensitivityLabel: 'label-confidential' }).item;
    const labelsCatalog = { getAsync: (cb: (result: { status: string; value: unknown }) => void) => setTimeout(() => cb({ status: 'succeeded', value: [looped] }), 1) };
    expect((await readDraft(item, { labelsCatalog: labelsCatalog as never })).draft.sensitivityLabelName).toBeNull();
  });

  test.each([[42], ['x'], [null], [[1, 2]]])('sessionData answering %p is unknown, not an empty record', async (value) => {
    const snapshot = await readSession(answering(CLEAN, 'sessionData.getAllAsync', value));
    expect(snapshot.readable).toBe(false);
  });

  test('sessionData values of the wrong shape are ignored one by one', async () => {
    const item = answering(CLEAN, 'sessionData.getAllAsync', {
      [SESSION_KEYS.composeType]: 5,
      [SESSION_KEYS.acknowledged]: '{"a":1}',
      [SESSION_KEYS.policyConfirmation]: '{"hash":1,"at":"now"}',
      [SESSION_KEYS.locale]: 'xx',
      [SESSION_KEYS.originalSubject]: 'RE: 你好',
    });
    expect(await readSession(item)).toEqual({ readable: true, composeType: null, originalSubject: 'RE: 你好', acknowledged: {}, policyConfirmation: null, locale: null });
  });
});

describe('the size ceiling at Send', () => {
  /** A marking where Send's ceiling leaves it out: past its start, before the last 64 KiB. */
  const past = (limit: number) => `${'x'.repeat(limit)} 【机密】 ${'y'.repeat(70_000)}`;

  test('Send checks 512 KiB of the body (its start and its end) and records the rest as truncated; the task pane checks all of it', async () => {
    const message = { ...CLASSIFIED, subject: '第三季度预算', body: past(SEND_LIMITS.body) };
    const { mailbox, env } = setup(message);
    const { completion, audit } = await decideSend(env);
    expect(completion).toEqual({ allowEvent: true });
    expect(audit.truncated).toEqual(['body:524288']);
    expect(mailbox.headers['X-Preflight']).toBe('v=1; policy=default; clean; truncated=body:524288');
    const pane = await readItemDraft(mailbox.context, mailbox.item);
    expect(pane.truncated).toEqual([]);
    expect(pane.draft.body).toHaveLength(message.body.length);
    expect(evaluate(pane.draft, DEFAULT_POLICY).decision).toBe('block');
  });

  test('the end of a long body is checked too: its closing is found, a marking there blocks', async () => {
    const body = CLEAN.body!.replace('\n\n谢谢', `\n${'_'.repeat(1024 * 1024)}\n\n谢谢`);
    const clean = setup({ ...CLEAN, body });
    expect((await decideSend(clean.env)).completion).toEqual({ allowEvent: true });
    expect(clean.mailbox.headers['X-Preflight']).toBe('v=1; policy=default; clean; truncated=body:524288');
    const marked = setup({ ...CLASSIFIED, subject: '预算', body: `${'x'.repeat(SEND_LIMITS.body)}\n【机密】` });
    expect((await decideSend(marked.env)).completion.allowEvent).toBe(false);
  });

  test('what is within the ceiling is checked as before: a marking at the start still blocks', async () => {
    const { mailbox, env } = setup({ ...CLASSIFIED, subject: '预算', body: '【机密】' + 'x'.repeat(SEND_LIMITS.body) });
    expect((await decideSend(env)).completion.allowEvent).toBe(false);
    expect(mailbox.headers['X-Preflight']).toBe('v=1; policy=default; blocked=sensitive-content; truncated=body:524288');
  });

  test('subject, attachment count and attachment names have their ceilings too; a long name keeps its extension', async () => {
    const files = Array.from({ length: SEND_LIMITS.attachments + 5 }, (_, i) => ({ id: `${i}`, name: `${i}.pdf`, size: 10, isInline: false }));
    files[0] = { ...files[0]!, name: `${'a'.repeat(5000)}.exe` };
    const item = new SimulatedMailbox({ ...CLEAN, subject: '预算'.repeat(3000), attachments: files }).item;
    const { draft, truncated } = await readDraft(item, { limits: SEND_LIMITS });
    expect(truncated).toEqual(['attachments:1000', 'subject:4096', 'attachmentName:1024']);
    expect(draft.subject).toHaveLength(4096);
    expect(draft.attachments).toHaveLength(1000);
    expect(draft.attachments[0]!.name).toHaveLength(1024);
    expect(draft.attachments[0]!.name.endsWith('a.exe')).toBe(true);
    expect((await readDraft(item)).draft.attachments).toHaveLength(1005);
  });

  test('the header writes truncated= after the outcome, in its key=value form, even on a failed check', () => {
    expect(formatAuditHeader({ policyVersion: 'p', outcome: { kind: 'failed-open', reason: 'invalid:to.getAsync' }, truncated: ['body:524288', 'attachments:1000'] })).toBe(
      'v=1; policy=p; failed-open=invalid:to.getAsync; truncated=body:524288,attachments:1000',
    );
    expect(formatAuditHeader({ policyVersion: 'p', outcome: { kind: 'clean' }, truncated: [] })).toBe('v=1; policy=p; clean');
  });
});
