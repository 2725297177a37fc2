import fc from 'fast-check';
import { buildCreditCode, toFullWidth, USCC_ALPHABET } from '../../../test/sensitive-numbers';
import { normalizeForMatch } from '../text/normalize';
import { findCreditCodes, isValidCreditCode } from './credit-code';

const found = (text: string) => findCreditCodes(normalizeForMatch(text)).map((d) => d.value);

describe('unified social credit codes', () => {
  test('finds real codes in Chinese and English text', () => {
    expect(found('统一社会信用代码：91350100M000100Y43。')).toEqual(['91350100M000100Y43']);
    expect(found('統一社會信用代碼 91440300708461136T')).toEqual(['91440300708461136T']);
    expect(found('Supplier USCC: 914403001922038216.')).toEqual(['914403001922038216']);
  });

  test('any case, and full-width characters after normalisation', () => {
    expect(found('代码 91350100m000100y43')).toEqual(['91350100M000100Y43']);
    expect(found(`代码 ${toFullWidth('91350100M000100Y43')}`)).toEqual(['91350100M000100Y43']);
  });

  test('shows only a mask', () => {
    expect(findCreditCodes('91350100m000100y43')[0]?.display).toBe('913501********0Y43');
  });

  test('a wrong GB 32100 check character is not a code', () => {
    expect(found('91350100M000100Y44')).toEqual([]);
  });

  test('a wrong organisation-code check (GB 11714) is not a code, even with a matching last character', () => {
    expect(isValidCreditCode(buildCreditCode('9', '1', '350100', 'M000100Y'))).toBe(true);
    const first17 = '91350100M000100Y5';
    const code = first17 + [...USCC_ALPHABET].find((char) => isValidLastChar(first17, char))!;
    expect(found(code)).toEqual([]);
  });

  test('an unknown authority, category or region is not a code', () => {
    expect(found(buildCreditCode('0', '1', '350100', 'M000100Y'))).toEqual([]);
    expect(found(buildCreditCode('9', '7', '350100', 'M000100Y'))).toEqual([]);
    expect(found(buildCreditCode('9', '1', '990100', 'M000100Y'))).toEqual([]);
  });

  test('glued to more letters or digits is not a code', () => {
    expect(found('91350100M000100Y431')).toEqual([]);
    expect(found('X91350100M000100Y43')).toEqual([]);
  });

  test('random 18-digit order numbers are not codes', () => {
    expect(found('订单号 202611301234567890，运单号 778899001122334455')).toEqual([]);
  });

  const code = fc
    .record({
      authority: fc.constantFrom('1', '5', '9', 'Y'),
      category: fc.constantFrom('1', '2', '3'),
      region: fc.constantFrom('110000', '310115', '440300', '100000'),
      body: fc.array(fc.constantFrom(...'0123456789ABCDEFGHJKLMNPQRTUWXY'), { minLength: 8, maxLength: 8 }).map((chars) => chars.join('')),
    })
    .map(({ authority, category, region, body }) => buildCreditCode(authority, category, region, body))
    .filter((value) => [...value].every((char) => USCC_ALPHABET.includes(char)));

  test('property: any code built to the standards is found', () => {
    fc.assert(fc.property(code, (value) => found(`信用代码：${value}`).join() === value));
  });

  test('property: changing its last character makes it no code', () => {
    fc.assert(
      fc.property(code, fc.integer({ min: 1, max: 30 }), (value, shift) => {
        const replaced = USCC_ALPHABET[(USCC_ALPHABET.indexOf(value[17]!) + shift) % 31]!;
        return found(value.slice(0, 17) + replaced).length === 0;
      }),
    );
  });
});

/** Whether `char` would pass the GB 32100 check after `first17` (used to build a code whose only fault is elsewhere). */
function isValidLastChar(first17: string, char: string): boolean {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_ALPHABET.indexOf(first17[i]!) * (3 ** i % 31);
  return USCC_ALPHABET[(31 - (sum % 31)) % 31] === char;
}
