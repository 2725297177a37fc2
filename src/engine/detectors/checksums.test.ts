import fc from 'fast-check';
import { referenceIdCheck, referenceLuhnDigit, referenceOrgCodeCheck, referenceUsccCheck, USCC_ALPHABET } from '../../../test/sensitive-numbers';
import { creditCodeCheckChar, isLuhnValid, organizationCodeCheckChar, residentIdCheckChar } from './checksums';

describe('GB 11643 resident ID check character', () => {
  test('matches published examples', () => {
    // The standard's own examples, and the ID of the shared scenario 22.
    expect(residentIdCheckChar('11010519491231002')).toBe('X');
    expect(residentIdCheckChar('44052418800101001')).toBe('4');
    expect(residentIdCheckChar('11010519900307123')).toBe('9');
  });

  test('agrees with the reference formula for any 17 digits', () => {
    fc.assert(fc.property(fc.stringMatching(/^\d{17}$/u), (digits) => residentIdCheckChar(digits) === referenceIdCheck(digits)));
  });
});

describe('Luhn', () => {
  test('accepts the issuers’ published test numbers', () => {
    for (const number of ['4111111111111111', '5555555555554444', '6011111111111117', '3530111333300000', '6200000000000005', '2223003122003222']) {
      expect(isLuhnValid(number)).toBe(true);
    }
  });

  test('rejects a changed last digit and the empty string', () => {
    expect(isLuhnValid('4111111111111112')).toBe(false);
    expect(isLuhnValid('')).toBe(false);
  });

  test('agrees with the reference check digit for any payload', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{15,18}$/u), fc.integer({ min: 0, max: 9 }), (payload, digit) => {
        return isLuhnValid(payload + String(digit)) === (referenceLuhnDigit(payload) === String(digit));
      }),
    );
  });
});

describe('GB 32100 credit code and GB 11714 organisation code check characters', () => {
  test('match real codes', () => {
    // The standard's example and codes of well-known companies.
    for (const code of ['91350100M000100Y43', '91330100799655058B', '91440300708461136T', '914403001922038216', '91110000802100433B']) {
      expect(creditCodeCheckChar(code.slice(0, 17))).toBe(code[17]);
      expect(organizationCodeCheckChar(code.slice(8, 16))).toBe(code[16]);
    }
  });

  test('reject characters outside the alphabets', () => {
    expect(creditCodeCheckChar('91350100M000100I4')).toBeUndefined();
    expect(organizationCodeCheckChar('M00010a0')).toBeUndefined();
  });

  test('agree with the reference formulas', () => {
    const usccChar = fc.constantFrom(...USCC_ALPHABET);
    fc.assert(fc.property(fc.array(usccChar, { minLength: 17, maxLength: 17 }), (chars) => creditCodeCheckChar(chars.join('')) === referenceUsccCheck(chars.join(''))));
    const orgChar = fc.constantFrom(...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ');
    fc.assert(fc.property(fc.array(orgChar, { minLength: 8, maxLength: 8 }), (chars) => organizationCodeCheckChar(chars.join('')) === referenceOrgCodeCheck(chars.join(''))));
  });
});
