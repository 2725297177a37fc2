import fs from 'node:fs';
import path from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { extractAll, extractText, messageLimits, type Extraction, type ExtractionLimits, type PdfJsLoader } from '.';
import { commentText, sheetText } from './xml-text';

const FIXTURES = path.join(__dirname, '..', '..', 'test', 'fixtures', 'attachments');
const fixture = (name: string): Uint8Array => new Uint8Array(fs.readFileSync(path.join(FIXTURES, name)));
const limits = (overrides: Partial<ExtractionLimits> = {}): ExtractionLimits => ({ ...messageLimits(), ...overrides });
/** The PDF tests that need PDF.js itself run through the built CLI (test/attachments-cli.test.ts): jest cannot import its ES module. */
const noPdfJs: PdfJsLoader = () => Promise.reject(new Error('PDF.js must not be loaded'));

async function textOf(name: string, bytes: Uint8Array = fixture(name), options: Partial<ExtractionLimits> = {}): Promise<string> {
  const result = await extractText(name, bytes, limits(options), { pdf: noPdfJs });
  if (result.kind !== 'text') throw new Error(`${name}: ${JSON.stringify(result)}`);
  return result.text;
}

describe('extractText by format (fixtures written by python-docx, openpyxl, reportlab and zip)', () => {
  it('reads a Word document with its header', async () => {
    const text = await textOf('入职登记.docx');
    expect(text).toContain('机密');
    expect(text).toContain('身份证号：110105199003071239');
  });

  it('reads a workbook: shared strings, and ID numbers stored as text and as numbers, a tab between cells', async () => {
    const text = await textOf('工资表.xlsx');
    expect(text).toContain('张三\t11010519491231002X\t12000\t机密');
    expect(text).toContain('李四\t身份证号 440305880808001\t9800.5');
    // An 18-digit ID typed as a number is lost to the double that holds it, as in Excel.
    expect(text).toContain('王五\t4.4030519880808e+17\t9800');
  });

  it('reads what a workbook holds besides its cells: the print header, the sheets’ names and notes; a long number follows its column’s label', async () => {
    const text = await textOf('工资-打印.xlsx');
    expect(text).toContain('机密\n');
    expect(text).toContain('十二月\n【秘密】名单');
    expect(text).toContain('身份证号 210102198601010073');
    expect(text).toContain('张三\t工商银行\t银行卡号 6222020000040001232\t9800');
    expect(text).toContain('王五\t工商银行\t银行卡号 6222020000060003217\t9800');
    expect(text).not.toContain('&C');
  });

  it('drops Excel’s codes from a header’s text (fonts, sizes, colours, page fields) and keeps an ampersand written as &&', () => {
    const xml = '<worksheet><sheetData/><headerFooter><oddHeader>&amp;L&amp;"宋体,加粗"&amp;12机密&amp;R第&amp;P页</oddHeader><oddFooter>R&amp;&amp;D 内部资料</oddFooter><evenHeader>&amp;C&amp;KFF0000CONFIDENTIAL</evenHeader><firstHeader>&amp;K01+000Confidential</firstHeader></headerFooter></worksheet>';
    expect(sheetText(xml, [])).toBe('机密 第 页\nR&D 内部资料\nCONFIDENTIAL\nConfidential\n');
  });

  it('reads threaded comments once: from the notes part Excel also writes, or from their own part when it is all there is', async () => {
    const threaded = '<ThreadedComments><threadedComment ref="A1"><text>工资表 机密</text></threadedComment></ThreadedComments>';
    const placeholder = '<comments><commentList><comment ref="A1"><text><t>[Threaded comment] Comment: 工资表 机密</t></text></comment></commentList></comments>';
    const workbook = (parts: Record<string, string>) => zipSync(Object.fromEntries(Object.entries(parts).map(([name, xml]) => [name, strToU8(xml)])));
    const both = await textOf('both.xlsx', workbook({ 'xl/threadedComments/threadedComment1.xml': threaded, 'xl/comments1.xml': placeholder }));
    expect(both.match(/机密/gu)).toHaveLength(1);
    expect(await textOf('only.xlsx', workbook({ 'xl/threadedComments/threadedComment1.xml': threaded }))).toContain('工资表 机密');
  });

  it('joins a note’s runs as shown, a line per note, so a number split by a change of format stays whole', () => {
    const xml = '<comments><commentList><comment ref="A1"><text><r><t>身份证 110105</t></r><r><rPr><b/></rPr><t>19491231002X</t></r></text></comment><comment ref="B2"><text><t>第二条</t></text></comment></commentList></comments>';
    expect(commentText(xml)).toBe('身份证 11010519491231002X\n第二条\n');
  });

  it('reads slides and notes, joins the runs of one paragraph and decodes entities', async () => {
    const text = await textOf('汇报.pptx');
    expect(text).toContain('【机密】仅供管理层');
    expect(text).toContain('联系人 & 负责人');
    expect(text).toContain('负责人身份证 310101197511200044');
    expect(text.indexOf('项目汇报')).toBeLessThan(text.indexOf('负责人身份证'));
  });

  it('reads GBK, UTF-16 with a BOM and UTF-8 with or without one', async () => {
    expect(await textOf('名单-gbk.csv')).toBe('姓名,身份证号,备注\r\n赵六,320102199206067811,机密\r\n');
    expect(await textOf('名单-utf16.txt')).toContain('赵六,320102199206067811,机密');
    expect(await textOf('a.txt', new Uint8Array([0xef, 0xbb, 0xbf, ...strToU8('机密')]))).toBe('机密');
    expect(await textOf('a.TXT', strToU8('工资表 ok'))).toBe('工资表 ok');
  });

  it('reads the files of a .zip archive, one level deep', async () => {
    const text = await textOf('资料.zip');
    expect(text).toContain('440305880808001');
    expect(text).toContain('320102199206067811');
    const nested = zipSync({ 'inner.zip': fixture('资料.zip'), 'note.txt': strToU8('机密') });
    expect(await textOf('outer.zip', nested)).toBe('机密\n');
  });

  it('gives nothing for a kind whose text is not read', async () => {
    expect(await extractText('logo.png', new Uint8Array([1, 2, 3]), limits())).toEqual({ kind: 'unsupported' });
    expect(await extractText('only-images.zip', zipSync({ 'a.png': new Uint8Array([1]) }), limits())).toEqual({ kind: 'unsupported' });
  });
});

