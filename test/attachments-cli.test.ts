/**
 * Attachment contents through the built CLI (RULES.md «Attachment contents»): `preflight check`
 * on a JSON draft with base64 `content` and on an `.eml` with attached files, and `preflight audit`
 * over messages whose attachments hold IDs, one of them large. PDF.js runs only here: jest cannot
 * import its ES module, the built CLI can.
 */
import fs from 'node:fs';
import path from 'node:path';
import { FIXTURES, jsonLines, runCli, withBuiltCliAndTempDir, writeFile, type JsonFinding, type JsonLine } from './helpers/cli';

const ATTACHMENTS = path.join(FIXTURES, 'attachments');
const bytesOf = (name: string): Buffer => fs.readFileSync(path.join(ATTACHMENTS, name));
const attachment = (name: string, as = name) => ({ name: as, size: bytesOf(name).length, content: bytesOf(name).toString('base64') });

let dir = '';
withBuiltCliAndTempDir((created) => {
  dir = created;
});

function draft(attachments: unknown[], to = 'erika.mustermann@fabrikam.com') {
  return { subject: '资料', body: 'Dear Erika,\n\nThe files are attached.\n\nBest regards,\nZhang San', from: 'zhang.san@contoso.com', to: [to], attachments };
}

function sensitiveOf(line: JsonLine | undefined): JsonFinding | undefined {
  return line && 'findings' in line ? line.findings.find((finding) => finding.rule === 'sensitive-content') : undefined;
}

/** A message with each file as a base64 part, names in RFC 2231 UTF-8. */
function eml(files: readonly { name: string; bytes: Buffer }[], to = 'li.si@contoso.com'): string {
  const parts = files.map(({ name, bytes }) =>
    [
      '--b1',
      'Content-Type: application/octet-stream',
      'Content-Transfer-Encoding: base64',
      `Content-Disposition: attachment; filename*=UTF-8''${encodeURIComponent(name)}`,
      '',
      bytes.toString('base64').replace(/.{76}/gu, '$&\r\n'),
    ].join('\r\n'),
  );
  return [
    'From: zhang.san@contoso.com',
    `To: ${to}`,
    'Subject: =?UTF-8?B?' + Buffer.from('十一月资料').toString('base64') + '?=',
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="b1"',
    '',
    '--b1',
    'Content-Type: text/plain; charset=utf-8',
    '',
    '李四：\r\n\r\n资料见附件，请于11月30日前确认。\r\n\r\n谢谢\r\n张三',
    ...parts,
    '--b1--',
    '',
  ].join('\r\n');
}

test('check: a JSON draft’s base64 content is read, PDF and slides alike; the marking inside blocks towards an external recipient', async () => {
  const file = writeFile(dir, 'draft.json', draft([attachment('客户资料.pdf', 'scan-0001.pdf'), attachment('汇报.pptx', 'slides.pptx')]));
  const run = await runCli(['check', file, '--format', 'json', '--locale', 'zh-CN']);
  expect(run.code).toBe(1);
  const finding = sensitiveOf(jsonLines(run.stdout)[0]);
  expect(finding).toMatchObject({ severity: 'block', messageId: 'markingToExternal' });
  expect(finding!.message).toContain('位于附件“scan-0001.pdf”的内容、附件“slides.pptx”的内容');
  expect(finding!.message).toContain('510107********0562');
  expect(run.stdout).not.toContain('510107198302150562');
});

test('check: Chinese in fonts a PDF names without embedding them (reportlab’s STSong-Light and MSung-Light) is read with PDF.js’s character maps', async () => {
  const simplified = writeFile(dir, 'cid-sc.json', draft([attachment('身份证复印件.pdf')], 'li.si@contoso.com'));
  const traditional = writeFile(dir, 'cid-tc.json', draft([attachment('身分證影本.pdf')], 'li.si@contoso.com'));
  const run = await runCli(['check', simplified, traditional, '--format', 'json', '--locale', 'zh-CN']);
  const [sc, tc] = jsonLines(run.stdout).map(sensitiveOf);
  expect(sc!.message).toContain('附件“身份证复印件.pdf”的内容');
  expect(sc!.message).toContain('110108********0033');
  expect(tc!.message).toContain('附件“身分證影本.pdf”的内容');
  expect(tc!.message).toContain('350203********0046');
});

