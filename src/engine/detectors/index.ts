/**
 * Detectors of sensitive content: pure, linear-time scanners over text normalised with
 * `normalizeForMatch` (NFKC, lower case). Each returns `Detection`s whose `value` is for telling
 * items apart only and whose `display` is safe to show.
 */
import { findAdminPatterns, type AdminPattern } from './admin-patterns';
import { matchGroupedCard, matchUngroupedCard, MAX_CARD_DIGITS } from './bank-card';
import type { CalendarDate } from './calendar';
import { matchCreditCode } from './credit-code';
import { matchGroupedMobile, matchMobileRun, MOBILE_DIGITS } from './mobile';
import { matchClearPassword } from './password';
import { matchGroupedResidentId, matchResidentId } from './resident-id';
import { forEachAlnumRun, forEachGroupedNumber } from './scan';
import type { TermScanner } from './terms';
import type { Detection } from './types';

export { compileAdminPattern, findAdminPatterns, type AdminPattern } from './admin-patterns';
export { cardIssuer, findBankCards } from './bank-card';
export { calendarDateOf, type CalendarDate } from './calendar';
export { findCreditCodes } from './credit-code';
export { maskPersonalNumbers } from './mask-text';
export { findMobileNumbers } from './mobile';
export { findClearPasswords } from './password';
export { findResidentIds } from './resident-id';
export { TermScanner, findClassifiedTerms, type TermLists } from './terms';
export type { CardIssuer, Detection, DetectionKind } from './types';

export interface DetectorSetup {
  /** Markings, keywords, password words and disclaimers, compiled once per policy. */
  readonly terms: TermScanner;
  /** The organisation's patterns. */
  readonly patterns: readonly AdminPattern[];
  /** Birth dates after this day are not real: the caller decides what "today" is. */
  readonly today: CalendarDate;
}

/** Shortest and longest runs any number detector accepts (a mobile number; a 19-digit card). */
const SHORTEST_NUMBER_RUN = MOBILE_DIGITS;
const LONGEST_NUMBER_RUN = MAX_CARD_DIGITS;

/**
 * Every sensitive item in one normalised text: resident IDs, bank cards, credit codes, mobile
 * numbers, clear passwords, markings, confidential keywords and the organisation's patterns.
 * Three linear passes (runs of letters and digits, grouped numbers, one Aho-Corasick pass over
 * all terms) plus one RE2 pass per admin pattern. `cased` is `text` before lower-casing, when
 * the caller has it (markings in capitals are labels).
 */
export function detectSensitive(text: string, setup: DetectorSetup, cased?: string): Detection[] {
  const found: Detection[] = [];
  forEachAlnumRun(text, (start, end) => {
    const length = end - start;
    if (length < SHORTEST_NUMBER_RUN || length > LONGEST_NUMBER_RUN) return;
    const detection = matchNumberRun(text, start, end, setup.today);
    if (detection) found.push(detection);
  });
  forEachGroupedNumber(text, (number) => {
    const detection = matchGroupedCard(number) ?? matchGroupedResidentId(number, setup.today) ?? matchGroupedMobile(number);
    if (detection) found.push(detection);
  });
  const { terms, passwordWords } = setup.terms.scan(text, cased);
  found.push(...terms);
  for (const word of passwordWords) {
    const detection = matchClearPassword(text, word);
    if (detection) found.push(detection);
  }
  found.push(...findAdminPatterns(text, setup.patterns));
  return found;
}

/**
 * One run of letters and digits is at most one item. A valid resident ID wins over a card or a
 * credit code with the same characters (an 18-digit ID can pass Luhn), and a card with its
 * context wins over a credit code.
 */
function matchNumberRun(text: string, start: number, end: number, today: CalendarDate): Detection | undefined {
  return matchResidentId(text, start, end, today) ?? matchUngroupedCard(text, start, end) ?? matchCreditCode(text, start, end) ?? matchMobileRun(text, start, end);
}
