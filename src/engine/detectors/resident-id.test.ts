import fc from 'fast-check';
import { buildResidentId, toFullWidth } from '../../../test/sensitive-numbers';
import { normalizeForMatch } from '../text/normalize';
import { findResidentIds, isValidLegacyResidentId, isValidResidentId } from './resident-id';

const TODAY = { year: 2026, month: 6, day: 30 };
const found = (text: string) => findResidentIds(normalizeForMatch(text), TODAY).map((d) => d.value);

describe('resident ID numbers', () => {
  test('finds a valid 18-digit ID in Chinese and English text', () => {
    expect(found('新员工王五的身份证号为110105199003071239，已录入。')).toEqual(['110105199003071239']);
    expect(found('Her ID: 110105199003071239.')).toEqual(['110105199003071239']);
    expect(found('身分證號碼 110105199003071239')).toEqual(['110105199003071239']);
  });

  test('an X check character, upper or lower case', () => {
    expect(found('证件号11010519491231002X')).toEqual(['11010519491231002X']);
    expect(found('证件号11010519491231002x')).toEqual(['11010519491231002X']);
  });

  test('full-width digits count after normalisation', () => {
    expect(found(`身份证：${toFullWidth('11010519491231002X')}`)).toEqual(['11010519491231002X']);
  });

  test('shows only a mask', () => {
    expect(findResidentIds('110105199003071239', TODAY)[0]?.display).toBe('110105********1239');
  });

  test('a wrong check character is not an ID', () => {
    expect(found('110105199003071238')).toEqual([]);
    expect(found('110105199003071230')).toEqual([]);
  });

  test('29 February: an ID in a leap year, digits in another year', () => {
    expect(found(buildResidentId('110105', { year: 1988, month: 2, day: 29 }, '123'))).toHaveLength(1);
    expect(found(buildResidentId('110105', { year: 2000, month: 2, day: 29 }, '123'))).toHaveLength(1);
    expect(found(buildResidentId('110105', { year: 1989, month: 2, day: 29 }, '123'))).toEqual([]);
    expect(found(buildResidentId('110105', { year: 1900, month: 2, day: 29 }, '123'))).toEqual([]);
  });

  test('impossible dates: 2月30日, month 13, day 0', () => {
    expect(found(buildResidentId('110105', { year: 1990, month: 2, day: 30 }, '123'))).toEqual([]);
    expect(found(buildResidentId('110105', { year: 1990, month: 13, day: 1 }, '123'))).toEqual([]);
    expect(found(buildResidentId('110105', { year: 1990, month: 1, day: 0 }, '123'))).toEqual([]);
  });

  test('not born in the future, nor before 1900', () => {
    expect(found(buildResidentId('110105', TODAY, '123'))).toHaveLength(1);
    expect(found(buildResidentId('110105', { year: 2026, month: 7, day: 1 }, '123'))).toEqual([]);
    expect(found(buildResidentId('440524', { year: 1880, month: 1, day: 1 }, '001'))).toEqual([]);
    expect(found(buildResidentId('440524', { year: 1900, month: 1, day: 1 }, '001'))).toHaveLength(1);
  });

  test('"today" comes from the caller', () => {
    const id = buildResidentId('110105', { year: 2026, month: 7, day: 1 }, '123');
    expect(isValidResidentId(id, TODAY)).toBe(false);
    expect(isValidResidentId(id, { year: 2026, month: 7, day: 1 })).toBe(true);
  });

  test('a region code starting with 0 or 9, or no province, is not an ID', () => {
    expect(found(buildResidentId('010105', { year: 1990, month: 3, day: 7 }, '123'))).toEqual([]);
    expect(found(buildResidentId('910105', { year: 1990, month: 3, day: 7 }, '123'))).toEqual([]);
    expect(found(buildResidentId('190105', { year: 1990, month: 3, day: 7 }, '123'))).toEqual([]);
    expect(found(buildResidentId('810000', { year: 1990, month: 3, day: 7 }, '123'))).toHaveLength(1);
  });

  test('numbers in longer digit runs or glued to Latin letters do not count', () => {
    expect(found('1110105199003071239')).toEqual([]);
    expect(found('11010519900307123901')).toEqual([]);
    expect(found('SN110105199003071239')).toEqual([]);
    expect(found('110105199003071239abc')).toEqual([]);
    expect(found('11010519491231002XY')).toEqual([]);
  });

  test('numbers next to CJK, punctuation, underscores or another ID count', () => {
    expect(found('号110105199003071239号')).toEqual(['110105199003071239']);
    expect(found('王五_110105199003071239.jpg')).toEqual(['110105199003071239']);
    expect(found('110105199003071239,11010519491231002X')).toEqual(['110105199003071239', '11010519491231002X']);
  });

  test('15-digit legacy numbers with a valid date', () => {
    expect(found('旧身份证号 110105900307123')).toEqual(['110105900307123']);
    expect(isValidLegacyResidentId('110105880229123', TODAY)).toBe(true);
    expect(isValidLegacyResidentId('110105890229123', TODAY)).toBe(false);
    expect(found('110105901307123')).toEqual([]);
    expect(found('910105900307123')).toEqual([]);
  });

  test('dates, phone numbers and order numbers are not IDs', () => {
    expect(found('会议于2026年11月30日召开，电话 010-5555-0123，订单号 2026113012345678，日期 20261130。')).toEqual([]);
  });

  const validId = fc
    .record({
      province: fc.constantFrom('11', '31', '44', '51', '65', '81'),
      county: fc.integer({ min: 100, max: 9999 }),
      birth: fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2026, 5, 30)), noInvalidDate: true }),
      sequence: fc.integer({ min: 0, max: 999 }),
    })
    .map(({ province, county, birth, sequence }) =>
      buildResidentId(`${province}${String(county).padStart(4, '0')}`, { year: birth.getUTCFullYear(), month: birth.getUTCMonth() + 1, day: birth.getUTCDate() }, String(sequence).padStart(3, '0')),
    );

  test('property: any valid ID is found, in any surrounding text', () => {
    fc.assert(fc.property(validId, fc.constantFrom('身份证：', 'ID ', '（', ''), (id, lead) => found(`${lead}${id}。`).join() === id));
  });

  test('property: changing any one character of a valid ID makes it no ID', () => {
    fc.assert(
      fc.property(validId, fc.integer({ min: 0, max: 17 }), fc.integer({ min: 1, max: 10 }), (id, position, shift) => {
        const alphabet = '0123456789X';
        const current = alphabet.indexOf(id[position]!);
        const size = position === 17 ? 11 : 10;
        const replacement = alphabet[(current + shift) % size]!;
        fc.pre(replacement !== id[position]);
        return found(id.slice(0, position) + replacement + id.slice(position + 1)).length === 0;
      }),
    );
  });

  describe('grouped 6-8-4 (RULES.md: single spaces or hyphens)', () => {
    test('spaces, hyphens, and the check letter X in either case', () => {
      expect(found('身份证号 110105 19491231 002X。')).toEqual(['11010519491231002X']);
      expect(found('ID: 110105-19491231-002x')).toEqual(['11010519491231002X']);
      expect(found('440305 19880715 0015')).toEqual(['440305198807150015']);
    });

    test('other groupings, mixed separators, double spaces and glued text are not grouped IDs', () => {
      expect(found('110105 1949 1231 002X')).toEqual([]);
      expect(found('110105 19491231-002X')).toEqual([]);
      expect(found('110105  19491231 002X')).toEqual([]);
      expect(found('110105 19491231 002XY')).toEqual([]);
      expect(found('9110105 19491231 002X')).toEqual([]);
    });

    test('property: any valid ID grouped 6-8-4 is found', () => {
      fc.assert(
        fc.property(validId, fc.constantFrom(' ', '-'), (id, separator) => found(`身份证：${id.slice(0, 6)}${separator}${id.slice(6, 14)}${separator}${id.slice(14)}。`).join() === id),
      );
    });
  });
});