test('check: encrypted attachments (PDF, ZIP) add nothing, and a draft without content is judged by names only', async () => {
  const encrypted = writeFile(dir, 'encrypted.json', draft([attachment('加密.pdf', 'a.pdf'), attachment('加密.zip', 'b.zip')]));
  const namesOnly = writeFile(dir, 'names.json', draft([{ name: 'slides.pptx', size: 1928 }]));
  const run = await runCli(['check', encrypted, namesOnly, '--format', 'json']);
  expect(jsonLines(run.stdout).map(sensitiveOf)).toEqual([undefined, undefined]);
});

test('check: a PDF that opens without a password is read though its bytes say /Encrypt (an owner password only, or the word in its text): the marking blocks', async () => {
  const ownerOnly = writeFile(dir, 'owner-only.json', draft([attachment('限制打印.pdf')]));
  const wordOnly = writeFile(dir, 'word-only.json', draft([attachment('加密说明.pdf')]));
  const run = await runCli(['check', ownerOnly, wordOnly, '--format', 'json', '--locale', 'zh-CN']);
  const [restricted, mentioned] = jsonLines(run.stdout).map(sensitiveOf);
  expect(restricted).toMatchObject({ severity: 'block', messageId: 'markingToExternal' });
  expect(restricted!.message).toContain('附件“限制打印.pdf”的内容');
  expect(restricted!.message).toContain('440106********005X');
  expect(mentioned).toMatchObject({ severity: 'block', messageId: 'markingToExternal' });
  expect(mentioned!.message).toContain('330106********0061');
});

test('check: a payroll workbook’s print header marking blocks towards an external recipient, with the card numbers of a labelled column and the ID in a note', async () => {
  const file = writeFile(dir, 'payroll.json', draft([attachment('工资-打印.xlsx', 'december.xlsx')]));
  const run = await runCli(['check', file, '--format', 'json', '--locale', 'en-US']);
  const finding = sensitiveOf(jsonLines(run.stdout)[0]);
  expect(finding).toMatchObject({ severity: 'block', messageId: 'markingToExternal' });
  expect(finding!.message).toContain('classification marking, resident ID number, payment card number');
  expect(finding!.message).toContain('6222 **** **** **** 1232 (UnionPay)');
  expect(run.stdout).not.toContain('6222020000040001232');
  expect(run.stdout).not.toContain('210102198601010073');
});

test('check: content that is no base64 is a bad draft, named by its path', async () => {
  const file = writeFile(dir, 'bad.json', draft([{ name: 'a.txt', content: '机密!!' }]));
  const run = await runCli(['check', file, '--format', 'json', '--locale', 'en-US']);
  expect(run.code).toBe(2);
  expect(jsonLines(run.stdout)[0]).toMatchObject({ error: expect.stringContaining('$.attachments[0].content: not base64') });
});

test('check: an .eml’s attached Word file and GBK .csv are read', async () => {
  const file = writeFile(dir, 'mail.eml', eml([{ name: '登记.docx', bytes: bytesOf('入职登记.docx') }, { name: '名单.csv', bytes: bytesOf('名单-gbk.csv') }]));
  const run = await runCli(['check', file, '--format', 'json', '--locale', 'zh-CN']);
  const finding = sensitiveOf(jsonLines(run.stdout)[0]);
  expect(finding).toMatchObject({ severity: 'warning', messageId: 'sensitive' });
  expect(finding!.message).toContain('位于附件“登记.docx”的内容、附件“名单.csv”的内容');
  expect(finding!.message).toContain('110105********1239');
});

