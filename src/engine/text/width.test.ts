import { displayWidth } from './width';

describe('displayWidth', () => {
  test('Han characters count 2, ASCII 1', () => {
    expect(displayWidth('预算')).toBe(4);
    expect(displayWidth('Q3 budget')).toBe(9);
    expect(displayWidth('第3季度 budget')).toBe(6 + 1 + 1 + 6);
  });

  test('40 Han characters are 80 wide, 41 are 82', () => {
    expect(displayWidth('字'.repeat(40))).toBe(80);
    expect(displayWidth('字'.repeat(41))).toBe(82);
  });

  test('kana, Hangul and full-width punctuation are wide; astral Han counts once as 2', () => {
    expect(displayWidth('かな한글')).toBe(8);
    expect(displayWidth('！')).toBe(2);
    expect(displayWidth('𠀀')).toBe(2);
  });

  test('emoji and wide symbols count 2', () => {
    expect(displayWidth('🚀✅⌚😀')).toBe(8);
    expect(displayWidth('→')).toBe(1);
  });
});
