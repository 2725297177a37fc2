/**
 * Resident IDs, bank cards and credit codes for the sensitive-content tests: check characters and
 * validity computed by reference code written from the standards, apart from the engine, so that
 * the tests compare two independent readings of the contract (RULES.md «sensitive-content»), and
 * builders of valid numbers from a seeded PRNG.
 */

/** A small, fast PRNG (mulberry32): the same seed always gives the same corpus. */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)]!;
  }

  digits(count: number): string {
    let text = '';
    for (let i = 0; i < count; i++) text += String(this.int(0, 9));
    return text;
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }
}

// ---------------------------------------------------------------------------------------------
// Reference check characters, from the standards.

/** GB 11643-1999: weights 2^(17-i) mod 11; check = (12 - sum mod 11) mod 11, 10 written X. */
export function referenceIdCheck(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (2 ** (17 - i) % 11);
  const check = (12 - (sum % 11)) % 11;
  return check === 10 ? 'X' : String(check);
}

/** The Luhn digit that makes `payload + digit` valid. */
export function referenceLuhnDigit(payload: string): string {
  let sum = 0;
  for (let i = 0; i < payload.length; i++) {
    const digit = Number(payload[payload.length - 1 - i]);
    // The check digit will stand at position 0 from the right, so payload digits at even distance double.
    const doubled = i % 2 === 0 ? digit * 2 : digit;
    sum += doubled > 9 ? doubled - 9 : doubled;
  }
  return String((10 - (sum % 10)) % 10);
}

export function referenceLuhnValid(digits: string): boolean {
  return referenceLuhnDigit(digits.slice(0, -1)) === digits.slice(-1);
}

/** GB 32100-2015 alphabet (I, O, S, V, Z are never used). */
export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** GB 32100: weights 3^(i-1) mod 31; check = 31 - sum mod 31, 31 written 0. */
export function referenceUsccCheck(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_ALPHABET.indexOf(first17[i]!) * (3 ** i % 31);
  return USCC_ALPHABET[(31 - (sum % 31)) % 31]!;
}

