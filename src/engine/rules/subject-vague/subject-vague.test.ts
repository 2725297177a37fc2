import fc from 'fast-check';
import { PUNCTUATION_CLASS, trimPunctuation } from '../../text/normalize';
import { findingsOf, runRuleTests } from '../../../../test/helpers/rule-tester';

const generic = (subject: string) => ({ messageId: 'generic', data: { subject }, field: 'subject' }) as const;
const short = (subject: string) => ({ messageId: 'short', data: { subject }, field: 'subject' }) as const;

runRuleTests('subject-vague', {
  valid: [
    { name: 'a specific Simplified Chinese subject', draft: { subject: '第三季度预算审核安排' } },
    { name: 'a specific Traditional Chinese subject', draft: { subject: '第三季度預算審核安排' } },
    { name: 'a specific English subject', draft: { subject: 'Q3 budget review' } },
    { name: 'a generic word followed by content', draft: { subject: 'Re: FYI: 年会安排' } },
    { name: 'a generic word inside a specific subject', draft: { subject: '关于年会的通知' } },
    { name: 'two CJK characters are enough', draft: { subject: '预算' } },
    { name: 'four Latin letters are enough', draft: { subject: 'Plan' } },
    { name: 'an empty subject is left to subject-missing', draft: { subject: 'RE: [重要] ' } },
    { name: 'a replaced word list no longer holds 你好', draft: { subject: '你好' }, policy: { rules: { 'subject-vague': { words: { replace: ['汇总'] } } } } },
  ],
  invalid: [
    { name: '你好', draft: { subject: '你好' }, errors: [generic('你好')] },
    { name: '您好 with a full-width exclamation mark', draft: { subject: '您好！' }, errors: [generic('您好!')] },
    { name: 'full-width ＦＹＩ', draft: { subject: 'ＦＹＩ' }, errors: [generic('FYI')] },
    { name: 'FYI after a full-width reply prefix', draft: { subject: 'ｒｅ：FYI!!' }, errors: [generic('FYI!!')] },
    { name: '无 after a prefix and a tag', draft: { subject: 'RE: [重要] 无' }, errors: [generic('无')] },
    { name: 'Traditional 無主題', draft: { subject: '無主題' }, errors: [generic('無主題')] },
    { name: '(no subject)', draft: { subject: '(no subject)' }, errors: [generic('(no subject)')] },
    { name: '请查收', draft: { subject: '请查收' }, errors: [generic('请查收')] },
    { name: 'generic words written together (請查收附件)', draft: { subject: '請查收附件' }, errors: [generic('請查收附件')] },
    { name: 'generic words separated by punctuation', draft: { subject: 'Hello, update' }, errors: [generic('Hello, update')] },
    { name: 'Traditional 資料 behind two prefixes', draft: { subject: 'Re: 回覆：資料' }, errors: [generic('資料')] },
    { name: 'Taiwanese 訊息', draft: { subject: '訊息' }, errors: [generic('訊息')] },
    { name: 'a test mail, Simplified', draft: { subject: '测试邮件' }, errors: [generic('测试邮件')] },
    { name: 'a test mail, Traditional', draft: { subject: '測試郵件' }, errors: [generic('測試郵件')] },
    { name: 'test email', draft: { subject: 'Test email' }, errors: [generic('Test email')] },
    { name: 'Hi all', draft: { subject: 'Hi all' }, errors: [generic('Hi all')] },
    { name: 'FYI only', draft: { subject: 'FYI only' }, errors: [generic('FYI only')] },
    { name: 'Simplified 讯息', draft: { subject: '讯息' }, errors: [generic('讯息')] },
    { name: 'test', draft: { subject: 'test' }, errors: [generic('test')] },
    { name: 'one Han character', draft: { subject: '表' }, errors: [short('表')] },
    { name: 'three Latin letters', draft: { subject: 'abc' }, errors: [short('abc')] },
    { name: 'a code and a digit', draft: { subject: 'Q3' }, errors: [short('Q3')] },
    { name: 'full-width digits only', draft: { subject: '２０２６' }, errors: [short('2026')] },
    { name: 'a word the policy adds', draft: { subject: '汇总' }, policy: { rules: { 'subject-vague': { words: ['汇总'] } } }, errors: [generic('汇总')] },
    { name: 'a stricter minimum of Latin letters', draft: { subject: 'Plans' }, policy: { rules: { 'subject-vague': { minLatin: 6 } } }, errors: [short('Plans')] },
    { name: 'severity raised to block', draft: { subject: '你好' }, policy: { rules: { 'subject-vague': { severity: 'block' } } }, errors: [{ ...generic('你好'), severity: 'block' }] },
  ],
  invalidOptions: [
    { name: 'words as a string', options: { words: '你好' }, path: '$.rules["subject-vague"].words' },
    { name: 'an empty word', options: { words: [''] }, path: '$.rules["subject-vague"].words[0]' },
    { name: 'a negative minimum', options: { minCjk: -1 }, path: '$.rules["subject-vague"].minCjk' },
    { name: 'a fractional minimum', options: { minLatin: 1.5 }, path: '$.rules["subject-vague"].minLatin' },
  ],
});

test('the English messages say "the message", not "the mail"', () => {
  expect(findingsOf('subject-vague', { name: 'generic', draft: { subject: 'FYI' } }, 'en-US')[0]?.message).toBe('The subject "FYI" is too generic: say what the message is about.');
  expect(findingsOf('subject-vague', { name: 'short', draft: { subject: 'abc' } }, 'en-US')[0]?.message).toBe('The subject "abc" is too short to tell what the message is about.');
});

describe('long punctuation runs (reachable through .eml and the CLI)', () => {
  test('a word, 400,000 punctuation characters and a word: the run costs one pass, not one per offset', () => {
    const subject = `a${'!'.repeat(400_000)}b`;
    expect(trimPunctuation(subject)).toBe(subject);
    expect(trimPunctuation(`  ${subject}。 `)).toBe(subject);
    expect(findingsOf('subject-vague', { name: 'long', draft: { subject } })).toMatchObject([{ messageId: 'short' }]);
  });

  test('trimPunctuation trims what the edge regular expression trimmed', () => {
    const edges = new RegExp(`^[${PUNCTUATION_CLASS}]+|[${PUNCTUATION_CLASS}]+$`, 'gu');
    const unit = fc.constantFrom('a', '!', ' ', '。', '【', '好', '\u3000', '\ud83d\ude00', '\ud800', '_', '\n');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 12 }), (text) => expect(trimPunctuation(text)).toBe(text.replace(edges, ''))),
      { numRuns: 2000 },
    );
  });
});
