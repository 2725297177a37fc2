import { matchGroupedCard, matchUngroupedCard, MAX_CARD_DIGITS, type CardEvidence } from './bank-card';
import type { CalendarDate } from './calendar';
import { matchCreditCode } from './credit-code';
import { matchGroupedMobile, matchMobileRun, MOBILE_DIGITS } from './mobile';
import { matchGroupedResidentId, matchResidentId } from './resident-id';
import { forEachAlnumRun, isDigitCode, readGroupedNumber, type DigitGroups } from './scan';
import type { Detection } from './types';

/** Shortest and longest runs any number detector accepts (a mobile number; a 19-digit card). */
const SHORTEST_NUMBER_RUN = MOBILE_DIGITS;
const LONGEST_NUMBER_RUN = MAX_CARD_DIGITS;

/**
 * Resident IDs, bank cards, credit codes and mobile numbers in normalised `text`, in two linear
 * passes: runs of letters and digits, then numbers written in groups. `cards` says what a card
 * needs besides Luhn and its issuer (`detectSensitive` asks for RULES.md's context; masking does
 * not). Each run, or group sequence, is at most one item.
 */
export function findPersonalNumbers(text: string, today: CalendarDate, cards: CardEvidence = 'context'): Detection[] {
  const found: Detection[] = [];
  const grouped: Detection[] = [];
  const visitGroups = (number: DigitGroups) => {
    const detection = matchGroupedCard(number, cards) ?? matchGroupedResidentId(number, today) ?? matchGroupedMobile(number);
    if (detection) grouped.push(detection);
  };
  // One pass for both: a number in groups starts where a run starts with a digit (the places
  // `forEachGroupedNumber` reads from), and is read from there on as that pass would.
  let groupsFrom = 0;
  forEachAlnumRun(text, (start, end) => {
    const length = end - start;
    if (length >= SHORTEST_NUMBER_RUN && length <= LONGEST_NUMBER_RUN) {
      const detection = matchNumberRun(text, start, end, today, cards);
      if (detection) found.push(detection);
    }
    if (start >= groupsFrom && isDigitCode(text.charCodeAt(start))) groupsFrom = readGroupedNumber(text, start, visitGroups);
  });
  return found.concat(grouped);
}

/**
 * A valid resident ID wins over a card or a credit code with the same characters (an 18-digit ID
 * can pass Luhn), and a card with its context wins over a credit code.
 */
function matchNumberRun(text: string, start: number, end: number, today: CalendarDate, cards: CardEvidence): Detection | undefined {
  return matchResidentId(text, start, end, today) ?? matchUngroupedCard(text, start, end, cards) ?? matchCreditCode(text, start, end) ?? matchMobileRun(text, start, end);
}
