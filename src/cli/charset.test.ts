import iconv from 'iconv-lite';
import { countReplacements, decodeDeclared, guessCharset, resolveCharset } from './charset';

const SIMPLIFIED = '各位好，附件是第三季度预算表，请于11月30日前确认。谢谢！';
const TRADITIONAL = '各位好，附件是第三季度預算表，請於11月30日前確認。謝謝！';
const gbk = (text: string) => iconv.encode(text, 'gbk');
const big5 = (text: string) => iconv.encode(text, 'big5');

describe('guessCharset', () => {
  test.each([
    ['GBK', gbk(SIMPLIFIED), 'gb18030', SIMPLIFIED],
    ['Big5', big5(TRADITIONAL), 'big5', TRADITIONAL],
    ['UTF-8', Buffer.from(SIMPLIFIED), 'utf-8', SIMPLIFIED],
    ['two GBK characters', gbk('预算'), 'gb18030', '预算'],
    ['two Big5 characters', big5('預算'), 'big5', '預算'],
    ['GBK with BBS box drawing', gbk('发信站: 水木社区\n╭╮ ┏━┓ ︵ ╰╯'), 'gb18030', '发信站: 水木社区\n╭╮ ┏━┓ ︵ ╰╯'],
  ])('%s', (_name, bytes, charset, text) => {
    expect(guessCharset(bytes)).toEqual({ charset, text, confident: true });
  });

  test('Latin-1 text is not mistaken for Chinese: windows-1252, not confident', () => {
    const guess = guessCharset(iconv.encode('Grüße aus München, café crème.', 'latin1'));
    expect(guess).toEqual({ charset: 'windows-1252', text: 'Grüße aus München, café crème.', confident: false });
  });
});

describe('decodeDeclared', () => {
  test('trusts a correct label', () => {
    expect(decodeDeclared(gbk(SIMPLIFIED), 'gb2312')).toBe(SIMPLIFIED);
    expect(decodeDeclared(big5(TRADITIONAL), 'big5')).toBe(TRADITIONAL);
    expect(decodeDeclared(Buffer.from('Grüße'), 'utf-8')).toBe('Grüße');
  });

  test('reads GBK bytes behind a missing, wrong or unknown label', () => {
    for (const label of [null, 'utf-8', 'us-ascii', 'iso-8859-1', 'x-unknown', 'EUC-CN']) {
      expect(decodeDeclared(gbk(SIMPLIFIED), label)).toBe(SIMPLIFIED);
    }
  });

  test('reads Big5 bytes labelled gb2312', () => {
    expect(decodeDeclared(big5(TRADITIONAL), 'gb2312')).toBe(TRADITIONAL);
  });

  test('keeps a single-byte label over text in that charset', () => {
    expect(decodeDeclared(iconv.encode('Verão', 'latin1'), 'iso-8859-1')).toBe('Verão');
  });

  test('keeps UTF-16 as declared (its NUL bytes are not ASCII)', () => {
    expect(decodeDeclared(Buffer.from('Test 中文', 'utf16le'), 'utf-16le')).toBe('Test 中文');
  });
});

test('resolveCharset maps mail labels to decoders', () => {
  expect(resolveCharset('"GB2312"')?.name).toBe('gb18030');
  expect(resolveCharset('x-gbk')?.name).toBe('gb18030');
  expect(resolveCharset('BIG5-HKSCS')?.name).toBe('big5');
  expect(resolveCharset('ISO-8859-1')).toMatchObject({ strict: false });
  expect(resolveCharset('fakescii')).toBeNull();
  expect(resolveCharset('')).toBeNull();
});

test('countReplacements counts U+FFFD', () => {
  expect(countReplacements('a\uFFFDb\uFFFD')).toBe(2);
  expect(countReplacements('ok')).toBe(0);
});
