import { foldWithOffsets } from '../text/fold';
import { isCardNumber } from './bank-card';
import type { CalendarDate } from './calendar';
import { matchCreditCode } from './credit-code';
import { maskCardNumber } from './mask';
import { matchGroupedMobile, matchMobileRun } from './mobile';
import { matchGroupedResidentId, matchResidentId } from './resident-id';
import { forEachAlnumRun, forEachGroupedNumber, isAllDigits, type DigitGroups } from './scan';

interface Span {
  readonly start: number;
  readonly end: number;
  readonly display: string;
}

/** Only text with a run of this many digits can hold a number worth masking (a mobile number). */
const SHORTEST_MASKED_DIGITS = /\d{3}|[０-９]{3}/u;

/**
 * Masks every personal number in a text meant for people (a message, a fix label, a clause):
 * resident IDs, anything that could be a bank card (Luhn-valid with a known issuer, context or
 * not: hiding an order number costs nothing), credit codes and mobile numbers, in the forms the
 * sensitive-content rule shows (`110105********1234`, `6222 **** **** 1234`). Full-width digits
 * are recognised; the rest of the text is returned as it was.
 *
 * @example maskPersonalNumbers('附件 11010519491231002X.exe', today) // '附件 110105********002X.exe'
 */
export function maskPersonalNumbers(text: string, today: CalendarDate): string {
  if (!SHORTEST_MASKED_DIGITS.test(text)) return text;
  const folded = foldWithOffsets(text);
  const spans = numberSpans(folded.text, today);
  if (spans.length === 0) return text;
  let result = '';
  let last = 0;
  for (const span of spans) {
    const start = folded.startOf(span.start);
    if (start < last) continue;
    result += text.slice(last, start) + span.display;
    last = folded.endOf(span.end);
  }
  return result + text.slice(last);
}

function numberSpans(text: string, today: CalendarDate): Span[] {
  const spans: Span[] = [];
  forEachAlnumRun(text, (start, end) => {
    const span = matchResidentId(text, start, end, today) ?? cardRun(text, start, end) ?? matchCreditCode(text, start, end) ?? matchMobileRun(text, start, end);
    if (span) spans.push(span);
  });
  forEachGroupedNumber(text, (number) => {
    const span = groupedCard(number) ?? matchGroupedResidentId(number, today) ?? matchGroupedMobile(number);
    if (span) spans.push(span);
  });
  return spans.sort((a, b) => a.start - b.start);
}

function cardRun(text: string, start: number, end: number): Span | undefined {
  if (!isAllDigits(text, start, end)) return undefined;
  const digits = text.slice(start, end);
  return isCardNumber(digits) ? { start, end, display: maskCardNumber(digits) } : undefined;
}

/** A card in any grouping (`6222 0212 3456 7894`, `6222-021234-567894`): masking asks for less than detection. */
function groupedCard(number: DigitGroups): Span | undefined {
  if (number.checkLetter || !isCardNumber(number.digits)) return undefined;
  return { start: number.start, end: number.end, display: maskCardNumber(number.digits) };
}
