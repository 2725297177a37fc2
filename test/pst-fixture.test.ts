/**
 * The audit's PST fixture: the tool regenerates it byte for byte, pst-extractor reads exactly the
 * messages its manifest lists, and its blocks and pages carry the CRCs and signatures [MS-PST]
 * asks for (which neither pst-extractor nor readpst checks).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PSTFile, PSTMessage, type PSTFolder } from 'pst-extractor';
import { readPstManifest, type ManifestAddress as Address, type ManifestMessage } from './helpers/pst-manifest';

const FIXTURES = path.join(__dirname, 'fixtures', 'audit');
const TOOL = path.join(__dirname, '..', 'scripts', 'make-pst-fixture.js');
const pst = fs.readFileSync(path.join(FIXTURES, 'small.pst'));

const manifest = readPstManifest();

interface ReadMessage { readonly folder: string; readonly message: PSTMessage }

function readAll(file: PSTFile): { folders: { path: string; messages: number }[]; messages: ReadMessage[] } {
  const folders: { path: string; messages: number }[] = [];
  const messages: ReadMessage[] = [];
  const visit = (folder: PSTFolder, at: string): void => {
    if (at !== '') folders.push({ path: at, messages: folder.contentCount });
    for (let child = folder.getNextChild(); child !== null; child = folder.getNextChild()) {
      if (!(child instanceof PSTMessage)) throw new Error(`${at}: not a message`);
      messages.push({ folder: at, message: child });
    }
    if (folder.hasSubfolders) for (const sub of folder.getSubFolders()) visit(sub, at === '' ? sub.displayName : `${at}/${sub.displayName}`);
  };
  visit(file.getRootFolder(), '');
  return { folders, messages };
}

function recipients(message: PSTMessage, type: number): Address[] {
  const found: Address[] = [];
  for (let i = 0; i < message.numberOfRecipients; i++) {
    const recipient = message.getRecipient(i);
    if (recipient === null) throw new Error(`recipient ${i} missing`);
    expect(recipient.emailAddress).toBe(recipient.smtpAddress);
    if (recipient.recipientType === type) found.push({ name: recipient.displayName, address: recipient.smtpAddress });
  }
  return found;
}

function asManifest({ folder, message }: ReadMessage): Omit<ManifestMessage, 'exercises'> {
  const attachments = [];
  for (let i = 0; i < message.numberOfAttachments; i++) {
    const attachment = message.getAttachment(i);
    expect(attachment.size).toBe(attachment.filesize);
    attachments.push({ name: attachment.longFilename, shortName: attachment.filename, size: attachment.filesize });
  }
  expect(message.sentRepresentingEmailAddress).toBe(message.senderEmailAddress);
  return {
    folder,
    subject: message.subject,
    from: { name: message.senderName, address: message.senderEmailAddress },
    to: recipients(message, 1),
    cc: recipients(message, 2),
    bcc: recipients(message, 3),
    sent: message.clientSubmitTime?.toISOString() ?? '',
    messageId: message.internetMessageId,
    body: message.body,
    attachments,
  };
}

describe('test/fixtures/audit/small.pst', () => {
  it('is what scripts/make-pst-fixture.js writes, byte for byte, and stays small', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'pst-fixture-'));
    try {
      execFileSync(process.execPath, [TOOL, out], { stdio: 'pipe' });
      expect(fs.readFileSync(path.join(out, 'small.pst')).equals(pst)).toBe(true);
      expect(fs.readFileSync(path.join(out, 'small.pst.json'), 'utf8')).toBe(fs.readFileSync(path.join(FIXTURES, 'small.pst.json'), 'utf8'));
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
    expect(pst.length).toBeLessThan(200 * 1024);
  });

  it('reads with pst-extractor as exactly the folders and messages of its manifest', () => {
    const file = new PSTFile(pst);
    const read = readAll(file);
    expect(read.folders).toEqual(manifest.folders);
    expect(read.messages.map(asManifest)).toEqual(manifest.messages.map(({ exercises: _exercises, ...message }: ManifestMessage & { exercises?: string }) => message));
    expect(manifest.messages.length).toBeGreaterThanOrEqual(12);
  });

  it('holds the cases the audit tests need: CJK and English, internal and external, an attachment, an empty subject', () => {
    const all = manifest.messages;
    expect(all.some((m) => m.body.includes('11010519491231002X') && m.to.some((r) => !r.address.endsWith('@contoso.com')))).toBe(true);
    expect(all.some((m) => m.subject === '')).toBe(true);
    expect(all.some((m) => m.body.includes('见附件') && m.attachments.length === 0)).toBe(true);
    expect(all.some((m) => m.attachments.some((attachment) => attachment.size > 8176))).toBe(true);
    expect(all.some((m) => /[們會議週]/u.test(m.subject + m.body))).toBe(true);
    expect(all.some((m) => m.bcc.length > 0)).toBe(true);
  });

  it('carries the header, page and block CRCs and signatures of MS-PST', () => {
    expect(pst.subarray(0, 4).toString('latin1')).toBe('!BDN');
    expect(pst.readUInt16LE(10)).toBe(23);
    expect(pst.readUInt32LE(4)).toBe(crc(pst.subarray(8, 8 + 471)));
    expect(pst.readUInt32LE(524)).toBe(crc(pst.subarray(8, 8 + 516)));
    expect(Number(pst.readBigUInt64LE(184))).toBe(pst.length);
    const blocks = walkPages(Number(pst.readBigUInt64LE(240)), 0x80);
    const nodes = walkPages(Number(pst.readBigUInt64LE(224)), 0x81);
    expect(nodes).toBeGreaterThan(15); // more than one leaf: the node B-tree has an intermediate level
    expect(blocks).toBeGreaterThan(20);
  });
});

/** [MS-PST] 5.3: CRC-32 started at 0, not inverted. Written here again so the check is independent. */
function crc(bytes: Buffer): number {
  let value = 0;
  for (const byte of bytes) {
    value ^= byte;
    for (let k = 0; k < 8; k++) value = value & 1 ? (0xedb88320 ^ (value >>> 1)) >>> 0 : value >>> 1;
  }
  return value >>> 0;
}

