import { findingsOf, runRuleTests } from '../../../../test/helpers/rule-tester';

const addTag = (subject: string) => [{ id: 'add-tag', action: { kind: 'setSubject', subject } }] as const;
const missingTag = (word: string, subject: string, tag = '[重要]') => ({ messageId: 'missingTag', data: { word, tag }, field: 'subject', fixes: addTag(subject) }) as const;
const misplacedTag = (found: string, subject: string) => ({ messageId: 'misplacedTag', data: { found, tag: '[重要]' }, field: 'subject', fixes: addTag(subject) }) as const;

runRuleTests('important-tag', {
  valid: [
    { name: 'no importance word', draft: { subject: '第三季度预算审核安排' } },
    { name: 'the canonical tag at the start', draft: { subject: '[重要] 第三季度预算' } },
    { name: 'the tag right after a reply prefix (Re: [重要] 预算)', draft: { subject: 'Re: [重要] 预算' } },
    { name: 'a lenticular tag after a Traditional prefix', draft: { subject: '回覆：【重要】預算審核' } },
    { name: 'a full-width tag', draft: { subject: '［重要］第三季度预算' } },
    { name: 'a full-width tag after a full-width prefix', draft: { subject: 'ＲＥ：［重要］预算' } },
    { name: 'a parenthesised tag', draft: { subject: '(重要)第三季度预算' } },
    { name: 'a full-width parenthesised tag', draft: { subject: '（重要）第三季度预算' } },
    { name: 'an English tag', draft: { subject: '[IMPORTANT] Q3 budget review' } },
    { name: 'a bracketed urgent', draft: { subject: '[Urgent] server outage tonight' } },
    { name: 'a tag before a prefix', draft: { subject: '[重要] RE: 预算' } },
    { name: 'a tag at the start and an importance word later', draft: { subject: '[重要] 紧急：预算审核' } },
    { name: '重要性 is about importance, not an important mail', draft: { subject: '关于数据备份重要性的说明' } },
    { name: '不紧急 says the opposite', draft: { subject: '不紧急：有空看看预算表' } },
    { name: 'Not urgent says the opposite', draft: { subject: 'Not urgent: budget notes' } },
    { name: 'important inside another word', draft: { subject: 'Unimportant tweaks to the docs' } },
    { name: 'the [重要] variant satisfies a policy tag of 【重要】', draft: { subject: '[重要] 预算审核' }, policy: { importantTag: '【重要】' } },
    { name: 'exclamation marks show feeling, not importance (好消息!!!)', draft: { subject: '好消息!!!' } },
    { name: 'exclamation marks in English (Whats up!!!!!)', draft: { subject: 'Whats up!!!!!' } },
    { name: 'full-width exclamation marks', draft: { subject: '周五聚餐！！！' } },
    { name: 'a replaced word list', draft: { subject: '重要：预算审核' }, policy: { rules: { 'important-tag': { words: { replace: ['要事'] } } } } },
  ],
  invalid: [
    { name: '重要 without a tag', draft: { subject: '重要：第三季度预算' }, errors: [missingTag('重要', '[重要] 重要：第三季度预算')] },
    { name: 'the fix keeps 回复： in front', draft: { subject: '回复：重要的预算调整' }, errors: [missingTag('重要', '回复：[重要] 重要的预算调整')] },
    { name: 'the fix keeps repeated prefixes in front', draft: { subject: 'RE: 回复: 紧急 服务器宕机处理' }, errors: [missingTag('紧急', 'RE: 回复: [重要] 紧急 服务器宕机处理')] },
    { name: 'Traditional 緊急', draft: { subject: '緊急：伺服器維護通知' }, errors: [missingTag('緊急', '[重要] 緊急：伺服器維護通知')] },
    { name: 'Traditional forward prefix', draft: { subject: '轉寄：重要通知：年會安排' }, errors: [missingTag('重要', '轉寄：[重要] 重要通知：年會安排')] },
    { name: 'English URGENT', draft: { subject: 'URGENT: server outage tonight' }, errors: [missingTag('urgent', '[重要] URGENT: server outage tonight')] },
    { name: 'full-width ＵＲＧＥＮＴ, kept as typed', draft: { subject: 'ＵＲＧＥＮＴ：服务器维护' }, errors: [missingTag('urgent', '[重要] ＵＲＧＥＮＴ：服务器维护')] },
    { name: 'a full-width prefix stays in front', draft: { subject: 'ＲＥ：紧急：预算审核' }, errors: [missingTag('紧急', 'ＲＥ：[重要] 紧急：预算审核')] },
    { name: 'ASAP', draft: { subject: 'Need the Q3 numbers ASAP' }, errors: [missingTag('asap', '[重要] Need the Q3 numbers ASAP')] },
    { name: 'a tag at the end moves to the front', draft: { subject: '第三季度预算 [重要]' }, errors: [misplacedTag('[重要]', '[重要] 第三季度预算')] },
    { name: 'a tag in the middle moves as typed, no text dropped', draft: { subject: '第三季度【重要】预算' }, errors: [misplacedTag('【重要】', '【重要】 第三季度预算')] },
    { name: 'a full-width tag at the end after ｒｅ：', draft: { subject: 'ｒｅ：预算审核［重要］' }, errors: [misplacedTag('[重要]', 'ｒｅ：［重要］ 预算审核')] },
    { name: 'a Traditional tag at the end after FW:', draft: { subject: 'FW: 預算審核 [緊急]' }, errors: [misplacedTag('[緊急]', 'FW: [緊急] 預算審核')] },
    { name: 'the policy’s own tag', draft: { subject: '重要：预算审核' }, policy: { importantTag: '【重要】' }, errors: [missingTag('重要', '【重要】 重要：预算审核', '【重要】')] },
    { name: 'a word the policy adds', draft: { subject: '要事：预算审核' }, policy: { rules: { 'important-tag': { words: ['要事'] } } }, errors: [missingTag('要事', '[重要] 要事：预算审核')] },
    {
      name: 'severity raised to block',
      draft: { subject: '重要：第三季度预算' },
      policy: { rules: { 'important-tag': { severity: 'block' } } },
      errors: [{ ...missingTag('重要', '[重要] 重要：第三季度预算'), severity: 'block' }],
    },
  ],
  invalidOptions: [
    { name: 'words as a string', options: { words: 'urgent' }, path: '$.rules["important-tag"].words' },
    { name: 'exceptions with a bad replace list', options: { exceptions: { replace: '重要性' } }, path: '$.rules["important-tag"].exceptions' },
    { name: 'an empty importantTag', policy: { importantTag: '' }, path: '$.importantTag' },
  ],
});

test('the English message asks to tag important messages', () => {
  expect(findingsOf('important-tag', { name: 'untagged', draft: { subject: 'Urgent: server down' } }, 'en-US')[0]?.message).toBe('The subject says "urgent" but does not start with "[重要]": tag important messages at the start of the subject.');
});
