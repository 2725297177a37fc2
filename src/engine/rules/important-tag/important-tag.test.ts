import { parseDraft, parsePolicy, type Draft, type Policy } from '../../index';
import { DEFAULT_DRAFT, findingsOf, runRuleTests } from '../../../../test/helpers/rule-tester';
import { readReceiptAddress, RECEIPT_LINE } from './index';

const addTag = (subject: string) => [{ id: 'add-tag', action: { kind: 'setSubject', subject } }] as const;
const missingTag = (word: string, subject: string, tag = '[重要]') => ({ messageId: 'missingTag', data: { word, tag }, field: 'subject', fixes: addTag(subject) }) as const;
const misplacedTag = (found: string, subject: string) => ({ messageId: 'misplacedTag', data: { found, tag: '[重要]' }, field: 'subject', fixes: addTag(subject) }) as const;

const ASK_RECEIPT = { rules: { 'important-tag': { askReceipt: true } } };
const receiptLine = (text: string) => ({ id: 'insert-receipt-line', action: { kind: 'insertText', text, position: 'closing' } }) as const;
const noReceipt = (tag: string, text: string = RECEIPT_LINE['zh-CN']) => ({ messageId: 'noReceiptRequest', data: { tag }, severity: 'info', field: 'body', fixes: [receiptLine(text)] }) as const;

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
    { name: 'askReceipt is off by default: a tagged mail without a receipt request passes', draft: { subject: '[重要] 第三季度预算' } },
    { name: 'askReceipt: 收到请回复 already asks', draft: { subject: '[重要] 第三季度预算', body: '各位：\n\n预算表已更新，收到请回复。\n\n张三' }, policy: ASK_RECEIPT },
    { name: 'askReceipt: 请确认收到 already asks', draft: { subject: '[重要] 第三季度预算', body: '各位：\n\n预算表已更新，烦请确认收到。\n\n张三' }, policy: ASK_RECEIPT },
    { name: 'askReceipt: 收悉请回复 already asks', draft: { subject: '[重要] 年度审计通知', body: '各单位：\n\n审计安排见正文，收悉请回复。\n\n办公室' }, policy: ASK_RECEIPT },
    { name: 'askReceipt: Traditional 收到後請回覆 already asks', draft: { subject: '【重要】年度預算', body: '各位同仁：\n\n預算表已更新，收到後請回覆。\n\n張三' }, policy: ASK_RECEIPT },
    { name: 'askReceipt: Traditional 請回覆確認 already asks', draft: { subject: '【重要】年度預算', body: '各位同仁：\n\n請回覆確認，謝謝。\n\n張三' }, policy: ASK_RECEIPT },
    { name: 'askReceipt: please acknowledge receipt already asks', draft: { subject: '[IMPORTANT] Q3 budget', body: 'Hi all,\n\nThe budget is attached. Please acknowledge receipt.\n\nZhang San' }, policy: ASK_RECEIPT },
    { name: 'askReceipt: Kindly confirm receipt already asks', draft: { subject: '[IMPORTANT] Q3 budget', body: 'Dear team,\n\nKindly confirm receipt of this notice.\n\nZhang San' }, policy: ASK_RECEIPT },
    { name: 'askReceipt: a request in the subject counts', draft: { subject: '[重要] 请确认收到：值班安排' }, policy: ASK_RECEIPT },
    { name: 'askReceipt: once the line is in, it is not offered again', draft: { subject: '[重要] 第三季度预算', body: `各位：\n\n预算表已更新。\n\n${RECEIPT_LINE['zh-CN']}\n张三` }, policy: ASK_RECEIPT },
    {
      name: 'askReceipt: the line inserted counts even with a replaced request list',
      draft: { subject: '[IMPORTANT] Q3 budget', body: `Hi all,\n\nThe budget is final.\n${RECEIPT_LINE['en-US']}\nZhang San` },
      policy: { rules: { 'important-tag': { askReceipt: true, receiptRequests: { replace: ['回执'] } } } },
    },
    { name: 'askReceipt: a reply that kept the [重要] subject it inherited is not asked (the author did not tag it)', draft: { subject: 'RE: [重要] 预算', originalSubject: 'RE: [重要] 预算', composeType: 'reply', body: '收到，谢谢。\n\n-----Original Message-----\n预算表已更新。' }, policy: ASK_RECEIPT },
    { name: 'askReceipt: an unreadable body is not a body without a request', draft: { subject: '[重要] 第三季度预算', unavailable: ['body'] }, policy: ASK_RECEIPT },
    { name: 'askReceipt: a mail that is not important is not asked', draft: { subject: '第三季度预算审核安排' }, policy: ASK_RECEIPT },
  ],
  invalid: [
    {
      name: 'a review step on the rule: tagged mail is reported as important mail',
      draft: { subject: '[重要] 第三季度预算' },
      policy: { rules: { 'important-tag': { acknowledge: { label: '已经部门负责人审核' } } } },
      errors: [{ messageId: 'importantMail', data: { tag: '[重要]' }, severity: 'info', field: 'subject', fixes: [] }],
    },
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
    { name: 'askReceipt: a tagged mail without a request', draft: { subject: '[重要] 第三季度预算' }, policy: ASK_RECEIPT, errors: [noReceipt('[重要]')] },
    {
      name: 'askReceipt: a request only in the quoted history is not the author’s',
      draft: { subject: '转发：[重要] 预算', composeType: 'forward', body: '王五：\n\n请看下面的预算。\n\n-----Original Message-----\n收到请回复。' },
      policy: ASK_RECEIPT,
      errors: [noReceipt('[重要]')],
    },
    {
      name: 'askReceipt: the line is in Traditional Chinese for a Traditional mail',
      draft: { subject: '【重要】年度預算', body: '各位同仁：\n\n預算表已經更新，請於週五前審閱。\n\n張三' },
      policy: ASK_RECEIPT,
      errors: [noReceipt('【重要】', RECEIPT_LINE['zh-TW'])],
    },
    {
      name: 'askReceipt: the line is in English for an English mail, whatever the UI language',
      draft: { subject: '[IMPORTANT] Q3 budget review', body: 'Hi all,\n\nThe Q3 budget review moves to Friday.\n\nBest,\nZhang San' },
      policy: ASK_RECEIPT,
      errors: [noReceipt('[IMPORTANT]', RECEIPT_LINE['en-US'])],
    },
    {
      name: 'askReceipt: info even when the rule is raised to block',
      draft: { subject: '[重要] 第三季度预算' },
      policy: { rules: { 'important-tag': { askReceipt: true, severity: 'block' } } },
      errors: [noReceipt('[重要]')],
    },
    {
      name: 'askReceipt: a missing tag carries the receipt fix too',
      draft: { subject: '重要：第三季度预算' },
      policy: ASK_RECEIPT,
      errors: [{ ...missingTag('重要', '[重要] 重要：第三季度预算'), fixes: [...addTag('[重要] 重要：第三季度预算'), receiptLine(RECEIPT_LINE['zh-CN'])] }],
    },
    {
      name: 'askReceipt: a misplaced tag carries the receipt fix too',
      draft: { subject: '第三季度预算 [重要]' },
      policy: ASK_RECEIPT,
      errors: [{ ...misplacedTag('[重要]', '[重要] 第三季度预算'), fixes: [...addTag('[重要] 第三季度预算'), receiptLine(RECEIPT_LINE['zh-CN'])] }],
    },
    {
      name: 'askReceipt: a missing tag on a mail that already asks carries only the tag fix',
      draft: { subject: '重要：第三季度预算', body: '各位：\n\n收到请回复。\n\n张三' },
      policy: ASK_RECEIPT,
      errors: [missingTag('重要', '[重要] 重要：第三季度预算')],
    },
  ],
  invalidOptions: [
    { name: 'words as a string', options: { words: 'urgent' }, path: '$.rules["important-tag"].words' },
    { name: 'exceptions with a bad replace list', options: { exceptions: { replace: '重要性' } }, path: '$.rules["important-tag"].exceptions' },
    { name: 'an empty importantTag', policy: { importantTag: '' }, path: '$.importantTag' },
    { name: 'askReceipt as a string', options: { askReceipt: 'yes' }, path: '$.rules["important-tag"].askReceipt' },
    { name: 'readReceipt as a number', options: { readReceipt: 1 }, path: '$.rules["important-tag"].readReceipt' },
    { name: 'receiptRequests as a string', options: { receiptRequests: '收到请回复' }, path: '$.rules["important-tag"].receiptRequests' },
  ],
});

