import { creditCodeCheckChar, organizationCodeCheckChar } from './checksums';
import { maskKeepingEnds } from './mask';
import { forEachAlnumRun, isAllDigits } from './scan';
import type { Detection } from './types';

/**
 * GB 32100-2015: registration authority (1), organisation category (1), region code (6),
 * organisation code (8 + its GB 11714 check character), GB 32100 check character.
 */
export const CREDIT_CODE_LENGTH = 18;

/** Registration authorities: 1–9, A (military), N (agriculture), Y (others). */
const AUTHORITIES = '123456789ANY';
/** Organisation categories used by the authorities (1–5, 9 for "other"). */
const CATEGORIES = '123459';
/** Region codes start with a province (GB/T 2260) or `10` for a national registration. */
const REGION_PREFIXES: ReadonlySet<string> = new Set(
  ['10', '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37'].concat(
    ['41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65', '71', '81', '82'],
  ),
);

/**
 * Whether `value` (any case) is a unified social credit code: its structure, the organisation
 * code's GB 11714 check character and the GB 32100 check character. Both checks together keep
 * random 18-digit order numbers out (one in 31 would pass the last check alone).
 */
export function isValidCreditCode(value: string): boolean {
  if (value.length !== CREDIT_CODE_LENGTH) return false;
  const code = value.toUpperCase();
  if (!AUTHORITIES.includes(code[0]!) || !CATEGORIES.includes(code[1]!)) return false;
  if (!isAllDigits(code, 2, 8) || !REGION_PREFIXES.has(code.slice(2, 4))) return false;
  if (organizationCodeCheckChar(code.slice(8, 16)) !== code[16]) return false;
  return creditCodeCheckChar(code) === code[17];
}

/** The credit code in the run `text[start, end)`, if it is one. */
export function matchCreditCode(text: string, start: number, end: number): Detection | undefined {
  if (end - start !== CREDIT_CODE_LENGTH) return undefined;
  const value = text.slice(start, end).toUpperCase();
  return isValidCreditCode(value) ? { kind: 'creditCode', start, end, value, display: maskKeepingEnds(value) } : undefined;
}

/**
 * Unified social credit codes in normalised `text`, e.g. `91350100M000100Y43`. Letters may be in
 * either case; a code glued to more letters or digits is not one.
 */
export function findCreditCodes(text: string): Detection[] {
  const found: Detection[] = [];
  forEachAlnumRun(text, (start, end) => {
    const detection = matchCreditCode(text, start, end);
    if (detection) found.push(detection);
  });
  return found;
}
