import { findingsOf, runRuleTests } from '../../../../test/helpers/rule-tester';

const missing = { messageId: 'missing', field: 'subject' } as const;

runRuleTests('subject-missing', {
  valid: [
    { name: 'a Simplified Chinese subject', draft: { subject: '第三季度预算审核安排' } },
    { name: 'a Traditional Chinese subject', draft: { subject: '第三季度預算審核安排' } },
    { name: 'an English subject', draft: { subject: 'Q3 budget review' } },
    { name: 'a reply prefix with content', draft: { subject: 'RE: 第三季度预算' } },
    { name: 'a full-width tag with content', draft: { subject: '［重要］第三季度预算' } },
    { name: 'a generic subject is subject-vague’s business, not this rule’s', draft: { subject: '(no subject)' } },
    { name: 'the encryption tag is stripped, but content remains', draft: { subject: '[加密] 合同草案' }, policy: { encryption: { method: 'subjectTag', tag: '[加密]' } } },
  ],
  invalid: [
    { name: 'an empty subject', draft: { subject: '' }, errors: [missing] },
    { name: 'a subject of spaces', draft: { subject: '   ' }, errors: [missing] },
    { name: 'a subject of one ideographic (full-width) space', draft: { subject: '\u3000' }, errors: [missing] },
    { name: 'only a reply prefix', draft: { subject: 'RE: ' }, errors: [missing] },
    { name: 'only a full-width reply prefix (ｒｅ：)', draft: { subject: 'ｒｅ：' }, errors: [missing] },
    { name: 'only repeated prefixes in three languages', draft: { subject: 'RE: FW: 回复：转发: ' }, errors: [missing] },
    { name: 'only Traditional Chinese prefixes', draft: { subject: '回覆：轉寄：' }, errors: [missing] },
    { name: 'only the importance tag', draft: { subject: '[重要]' }, errors: [missing] },
    { name: 'only a full-width importance tag', draft: { subject: '［重要］' }, errors: [missing] },
    { name: 'only a prefix and a lenticular tag', draft: { subject: 'Re: 【重要】 ' }, errors: [missing] },
    { name: 'only the encryption tag of the policy', draft: { subject: '[加密]' }, policy: { encryption: { method: 'subjectTag', tag: '[加密]' } }, errors: [missing] },
    { name: 'severity raised to block by the policy', draft: { subject: '' }, policy: { rules: { 'subject-missing': { severity: 'block' } } }, errors: [{ ...missing, severity: 'block' }] },
  ],
  invalidOptions: [
    { name: 'an option the rule does not have', options: { minLength: 3 }, path: '$.rules["subject-missing"].minLength' },
    { name: 'a severity that does not exist', options: { severity: 'error' }, path: '$.rules["subject-missing"].severity' },
  ],
});

test('the English message says "this message", not "the mail"', () => {
  expect(findingsOf('subject-missing', { name: 'empty', draft: { subject: '' } }, 'en-US')[0]?.message).toBe('This message has no subject: sum up what it is about in a few words.');
});
