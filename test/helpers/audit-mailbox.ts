/**
 * A generated mailbox for the audit tests: messages from a few templates whose findings under
 * `AUDIT_POLICY` are known, repeated a known number of times, with broken files among them;
 * written as a folder tree of `.eml` files or as one mbox file.
 */
import fs from 'node:fs';
import path from 'node:path';

/** Contoso is internal; finance's scope makes a vague subject block. */
export const AUDIT_POLICY = {
  version: 'audit-test-1',
  internalDomains: ['contoso.com'],
  scopes: [{ name: 'finance', senders: ['*@finance.contoso.com'], rules: { 'subject-vague': { severity: 'block' } } }],
};

type Severity = 'warning' | 'block' | 'info';

export interface Template {
  readonly name: string;
  /** How many copies the mailbox holds. */
  readonly copies: number;
  readonly decision: 'allow' | 'prompt' | 'block';
  /** What fires in each copy, once per message. */
  readonly fires: Readonly<Record<string, Severity>>;
  readonly scopes?: readonly string[];
  readonly message: (index: number) => string;
}

const LETTER = (middle: string): string =>
  ['王经理：', '', `您好！下周二上午十点在三楼会议室讨论第三季度预算，${middle}并于周一下班前回复是否参加。`, '', '此致', '敬礼', '', '李明', '财务部'].join('\n');

