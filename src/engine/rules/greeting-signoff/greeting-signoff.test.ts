import { findingsOf, runRuleTests } from '../../../../test/helpers/rule-tester';

const PARTNER = ['bob@fabrikam.com'];
const greeting = (text: string) => ({ id: 'insert-greeting', action: { kind: 'insertText', text, position: 'start' } }) as const;
const closing = (text: string) => ({ id: 'insert-closing', action: { kind: 'insertText', text, position: 'closing' } }) as const;
const ZH_GREETING = greeting('您好：\n\n');
const ZH_CLOSING = closing('此致\n敬礼');
const TW_CLOSING = closing('此致\n敬禮');
const EN_GREETING = greeting('Dear Sir or Madam,\n\n');
const EN_CLOSING = closing('Kind regards,');

runRuleTests('greeting-signoff', {
  valid: [
    { name: 'internal mail needs neither', draft: { body: '预算表已更新。' } },
    { name: 'a subdomain of the internal domain is internal', draft: { to: ['bob@mail.contoso.com'], body: '预算表已更新。' } },
    { name: 'Simplified greeting and closing', draft: { to: PARTNER, body: '王经理，您好：\n\n预算表已更新。\n\n此致\n敬礼\n张三' } },
    { name: 'Traditional greeting and closing', draft: { to: PARTNER, body: '王經理您好：\n\n預算表已更新。\n\n謝謝！\n張三' } },
    { name: 'English greeting and closing', draft: { to: PARTNER, body: 'Dear Bob,\n\nThe budget is updated.\n\nBest regards,\nZhang San' } },
    { name: 'a salutation line ending in a colon counts as a greeting', draft: { to: PARTNER, body: '王经理：\n\n预算表已更新。\n\n祝好\n张三' } },
    { name: 'full-width ＤＥＡＲ and Ｔｈａｎｋｓ', draft: { to: PARTNER, body: 'ＤＥＡＲ Bob,\n\nThe budget is updated.\n\nＴｈａｎｋｓ' } },
    {
      name: 'a long English signature with contact lines below the closing',
      draft: {
        to: PARTNER,
        body: 'Dear Bob,\n\nThe budget is updated.\n\nBest regards,\nZhang San\nSales Manager\nContoso Ltd.\nTel: 010-5555-0123\nMobile: 138 0013 8000\nAddress: 1 Road, Beijing\nWeb: www.contoso.com\nEmail: zhang.san@contoso.com',
      },
    },
    {
      name: 'a long Chinese signature with contact lines below the closing',
      draft: { to: PARTNER, body: '王经理：\n\n正文。\n\n此致\n敬礼\n张三\n销售部经理\n电话：010-5555-0123\n手机：138 0013 8000\n邮箱：zhang.san@contoso.com\n地址：北京市朝阳区\n网址：www.contoso.com' },
    },
    {
      name: 'a Taiwanese signature: 行動, 行動電話, 市話 and 信箱 lines are contact details, not lines that push the closing out',
      draft: { to: PARTNER, body: '王經理您好：\n\n預算表已更新。\n\n謝謝\n張三\n業務部經理\n康拓股份有限公司\n行動：0912-345-678\n行動電話：0912-345-678\n市話：(02) 2345-6789\n信箱: zhang.san@contoso.com.tw' },
    },
    { name: 'Traditional 謹啟 under the name', draft: { to: PARTNER, body: '王經理您好：\n\n預算表已更新。\n\n張三 謹啟' } },
    { name: 'Simplified 谨启 under the name', draft: { to: PARTNER, body: '王经理您好：\n\n预算表已更新。\n\n张三 谨启' } },
    { name: '敬祝 as the closing', draft: { to: PARTNER, body: '王經理您好：\n\n預算表已更新。\n\n敬祝 安康\n張三' } },
    { name: 'a Taiwanese 哈囉 greeting', draft: { to: PARTNER, body: '哈囉 Bob！\n\n預算表已更新。\n\n謝謝\n張三' } },
    { name: 'a 嗨 greeting', draft: { to: PARTNER, body: '嗨！\n\n預算表已更新。\n\n謝謝\n張三' } },
    { name: 'a Simplified 哈喽 greeting', draft: { to: PARTNER, body: '哈喽！\n\n预算表已更新。\n\n谢谢\n张三' } },
    { name: 'a greeting the policy adds', draft: { to: PARTNER, body: '王总钧鉴\n\n正文。\n\n此致\n敬礼' }, policy: { rules: { 'greeting-signoff': { greetings: ['钧鉴'] } } } },
  ],
  invalid: [
    { name: 'neither, in Chinese', draft: { to: PARTNER, body: '预算表已更新。' }, errors: [{ messageId: 'missingBoth', field: 'body', fixes: [ZH_GREETING, ZH_CLOSING] }] },
    { name: 'neither, in Traditional Chinese', draft: { to: PARTNER, body: '預算表已經更新，這是第三季度的數據。' }, errors: [{ messageId: 'missingBoth', fixes: [ZH_GREETING, TW_CLOSING] }] },
    { name: 'no closing, in English', draft: { to: PARTNER, body: 'Dear Bob,\n\nThe budget is updated.' }, errors: [{ messageId: 'missingClosing', fixes: [EN_CLOSING] }] },
    { name: 'no greeting, in English', draft: { to: PARTNER, body: 'The budget is updated.\n\nRegards,\nZhang' }, errors: [{ messageId: 'missingGreeting', fixes: [EN_GREETING] }] },
    { name: 'hi inside another word is no greeting', draft: { to: PARTNER, body: 'This is the budget.\n\nThanks' }, errors: [{ messageId: 'missingGreeting', fixes: [EN_GREETING] }] },
    { name: 'English text gets English words in a Chinese UI', locale: 'zh-CN', draft: { to: PARTNER, body: 'The budget is updated.' }, errors: [{ messageId: 'missingBoth', fixes: [EN_GREETING, EN_CLOSING] }] },
    { name: 'Chinese text gets Chinese words in an English UI', locale: 'en-US', draft: { to: PARTNER, body: '预算表已更新。' }, errors: [{ messageId: 'missingBoth', fixes: [ZH_GREETING, ZH_CLOSING] }] },
    { name: 'a greeting only in quoted history', draft: { to: PARTNER, body: 'OK, noted.\n\n> Dear Zhang,\n> Thanks' }, errors: [{ messageId: 'missingBoth', fixes: [EN_GREETING, EN_CLOSING] }] },
    { name: 'an external BCC recipient counts', draft: { bcc: PARTNER, body: '预算表已更新。' }, errors: [{ messageId: 'missingBoth', fixes: [ZH_GREETING, ZH_CLOSING] }] },
    {
      name: 'a replaced closing list without 谢谢',
      draft: { to: PARTNER, body: '王经理：\n\n预算表已更新。\n\n谢谢\n张三' },
      policy: { rules: { 'greeting-signoff': { closings: { replace: ['此致'] } } } },
      errors: [{ messageId: 'missingClosing', fixes: [ZH_CLOSING] }],
    },
    {
      name: 'severity raised to warning',
      draft: { to: PARTNER, body: '预算表已更新。' },
      policy: { rules: { 'greeting-signoff': { severity: 'warning' } } },
      errors: [{ messageId: 'missingBoth', severity: 'warning', fixes: [ZH_GREETING, ZH_CLOSING] }],
    },
  ],
  invalidOptions: [
    { name: 'no head lines', options: { headLines: 0 }, path: '$.rules["greeting-signoff"].headLines' },
    { name: 'tail lines as a word', options: { tailLines: 'six' }, path: '$.rules["greeting-signoff"].tailLines' },
    { name: 'a bad replace list', options: { greetings: { replace: 'Dear' } }, path: '$.rules["greeting-signoff"].greetings' },
  ],
});