test('the English message asks to tag important messages', () => {
  expect(findingsOf('important-tag', { name: 'untagged', draft: { subject: 'Urgent: server down' } }, 'en-US')[0]?.message).toBe('The subject says "urgent" but does not start with "[重要]": tag important messages at the start of the subject.');
});

test('the receipt line is one the rule recognises, in every language: the fix is never offered twice', () => {
  for (const locale of ['zh-CN', 'zh-TW', 'en-US'] as const) {
    const body = `各位：\n\n预算表已更新。\n\n${RECEIPT_LINE[locale]}\n张三`;
    const policy = { rules: { 'important-tag': { askReceipt: true } } };
    expect(findingsOf('important-tag', { name: locale, draft: { subject: '[重要] 预算', body }, policy })).toEqual([]);
  }
});

describe('readReceiptAddress', () => {
  const policyWith = (raw: Record<string, unknown>): Policy => {
    const result = parsePolicy(raw);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    return result.policy;
  };
  const draftWith = (keys: Record<string, unknown>): Draft => {
    const result = parseDraft({ ...DEFAULT_DRAFT, ...keys });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    return result.draft;
  };
  const ON = policyWith({ rules: { 'important-tag': { readReceipt: true } } });

  test('off by default: no header even on [重要] mail', () => {
    expect(readReceiptAddress(draftWith({ subject: '[重要] 预算' }), policyWith({}))).toBeNull();
  });

  test('on: the sender’s address for mail that starts with the tag or a variant, after prefixes', () => {
    for (const subject of ['[重要] 预算', '［重要］预算', '【重要】預算', '[IMPORTANT] Q3 budget', '转发：[重要] 预算']) {
      expect(readReceiptAddress(draftWith({ subject }), ON)).toBe('zhang.san@contoso.com');
    }
    expect(readReceiptAddress(draftWith({ subject: '【要事】预算' }), policyWith({ importantTag: '【要事】', rules: { 'important-tag': { readReceipt: true } } }))).toBe('zhang.san@contoso.com');
  });

  test('on: nothing for mail that is not [重要] mail', () => {
    for (const subject of ['预算', '重要：预算', '预算 [重要]', '']) expect(readReceiptAddress(draftWith({ subject }), ON)).toBeNull();
  });

  test('on: nothing for a reply that kept the [重要] subject it inherited', () => {
    expect(readReceiptAddress(draftWith({ subject: 'RE: [重要] 预算', originalSubject: 'RE: [重要] 预算', composeType: 'reply' }), ON)).toBeNull();
  });

  test('on: the address as a header carries it, or nothing when from is unknown or not a plain address', () => {
    expect(readReceiptAddress(draftWith({ subject: '[重要] 预算', from: ' Zhang.San@Contoso.com ' }), ON)).toBe('zhang.san@contoso.com');
    for (const from of ['', 'zhang.san', 'zhang san@contoso.com', 'zhang.san@localhost', '张三@contoso.com', 'a@b.com\r\nBcc: x@evil.example', 'a,b@contoso.com']) {
      expect(readReceiptAddress(draftWith({ subject: '[重要] 预算', from }), ON)).toBeNull();
    }
    expect(readReceiptAddress(draftWith({ subject: '[重要] 预算', unavailable: ['from'] }), ON)).toBeNull();
    expect(readReceiptAddress(draftWith({ subject: '[重要] 预算', unavailable: ['subject'] }), ON)).toBeNull();
  });

  test('nothing when the rule is off', () => {
    expect(readReceiptAddress(draftWith({ subject: '[重要] 预算' }), policyWith({ rules: { 'important-tag': { severity: 'off', readReceipt: true } } }))).toBeNull();
  });
});
