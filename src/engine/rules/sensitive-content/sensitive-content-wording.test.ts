import { buildCardNumber, groupInFours, Rng } from '../../../../test/sensitive-numbers';
import { DEFAULT_DRAFT, findingsOf } from '../../../../test/helpers/rule-tester';
import { CARD, CARD_MASKED, CREDIT_CODE, EXTERNAL, ID, ID_MASKED, ID_X, LABEL_POLICY, MOBILES, TAG_POLICY, body } from '../../../../test/helpers/sensitive-drafts';
import { createDraft, evaluate, LOCALES, parsePolicy } from '../../index';
import { MAX_TOTAL_INSTRUCTIONS } from './pattern-option';

describe('sensitive-content: safety and wording', () => {
  const everything = {
    ...DEFAULT_DRAFT,
    subject: `员工信息 ${ID_X}`,
    body: `身份证 ${ID}\n卡号 ${CARD}\n${groupInFours(CARD, '-')}\n信用代码 ${CREDIT_CODE}\npassword: Ql7vB2xe\n${MOBILES.join(' ')}\n项目 HT-2026-0042`,
    attachments: [{ name: `王五_${ID}.jpg`, size: 100 }],
  };
  const raws = [ID, ID_X, CARD, groupInFours(CARD, '-'), CREDIT_CODE, 'Ql7vB2xe', 'ql7vb2xe', ...MOBILES, 'HT-2026-0042', 'ht-2026-0042'];
  const policies = [{}, LABEL_POLICY, TAG_POLICY, { rules: { 'sensitive-content': { patterns: ['ht-\\d{4}-\\d{4}'] } } }];

  test.each(LOCALES)('no raw number, code or password appears anywhere in the finding (%s)', (locale) => {
    for (const raw of policies) {
      const findings = findingsOf('sensitive-content', { name: 'everything', draft: everything, policy: raw }, locale);
      expect(findings).toHaveLength(1);
      const serialized = JSON.stringify(findings);
      for (const value of raws) expect(serialized.toUpperCase()).not.toContain(value.toUpperCase());
    }
  });

  test('the finding lists every kind and location, in a fixed order', () => {
    const [finding] = findingsOf('sensitive-content', { name: 'everything', draft: everything, policy: { rules: { 'sensitive-content': { patterns: ['ht-\\d{4}-\\d{4}'] } } } });
    expect(finding?.data).toMatchObject({ kindIds: 'residentId,bankCard,creditCode,password,mobileList,pattern', locationIds: 'subject,body,attachment', issuers: 'UnionPay' });
  });

  test('each card shows its own issuer; at most two examples per kind', () => {
    const visa = buildCardNumber(new Rng(4), '4', 16);
    const jcb = buildCardNumber(new Rng(35), '3530', 16);
    const draft = { body: body(`退款卡号：${CARD}\n备用卡 ${groupInFours(visa, ' ')}\n第三张 ${groupInFours(jcb, '-')}`) };
    const [finding] = findingsOf('sensitive-content', { name: 'three cards', draft });
    expect(finding?.data).toMatchObject({ kindIds: 'bankCard', count: 3, issuers: 'UnionPay,Visa,JCB', examples: `${CARD_MASKED} (UnionPay)、${visa.slice(0, 4)} **** **** ${visa.slice(-4)} (Visa)` });
  });

  test('messages read in each language', () => {
    const draft = { name: 'id', draft: { body: body(`身份证号 ${ID}`) } };
    expect(findingsOf('sensitive-content', draft, 'zh-CN')[0]?.message).toBe(`邮件含有敏感信息：身份证号（位于正文：${ID_MASKED}）。涉及敏感信息的邮件应加密发送，或删除这些信息。`);
    expect(findingsOf('sensitive-content', draft, 'zh-TW')[0]?.message).toContain('身分證號碼（位於內文');
    expect(findingsOf('sensitive-content', draft, 'en-US')[0]?.message).toBe(`This message contains sensitive information: resident ID number (in the body: ${ID_MASKED}). Send it encrypted, or remove the information.`);
  });

  test('kind names use each locale\'s own words: 金融卡或信用卡 in Taiwan, payment card and plain text in US English', () => {
    const draft = { name: 'card and password', draft: { body: body(`退款卡号：${CARD}\n密码：Ql7vB2xe`) } };
    expect(findingsOf('sensitive-content', draft, 'zh-CN')[0]?.message).toContain('银行卡号、明文密码（');
    expect(findingsOf('sensitive-content', draft, 'zh-TW')[0]?.message).toContain('金融卡或信用卡號碼、明文密碼（');
    expect(findingsOf('sensitive-content', draft, 'en-US')[0]?.message).toContain('payment card number, password in plain text (');
  });

  test('a marking sent outside is named in Taiwanese terms and in short US English', () => {
    const draft = { name: 'marking', draft: { ...EXTERNAL, subject: '机密：报价', body: body('报价见下。') } };
    expect(findingsOf('sensitive-content', draft, 'zh-TW')[0]?.message).toMatch(/^郵件帶有機密等級標示「机密」，收件者卻包括外部地址（fabrikam\.com）：機密內容不得傳送給外部或無關人員。發現：機密等級標示（/u);
    expect(findingsOf('sensitive-content', draft, 'en-US')[0]?.message).toMatch(/^This message is marked "机密" but goes to external addresses \(fabrikam\.com\): classified content must not go to outside or unrelated people\. Found: classification marking \(/u);
  });

  test('a localised instruction follows the locale', () => {
    const testCase = { name: 'instruction', draft: { body: body(`身份证号 ${ID}`) }, policy: { encryption: { method: 'instruction', text: { 'zh-CN': '用加密邮件发送', 'en-US': 'Send it encrypted' } } } };
    expect(findingsOf('sensitive-content', testCase, 'en-US')[0]?.fixes[0]?.action).toEqual({ kind: 'showInstruction', text: 'Send it encrypted' });
    expect(findingsOf('sensitive-content', testCase, 'zh-TW')[0]?.fixes[0]?.action).toEqual({ kind: 'showInstruction', text: '用加密邮件发送' });
  });

  test('scenario 23 decides block', () => {
    const draft = createDraft({ ...DEFAULT_DRAFT, ...EXTERNAL, body: 'Erika，您好：\n\n以下内容为公司机密：我方谈判底线为报价的九五折。\n\n谢谢！\n张三' });
    expect(evaluate(draft).decision).toBe('block');
  });

  test('a policy\'s patterns are bounded together, and the error names the limit in every runtime', () => {
    const ten = Array.from({ length: 10 }, (_, i) => `(.*){100}${String.fromCharCode(0x71 + i)}`);
    const result = parsePolicy({ rules: { 'sensitive-content': { patterns: ten } } });
    expect(result.ok ? [] : result.errors).toEqual([{ path: '$.rules["sensitive-content"].patterns', message: `the patterns compile to 2020 instructions together, more than ${MAX_TOTAL_INSTRUCTIONS}` }]);
    expect(parsePolicy({ rules: { 'sensitive-content': { patterns: ten.slice(0, 9) } } }).ok).toBe(true);
  });

  test('an invalid pattern is a policy error that names the path and the reason', () => {
    const result = parsePolicy({ rules: { 'sensitive-content': { patterns: ['ok', 'ht-(\\d+'] } } });
    expect(result.ok ? [] : result.errors).toEqual([{ path: '$.rules["sensitive-content"].patterns[1]', message: expect.stringMatching(/not a valid pattern \(RE2 subset\): unbalanced parenthesis at 3/u) }]);
  });
});