test('audit: attachments’ IDs count, and a message with a large attachment stays within the limits', async () => {
  const folder = path.join(dir, 'mail');
  writeFile(folder, 'a.eml', eml([{ name: 'list.xlsx', bytes: bytesOf('工资表.xlsx') }]));
  writeFile(folder, 'b.eml', eml([{ name: 'clean.txt', bytes: Buffer.from('第三季度预算，请于周五前确认。') }]));
  // 12 MB of text: more than the 5 MiB read per message; the ID stands at the start.
  const big = Buffer.concat([Buffer.from(`身份证号 11010519491231002X\n`), Buffer.alloc(12 * 1024 * 1024, 'a\n')]);
  writeFile(folder, 'c.eml', eml([{ name: 'export.csv', bytes: big }]));
  const started = Date.now();
  const run = await runCli(['audit', folder, '--format', 'json', '--locale', 'en-US']);
  expect(run.code).toBe(0);
  const summary = JSON.parse(run.stdout) as { messages: number; unreadable: number; rules: Record<string, Record<string, number>> };
  expect(summary).toMatchObject({ messages: 3, unreadable: 0 });
  expect(summary.rules['sensitive-content']).toMatchObject({ warning: 2 });
  expect(Date.now() - started).toBeLessThan(15_000);
}, 30_000);

test('check: an attachment whose text could not be read is named, never taken as clean (JSON and text); one sent without content is judged by name only', async () => {
  const workbook = bytesOf('工资表.xlsx');
  const damaged = { name: '工资表.xlsx', size: workbook.length, content: workbook.subarray(0, 200).toString('base64') };
  const file = writeFile(dir, 'damaged.json', draft([damaged, { name: 'slides.pptx', size: 1928 }], 'li.si@contoso.com'));
  const json = await runCli(['check', file, '--format', 'json']);
  expect(JSON.parse(json.stdout)).toMatchObject({ unscannedAttachments: ['工资表.xlsx'] });
  const text = await runCli(['check', file, '--locale', 'zh-CN']);
  expect(text.stdout).toContain('以下附件未能完整读取，部分或全部内容未经检查：工资表.xlsx');
  const whole = writeFile(dir, 'whole.json', draft([attachment('工资表.xlsx')], 'li.si@contoso.com'));
  expect(JSON.parse((await runCli(['check', whole, '--format', 'json'])).stdout)).not.toHaveProperty('unscannedAttachments');
});

test('check: an attachment with content and no size is as large as its bytes; an entry that is no object is still a draft error by its path', async () => {
  const large = Buffer.alloc(11 * 1024 * 1024, 0x20);
  const file = writeFile(dir, 'no-size.json', draft([{ name: 'notes.txt', content: large.toString('base64') }], 'li.si@contoso.com'));
  const run = await runCli(['check', file, '--format', 'json', '--locale', 'en-US']);
  const line = jsonLines(run.stdout)[0];
  expect(line && 'findings' in line ? line.findings.map((finding) => finding.rule) : []).toContain('attachment-size');
  const broken = writeFile(dir, 'null-entry.json', draft([null]));
  const bad = await runCli(['check', broken, '--format', 'json', '--locale', 'en-US']);
  expect(bad.code).toBe(2);
  expect(jsonLines(bad.stdout)[0]).toMatchObject({ error: expect.stringContaining('$.attachments[0]') });
});

test('check: a draft file that holds null, a number or a list is a bad draft of its own; the next file is still checked', async () => {
  const files = ['null', '5', '[]'].map((text, i) => {
    const file = path.join(dir, `odd-${i}.json`);
    fs.writeFileSync(file, text);
    return file;
  });
  const good = writeFile(dir, 'good.json', draft([attachment('工资表.xlsx')], 'li.si@contoso.com'));
  const run = await runCli(['check', ...files, good, '--format', 'json', '--locale', 'en-US']);
  expect(run.code).toBe(2);
  const lines = jsonLines(run.stdout);
  expect(lines.slice(0, 3).map((line) => 'error' in line)).toEqual([true, true, true]);
  expect(lines[3]).toMatchObject({ file: good, decision: 'prompt' });
});
