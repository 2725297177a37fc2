import iconv from 'iconv-lite';
import { decodeHeaderText, decodeRawText } from './header-text';

const latin1 = (bytes: Buffer) => bytes.toString('latin1');
const b64 = (bytes: Buffer) => bytes.toString('base64');

describe('decodeHeaderText', () => {
  test('decodes B and Q encoded words and drops the white space between them', () => {
    expect(decodeHeaderText('=?gb2312?B?xOO6ww==?= =?utf-8?Q?_world?=')).toBe('你好 world');
  });

  test('joins a character split across two words whose labels differ only in case', () => {
    const bytes = iconv.encode('雕塑泥', 'gbk');
    const raw = `=?gb2312?B?${b64(bytes.subarray(0, 3))}?=\n =?GB2312?B?${b64(bytes.subarray(3))}?=`;
    expect(decodeHeaderText(raw)).toBe('雕塑泥');
  });

  test('reads GBK behind an iso-8859-1 label', () => {
    expect(decodeHeaderText(`=?iso-8859-1?B?${b64(iconv.encode('会议通知', 'gbk'))}?=`)).toBe('会议通知');
  });

  test('decodes raw 8-bit GBK and Big5 text around ASCII', () => {
    expect(decodeHeaderText(`Re: ${latin1(iconv.encode('预算表', 'gbk'))} (v2)`)).toBe('Re: 预算表 (v2)');
    expect(decodeHeaderText(latin1(iconv.encode('年度會議通知', 'big5')), 'big5')).toBe('年度會議通知');
  });

  test('keeps text that is not an encoded word', () => {
    expect(decodeHeaderText('Budget =? draft')).toBe('Budget =? draft');
  });
});

test('decodeRawText converts raw bytes and leaves encoded words for an address parser', () => {
  const raw = `"${latin1(iconv.encode('张三', 'gbk'))}, Finance" <zs@contoso.com>, =?utf-8?B?5p2O5Zub?= <ls@contoso.com>`;
  expect(decodeRawText(raw)).toBe('"张三, Finance" <zs@contoso.com>, =?utf-8?B?5p2O5Zub?= <ls@contoso.com>');
});
