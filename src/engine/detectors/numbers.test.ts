import fc from 'fast-check';
import { matchGroupedCard, matchUngroupedCard } from './bank-card';
import { calendarDateOf } from './calendar';
import { matchCreditCode } from './credit-code';
import { matchGroupedMobile, matchMobileRun } from './mobile';
import { findPersonalNumbers } from './numbers';
import { matchGroupedResidentId, matchResidentId } from './resident-id';
import { forEachAlnumRun, forEachGroupedNumber } from './scan';
import type { Detection } from './types';

const today = calendarDateOf(new Date(2026, 11, 2));

/** The definition: every run of letters and digits in one pass, then every number in groups in another. */
function twoPasses(text: string): Detection[] {
  const found: Detection[] = [];
  forEachAlnumRun(text, (start, end) => {
    if (end - start < 11 || end - start > 19) return;
    const detection = matchResidentId(text, start, end, today) ?? matchUngroupedCard(text, start, end) ?? matchCreditCode(text, start, end) ?? matchMobileRun(text, start, end);
    if (detection) found.push(detection);
  });
  forEachGroupedNumber(text, (number) => {
    const detection = matchGroupedCard(number) ?? matchGroupedResidentId(number, today) ?? matchGroupedMobile(number);
    if (detection) found.push(detection);
  });
  return found;
}

describe('findPersonalNumbers', () => {
  test('lists the runs first, then the numbers in groups', () => {
    const text = '手机 138-0013-8000，身份证 110105199003071239，电话 13912345678';
    expect(findPersonalNumbers(text, today).map((found) => [found.kind, found.start])).toEqual([
      ['residentId', 21],
      ['mobile', 43],
      ['mobile', 3],
    ]);
  });

  test('finds what a pass over the runs and a pass over the groups find, in that order (property)', () => {
    const piece = fc.constantFrom('138-0013-8000', '6011 1111 1111 1117', '9-', '138', '0013', '8000', '13800138000', '110105', '19900307', '1239', '002X', '110105199003071239', '6011', '1111', '1117', '6011111111111117', '卡号', 'card ', '91350100M000100Y43', ' ', '-', '  ', 'a', 'x', '1', '，', '\n');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), (pieces) => {
        const text = pieces.join('');
        expect(findPersonalNumbers(text, today)).toEqual(twoPasses(text));
      }),
      { numRuns: 3000 },
    );
  });
});
