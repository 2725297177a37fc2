/**
 * The task pane reads its draft's attachments (getAttachmentContentAsync, base64), puts their text
 * into the draft it evaluates, and leaves Send the cache in sessionData.
 */
import fs from 'node:fs';
import path from 'node:path';
import { NUDGE_CHECK, PANE_CHECK, runCheck, type CheckResult } from '../../src/office/run-check';
import { cachedAttachments } from '../../src/office/attachment-cache';
import { SESSION_KEYS } from '../../src/office/session';
import type { SimulatedAttachment } from '../../src/playground/simulated-mailbox';
import { cacheUnscannedAttachments, newScanMemo, withAttachmentText } from '../../src/taskpane/attachment-scan';
import { CLEAN, setup } from '../office/helpers';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'attachments');
const base64 = (name: string) => fs.readFileSync(path.join(FIXTURES, name)).toString('base64');
const PAYROLL: SimulatedAttachment = { id: 'AAMkADg1-payroll', name: '员工名单.xlsx', size: 5038, isInline: false, attachmentType: 'file', content: base64('工资表.xlsx') };
const CLOUD: SimulatedAttachment = { id: 'cloud-1', name: '年度报告.docx', size: 0, isInline: false, attachmentType: 'cloud' };
const MESSAGE = { ...CLEAN, body: '李经理：\n\n员工名单见附件，请于11月30日前确认。\n\n谢谢！\n张三', attachments: [PAYROLL] };

async function paneCheck(mailbox: ReturnType<typeof setup>['mailbox'], env: ReturnType<typeof setup>['env'], memo = newScanMemo()) {
  const plain = await runCheck(env, PANE_CHECK, { locale: 'en-US' });
  if (!plain.ok) throw new Error(plain.reason);
  return withAttachmentText(mailbox.context.mailbox.item!, plain as CheckResult, memo);
}

const sensitive = (checked: CheckResult) => checked.evaluation.findings.find((f) => f.rule === 'sensitive-content');

describe('the pane reads attachment contents', () => {
  test('an ID number in a spreadsheet is a finding about the attachment’s contents, masked', async () => {
    const { mailbox, env } = setup(MESSAGE, {}, {}, false);
    const { checked, attachments } = await paneCheck(mailbox, env);
    expect(sensitive(checked)?.data).toMatchObject({ locationIds: 'attachment:员工名单.xlsx' });
    expect(sensitive(checked)?.message).toContain('contents of attachment "员工名单.xlsx"');
    expect(sensitive(checked)?.message).not.toContain('11010519491231002X');
    expect(checked.read.unscanned).toBe(0);
    expect(attachments).toEqual({ unscanned: [], cloud: [] });
  });

  test('leaves Send a cache that holds what the finding needs', async () => {
    const { mailbox, env } = setup(MESSAGE, {}, {}, false);
    await paneCheck(mailbox, env);
    const cached = cachedAttachments(mailbox.sessionData.get(SESSION_KEYS.attachments), [PAYROLL]);
    expect(cached.unscanned).toBe(0);
    expect(cached.texts[0]).toContain('11010519491231002X');
  });

  test('reads each attachment once, and again when its size changes', async () => {
    const { mailbox, env } = setup(MESSAGE, {}, {}, false);
    const memo = newScanMemo();
    await paneCheck(mailbox, env, memo);
    await paneCheck(mailbox, env, memo);
    expect(mailbox.calls.filter((call) => call === 'getAttachmentContentAsync')).toHaveLength(1);
    mailbox.message.attachments = [{ ...PAYROLL, size: 6000, content: base64('汇报.pptx') }];
    await paneCheck(mailbox, env, memo);
    expect(mailbox.calls.filter((call) => call === 'getAttachmentContentAsync')).toHaveLength(2);
  });

  test('an attachment that could not be read is named as not scanned, never clean, and Send counts it', async () => {
    const { mailbox, env } = setup(MESSAGE, { behaviour: { getAttachmentContentAsync: 'fail' } }, {}, false);
    const { checked, attachments } = await paneCheck(mailbox, env);
    expect(sensitive(checked)).toBeUndefined();
    expect(attachments?.unscanned).toEqual(['员工名单.xlsx']);
    expect(checked.read.unscanned).toBe(1);
    expect(cachedAttachments(mailbox.sessionData.get(SESSION_KEYS.attachments), [PAYROLL]).unscanned).toBe(1);
  });

  test('a damaged file is not scanned either', async () => {
    const { mailbox, env } = setup({ ...MESSAGE, attachments: [{ ...PAYROLL, content: base64('工资表.xlsx').slice(0, 2000) }] }, {}, {}, false);
    expect((await paneCheck(mailbox, env)).attachments?.unscanned).toEqual(['员工名单.xlsx']);
  });

  test('cloud attachments are named as not scanned', async () => {
    const { mailbox, env } = setup({ ...MESSAGE, attachments: [PAYROLL, CLOUD] }, {}, {}, false);
    const { checked, attachments } = await paneCheck(mailbox, env);
    expect(attachments).toEqual({ unscanned: [], cloud: ['年度报告.docx'] });
    expect(sensitive(checked)).toBeDefined();
    expect(mailbox.calls.filter((call) => call === 'getAttachmentContentAsync')).toHaveLength(1);
  });

  test('a client that cannot list attachments leaves the check as it was', async () => {
    const { mailbox, env } = setup(MESSAGE, { mailboxVersion: '1.7' }, {}, false);
    const plain = await runCheck(env, PANE_CHECK, { locale: 'en-US' });
    const result = await withAttachmentText(mailbox.context.mailbox.item!, plain as CheckResult, newScanMemo());
    expect(result.attachments).toBeNull();
    expect(result.checked).toBe(plain);
  });
});

