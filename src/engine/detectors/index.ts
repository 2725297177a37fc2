/**
 * Detectors of sensitive content: pure, linear-time scanners over text normalised with
 * `normalizeForMatch` (NFKC, lower case). Each returns `Detection`s whose `value` is for telling
 * items apart only and whose `display` is safe to show.
 */
import { findAdminPatterns, type AdminPattern } from './admin-patterns';
import type { CalendarDate } from './calendar';
import { findPersonalNumbers } from './numbers';
import { matchClearPassword } from './password';
import type { TermScanner } from './terms';
import type { Detection } from './types';

export { compileAdminPattern, findAdminPatterns, type AdminPattern } from './admin-patterns';
export { cardIssuer, findBankCards } from './bank-card';
export { calendarDateOf, type CalendarDate } from './calendar';
export { findCreditCodes } from './credit-code';
export { maskPersonalNumbers } from './mask-text';
export { findPersonalNumbers } from './numbers';
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

/**
 * Every sensitive item in one normalised text: resident IDs, bank cards, credit codes, mobile
 * numbers, clear passwords, markings, confidential keywords and the organisation's patterns.
 * Three linear passes (runs of letters and digits, grouped numbers, one Aho-Corasick pass over
 * all terms) plus one RE2 pass per admin pattern. `cased` is `text` before lower-casing, when
 * the caller has it (markings in capitals are labels).
 */
export function detectSensitive(text: string, setup: DetectorSetup, cased?: string): Detection[] {
  const found = findPersonalNumbers(text, setup.today);
  const { terms, passwordWords } = setup.terms.scan(text, cased);
  found.push(...terms);
  for (const word of passwordWords) {
    const detection = matchClearPassword(text, word);
    if (detection) found.push(detection);
  }
  found.push(...findAdminPatterns(text, setup.patterns));
  return found;
}
