import { readDraft, resolveComposeType } from '../../src/office/read-draft';
import { SESSION_KEYS } from '../../src/office/session';
import { SimulatedMailbox } from '../../src/playground/simulated-mailbox';
import { CLEAN, to } from './helpers';

describe('reading the draft from Office.js', () => {
  test('maps every field: recipients with types, attachments with inline flag, label, compose type', async () => {
    const mailbox = new SimulatedMailbox({
      ...CLEAN,
      cc: [to('sales@contoso.com', 'distributionList', '销售部')],
      bcc: [to('boss@contoso.com')],
      attachments: [
        { id: '1', name: 'logo.png', size: 2048, isInline: true },
        { id: '2', name: 'plan.docx', size: 4096, isInline: false },
        { id: '3', name: 'link', size: 0, isInline: false, attachmentType: 'cloud' },
      ],
      sensitivityLabel: 'label-general',
      composeType: 'forward',
    });
    const { draft, failures, unread, composeTypeSource } = await readDraft(mailbox.item);
    expect(failures).toEqual([]);
    expect(unread).toEqual([]);
    expect(draft.cc).toEqual([{ address: 'sales@contoso.com', name: '销售部', type: 'distributionList' }]);
    expect(draft.bcc[0]!.address).toBe('boss@contoso.com');
    expect(draft.attachments).toEqual([
      { name: 'logo.png', size: 2048, inline: true },
      { name: 'plan.docx', size: 4096, inline: false },
    ]);
    expect(draft.from).toBe('zhang.san@contoso.com');
    expect(draft.sensitivityLabel).toBe('label-general');
    expect(draft.composeType).toBe('forward');
    expect(composeTypeSource).toBe('office');
  });

  test('an old client (Mailbox 1.1) degrades: no attachments, sender or label, but no failure', async () => {
    const mailbox = new SimulatedMailbox(CLEAN, { mailboxVersion: '1.1' });
    const { draft, failures, unread, composeTypeSource } = await readDraft(mailbox.item);
    expect(failures).toEqual([]);
    expect(unread.map(({ reason }) => reason)).toEqual(['unsupported:getAttachmentsAsync', 'unsupported:sensitivityLabel.getAsync', 'unsupported:from.getAsync']);
    // No getComposeTypeAsync: the compose type comes from the subject, or is the default.
    expect(composeTypeSource).toBe('default');
    expect(draft.subject).toBe(CLEAN.subject);
    expect(draft.attachments).toEqual([]);
  });

  test('a failing essential read is a failure; a failing optional one is a degradation', async () => {
    const mailbox = new SimulatedMailbox(CLEAN, { behaviour: { 'cc.getAsync': 'fail', 'getAttachmentsAsync': 'fail' } });
    const { failures, unread } = await readDraft(mailbox.item);
    expect(failures).toEqual(['error:cc.getAsync']);
    expect(unread.filter(({ part }) => part === 'attachments').map(({ reason }) => reason)).toEqual(['error:getAttachmentsAsync']);
  });

  test('an unread part is unknown, never empty: marked unavailable with why, and the rest still read', async () => {
    const mailbox = new SimulatedMailbox(CLEAN, { behaviour: { 'subject.getAsync': 'fail', 'getAttachmentsAsync': 'fail' } });
    const { draft, unread } = await readDraft(mailbox.item);
    expect(unread).toEqual([
      { part: 'subject', cause: 'failed', reason: 'error:subject.getAsync' },
      { part: 'attachments', cause: 'failed', reason: 'error:getAttachmentsAsync' },
    ]);
    expect(draft.unavailable).toEqual(['subject', 'attachments']);
    expect(draft.body).toBe(CLEAN.body);
  });

  test('a client without an API says unsupported; the user’s own address stands in for the sender', async () => {
    const mailbox = new SimulatedMailbox(CLEAN, { mailboxVersion: '1.1' });
    const { draft, unread } = await readDraft(mailbox.item, { userAddress: 'zhang.san@contoso.com' });
    expect(unread).toEqual([
      { part: 'attachments', cause: 'unsupported', reason: 'unsupported:getAttachmentsAsync' },
      { part: 'sensitivityLabel', cause: 'unsupported', reason: 'unsupported:sensitivityLabel.getAsync' },
    ]);
    expect(draft.from).toBe('zhang.san@contoso.com');
  });

  test('the subject the compose window opened with comes from sessionData', async () => {
    const mailbox = new SimulatedMailbox({ ...CLEAN, subject: 'RE: 你好' });
    mailbox.sessionData.set(SESSION_KEYS.originalSubject, 'RE: 你好');
    expect((await readDraft(mailbox.item)).draft.originalSubject).toBe('RE: 你好');
    expect((await readDraft(new SimulatedMailbox(CLEAN).item)).draft.originalSubject).toBeNull();
  });

  test.each([
    [{ session: 'reply', office: 'newMail', subject: '预算', conversationId: null }, 'reply', 'session'],
    [{ office: 'forward', subject: '预算', conversationId: null }, 'forward', 'office'],
    [{ office: 'newMail', subject: 'RE: 预算', conversationId: 'conv-1' }, 'reply', 'subject'],
    [{ office: 'newMail', subject: 'RE: 预算', conversationId: null }, 'newMail', 'office'],
    [{ subject: '转发：通知', conversationId: null }, 'forward', 'subject'],
    [{ subject: '回覆：通知', conversationId: null }, 'reply', 'subject'],
    [{ subject: '通知', conversationId: null }, 'newMail', 'default'],
  ])('compose type %j → %s (%s)', (input, type, source) => {
    expect(resolveComposeType(input)).toEqual({ type, source });
  });
});

test('the label id Office reports is paired with its catalog name, in the same parallel round', async () => {
  const mailbox = new SimulatedMailbox({ ...CLEAN, sensitivityLabel: 'label-confidential' });
  const { draft } = await readDraft(mailbox.item, { labelsCatalog: mailbox.context.sensitivityLabelsCatalog });
  expect(draft.sensitivityLabel).toBe('label-confidential');
  expect(draft.sensitivityLabelName).toBe('Confidential');
});
