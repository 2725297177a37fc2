import { applyFix, insertAtAuthorEnd, withClosing } from '../../src/office/apply-fix';
import { SimulatedMailbox } from '../../src/playground/simulated-mailbox';
import { CLEAN, to } from './helpers';

const REPLY = 'Hello Bob,\nAgreed, the numbers are final.\n\n-----Original Message-----\nFrom: Bob <bob@partner.com>\nSent: Monday\nSubject: numbers\n\nPlease confirm.\nRegards\nBob';

describe('fixes through Office.js', () => {
  test('a closing goes after the author’s text, above the quoted history, and nothing is lost', async () => {
    const mailbox = new SimulatedMailbox({ ...CLEAN, body: REPLY });
    expect(await applyFix(mailbox.context, { kind: 'insertText', text: '\n\nKind regards,', position: 'end' })).toEqual({ applied: true });
    expect(mailbox.message.body).toBe(REPLY.replace('final.', 'final.\n\nKind regards,'));
  });

  test('a closing goes above the sender’s name and contact lines (plain text)', async () => {
    const body = '王经理：\n\n预算表已更新。\n\n张三\n电话：010-5555-0123';
    const mailbox = new SimulatedMailbox({ ...CLEAN, body });
    expect(await applyFix(mailbox.context, { kind: 'insertText', text: '此致\n敬礼', position: 'closing' })).toEqual({ applied: true });
    expect(mailbox.message.body).toBe('王经理：\n\n预算表已更新。\n\n此致\n敬礼\n张三\n电话：010-5555-0123');
  });

  test('in HTML a closing goes above Outlook’s signature block, else at the end of the author’s text', () => {
    const signed = '<html><body><p>Agreed.</p><div id="Signature"><p>Zhang San</p></div><div id="divRplyFwdMsg">From: Bob</div></body></html>';
    expect(withClosing(signed, 'Kind regards,', 'html')).toBe('<html><body><p>Agreed.</p>Kind regards,<br><div id="Signature"><p>Zhang San</p></div><div id="divRplyFwdMsg">From: Bob</div></body></html>');
    const quotedSignature = '<html><body><p>Agreed.</p><div id="divRplyFwdMsg">From: Bob</div><div id="Signature">Bob</div></body></html>';
    expect(withClosing(quotedSignature, 'Kind regards,', 'html')).toBe('<html><body><p>Agreed.</p><br>Kind regards,<div id="divRplyFwdMsg">From: Bob</div><div id="Signature">Bob</div></body></html>');
  });

  test('in an HTML reply the insertion lands before Outlook’s reply header block', () => {
    const html = '<html><body><p>Agreed.</p><div id="divRplyFwdMsg"><b>From:</b> Bob</div><p>Regards, Bob</p></body></html>';
    expect(insertAtAuthorEnd(html, '<br>Kind regards,', 'html')).toBe('<html><body><p>Agreed.</p><br>Kind regards,<div id="divRplyFwdMsg"><b>From:</b> Bob</div><p>Regards, Bob</p></body></html>');
    expect(insertAtAuthorEnd('<html><body><p>Hi</p></body></html>', 'X', 'html')).toBe('<html><body><p>Hi</p>X</body></html>');
  });

  test('text inserted at the cursor and at the start keeps every character of the body', async () => {
    const mailbox = new SimulatedMailbox({ ...CLEAN, body: 'abc', cursor: 1 });
    await applyFix(mailbox.context, { kind: 'insertText', text: 'X', position: 'cursor' });
    await applyFix(mailbox.context, { kind: 'insertText', text: 'S', position: 'start' });
    expect(mailbox.message.body).toBe('SaXbc');
  });

  test('the encryption tag is added once to the subject as it is now', async () => {
    const mailbox = new SimulatedMailbox({ ...CLEAN, subject: 'RE: 入职信息' });
    await applyFix(mailbox.context, { kind: 'tagSubject', tag: '[加密]', style: 'encryption' });
    await applyFix(mailbox.context, { kind: 'tagSubject', tag: '[加密]', style: 'encryption' });
    expect(mailbox.message.subject).toBe('RE: [加密] 入职信息');
  });

  test('recipients to remove are matched by address when the field changed since the check', async () => {
    const mailbox = new SimulatedMailbox({ ...CLEAN, to: [to('a@contoso.com')], cc: [to('new@contoso.com'), to('b@contoso.com'), to('A@contoso.com')] });
    await applyFix(mailbox.context, { kind: 'removeRecipients', entries: [{ field: 'cc', index: 1, address: 'A@contoso.com' }] });
    expect(mailbox.message.cc.map((r) => r.emailAddress)).toEqual(['new@contoso.com', 'b@contoso.com']);
  });

  test('a sensitivity label named by display name is applied by its id', async () => {
    const mailbox = new SimulatedMailbox(CLEAN);
    await applyFix(mailbox.context, { kind: 'applySensitivityLabel', label: 'Confidential' });
    expect(mailbox.message.sensitivityLabel).toBe('label-confidential');
  });

  test('a client without sensitivity labels says so instead of failing silently', async () => {
    const mailbox = new SimulatedMailbox(CLEAN, { mailboxVersion: '1.12' });
    expect(await applyFix(mailbox.context, { kind: 'applySensitivityLabel', label: 'Confidential' })).toEqual({ applied: false, reason: 'sensitivity labels are not supported on this client' });
  });
});
