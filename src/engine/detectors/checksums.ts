/**
 * Check characters of the identifiers the detectors look for. Each function takes the
 * characters without separators and answers in constant time for a fixed-length input.
 */

/** GB 11643-1999 weights for the 17 leading digits of a resident ID: 2^(17-i) mod 11. */
const RESIDENT_ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
/** Check character by (weighted sum mod 11), ISO 7064 MOD 11-2; 10 is written `X`. */
const RESIDENT_ID_CHECK = '10X98765432';

/** The GB 11643 check character (`0`–`9` or `X`) for the first 17 digits of an 18-digit ID. */
export function residentIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < RESIDENT_ID_WEIGHTS.length; i++) sum += digitAt(first17, i) * RESIDENT_ID_WEIGHTS[i]!;
  return RESIDENT_ID_CHECK[sum % 11]!;
}

/** Luhn (ISO/IEC 7812) check over a string of digits: true when the last digit checks the rest. */
export function isLuhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let value = digitAt(digits, i);
    if (double) {
      value *= 2;
      if (value > 9) value -= 9;
    }
    sum += value;
    double = !double;
  }
  return digits.length > 0 && sum % 10 === 0;
}

/** GB 32100-2015 alphabet: digits and upper-case letters without I, O, Z, S, V; the index is the value. */
export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** GB 32100 weights 3^(i-1) mod 31 for the 17 leading characters. */
const CREDIT_CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/** The GB 32100 check character for the first 17 characters of a unified social credit code (upper case), or undefined if one is outside the alphabet. */
export function creditCodeCheckChar(first17: string): string | undefined {
  let sum = 0;
  for (let i = 0; i < CREDIT_CODE_WEIGHTS.length; i++) {
    const value = CREDIT_CODE_ALPHABET.indexOf(first17[i] ?? '');
    if (value < 0) return undefined;
    sum += value * CREDIT_CODE_WEIGHTS[i]!;
  }
  return CREDIT_CODE_ALPHABET[(31 - (sum % 31)) % 31];
}

/** GB 11714-1997 weights for the 8 body characters of an organisation code. */
const ORGANIZATION_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;

/**
 * The GB 11714 check character (`0`–`9` or `X`) for the 8 body characters of an organisation
 * code (digits and upper-case letters, A = 10 … Z = 35), or undefined for another character.
 */
export function organizationCodeCheckChar(body8: string): string | undefined {
  let sum = 0;
  for (let i = 0; i < ORGANIZATION_CODE_WEIGHTS.length; i++) {
    const value = alphanumericValue(body8.charCodeAt(i));
    if (value < 0) return undefined;
    sum += value * ORGANIZATION_CODE_WEIGHTS[i]!;
  }
  const check = (11 - (sum % 11)) % 11;
  return check === 10 ? 'X' : String(check);
}

function digitAt(text: string, index: number): number {
  return text.charCodeAt(index) - 48;
}

/** 0–9 for digits, 10–35 for upper-case letters, -1 otherwise. */
function alphanumericValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 90) return code - 55;
  return -1;
}
