import { toFullWidth } from '../../../test/sensitive-numbers';
import { normalizeForMatch } from '../text/normalize';
import { findMobileNumbers } from './mobile';

const found = (text: string) => findMobileNumbers(normalizeForMatch(text)).map((d) => d.value);

describe('mainland mobile numbers', () => {
  test('plain, grouped 3-4-4, and with the country code', () => {
    expect(found('手机：13800138000')).toEqual(['13800138000']);
    expect(found('Mobile 139 1234 5678 / 159-8765-4321')).toEqual(['13912345678', '15987654321']);
    expect(found('+86 13800138000, +86 186 0000 1111, 8617712345678')).toEqual(['13800138000', '18600001111', '17712345678']);
    expect(found(toFullWidth('18912345678'))).toEqual(['18912345678']);
  });

  test('shows only a mask', () => {
    expect(findMobileNumbers('13800138000')[0]?.display).toBe('138****8000');
  });

  test('landlines, 1[0-2] prefixes, longer runs and glued numbers are not mobile numbers', () => {
    expect(found('电话 010-5555-0123，12345678901，110105199003071239，T13800138000，138001380001')).toEqual([]);
  });
});
