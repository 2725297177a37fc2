import { maskMobileNumber } from './mask';
import { forEachAlnumRun, forEachGroupedNumber, isAllDigits, type DigitGroups } from './scan';
import type { Detection } from './types';

/** Mainland mobile numbers: 11 digits, `1` then `3`–`9`. */
export const MOBILE_DIGITS = 11;
const COUNTRY_CODE = '86';

/** Whether 11 digits are a mainland mobile number. */
export function isMobileNumber(digits: string): boolean {
  if (digits.length !== MOBILE_DIGITS || digits[0] !== '1') return false;
  const second = digits.charCodeAt(1);
  return second >= 51 && second <= 57;
}

/** A mobile number as the whole run `text[start, end)`: `13800138000` or `8613800138000`. */
export function matchMobileRun(text: string, start: number, end: number): Detection | undefined {
  const length = end - start;
  if (length !== MOBILE_DIGITS && length !== MOBILE_DIGITS + COUNTRY_CODE.length) return undefined;
  if (!isAllDigits(text, start, end)) return undefined;
  let digits = text.slice(start, end);
  if (length > MOBILE_DIGITS) {
    if (!digits.startsWith(COUNTRY_CODE)) return undefined;
    digits = digits.slice(COUNTRY_CODE.length);
  }
  return isMobileNumber(digits) ? mobileDetection(digits, start, end) : undefined;
}

/** A mobile number written in groups: `138 0013 8000`, `138-0013-8000`, `86 138 0013 8000`. */
export function matchGroupedMobile(number: DigitGroups): Detection | undefined {
  if (number.checkLetter) return undefined;
  const sizes = number.groups.join(',');
  let digits = number.digits;
  if (sizes === '2,3,4,4' && digits.startsWith(COUNTRY_CODE)) digits = digits.slice(COUNTRY_CODE.length);
  else if (sizes !== '3,4,4') return undefined;
  return isMobileNumber(digits) ? mobileDetection(digits, number.start, number.end) : undefined;
}

function mobileDetection(digits: string, start: number, end: number): Detection {
  return { kind: 'mobile', start, end, value: digits, display: maskMobileNumber(digits) };
}

/**
 * Mainland mobile numbers in normalised `text`. One on its own is not sensitive (every
 * signature has one); the rule counts the distinct ones in a message.
 */
export function findMobileNumbers(text: string): Detection[] {
  const found: Detection[] = [];
  forEachAlnumRun(text, (start, end) => {
    const detection = matchMobileRun(text, start, end);
    if (detection) found.push(detection);
  });
  forEachGroupedNumber(text, (number) => {
    const detection = matchGroupedMobile(number);
    if (detection) found.push(detection);
  });
  return found.sort((a, b) => a.start - b.start);
}