describe('encrypted attachments add nothing', () => {
  it('a ZIP written with zip -P', async () => {
    expect(await extractText('加密.zip', fixture('加密.zip'), limits())).toEqual({ kind: 'encrypted' });
  });

  it('a PDF is encrypted when PDF.js asks for its password, not because its bytes say /Encrypt (the real files: test/attachments-cli.test.ts)', async () => {
    const asksForPassword: PdfJsLoader = async () => ({ getDocument: () => ({ promise: Promise.reject(Object.assign(new Error('No password given'), { name: 'PasswordException' })) }) });
    expect(await extractText('加密.pdf', fixture('加密.pdf'), limits(), { pdf: asksForPassword })).toEqual({ kind: 'encrypted' });
  });

  it('a password-protected Office file: an OLE compound file with an EncryptionInfo stream', async () => {
    const header = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
    const entryName = [...'EncryptionInfo'].flatMap((c) => [c.charCodeAt(0), 0]);
    const protectedFile = new Uint8Array([...header, ...new Array<number>(504).fill(0), ...entryName]);
    expect(await extractText('工资表.xlsx', protectedFile, limits())).toEqual({ kind: 'encrypted' });
    // A legacy .doc renamed to .docx is no Office Open XML file, and not encrypted either.
    expect(await extractText('old.docx', new Uint8Array([...header, 0, 0]), limits())).toEqual({ kind: 'unsupported' });
  });
});

/** The archive with every entry's uncompressed size, in its local and central headers, set to `size`: a bomb that lies. */
function claimingSize(zip: Uint8Array, size: number): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let at = 0; at + 4 <= zip.length; at++) {
    const signature = view.getUint32(at, true);
    if (signature === 0x04034b50) view.setUint32(at + 22, size, true);
    if (signature === 0x02014b50) view.setUint32(at + 24, size, true);
  }
  return zip;
}

