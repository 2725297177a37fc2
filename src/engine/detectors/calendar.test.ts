import { calendarDateOf, compareDates, daysInMonth, isLeapYear, isRealDate } from './calendar';

describe('calendar', () => {
  test('leap years follow the Gregorian rule', () => {
    expect([1996, 2000, 2024, 2400].map(isLeapYear)).toEqual([true, true, true, true]);
    expect([1900, 1999, 2100, 2023].map(isLeapYear)).toEqual([false, false, false, false]);
  });

  test('29 February exists only in leap years', () => {
    expect(isRealDate({ year: 2000, month: 2, day: 29 })).toBe(true);
    expect(isRealDate({ year: 1988, month: 2, day: 29 })).toBe(true);
    expect(isRealDate({ year: 1900, month: 2, day: 29 })).toBe(false);
    expect(isRealDate({ year: 1990, month: 2, day: 29 })).toBe(false);
  });

  test('no 2月30日, no month 0 or 13, no day 0 or 32, no 31 April', () => {
    expect(isRealDate({ year: 1990, month: 2, day: 30 })).toBe(false);
    expect(isRealDate({ year: 1990, month: 0, day: 1 })).toBe(false);
    expect(isRealDate({ year: 1990, month: 13, day: 1 })).toBe(false);
    expect(isRealDate({ year: 1990, month: 1, day: 0 })).toBe(false);
    expect(isRealDate({ year: 1990, month: 1, day: 32 })).toBe(false);
    expect(isRealDate({ year: 1990, month: 4, day: 31 })).toBe(false);
    expect(isRealDate({ year: 1990, month: 12, day: 31 })).toBe(true);
    expect(daysInMonth(2023, 2)).toBe(28);
  });

  test('dates compare by year, then month, then day', () => {
    expect(compareDates({ year: 2026, month: 1, day: 2 }, { year: 2026, month: 1, day: 1 })).toBeGreaterThan(0);
    expect(compareDates({ year: 2025, month: 12, day: 31 }, { year: 2026, month: 1, day: 1 })).toBeLessThan(0);
    expect(compareDates({ year: 2026, month: 3, day: 7 }, { year: 2026, month: 3, day: 7 })).toBe(0);
  });

  test('a Date becomes its local calendar day', () => {
    expect(calendarDateOf(new Date(2026, 10, 30, 23, 59))).toEqual({ year: 2026, month: 11, day: 30 });
  });
});
