import { compareDates, isRealDate, type CalendarDate } from './calendar';
import { residentIdCheckChar } from './checksums';
import { maskKeepingEnds } from './mask';
import { forEachAlnumRun, forEachGroupedNumber, isAllDigits, isDigitCode, type DigitGroups } from './scan';
import type { Detection } from './types';

/** GB 11643-1999: 6-digit region, 8-digit birth date, 3-digit sequence, check character. */
export const RESIDENT_ID_LENGTH = 18;
/** The first-generation number: 6-digit region, `yymmdd` birth date (19yy), 3-digit sequence, no check. */
export const LEGACY_RESIDENT_ID_LENGTH = 15;
/** No living holder of a resident ID was born before 1900, so an earlier "date" is just digits. */
export const EARLIEST_BIRTH_YEAR = 1900;

/**
 * First two digits of the region codes (GB/T 2260) IDs are issued under: the 31 provinces, 71
 * Taiwan, 81 Hong Kong, 82 Macau and 83 (residence permits of Taiwan residents). Stricter than
 * "not starting with 0 or 9", with no real ID left out, and it keeps more than half of the
 * random digit strings that pass that test out.
 */
const PROVINCE_CODES: ReadonlySet<string> = new Set(
  ['11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37'].concat(
    ['41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65', '71', '81', '82', '83'],
  ),
);

/**
 * Whether `value` is an 18-character resident ID: a known province, a real birth date from 1900
 * to `today`, and the GB 11643 check character (a digit or `X`, any case).
 */
export function isValidResidentId(value: string, today: CalendarDate): boolean {
  if (value.length !== RESIDENT_ID_LENGTH || !isAllDigits(value, 0, 17)) return false;
  const check = value[17]!.toUpperCase();
  if (check !== 'X' && !isDigitCode(check.charCodeAt(0))) return false;
  if (!PROVINCE_CODES.has(value.slice(0, 2))) return false;
  const birth = { year: Number(value.slice(6, 10)), month: Number(value.slice(10, 12)), day: Number(value.slice(12, 14)) };
  if (!isPlausibleBirthDate(birth, today)) return false;
  return residentIdCheckChar(value) === check;
}

/** Whether `value` is a 15-digit first-generation ID: a known province and a real 19yy birth date. */
export function isValidLegacyResidentId(value: string, today: CalendarDate): boolean {
  if (value.length !== LEGACY_RESIDENT_ID_LENGTH || !isAllDigits(value, 0, value.length)) return false;
  if (!PROVINCE_CODES.has(value.slice(0, 2))) return false;
  const birth = { year: 1900 + Number(value.slice(6, 8)), month: Number(value.slice(8, 10)), day: Number(value.slice(10, 12)) };
  return isPlausibleBirthDate(birth, today);
}

function isPlausibleBirthDate(birth: CalendarDate, today: CalendarDate): boolean {
  return birth.year >= EARLIEST_BIRTH_YEAR && isRealDate(birth) && compareDates(birth, today) <= 0;
}

/** The ID in `text[start, end)` (a whole run of letters and digits), if it is one. */
export function matchResidentId(text: string, start: number, end: number, today: CalendarDate): Detection | undefined {
  const length = end - start;
  if (length !== RESIDENT_ID_LENGTH && length !== LEGACY_RESIDENT_ID_LENGTH) return undefined;
  const value = text.slice(start, end).toUpperCase();
  const valid = length === RESIDENT_ID_LENGTH ? isValidResidentId(value, today) : isValidLegacyResidentId(value, today);
  return valid ? { kind: 'residentId', start, end, value, display: maskKeepingEnds(value) } : undefined;
}

/**
 * An ID written in its three parts, region, birth date and sequence with check character, split
 * by single spaces or single hyphens: `110105 19491231 002X`, `110105-19491231-0015`.
 */
export function matchGroupedResidentId(number: DigitGroups, today: CalendarDate): Detection | undefined {
  const sizes = number.groups.join(',');
  if (sizes !== (number.checkLetter ? '6,8,3' : '6,8,4')) return undefined;
  const value = number.checkLetter ? `${number.digits}X` : number.digits;
  return isValidResidentId(value, today) ? { kind: 'residentId', start: number.start, end: number.end, value, display: maskKeepingEnds(value) } : undefined;
}

/**
 * Resident ID numbers in `text` (normalised with `normalizeForMatch`, so full-width digits are
 * plain), written as one run or in its three groups. A number glued to Latin letters or more
 * digits is not an ID.
 *
 * @example findResidentIds('身份证号为110105199003071239。', { year: 2026, month: 1, day: 1 }) // one, display 110105********1239
 */
export function findResidentIds(text: string, today: CalendarDate): Detection[] {
  const found: Detection[] = [];
  forEachAlnumRun(text, (start, end) => {
    const detection = matchResidentId(text, start, end, today);
    if (detection) found.push(detection);
  });
  forEachGroupedNumber(text, (number) => {
    const detection = matchGroupedResidentId(number, today);
    if (detection) found.push(detection);
  });
  return found.sort((a, b) => a.start - b.start);
}
