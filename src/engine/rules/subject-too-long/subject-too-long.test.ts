import { findingsOf, runRuleTests } from '../../../../test/helpers/rule-tester';

const HAN_40 = '一二三四五六七八九十'.repeat(4);
const TRAD_40 = '預算審核會議時間調整'.repeat(4);
const tooLong = (width: number, max = 80) => ({ messageId: 'tooLong', data: { width, max }, field: 'subject' }) as const;

runRuleTests('subject-too-long', {
  valid: [
    { name: '40 Han characters (80 columns)', draft: { subject: HAN_40 } },
    { name: '40 Traditional characters', draft: { subject: TRAD_40 } },
    { name: 'prefixes and the tag do not count', draft: { subject: `RE: 回复：[重要] ${HAN_40}` } },
    { name: '80 Latin characters', draft: { subject: 'a'.repeat(80) } },
    { name: '41 full-width letters are 41 columns after NFKC', draft: { subject: 'ａ'.repeat(41) } },
    { name: '39 Han characters and a full-width comma (79 columns)', draft: { subject: `${HAN_40.slice(0, 39)}，` } },
    { name: 'a wider limit from the policy', draft: { subject: `${HAN_40}一` }, policy: { rules: { 'subject-too-long': { maxWidth: 100 } } } },
  ],
  invalid: [
    { name: '41 Han characters (82 columns)', draft: { subject: `${HAN_40}一` }, errors: [tooLong(82)] },
    { name: '41 Traditional characters', draft: { subject: `${TRAD_40}會` }, errors: [tooLong(82)] },
    { name: '41 Han characters after a prefix and a full-width tag', draft: { subject: `Re: ［重要］${HAN_40}一` }, errors: [tooLong(82)] },
    { name: '81 Latin characters', draft: { subject: 'a'.repeat(81) }, errors: [tooLong(81)] },
    { name: '30 Han characters and 21 Latin ones', draft: { subject: `${HAN_40.slice(0, 30)}${'b'.repeat(21)}` }, errors: [tooLong(81)] },
    { name: '41 kana', draft: { subject: 'あ'.repeat(41) }, errors: [tooLong(82)] },
    { name: 'a narrower limit from the policy', draft: { subject: HAN_40.slice(0, 21) }, policy: { rules: { 'subject-too-long': { maxWidth: 40 } } }, errors: [tooLong(42, 40)] },
    { name: 'severity raised to warning', draft: { subject: `${HAN_40}一` }, policy: { rules: { 'subject-too-long': { severity: 'warning' } } }, errors: [{ ...tooLong(82), severity: 'warning' }] },
  ],
  invalidOptions: [
    { name: 'a zero width', options: { maxWidth: 0 }, path: '$.rules["subject-too-long"].maxWidth' },
    { name: 'a width as a string', options: { maxWidth: '80' }, path: '$.rules["subject-too-long"].maxWidth' },
  ],
});

test('the English message speaks of characters, not terminal columns', () => {
  expect(findingsOf('subject-too-long', { name: 'long', draft: { subject: 'a'.repeat(81) } }, 'en-US')[0]?.message).toMatch(/^The subject is long \(about 81 characters wide; keep it to 80 or fewer\): /u);
});
