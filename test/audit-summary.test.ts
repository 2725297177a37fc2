/**
 * The audit's parts in process: the mbox splitter, the tallies the workers send (evidence,
 * masked examples, merging in any order), and the progress line on a terminal only.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parsePolicy } from '../src/engine';
import { tallyBatch, type AuditContext } from '../src/cli/audit/evaluate-item';
import type { AuditItem } from '../src/cli/audit/items';
import { MboxSplitter, type MboxMessage } from '../src/cli/audit/sources/mbox';
import { MAX_EXAMPLES } from '../src/cli/audit/summary';
import { addMessage, emptyTally, mergeTally, summarize } from '../src/cli/audit/tally';
import { main, type CliIo } from '../src/cli/main';
import { AUDIT_POLICY, RAW_NUMBERS, TEMPLATES } from './helpers/audit-mailbox';
import { makeTempDir, removeTempDir } from './helpers/cli';

function split(chunks: readonly string[], limit = 1 << 20): MboxMessage[] {
  const splitter = new MboxSplitter(limit);
  const messages = chunks.flatMap((chunk) => [...splitter.push(Buffer.from(chunk, 'latin1'))]);
  return [...messages, ...splitter.end()];
}

const MBOX = 'From a@x Thu Nov  5 09:00:00 2026\nSubject: one\n\n>From here\n>>From there\nFrom: no, a header-like body line\n\nFrom b@x Thu Nov  5 09:00:01 2026\r\nSubject: two\r\n\r\nbody\r\n';

test('mbox: split on From lines at any chunk boundary, one > taken off quoted From lines', () => {
  const whole = split([MBOX]);
  expect(whole.map((message) => ('bytes' in message ? message.bytes.toString('latin1') : null))).toEqual([
    'Subject: one\n\nFrom here\n>From there\nFrom: no, a header-like body line\n\n',
    'Subject: two\r\n\r\nbody\r\n',
  ]);
  for (let cut = 1; cut < MBOX.length; cut += 7) expect(split([MBOX.slice(0, cut), MBOX.slice(cut)])).toEqual(whole);
  expect(split([...MBOX])).toEqual(whole);
});

test('mbox: a message over the limit is reported by its size, never held', () => {
  const messages = split([MBOX], 30);
  expect(messages).toEqual([{ index: 1, tooLarge: 71 }, { index: 2, bytes: Buffer.from('Subject: two\r\n\r\nbody\r\n') }]);
});

const context: AuditContext = { policy: parsePolicy(AUDIT_POLICY).policy, locale: 'zh-CN', now: new Date('2026-11-05T09:00:00Z') };

function itemsOf(name: string, copies: number, firstSeq: number): AuditItem[] {
  const template = TEMPLATES.find((candidate) => candidate.name === name)!;
  return Array.from({ length: copies }, (_, i) => ({ kind: 'bytes', seq: firstSeq + i, source: `box#${firstSeq + i}`, bytes: Buffer.from(template.message(i)) }));
}

test('examples show subjects with ID, card and mobile numbers masked; evidence names terms, domains and file types', async () => {
  const items = [...itemsOf('sensitive', 7, 0), ...itemsOf('exe', 2, 7), ...itemsOf('vague', 2, 9)];
  const summary = summarize(await tallyBatch(items, context), 'v');
  const sensitive = summary.rules['sensitive-content']!;
  expect(sensitive.examples.map((example) => example.source)).toEqual(['box#0', 'box#1', 'box#2', 'box#3', 'box#4']);
  expect(sensitive.examples).toHaveLength(MAX_EXAMPLES);
  const shown = JSON.stringify(summary);
  for (const raw of RAW_NUMBERS) expect(shown).not.toContain(raw);
  // Sensitive content may stand in the subject in forms only its detectors know: the subject is withheld.
  expect(sensitive.examples[0]!.subject).toBe('（主题未显示：邮件含敏感信息）');
  expect(sensitive.evidence).toEqual({ 'term:身份证号': 7, 'term:银行卡号': 7 });
  expect(summary.rules['external-recipients']!.evidence).toEqual({ 'domain:gmail.com': 7 });
  expect(summary.rules['attachment-blocked-type']!.evidence).toEqual({ 'type:.exe': 2 });
  expect(summary.rules['subject-vague']!.evidence).toEqual({ 'term:通知': 2 });
});

test('tallies merged in any order give the summary of one tally over every message', async () => {
  const items = [...itemsOf('sensitive', 6, 0), ...itemsOf('vague-finance', 6, 6), ...itemsOf('clean', 6, 12)];
  const whole = summarize(await tallyBatch(items, context), 'v');
  const parts = await Promise.all([0, 5, 10, 15].map((start) => tallyBatch(items.slice(start, start + 5), context)));
  const merged = emptyTally();
  for (const part of parts.reverse()) mergeTally(merged, part);
  expect(summarize(merged, 'v')).toEqual(whole);
  expect(whole.scopes).toEqual({ finance: 6 });
  expect(whole.decisions).toEqual({ allow: 6, prompt: 6, block: 6 });
});

describe('the progress line', () => {
  let dir = '';
  beforeEach(() => {
    dir = makeTempDir('preflight-audit-progress-');
    for (let i = 0; i < 5; i++) fs.writeFileSync(path.join(dir, `${i}.eml`), TEMPLATES[0]!.message(i));
  });
  afterEach(() => removeTempDir(dir));

  function io(stderrIsTty: boolean): CliIo & { err: () => string } {
    let err = '';
    return { stdout: { write: () => true }, stderr: { write: (text: string) => (err += text) }, env: {}, stdoutIsTty: false, stderrIsTty, err: () => err };
  }

  test('is drawn on a terminal and cleared at the end', async () => {
    const terminal = io(true);
    expect(await main(['audit', dir, '--jobs', '1', '--locale', 'en-US'], terminal)).toBe(0);
    // eslint-disable-next-line no-control-regex -- the terminal's escape sequences are what is tested
    expect(terminal.err()).toMatch(/^\r\u001b\[K5 \/ 5 messages {2}[\d,]+\/s {2}ETA 0:00\r\u001b\[K$/u);
  });

  test('is not drawn when stderr is piped', async () => {
    const piped = io(false);
    expect(await main(['audit', dir, '--jobs', '1', '--locale', 'en-US'], piped)).toBe(0);
    expect(piped.err()).toBe('');
  });
});

test('a rule that reports at two severities in one message counts that message once', () => {
  const finding = (severity: 'warning' | 'block') => ({ rule: 'sensitive-content' as const, severity, messageId: 'm', data: {}, message: 'm', clause: '', fixes: [] });
  const tally = emptyTally();
  const evaluation = { decision: 'block' as const, findings: [finding('block'), finding('warning'), finding('warning')] };
  addMessage(tally, { seq: 0, source: 'a.eml', subject: 's', evaluation, evidence: new Map(), scopes: [] });
  addMessage(tally, { seq: 1, source: 'b.eml', subject: 's', evaluation: { decision: 'prompt', findings: [finding('warning')] }, evidence: new Map(), scopes: [] });
  const rule = summarize(tally, 'p').rules['sensitive-content'];
  expect(rule?.messages).toBe(2);
  expect(rule?.counts).toEqual({ block: 1, warning: 2, info: 0 });
});

test('an example subject hides a clear password, and masks a lone mobile number of a message that is not sensitive', async () => {
  const message = (subject: string, body: string, to = 'b@contoso.com') =>
    Buffer.from(`From: a@contoso.com\r\nTo: ${to}\r\nSubject: ${subject}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${body}\r\n`);
  const items: AuditItem[] = [
    { kind: 'bytes', seq: 0, source: 'box#0', bytes: message('VPN password: Hunter2Secret! 请于周五前确认', '见附件') },
    { kind: 'bytes', seq: 1, source: 'box#1', bytes: message('报价单 13800138000', '王经理您好：\n报价见正文，请于周五前回复。\n谢谢！', 'wang@gmail.com') },
  ];
  const summary = summarize(await tallyBatch(items, context), 'v');
  expect(JSON.stringify(summary)).not.toContain('Hunter2Secret');
  expect(summary.rules['sensitive-content']!.examples[0]!.subject).toBe('（主题未显示：邮件含敏感信息）');
  expect(summary.rules['attachment-forgotten']!.examples[0]!.subject).toBe('（主题未显示：邮件含敏感信息）');
  expect(summary.rules['external-recipients']!.examples[0]!.subject).toBe('报价单 138****8000');
});