function signature(ib: number, bid: number): number {
  const value = (ib ^ bid) >>> 0;
  return ((value >>> 16) ^ (value & 0xffff)) & 0xffff;
}

/** Checks a B-tree page and everything below it; for the block B-tree, every block's trailer. Returns the leaf entry count. */
function walkPages(ib: number, ptype: number): number {
  const page = pst.subarray(ib, ib + 512);
  const bid = Number(page.readBigUInt64LE(504));
  expect([page.readUInt8(496), page.readUInt8(497)]).toEqual([ptype, ptype]);
  expect(page.readUInt16LE(498)).toBe(signature(ib, bid));
  expect(page.readUInt32LE(500)).toBe(crc(page.subarray(0, 496)));
  const [count, size, level] = [page.readUInt8(488), page.readUInt8(490), page.readUInt8(491)];
  let leaves = 0;
  for (let i = 0; i < count; i++) {
    const at = i * size;
    if (level > 0) leaves += walkPages(Number(page.readBigUInt64LE(at + 16)), ptype);
    else {
      leaves += 1;
      if (ptype === 0x80) checkBlock(Number(page.readBigUInt64LE(at)), Number(page.readBigUInt64LE(at + 8)), page.readUInt16LE(at + 16));
    }
  }
  return leaves;
}

function checkBlock(bid: number, ib: number, cb: number): void {
  expect(ib % 64).toBe(0);
  const trailer = ib + Math.ceil((cb + 16) / 64) * 64 - 16;
  expect(pst.readUInt16LE(trailer)).toBe(cb);
  expect(pst.readUInt16LE(trailer + 2)).toBe(signature(ib, bid));
  expect(pst.readUInt32LE(trailer + 4)).toBe(crc(pst.subarray(ib, ib + cb)));
  expect(Number(pst.readBigUInt64LE(trailer + 8))).toBe(bid);
  const slot = (ib - 0x4400) / 64;
  expect(pst.readUInt8(0x4400 + (slot >> 3)) & (0x80 >> (slot & 7))).not.toBe(0); // the AMap marks it in use
}
