import { forEachAlnumRun, forEachGroupedNumber, type DigitGroups } from './scan';

function runs(text: string): string[] {
  const found: string[] = [];
  forEachAlnumRun(text, (start, end) => found.push(text.slice(start, end)));
  return found;
}

function grouped(text: string): Array<Pick<DigitGroups, 'groups' | 'digits'>> {
  const found: Array<Pick<DigitGroups, 'groups' | 'digits'>> = [];
  forEachGroupedNumber(text, ({ groups, digits }) => found.push({ groups, digits }));
  return found;
}

describe('forEachAlnumRun', () => {
  test('CJK, punctuation and spaces end a run; letters and digits glue', () => {
    expect(runs('身份证号为110105199003071239，SN12345 abc_12')).toEqual(['110105199003071239', 'SN12345', 'abc', '12']);
  });

  test('an empty or run-free text gives nothing', () => {
    expect(runs('')).toEqual([]);
    expect(runs('，。 、')).toEqual([]);
  });
});

describe('forEachGroupedNumber', () => {
  test('reads groups joined by one space or one hyphen, the same throughout', () => {
    expect(grouped('卡号 6222 0212 3456 7890 已绑定')).toEqual([{ groups: [4, 4, 4, 4], digits: '6222021234567890' }]);
    expect(grouped('电话 010-5555-0123。')).toEqual([{ groups: [3, 4, 4], digits: '01055550123' }]);
    expect(grouped('6222-0212 3456')).toEqual([{ groups: [4, 4], digits: '62220212' }]);
  });

  test('a lone number, two spaces or a number glued to letters is no grouped number', () => {
    expect(grouped('1234567890')).toEqual([]);
    expect(grouped('1234  5678')).toEqual([]);
    expect(grouped('x1234 5678')).toEqual([]);
    expect(grouped('1234 5678ab')).toEqual([]);
  });
});
