import { composeTypeOfSubject, findImportanceTags, splitSubjectPrefixes, subjectCore } from './subject';

describe('splitSubjectPrefixes', () => {
  test.each([
    ['RE: 预算', 'RE: ', '预算'],
    ['Re: RE: FW: budget', 'Re: RE: FW: ', 'budget'],
    ['回复：关于搬迁', '回复：', '关于搬迁'],
    ['回覆: 轉寄：會議', '回覆: 轉寄：', '會議'],
    ['答复:转发:通知', '答复:转发:', '通知'],
    ['RE[2]: numbers', 'RE[2]: ', 'numbers'],
    ['Fwd: hello', 'Fwd: ', 'hello'],
    ['Reporting lines', '', 'Reporting lines'],
    ['Regarding: x', '', 'Regarding: x'],
  ])('%s', (subject, prefixes, rest) => {
    expect(splitSubjectPrefixes(subject)).toEqual({ prefixes, rest });
  });
});

describe('subjectCore', () => {
  test.each([
    ['RE: [重要] 预算', '预算'],
    ['[重要]', ''],
    ['RE: FW:   ', ''],
    ['【重要】 年度计划', '年度计划'],
    ['(重要)年度计划', '年度计划'],
    ['[IMPORTANT] Plan', 'Plan'],
    ['[重要] RE: 预算', '预算'],
    ['ＲＥ：［重要］预算', '预算'],
  ])('%s → %s', (subject, core) => {
    expect(subjectCore(subject, '[重要]')).toBe(core);
  });

  test('strips extra marker tags such as the encryption tag', () => {
    expect(subjectCore('[加密] 合同', '[重要]', ['[加密]'])).toBe('合同');
  });

  test('a custom canonical tag counts as a tag', () => {
    expect(subjectCore('<<URGENT>> outage', '<<URGENT>>')).toBe('outage');
  });
});

describe('findImportanceTags', () => {
  test('finds bracketed importance words anywhere, with positions', () => {
    const tags = findImportanceTags('预算 [重要] and 【紧急】', '[重要]');
    expect(tags.map((t) => [t.text, t.start])).toEqual([
      ['[重要]', 3],
      ['【紧急】', 12],
    ]);
  });

  test('does not take a plain importance word for a tag', () => {
    expect(findImportanceTags('重要通知', '[重要]')).toEqual([]);
  });
});

describe('composeTypeOfSubject', () => {
  test.each([
    ['RE: 预算', 'reply'],
    ['回复：预算', 'reply'],
    ['答覆: 預算', 'reply'],
    ['AW: Budget', 'reply'],
    ['RE[2]: Budget', 'reply'],
    ['ＲＥ：预算', 'reply'],
    ['FW: Budget', 'forward'],
    ['Fwd: Budget', 'forward'],
    ['WG: Budget', 'forward'],
    ['转发：预算', 'forward'],
    ['轉寄: 預算', 'forward'],
    ['Re: FW: Budget', 'reply'],
    ['Fw: Re: Budget', 'forward'],
  ] as const)('%s is a %s', (subject, type) => {
    expect(composeTypeOfSubject(subject)).toBe(type);
  });

  test.each([['预算'], ['Regarding the budget'], ['Reply needed'], ['']])('%s has no prefix', (subject) => {
    expect(composeTypeOfSubject(subject)).toBeUndefined();
  });
});
