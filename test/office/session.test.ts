import { EMPTY_SESSION, readSession, SESSION_KEYS, writeAcknowledged } from '../../src/office/session';
import { policyTextHash } from '../../src/office/policy-source';
import { SimulatedMailbox } from '../../src/playground/simulated-mailbox';
import { CLEAN } from './helpers';

describe('the add-in’s sessionData, read in one call', () => {
  test('compose type, acknowledged warnings and the policy record come back together', async () => {
    const mailbox = new SimulatedMailbox(CLEAN, { latencyMs: 1 });
    const confirmation = { hash: policyTextHash('{}'), at: 1_700_000_000_000 };
    mailbox.sessionData.set(SESSION_KEYS.composeType, 'reply');
    mailbox.sessionData.set(SESSION_KEYS.acknowledged, JSON.stringify(['subject-vague:generic:', 7]));
    mailbox.sessionData.set(SESSION_KEYS.policyConfirmation, JSON.stringify(confirmation));
    expect(await readSession(mailbox.context.mailbox.item!)).toEqual({ readable: true, composeType: 'reply', originalSubject: null, acknowledged: { 'subject-vague:generic:': '' }, policyConfirmation: confirmation, locale: null });
    expect(mailbox.calls).toEqual(['sessionData.getAllAsync']);
  });

  test('review steps come back with their references; entries of the wrong shape are dropped', async () => {
    const mailbox = new SimulatedMailbox(CLEAN, { latencyMs: 1 });
    const stored = { 'mass-mail:tooMany:count=25': 'QF-2026-118', 'subject-vague:generic:': '', 'x:y:': 7, 'z:w:': null };
    mailbox.sessionData.set(SESSION_KEYS.acknowledged, JSON.stringify(stored));
    expect((await readSession(mailbox.context.mailbox.item!)).acknowledged).toEqual({ 'mass-mail:tooMany:count=25': 'QF-2026-118', 'subject-vague:generic:': '' });
  });

  test('what the pane writes is what Send reads back', async () => {
    const mailbox = new SimulatedMailbox(CLEAN, { latencyMs: 1 });
    const item = mailbox.context.mailbox.item!;
    await writeAcknowledged(item, { 'mass-mail:tooMany:count=25': '群发申请 12', 'cc-excessive:tooMany:count=6': '' });
    expect((await readSession(item)).acknowledged).toEqual({ 'mass-mail:tooMany:count=25': '群发申请 12', 'cc-excessive:tooMany:count=6': '' });
  });

  test('the language the task pane was switched to is read with the rest; an unknown one is ignored', async () => {
    const mailbox = new SimulatedMailbox(CLEAN, { latencyMs: 1 });
    mailbox.sessionData.set(SESSION_KEYS.locale, 'zh-TW');
    expect((await readSession(mailbox.context.mailbox.item!)).locale).toBe('zh-TW');
    mailbox.sessionData.set(SESSION_KEYS.locale, 'fr-FR');
    expect((await readSession(mailbox.context.mailbox.item!)).locale).toBeNull();
  });

  test('a malformed value loses only its own part', async () => {
    const mailbox = new SimulatedMailbox(CLEAN, { latencyMs: 1 });
    mailbox.sessionData.set(SESSION_KEYS.composeType, 'forward');
    mailbox.sessionData.set(SESSION_KEYS.acknowledged, '{not json');
    mailbox.sessionData.set(SESSION_KEYS.policyConfirmation, JSON.stringify({ hash: 7, at: 'now' }));
    expect(await readSession(mailbox.context.mailbox.item!)).toEqual({ ...EMPTY_SESSION, readable: true, composeType: 'forward' });
  });

  test.each([
    ['a failed read', { behaviour: { 'sessionData.getAllAsync': 'fail' as const } }],
    ['a client without sessionData (Mailbox 1.10)', { mailboxVersion: '1.10' }],
  ])('%s gives the empty snapshot', async (_name, options) => {
    const mailbox = new SimulatedMailbox(CLEAN, { latencyMs: 1, ...options });
    mailbox.sessionData.set(SESSION_KEYS.composeType, 'reply');
    expect(await readSession(mailbox.context.mailbox.item!)).toEqual(EMPTY_SESSION);
  });
});
