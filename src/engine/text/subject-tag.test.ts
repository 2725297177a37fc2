import { tagSubject } from './subject-tag';

describe('tagSubject, importance tags', () => {
  test.each([
    ['预算', '[重要] 预算'],
    ['RE: 预算', 'RE: [重要] 预算'],
    ['ｒｅ：预算 ［重要］', 'ｒｅ：［重要］ 预算'],
    ['预算 【紧急】 下周', '【紧急】 预算 下周'],
    ['预算 [Urgent] and [重要]', '[Urgent] [重要] 预算 and'],
    ['', '[重要]'],
    ['RE: ', 'RE: [重要]'],
  ])('%j → %j', (subject, expected) => {
    expect(tagSubject(subject, '[重要]', 'importance')).toBe(expected);
  });

  test('keeps every character the author typed', () => {
    const subject = 'ＦＷ：季度 ［重要］ 预算　表';
    const tagged = tagSubject(subject, '[重要]', 'importance');
    expect([...tagged.replace(/\s/gu, '')].sort()).toEqual([...subject.replace(/\s/gu, '')].sort());
  });
});

describe('tagSubject, encryption tags', () => {
  test.each([
    ['入职信息登记', '[加密] 入职信息登记'],
    ['RE: 入职信息登记', 'RE: [加密] 入职信息登记'],
    ['回复：入职信息登记', '回复：[加密] 入职信息登记'],
    ['入职信息登记 [加密]', '入职信息登记 [加密]'],
    ['入职 ［加密］ 信息', '入职 ［加密］ 信息'],
    ['', '[加密]'],
  ])('%j → %j', (subject, expected) => {
    expect(tagSubject(subject, '[加密]', 'encryption')).toBe(expected);
  });

  test('an importance word is not an encryption tag, and the reverse', () => {
    expect(tagSubject('[重要] 预算', '[加密]', 'encryption')).toBe('[加密] [重要] 预算');
    expect(tagSubject('[加密] 预算', '[重要]', 'importance')).toBe('[重要] [加密] 预算');
  });
});
