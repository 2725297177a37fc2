import fc from 'fast-check';
import terms from '../data/terms.json';
import { insertClosing, isSignatureDetail, signatureStart } from './signature';
import { escapeRegExp } from './subject';

describe('insertClosing: above the sender’s name, as letters are signed', () => {
  test.each([
    ['a name under the text', '王经理：\n\n预算已更新。\n\n张三', '王经理：\n\n预算已更新。\n\n此致\n敬礼\n张三'],
    ['a name with title and contact lines', '您好：\n\n见附件。\n\n张三\n市场部 经理\n电话：010-5555-0123\nzhang.san@contoso.com', '您好：\n\n见附件。\n\n此致\n敬礼\n张三\n市场部 经理\n电话：010-5555-0123\nzhang.san@contoso.com'],
    ['a name right under the last sentence', '您好：\n预算已更新。\n张三', '您好：\n预算已更新。\n此致\n敬礼\n张三'],
    ['no signature: at the end of the author’s text', '您好：\n\n预算已更新。', '您好：\n\n预算已更新。\n\n此致\n敬礼'],
    ['above the quoted history of a reply', '您好：\n\n同意。\n\n张三\n\n-----Original Message-----\nFrom: Bob\nSent: Monday\n\nRegards, Bob', '您好：\n\n同意。\n\n此致\n敬礼\n张三\n\n-----Original Message-----\nFrom: Bob\nSent: Monday\n\nRegards, Bob'],
    [
      'a Taiwanese signature with 行動 and 市話 lines',
      '您好：\n\n見附件。\n\n張三\n行動：0912-345-678\n市話：(02) 2345-6789',
      '您好：\n\n見附件。\n\n此致\n敬礼\n張三\n行動：0912-345-678\n市話：(02) 2345-6789',
    ],
  ])('%s', (_name, body, expected) => {
    expect(insertClosing(body, '此致\n敬礼')).toBe(expected);
  });

  test('an English closing', () => {
    expect(insertClosing('Dear Erika,\n\nThe prices are updated.\n\nZhang San\nContoso Ltd.', 'Kind regards,')).toBe('Dear Erika,\n\nThe prices are updated.\n\nKind regards,\nZhang San\nContoso Ltd.');
  });

  test('nothing the author wrote is dropped or moved', () => {
    const body = '王经理：\n\n预算已更新。\n\n张三';
    expect(insertClosing(body, 'X').replace('X\n', '')).toBe(body);
  });
});

describe('signatureStart', () => {
  test.each([
    ['a body that is only a short line', '收到'],
    ['text whose last line ends a sentence', '您好：\n\n预算已更新，请查阅。'],
    ['a last paragraph that says something', '您好：\n\n预算已经更新了，附件里是最新的版本，请在周五之前查阅并回复意见'],
  ])('none in %s', (_name, body) => {
    expect(signatureStart(body)).toBeUndefined();
  });
});

describe('isSignatureDetail', () => {
  /** The pattern it replaces: quadratic on `a@a@a@…` and a stack overflow on a line of millions of digits. */
  const OLD_PATTERN = new RegExp(
    [
      `^(?:${terms.signatureLabels.map(escapeRegExp).join('|')})\\.?\\s*(?:[:：]|(?=[+(\\d]))`,
      '^[+()\\d\\s-]{7,}$',
      '^\\S+@\\S+\\.\\S+$',
      '^(?:https?://|www\\.)\\S+$',
    ].join('|'),
    'iu',
  );

  test.each([
    ['Tel: 010-5555-0123', true],
    ['邮箱：zhang@contoso.com', true],
    ['(010) 5555-0123', true],
    ['123456', false],
    ['zhang.san@contoso.com', true],
    ['@contoso.com', false],
    ['a@.b', false],
    ['a@..b', true],
    ['a@b.', false],
    ['a@b@c.d', true],
    ['@@a.a', true],
    ['a @b.c', false],
    ['😀@😀.😀', true],
    ['https://contoso.com/x', true],
    ['张三', false],
  ])('%s → %s, as the pattern it replaces', (line, expected) => {
    expect(isSignatureDetail(line)).toBe(expected);
    expect(OLD_PATTERN.test(line)).toBe(expected);
  });

  test('agrees with the pattern it replaces on any short line (property)', () => {
    const unit = fc.constantFrom('a', '@', '.', ' ', '\t', '1', '-', '(', '+', 'w', ':', '：', '电', '话', '😀');
    fc.assert(fc.property(fc.string({ unit, maxLength: 14 }), (line) => expect(isSignatureDetail(line)).toBe(OLD_PATTERN.test(line))), { numRuns: 3000 });
  });

  test('a line of millions of digits is a phone-number line, without a stack overflow', () => {
    expect(isSignatureDetail('1'.repeat(6_000_000))).toBe(true);
  });
});