describe('limits', () => {
  it('keeps the first characters of the text and says it was cut', async () => {
    const result = await extractText('名单-gbk.csv', fixture('名单-gbk.csv'), limits({ textChars: 10 }));
    expect(result).toEqual({ kind: 'text', text: '姓名,身份证号,备注', truncated: true });
  });

  it('shares the text budget over a message’s attachments, in their order', async () => {
    const files = [
      { name: 'a.txt', bytes: strToU8('12345') },
      { name: 'b.txt', bytes: strToU8('67890') },
      { name: 'c.txt', bytes: strToU8('abc') },
    ];
    const results = await extractAll(files, limits({ textChars: 7 }));
    expect(results).toEqual<Extraction[]>([
      { kind: 'text', text: '12345', truncated: false },
      { kind: 'text', text: '67', truncated: true },
      { kind: 'text', text: '', truncated: true },
    ]);
  });

  it('refuses a zip bomb once the inflated bytes pass the limit, whatever sizes the archive claims', async () => {
    const bomb = claimingSize(zipSync({ 'word/document.xml': new Uint8Array(40 * 1024 * 1024) }, { level: 9 }), 100);
    expect(bomb.length).toBeLessThan(100_000);
    const archive = claimingSize(zipSync({ 'a.txt': new Uint8Array(40 * 1024 * 1024) }), 100);
    expect(await extractText('bomb.docx', bomb, limits({ zipInflatedBytes: 1024 * 1024 }))).toEqual({ kind: 'unreadable', reason: 'too-much-data' });
    expect(await extractText('bomb.zip', archive, limits({ zipInflatedBytes: 1024 * 1024 }))).toEqual({ kind: 'unreadable', reason: 'too-much-data' });
  });

  it('refuses an archive with more entries than allowed, a file larger than allowed and a damaged archive', async () => {
    const three = zipSync({ 'a.txt': strToU8('a'), 'b.txt': strToU8('b'), 'c.txt': strToU8('c') });
    expect(await extractText('many.zip', three, limits({ zipEntries: 2 }))).toEqual({ kind: 'unreadable', reason: 'too-many-entries' });
    expect(await extractText('big.txt', new Uint8Array(11), limits({ fileBytes: 10 }))).toEqual({ kind: 'unreadable', reason: 'too-large' });
    expect(await extractText('cut.xlsx', fixture('工资表.xlsx').subarray(0, 2000), limits())).toEqual({ kind: 'unreadable', reason: 'damaged' });
  });

  it('reads nothing once the message’s time budget is spent', async () => {
    expect(await extractText('工资表.xlsx', fixture('工资表.xlsx'), limits({ timeMs: 1000, startedAt: Date.now() - 5000 }))).toEqual({ kind: 'unreadable', reason: 'out-of-time' });
  });
});

describe('PDF text layer (PDF.js stood in for)', () => {
  const pdf = fixture('客户资料.pdf');
  const pages = (texts: readonly string[]): PdfJsLoader => async () => ({
    getDocument: () => ({
      promise: Promise.resolve({
        numPages: texts.length,
        getPage: async (number: number) => ({ getTextContent: async () => ({ items: [{ str: texts[number - 1]!, hasEOL: true }] }) }),
        destroy: async () => undefined,
      }),
    }),
  });

  it('joins the pages’ text, a line per item ending a line', async () => {
    expect(await extractText('a.pdf', pdf, limits(), { pdf: pages(['机密', '110105199003071239']) })).toEqual({ kind: 'text', text: '机密\n\n110105199003071239\n\n', truncated: false });
  });

  it('says when a PDF has no text layer (scanned pages), rather than that it holds nothing', async () => {
    expect(await extractText('scan.pdf', pdf, limits(), { pdf: pages(['', ' ']) })).toEqual({ kind: 'unreadable', reason: 'no-text' });
  });

  it('reads a PDF whose bytes say /Encrypt when PDF.js opens it without a password (an owner password only)', async () => {
    expect(await extractText('限制打印.pdf', fixture('限制打印.pdf'), limits(), { pdf: pages(['机密']) })).toEqual({ kind: 'text', text: '机密\n\n', truncated: false });
  });

  it('treats a password PDF.js asks for as encryption, and anything else that is no PDF as damaged', async () => {
    const password: PdfJsLoader = async () => ({ getDocument: () => ({ promise: Promise.reject(Object.assign(new Error('No password given'), { name: 'PasswordException' })) }) });
    expect(await extractText('a.pdf', pdf, limits(), { pdf: password })).toEqual({ kind: 'encrypted' });
    expect(await extractText('a.pdf', strToU8('<html>'), limits(), { pdf: noPdfJs })).toEqual({ kind: 'unreadable', reason: 'damaged' });
  });
});