/** GB 11714-1997: weights 3 7 9 10 5 8 4 2, letters A=10 … Z=35; check = 11 - sum mod 11 (10 → X, 11 → 0). */
export function referenceOrgCodeCheck(body8: string): string {
  const weights = [3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += parseInt(body8[i]!, 36) * weights[i]!;
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

// ---------------------------------------------------------------------------------------------
// Reference validity (the contract), used to make sure a look-alike is not valid by accident.

const PROVINCES = ['11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65', '71', '81', '82', '83'];
/** The corpus is generated as of this day, and the accuracy test passes the same day as "today". */
export const CORPUS_TODAY = { year: 2026, month: 6, day: 30 } as const;

function referenceRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function referenceBirthDateOk(year: number, month: number, day: number): boolean {
  if (year < 1900 || !referenceRealDate(year, month, day)) return false;
  const { year: y, month: m, day: d } = CORPUS_TODAY;
  return year * 10000 + month * 100 + day <= y * 10000 + m * 100 + d;
}

export function referenceIsResidentId(value: string): boolean {
  const upper = value.toUpperCase();
  if (/^\d{15}$/u.test(upper)) {
    return PROVINCES.includes(upper.slice(0, 2)) && referenceBirthDateOk(1900 + Number(upper.slice(6, 8)), Number(upper.slice(8, 10)), Number(upper.slice(10, 12)));
  }
  if (!/^\d{17}[\dX]$/u.test(upper) || !PROVINCES.includes(upper.slice(0, 2))) return false;
  if (!referenceBirthDateOk(Number(upper.slice(6, 10)), Number(upper.slice(10, 12)), Number(upper.slice(12, 14)))) return false;
  return referenceIdCheck(upper.slice(0, 17)) === upper[17];
}

export function referenceIsCreditCode(value: string): boolean {
  const upper = value.toUpperCase();
  if (upper.length !== 18 || !/^[1-9ANY][1-59]\d{6}/u.test(upper)) return false;
  if (![...upper].every((char) => USCC_ALPHABET.includes(char))) return false;
  if (!['10', ...PROVINCES.filter((p) => p !== '83')].includes(upper.slice(2, 4))) return false;
  return referenceOrgCodeCheck(upper.slice(8, 16)) === upper[16] && referenceUsccCheck(upper.slice(0, 17)) === upper[17];
}

export type Issuer = 'UnionPay' | 'Visa' | 'Mastercard' | 'AmEx' | 'JCB' | 'Discover';

export function referenceIssuer(digits: string): Issuer | undefined {
  const n2 = Number(digits.slice(0, 2));
  const n4 = Number(digits.slice(0, 4));
  if (n2 === 62) return 'UnionPay';
  if (n4 === 6011 || n2 === 65) return 'Discover';
  if (digits.startsWith('4')) return 'Visa';
  if ((n2 >= 51 && n2 <= 55) || (n4 >= 2221 && n4 <= 2720)) return 'Mastercard';
  if (n2 === 34 || n2 === 37) return 'AmEx';
  if (n4 >= 3528 && n4 <= 3589) return 'JCB';
  return undefined;
}

/** A digit string that is a card by number alone (context is the planting's business). */
export function referenceIsCardNumber(digits: string): boolean {
  return /^\d{16,19}$/u.test(digits) && referenceLuhnValid(digits) && referenceIssuer(digits) !== undefined;
}

// ---------------------------------------------------------------------------------------------
// Builders.

export interface BirthDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** An 18-character ID with the reference check character. */
export function buildResidentId(region: string, birth: BirthDate, sequence: string): string {
  const first17 = `${region}${pad(birth.year, 4)}${pad(birth.month, 2)}${pad(birth.day, 2)}${sequence}`;
  return first17 + referenceIdCheck(first17);
}

export function randomRegion(rng: Rng): string {
  return rng.pick(PROVINCES) + pad(rng.int(1, 99), 2) + pad(rng.int(1, 99), 2);
}

export function randomBirthDate(rng: Rng, fromYear = 1930, toYear = 2015): BirthDate {
  for (;;) {
    const birth = { year: rng.int(fromYear, toYear), month: rng.int(1, 12), day: rng.int(1, 31) };
    if (referenceRealDate(birth.year, birth.month, birth.day)) return birth;
  }
}

export function randomResidentId(rng: Rng): string {
  return buildResidentId(randomRegion(rng), randomBirthDate(rng), rng.digits(3));
}

/** A prefix of the issuer family, from the ranges RULES.md lists. */
export function randomCardPrefix(rng: Rng, issuer: Exclude<Issuer, 'AmEx'>): string {
  switch (issuer) {
    case 'UnionPay':
      return '62';
    case 'Visa':
      return '4';
    case 'Mastercard':
      return rng.chance(0.5) ? String(rng.int(51, 55)) : String(rng.int(2221, 2720));
    case 'JCB':
      return String(rng.int(3528, 3589));
    case 'Discover':
      return rng.chance(0.5) ? '6011' : '65';
  }
}

/** A Luhn-valid number of `length` digits starting with `prefix`. */
export function buildCardNumber(rng: Rng, prefix: string, length: number): string {
  const payload = prefix + rng.digits(length - prefix.length - 1);
  return payload + referenceLuhnDigit(payload);
}

export function randomCard(rng: Rng): { digits: string; issuer: Issuer } {
  const issuer = rng.pick(['UnionPay', 'UnionPay', 'Visa', 'Mastercard', 'JCB', 'Discover'] as const);
  const length = issuer === 'UnionPay' ? rng.pick([16, 17, 18, 19]) : 16;
  for (;;) {
    const digits = buildCardNumber(rng, randomCardPrefix(rng, issuer), length);
    // An 18-digit card that is also a valid ID is reported as an ID; keep the corpus unambiguous.
    if (!referenceIsResidentId(digits) && !referenceIsCreditCode(digits)) return { digits, issuer };
  }
}

/** Groups of four, the last one shorter when the length is not a multiple of four. */
export function groupInFours(digits: string, separator: ' ' | '-'): string {
  return (digits.match(/.{1,4}/gu) ?? []).join(separator);
}

export function buildCreditCode(authority: string, category: string, region: string, orgBody: string): string {
  const first17 = `${authority}${category}${region}${orgBody}${referenceOrgCodeCheck(orgBody)}`;
  return first17 + referenceUsccCheck(first17);
}

const ORG_LETTERS = 'ABCDEFGHJKLMNPQRTUWXY';

export function randomCreditCode(rng: Rng): string {
  for (;;) {
    const authority = rng.pick(['9', '9', '9', '9', '1', '5', 'Y', 'N']);
    const category = authority === '9' ? rng.pick(['1', '2', '3']) : rng.pick(['1', '2', '3', '9']);
    let body = rng.digits(8);
    if (rng.chance(0.4)) {
      const at = rng.int(0, 7);
      body = body.slice(0, at) + rng.pick([...ORG_LETTERS]) + body.slice(at + 1);
    }
    const code = buildCreditCode(authority, category, randomRegion(rng), body);
    if (referenceIsCreditCode(code) && !referenceIsResidentId(code) && !referenceIsCardNumber(code)) return code;
  }
}

/** ASCII digits and letters in their full-width forms (what some Chinese input methods type). */
export function toFullWidth(text: string): string {
  return text.replace(/[0-9A-Za-z]/gu, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0));
}
