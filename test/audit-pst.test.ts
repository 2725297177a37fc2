/**
 * The `.pst` input of `preflight audit`: the committed fixture (made by scripts/make-pst-fixture.js)
 * read with pst-extractor, every message mapped to the draft its manifest describes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { openPst, pstItems } from '../src/cli/audit/sources/pst';
import { pstMessageToDraft } from '../src/cli/audit/sources/pst-draft';
import type { PSTMessage } from 'pst-extractor';
import { makeTempDir, memoryIo as io, removeTempDir } from './helpers/cli';
import { PST_FIXTURE, readPstManifest, type ManifestAddress } from './helpers/pst-manifest';
import { main } from '../src/cli/main';

const PST = PST_FIXTURE;

const manifest = readPstManifest();
// eslint-disable-next-line @typescript-eslint/no-require-imports
const mailbox = require('../scripts/make-pst-fixture/mailbox') as { folders: { messages: { attachments?: { content: Buffer }[] }[] }[] };


test('every message of the PST fixture, in folder order, with its sender, recipients, body and attachments', () => {
  const file = openPst(PST);
  const drafts = [...pstItems(file)].map((item) => {
    if (!('draft' in item)) throw new Error(`not read: ${JSON.stringify(item)}`);
    return { folder: item.location.replace(/\/\d+$/u, '').replace(/^\//u, ''), ...item.draft };
  });
  file.close();
  const recipients = (list: readonly ManifestAddress[]) => list.map(({ address, name }) => ({ address, name }));
  expect(drafts.map((draft) => ({ folder: draft.folder, subject: draft.subject, from: draft.from, to: draft.to, cc: draft.cc, bcc: draft.bcc, body: draft.body }))).toEqual(
    manifest.messages.map((message) => ({
      folder: message.folder,
      subject: message.subject,
      from: message.from.address,
      to: recipients(message.to),
      cc: recipients(message.cc),
      bcc: recipients(message.bcc),
      body: message.body.replace(/\r\n/gu, '\n'),
    })),
  );
  expect(drafts.map((draft) => draft.attachments.map(({ bytes: _bytes, ...attachment }) => attachment))).toEqual(manifest.messages.map((message) => message.attachments.map(({ name, size }) => ({ name, size, inline: false }))));
});

test('a file attachment of a kind whose text is read carries its bytes as the PST holds them', () => {
  const file = openPst(PST);
  const attached = [...pstItems(file)].flatMap((item) => ('draft' in item ? item.draft.attachments : []));
  file.close();
  const written = mailbox.folders.flatMap((folder) => folder.messages.flatMap((message) => message.attachments ?? []));
  expect(attached.map((attachment) => Buffer.from(attachment.bytes!).toString('utf8'))).toEqual(written.map((attachment) => attachment.content.toString('utf8')));
  expect(attached[0]!.bytes!.byteLength).toBeGreaterThan(9000);
});

test('the audit reads a PST attachment’s text: a keyword only in the attached CSV is counted', async () => {
  const dir = makeTempDir('preflight-pst-contents-');
  try {
    const policy = path.join(dir, 'policy.json');
    const audit = async (keywords: string[]) => {
      fs.writeFileSync(policy, JSON.stringify({ version: 'pst-contents', rules: { 'sensitive-content': { keywords: { replace: keywords } } } }));
      const run = io();
      expect(await main(['audit', PST, '--policy', policy, '--jobs', '1', '--format', 'json'], run)).toBe(0);
      return (JSON.parse(run.out()) as { rules: Record<string, { warning: number; block: number }> }).rules['sensitive-content']!;
    };
    // 软件许可 is a cell of the budget CSV and in no subject or body of the PST.
    expect(manifest.messages.some((message) => `${message.subject}${message.body}`.includes('软件许可'))).toBe(false);
    const without = await audit(['不在任何邮件里的词']);
    const withKeyword = await audit(['软件许可']);
    expect(withKeyword.warning + withKeyword.block).toBe(without.warning + without.block + 1);
  } finally {
    removeTempDir(dir);
  }
});

test('a reply stored with its RE: prefix and the quoted mail it answers is a reply; the rest are new mail', () => {
  const file = openPst(PST);
  const types = [...pstItems(file)].flatMap((item) => ('draft' in item ? [[item.draft.subject, item.draft.composeType]] : []));
  file.close();
  expect(types.filter(([, type]) => type !== 'newMail')).toEqual(expect.arrayContaining([['RE: 供应商报价', 'reply']]));
});

describe('a PST file that cannot be read', () => {

  test('as the only PATH: exit 2, told without quoting the file’s bytes (which may be mail)', async () => {
    const dir = makeTempDir('preflight-bad-pst-');
    try {
      const bad = path.join(dir, 'export.pst');
      fs.writeFileSync(bad, `not a pst at all: 身份证 11010519491231002X ${'x'.repeat(600)}`);
      const run = io();
      expect(await main(['audit', bad, '--jobs', '1', '--format', 'json', '--locale', 'en-US'], run)).toBe(2);
      expect(run.err()).toContain('not a readable PST file');
      expect(run.err() + run.out()).not.toMatch(/11010519491231002X|not a pst at all/u);
    } finally {
      removeTempDir(dir);
    }
  });

  test('beside a readable one: listed as unreadable, the other still audited, exit 0', async () => {
    const dir = makeTempDir('preflight-bad-pst-');
    try {
      const bad = path.join(dir, 'broken.pst');
      fs.writeFileSync(bad, 'garbage');
      const run = io();
      expect(await main(['audit', bad, PST, '--jobs', '1', '--format', 'json'], run)).toBe(0);
      const summary = JSON.parse(run.out()) as { messages: number; unreadable: number; unreadableMessages: { source: string; reason: string }[] };
      expect(summary.messages).toBe(manifest.messages.length);
      expect(summary.unreadable).toBe(1);
      expect(summary.unreadableMessages[0]?.source).toBe(bad);
      expect(summary.unreadableMessages[0]?.reason).not.toContain('garbage');
    } finally {
      removeTempDir(dir);
    }
  });
});

test('an Exchange sender named by X.500 DN is read by the SMTP address the PST keeps beside it', () => {
  const x500 = '/O=CONTOSO/OU=EXCHANGE ADMINISTRATIVE GROUP/CN=RECIPIENTS/CN=ALICE';
  const smtp: Record<number, string> = { 0x5d01: 'alice@contoso.com' };
  const exchangeMail = {
    subject: '第三季度预算',
    body: '各位好，预算表请于周五前确认。',
    bodyHTML: '',
    senderEmailAddress: x500,
    sentRepresentingEmailAddress: x500,
    numberOfRecipients: 0,
    numberOfAttachments: 0,
    inReplyToId: '',
    getStringItem: (tag: number) => smtp[tag] ?? '',
  } as unknown as PSTMessage;
  expect(pstMessageToDraft(exchangeMail).from).toBe('alice@contoso.com');
  const noSmtp = { ...exchangeMail, getStringItem: () => '' } as unknown as PSTMessage;
  expect(pstMessageToDraft(noSmtp).from).toBe('');
});