/** A compose event in the handlers' page: its own check, then the reader (src/taskpane/compose-scan.ts). */
async function composeEvent(mailbox: ReturnType<typeof setup>['mailbox'], env: ReturnType<typeof setup>['env'], memo = newScanMemo()) {
  const check = await runCheck(env, NUDGE_CHECK);
  if (!check.ok) throw new Error(check.reason);
  await cacheUnscannedAttachments(mailbox.context.mailbox.item!, check as CheckResult, memo);
}

const REPORT: SimulatedAttachment = { id: 'AAMkADg1-report', name: '汇报.pptx', size: 31000, isInline: false, attachmentType: 'file', content: base64('汇报.pptx') };
const contentReads = (mailbox: ReturnType<typeof setup>['mailbox']) => mailbox.calls.filter((call) => call === 'getAttachmentContentAsync').length;
const cacheFor = (mailbox: ReturnType<typeof setup>['mailbox'], files: readonly SimulatedAttachment[]) => cachedAttachments(mailbox.sessionData.get(SESSION_KEYS.attachments), files);

describe('the compose events of the handlers’ page read what Send lacks, and keep what the pane read', () => {
  test('with the pane never opened, the event reads the workbook and Send has its ID numbers', async () => {
    const { mailbox, env } = setup(MESSAGE, {}, {}, false);
    await composeEvent(mailbox, env);
    expect(contentReads(mailbox)).toBe(1);
    expect(cacheFor(mailbox, [PAYROLL]).unscanned).toBe(0);
    expect(cacheFor(mailbox, [PAYROLL]).texts[0]).toContain('11010519491231002X');
  });

  test('only the file the pane has not read is read, and the pane’s entry stays', async () => {
    const { mailbox, env } = setup(MESSAGE, {}, {}, false);
    await paneCheck(mailbox, env);
    mailbox.message.attachments = [PAYROLL, REPORT];
    await composeEvent(mailbox, env);
    expect(contentReads(mailbox)).toBe(2);
    const cached = cacheFor(mailbox, [PAYROLL, REPORT]);
    expect(cached.unscanned).toBe(0);
    expect(cached.texts[0]).toContain('11010519491231002X');
  });

  test('nothing Send lacks: no attachment is read and nothing is written', async () => {
    const { mailbox, env } = setup(MESSAGE, {}, {}, false);
    await paneCheck(mailbox, env);
    const written = mailbox.calls.filter((call) => call === 'sessionData.setAsync').length;
    await composeEvent(mailbox, env);
    expect(contentReads(mailbox)).toBe(1);
    expect(mailbox.calls.filter((call) => call === 'sessionData.setAsync').length).toBe(written);
  });

  test('a pane that cannot read a file keeps the entry the page wrote for it', async () => {
    const { mailbox, env } = setup({ ...MESSAGE, attachments: [PAYROLL, REPORT] }, {}, {}, false);
    await composeEvent(mailbox, env);
    mailbox.message.attachments = [PAYROLL, REPORT, { ...REPORT, id: 'AAMkADg1-notes', name: '纪要.csv', size: 40, content: Buffer.from('会议纪要').toString('base64') }];
    (mailbox as unknown as { options: { behaviour: Record<string, string> } }).options.behaviour.getAttachmentContentAsync = 'fail';
    const { checked } = await paneCheck(mailbox, env);
    expect(checked.read.unscanned).toBe(1);
    const cached = cacheFor(mailbox, mailbox.message.attachments);
    expect(cached.texts[0]).toContain('11010519491231002X');
    expect(cached.unscanned).toBe(1);
  });
});