function mail(index: number, { from = 'li.ming@contoso.com', to = 'wang@contoso.com', subject, body }: { from?: string; to?: string; subject: string; body: string }): string {
  return [
    `From: ${from}`,
    `To: ${to}`,
    `Subject: =?UTF-8?B?${Buffer.from(subject, 'utf8').toString('base64')}?=`,
    `Message-ID: <m${index}@contoso.com>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
    '',
    body,
    '',
  ].join('\r\n');
}

function withAttachment(index: number, subject: string, body: string, name: string): string {
  const head = mail(index, { subject, body: '' }).replace('Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n\r\n', '');
  return [
    `${head}Content-Type: multipart/mixed; boundary=b`,
    '',
    '--b',
    'Content-Type: text/plain; charset=utf-8',
    '',
    body,
    '--b',
    `Content-Type: application/octet-stream; name="${name}"`,
    `Content-Disposition: attachment; filename="${name}"`,
    'Content-Transfer-Encoding: base64',
    '',
    'QUFBQQ==',
    '--b--',
    '',
  ].join('\r\n');
}

/** The raw phone, card and ID numbers the sensitive template's subject holds: never in any output. */
export const RAW_NUMBERS = ['13812345678', '6222021234567890128', '11010519491231002X'];

export const TEMPLATES: readonly Template[] = [
  { name: 'clean', copies: 1200, decision: 'allow', fires: {}, message: (i) => mail(i, { subject: '第三季度预算审批会议安排（下周二上午十点）', body: LETTER('请提前准备材料') }) },
  { name: 'vague', copies: 400, decision: 'prompt', fires: { 'subject-vague': 'warning' }, message: (i) => mail(i, { subject: '通知', body: LETTER('请提前准备材料') }) },
  {
    name: 'vague-finance',
    copies: 150,
    decision: 'block',
    fires: { 'subject-vague': 'block' },
    scopes: ['finance'],
    message: (i) => mail(i, { from: 'zhao@finance.contoso.com', subject: '通知', body: LETTER('请提前准备材料') }),
  },
  {
    name: 'forgot',
    copies: 300,
    decision: 'prompt',
    fires: { 'attachment-forgotten': 'warning' },
    // A body line that starts with "From ": the mbox writer quotes it, the reader must unquote it.
    message: (i) => mail(i, { subject: '第三季度采购合同请审阅（周五前回复）', body: `${LETTER('附件是采购合同，请查收')}\nFrom 下周起会议改在三楼。` }),
  },
  {
    name: 'sensitive',
    copies: 350,
    decision: 'prompt',
    fires: { 'sensitive-content': 'warning', 'external-recipients': 'info' },
    message: (i) => mail(i, { to: 'someone@gmail.com', subject: `客户 ${RAW_NUMBERS[0]} 卡 ${RAW_NUMBERS[1]} 证 ${RAW_NUMBERS[2]}`, body: LETTER('客户身份证号 11010519491231002X，请核对') }),
  },
  {
    name: 'secret',
    copies: 100,
    decision: 'block',
    fires: { 'sensitive-content': 'block', 'external-recipients': 'info' },
    message: (i) => mail(i, { to: 'partner@fabrikam.com', subject: '【机密】第三季度预算草案（周五前回复）', body: LETTER('本文件属机密，请勿外传') }),
  },
  { name: 'exe', copies: 250, decision: 'prompt', fires: { 'attachment-blocked-type': 'warning' }, message: (i) => withAttachment(i, '第三季度发票请核对（周五前回复）', LETTER('附件是发票，请查收'), 'invoice.exe') },
];

/** Inputs no reader can make a message of: an empty one, a binary one, text without a header. */
export const BROKEN: readonly { readonly name: string; readonly copies: number; readonly bytes: Buffer }[] = [
  { name: 'empty', copies: 50, bytes: Buffer.from('\r\n\r\n') },
  { name: 'binary', copies: 50, bytes: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0xff, 0xfe, 0x0a]) },
  { name: 'no-header', copies: 50, bytes: Buffer.from('just some words, no header at all\r\n') },
];

export interface Expected {
  readonly messages: number;
  readonly unreadable: number;
  readonly decisions: Record<'allow' | 'prompt' | 'block', number>;
  readonly rules: Record<string, Record<Severity, number>>;
  readonly scopes: Record<string, number>;
}

/** The summary the mailbox must give, added up from the templates. */
export function expectedSummary(): Expected {
  const decisions = { allow: 0, prompt: 0, block: 0 };
  const rules: Record<string, Record<Severity, number>> = {};
  const scopes: Record<string, number> = {};
  for (const template of TEMPLATES) {
    decisions[template.decision] += template.copies;
    for (const [rule, severity] of Object.entries(template.fires)) {
      rules[rule] ??= { warning: 0, block: 0, info: 0 };
      rules[rule][severity] += template.copies;
    }
    for (const scope of template.scopes ?? []) scopes[scope] = (scopes[scope] ?? 0) + template.copies;
  }
  const messages = TEMPLATES.reduce((sum, template) => sum + template.copies, 0);
  return { messages, unreadable: BROKEN.reduce((sum, broken) => sum + broken.copies, 0), decisions, rules, scopes };
}

/** Every message of the mailbox, interleaved (template i, j-th copy), as raw bytes. */
export function* mailboxMessages(): Generator<{ readonly name: string; readonly bytes: Buffer }> {
  const kinds = [...TEMPLATES.map((t) => ({ name: t.name, copies: t.copies, make: (i: number) => Buffer.from(t.message(i), 'utf8') })), ...BROKEN.map((b) => ({ name: b.name, copies: b.copies, make: () => b.bytes }))];
  const most = Math.max(...kinds.map((kind) => kind.copies));
  let index = 0;
  for (let copy = 0; copy < most; copy++) {
    for (const kind of kinds) if (copy < kind.copies) yield { name: `${kind.name}-${String(copy).padStart(4, '0')}`, bytes: kind.make(index++) };
  }
}

/**
 * The mailbox as a folder tree (three levels, files spread over them), plus files the audit must
 * pass over: a hidden `.eml`, a `.txt`, a `.json` draft.
 */
export function writeMailboxFolder(dir: string): void {
  let n = 0;
  for (const message of mailboxMessages()) {
    const sub = ['', 'inbox', path.join('archive', '2026')][n++ % 3]!;
    fs.mkdirSync(path.join(dir, sub), { recursive: true });
    fs.writeFileSync(path.join(dir, sub, `${message.name}.eml`), message.bytes);
  }
  fs.writeFileSync(path.join(dir, '.hidden.eml'), TEMPLATES[1]!.message(0));
  fs.writeFileSync(path.join(dir, 'notes.txt'), 'not mail');
  fs.writeFileSync(path.join(dir, 'inbox', 'draft.json'), JSON.stringify({ subject: '通知', to: ['a@gmail.com'] }));
}

/** The same messages as one mboxrd file: `From ` lines between them, body `From ` lines quoted. */
export function writeMailboxMbox(file: string): void {
  const out = fs.openSync(file, 'w');
  try {
    for (const message of mailboxMessages()) {
      const quoted = message.bytes.toString('latin1').replace(/^(>*From )/gmu, '>$1');
      fs.writeSync(out, Buffer.from(`From MAILER-DAEMON Thu Nov  5 09:00:00 2026\n${quoted}\n`, 'latin1'));
    }
  } finally {
    fs.closeSync(out);
  }
}
