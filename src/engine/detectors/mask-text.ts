import { foldWithOffsets } from '../text/fold';
import type { CalendarDate } from './calendar';
import { findPersonalNumbers } from './numbers';

/** Only text with a run of this many digits can hold a number worth masking (a mobile number). */
const SHORTEST_MASKED_DIGITS = /\d{3}|[０-９]{3}/u;

/**
 * Masks every personal number in a text meant for people (a message's data, a fix label):
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
  const found = findPersonalNumbers(folded.text, today, 'none').sort((a, b) => a.start - b.start);
  if (found.length === 0) return text;
  let result = '';
  let last = 0;
  for (const number of found) {
    const start = folded.startOf(number.start);
    if (start < last) continue;
    result += text.slice(last, start) + number.display;
    last = folded.endOf(number.end);
  }
  return result + text.slice(last);
}
