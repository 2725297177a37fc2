import terms from '../data/sensitive-terms.json';
import { KeywordMatcher } from '../text/keyword-matcher';
import { isLuhnValid } from './checksums';
import { maskCardNumber } from './mask';
import { forEachAlnumRun, forEachGroupedNumber, isAllDigits, type DigitGroups } from './scan';
import type { CardIssuer, Detection } from './types';

/** RULES.md: a bank card number has 16 to 19 digits. */
export const MIN_CARD_DIGITS = 16;
export const MAX_CARD_DIGITS = 19;
/** RULES.md: a card word (卡, 账号, card …) within 20 characters before an ungrouped number. */
export const CARD_WORD_REACH = 20;

const CARD_WORDS = new KeywordMatcher(terms.cardWords);
const LONGEST_CARD_WORD = Math.max(...CARD_WORDS.keywords.map((word) => word.length));

/**
 * The issuer family from the leading digits (RULES.md): UnionPay 62, Visa 4, Mastercard 51–55
 * and 2221–2720, AmEx 34/37, JCB 3528–3589, Discover 6011/65.
 */
export function cardIssuer(digits: string): CardIssuer | undefined {
  const two = Number(digits.slice(0, 2));
  const four = Number(digits.slice(0, 4));
  if (two === 62) return 'UnionPay';
  if (four === 6011 || two === 65) return 'Discover';
  if (digits[0] === '4') return 'Visa';
  if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720)) return 'Mastercard';
  if (two === 34 || two === 37) return 'AmEx';
  if (four >= 3528 && four <= 3589) return 'JCB';
  return undefined;
}

/**
 * Whether a digit string could be a card: 16–19 digits, Luhn-valid, a known issuer. Not enough
 * on its own: one random number in ten passes Luhn, so the detectors also ask for context.
 */
export function isCardNumber(digits: string): boolean {
  return digits.length >= MIN_CARD_DIGITS && digits.length <= MAX_CARD_DIGITS && isLuhnValid(digits) && cardIssuer(digits) !== undefined;
}

/** Whether a card word ends at most `CARD_WORD_REACH` characters before `position`. */
export function hasCardWordBefore(text: string, position: number): boolean {
  const windowStart = Math.max(0, position - CARD_WORD_REACH - LONGEST_CARD_WORD);
  // The window reaches one word length further back, so a word ending in reach is never cut in two.
  const window = text.slice(windowStart, position);
  return CARD_WORDS.findAll(window).some((word) => windowStart + word.end >= position - CARD_WORD_REACH);
}

/**
 * What makes a card-like number a card: `context` (RULES.md: written in groups of four, or after
 * a card word), or `none`, for masking, where hiding an order number by mistake costs nothing.
 */
export type CardEvidence = 'context' | 'none';

/** An ungrouped card number: the whole run `text[start, end)` is 16–19 digits, with a card word before it. */
export function matchUngroupedCard(text: string, start: number, end: number, evidence: CardEvidence = 'context'): Detection | undefined {
  const length = end - start;
  if (length < MIN_CARD_DIGITS || length > MAX_CARD_DIGITS || !isAllDigits(text, start, end)) return undefined;
  const digits = text.slice(start, end);
  if (!isCardNumber(digits) || (evidence === 'context' && !hasCardWordBefore(text, start))) return undefined;
  return cardDetection(digits, start, end);
}

/** A card written in groups of four (the last group may be shorter): the grouping is context enough. */
export function matchGroupedCard(number: DigitGroups, evidence: CardEvidence = 'context'): Detection | undefined {
  if (number.checkLetter || (evidence === 'context' && !isGroupedInFours(number.groups)) || !isCardNumber(number.digits)) return undefined;
  return cardDetection(number.digits, number.start, number.end);
}

function isGroupedInFours(groups: readonly number[]): boolean {
  const last = groups.length - 1;
  return groups.every((size, index) => (index < last ? size === 4 : size >= 1 && size <= 4));
}

function cardDetection(digits: string, start: number, end: number): Detection {
  const issuer = cardIssuer(digits)!;
  return { kind: 'bankCard', start, end, value: digits, display: maskCardNumber(digits), issuer };
}

/**
 * Bank card numbers in normalised `text`: grouped in fours (`6222 0212 3456 7890`,
 * `4111-1111-1111-1111`), or ungrouped after a card word (`卡号：6222021234567890`). A Luhn-valid
 * order or tracking number with neither is not a card.
 */
export function findBankCards(text: string): Detection[] {
  const found: Detection[] = [];
  forEachGroupedNumber(text, (number) => {
    const detection = matchGroupedCard(number);
    if (detection) found.push(detection);
  });
  forEachAlnumRun(text, (start, end) => {
    const detection = matchUngroupedCard(text, start, end);
    if (detection) found.push(detection);
  });
  return found.sort((a, b) => a.start - b.start);
}