describe('greeting-signoff wording', () => {
  const neither = { name: 'neither', draft: { to: PARTNER, body: '预算表已更新。' } };
  const noClosing = { name: 'no closing', draft: { to: PARTNER, body: '王经理：\n\n预算表已更新。' } };
  const messageOf = (testCase: typeof neither, locale: 'zh-CN' | 'zh-TW' | 'en-US') => findingsOf('greeting-signoff', testCase, locale)[0]?.message;

  test('此致/谢谢 are called 结束语/結語, not 落款 (the name block), and zh-TW says 傳送', () => {
    expect(messageOf(neither, 'zh-CN')).toBe('发给外部的邮件缺少称呼和结束语：请使用正式的称呼（如“您好”）和结束语（如“此致”“谢谢”）。');
    expect(messageOf(neither, 'zh-TW')).toBe('傳送給外部的郵件缺少稱呼和結語：請使用正式的稱呼（如「您好」）和結語（如「此致」「謝謝」）。');
    expect(messageOf(noClosing, 'zh-CN')).toBe('发给外部的邮件缺少结束语：请在结尾加上结束语（如“此致”“谢谢”）。');
    expect(messageOf(noClosing, 'zh-TW')).toBe('傳送給外部的郵件缺少結語：請在結尾加上結語（如「此致」「謝謝」）。');
  });

  test('English says "this message" and "closing", with the closing the fix inserts as the example', () => {
    expect(messageOf(neither, 'en-US')).toBe('This message to external recipients has no greeting and no closing: add a formal greeting (Dear …) and a closing (Kind regards, …).');
    expect(messageOf(noClosing, 'en-US')).toBe('This message to external recipients has no closing: end with a closing (Kind regards, …).');
  });
});
