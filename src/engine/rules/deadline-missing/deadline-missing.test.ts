import { runRuleTests } from '../../../../test/helpers/rule-tester';
import { KeywordMatcher } from '../../text/keyword-matcher';
import { deadlineLine, firstRealAsk, proposedDeadline } from '.';

const LINE = {
  'zh-CN': '请于11月25日（周三）前回复。',
  'zh-TW': '請於11月25日（週三）前回覆。',
  'en-US': 'Please reply by Wednesday, November 25.',
} as const;
const noDeadline = (ask: string, line: keyof typeof LINE) =>
  ({ messageId: 'noDeadline', data: { ask }, field: 'body', fixes: [{ id: 'insert-deadline', action: { kind: 'insertText', text: LINE[line], position: 'cursor' } }] }) as const;

runRuleTests('deadline-missing', {
  valid: [
    { name: 'no request at all', draft: { body: '李四：\n\n预算表已更新。\n\n张三' } },
    { name: 'a date in Chinese numerals, Traditional', draft: { body: '各位：\n\n請於十二月五日前確認。\n\n張三' } },
    { name: 'a full date in Chinese numerals, as official documents write it', draft: { body: '各位：\n\n请于二〇二六年十二月五日前确认。\n\n张三' } },
    { name: 'the 30th in Chinese numerals after the request', draft: { body: '各位：\n\n请确认，十一月三十日前。\n\n张三' } },
    // The line important-tag's receipt fix inserts asks for a receipt, not for work by a date.
    { name: 'the receipt line, Simplified', draft: { body: '各位：\n\n预算表已更新。\n\n收到请回复确认，谢谢。\n张三' } },
    { name: 'the receipt line, Traditional', draft: { body: '各位：\n\n預算表已更新。\n\n收到後請回覆確認，謝謝。\n張三' } },
    { name: 'the receipt line, English', draft: { body: 'Hi all,\n\nThe budget is updated.\n\nPlease confirm you have received this.\nAnna' } },
    { name: 'Simplified, with 11月30日前', draft: { body: '李四：\n\n预算表已更新，请于11月30日前确认。\n\n张三' } },
    { name: 'Traditional, with 週五前', draft: { body: '李四：\n\n預算表已更新，請於週五前回覆。\n\n張三' } },
    { name: 'English, with by Friday', draft: { body: 'Hi Li,\n\nPlease confirm by Friday.\n\nThanks' } },
    { name: 'English, with EOD', draft: { body: 'Hi Li,\n\nPlease confirm EOD.\n\nThanks' } },
    { name: 'an ISO date (2026-11-30)', draft: { body: 'Hi Li,\n\nPlease confirm before 2026-11-30.\n\nThanks' } },
    { name: 'a full-width date (１１月３０日)', draft: { body: '请于１１月３０日前确认。' } },
    { name: '明天', draft: { body: '请确认，明天前完成。' } },
    { name: '下班前', draft: { body: '请于下班前确认。' } },
    { name: 'within three working days, in Han numerals', draft: { body: '请于三个工作日内回复。' } },
    { name: 'a request only in quoted history', draft: { body: '收到。\n\n> 请确认预算。' } },
    { name: 'an open offer in English', draft: { body: 'Hi Li,\n\nThe report is ready. Let me know if you have any questions.\n\nThanks' } },
    { name: 'an open offer in Simplified Chinese', draft: { body: '预算已更新。如有任何问题，请告知。' } },
    { name: 'an open offer in Traditional Chinese', draft: { body: '預算已更新。如有疑問請回覆。' } },
    { name: 'thanks for a reply is not a request', draft: { body: 'Thanks for your reply, all good.' } },
    { name: 'a weekday written with 禮拜 (禮拜三)', draft: { body: '請確認報價，禮拜三前回覆。' } },
    { name: 'Traditional 下禮拜', draft: { body: '請確認這份合約，下禮拜要送出。' } },
    { name: 'Traditional 這禮拜', draft: { body: '請確認名單，這禮拜要用。' } },
    { name: 'Simplified 这礼拜', draft: { body: '请确认数据，这礼拜要用。' } },
    { name: 'Simplified 下礼拜', draft: { body: '请确认数据，下礼拜要用。' } },
    { name: 'the mixed form 這周', draft: { body: '請確認名單，這周要用。' } },
    { name: 'a deadline word the policy adds', draft: { body: '请确认，季末前完成。' }, policy: { rules: { 'deadline-missing': { deadlineWords: ['季末前'] } } } },
  ],
  invalid: [
    { name: 'a real request that starts like a receipt line (请确认收到的金额) still asks', draft: { body: '李四：\n\n货款已汇出，请确认收到的金额是否正确。\n\n张三' }, errors: [noDeadline('请确认', 'zh-CN')] },
    { name: 'Simplified 请确认 without a date', draft: { body: '李四：\n\n预算表已更新，请确认。\n\n张三' }, errors: [noDeadline('请确认', 'zh-CN')] },
    { name: 'Traditional 請確認 gets a Traditional line', draft: { body: '李四：\n\n預算表已更新，請確認。這個版本會用於年度報告。\n\n張三' }, errors: [noDeadline('請確認', 'zh-TW')] },
    { name: 'English gets an English line, whatever the UI language', draft: { body: 'Hi Li,\n\nThe budget is updated. Please confirm.\n\nThanks' }, errors: [noDeadline('please confirm', 'en-US')] },
    { name: 'Chinese gets a Chinese line in an English UI', locale: 'en-US', draft: { body: '预算表已更新，请确认。' }, errors: [noDeadline('请确认', 'zh-CN')] },
    { name: 'full-width Ｐｌｅａｓｅ ｃｏｎｆｉｒｍ', draft: { body: 'Ｐｌｅａｓｅ ｃｏｎｆｉｒｍ the numbers.' }, errors: [noDeadline('please confirm', 'en-US')] },
    { name: '请于 without a date', draft: { body: '请于会后提交报告。' }, errors: [noDeadline('请于', 'zh-CN')] },
    { name: 'a date only in quoted history', draft: { body: '请确认。\n\n> 请于11月30日前回复' }, errors: [noDeadline('请确认', 'zh-CN')] },
    { name: 'a request next to an open offer', draft: { body: 'Hi Li,\n\nPlease confirm the numbers. Let me know if you have any questions.\n\nThanks' }, errors: [noDeadline('please confirm', 'en-US')] },
    { name: 'Friday inside another word is no date', draft: { body: 'Please reply. See the Fridays schedule.' }, errors: [noDeadline('please reply', 'en-US')] },
    { name: 'Taiwanese 請審核 without a date', draft: { body: '王經理：\n\n附上第三季報價，請審核。\n\n張三' }, errors: [noDeadline('請審核', 'zh-TW')] },
    { name: 'Simplified 请协助 without a date', draft: { body: '李四：\n\n请协助整理第三季度数据。\n\n张三' }, errors: [noDeadline('请协助', 'zh-CN')] },
    { name: 'Taiwanese 請簽核 without a date', draft: { body: '王經理：\n\n採購單已建立，請簽核。\n\n張三' }, errors: [noDeadline('請簽核', 'zh-TW')] },
    { name: 'Taiwanese 請核准 without a date', draft: { body: '王經理：\n\n請假單已送出，請核准。\n\n張三' }, errors: [noDeadline('請核准', 'zh-TW')] },
    { name: 'an ask the policy adds', draft: { body: '报告已更新，请过目。' }, policy: { rules: { 'deadline-missing': { askWords: ['请过目'] } } }, errors: [noDeadline('请过目', 'zh-CN')] },
    {
      name: 'a replaced deadline list no longer knows 明天',
      draft: { body: '请确认，明天前完成。' },
      policy: { rules: { 'deadline-missing': { deadlineWords: { replace: ['截止'] } } } },
      errors: [noDeadline('请确认', 'zh-CN')],
    },
    {
      name: 'severity raised to warning',
      draft: { body: '请确认。' },
      policy: { rules: { 'deadline-missing': { severity: 'warning' } } },
      errors: [{ ...noDeadline('请确认', 'zh-CN'), severity: 'warning' }],
    },
  ],
  invalidOptions: [
    { name: 'askWords as a string', options: { askWords: '请确认' }, path: '$.rules["deadline-missing"].askWords' },
    { name: 'an empty deadline word', options: { deadlineWords: [''] }, path: '$.rules["deadline-missing"].deadlineWords[0]' },
    { name: 'askExceptions as a number', options: { askExceptions: 1 }, path: '$.rules["deadline-missing"].askExceptions' },
  ],
});

describe('the proposed deadline', () => {
  test.each([
    ['Sunday 22 Nov → Wednesday 25 Nov', new Date(2026, 10, 22), new Date(2026, 10, 25)],
    ['Wednesday 25 Nov → Saturday, so Monday 30 Nov', new Date(2026, 10, 25), new Date(2026, 10, 30)],
    ['Thursday 26 Nov → Sunday, so Monday 30 Nov', new Date(2026, 10, 26), new Date(2026, 10, 30)],
    ['Tuesday 29 Dec → Friday 1 Jan across the year', new Date(2026, 11, 29), new Date(2027, 0, 1)],
  ])('%s', (_name, now, expected) => {
    expect(proposedDeadline(now).toDateString()).toBe(expected.toDateString());
  });

  test('is written in each language with its weekday', () => {
    const date = new Date(2027, 0, 1);
    expect(deadlineLine(date, 'zh-CN')).toBe('请于1月1日（周五）前回复。');
    expect(deadlineLine(date, 'zh-TW')).toBe('請於1月1日（週五）前回覆。');
    expect(deadlineLine(date, 'en-US')).toBe('Please reply by Friday, January 1.');
  });
});

describe('firstRealAsk', () => {
  const asks = new KeywordMatcher(['请确认']);
  const exceptions = new KeywordMatcher(['如有问题']);
  /** The exception list, counting how often it is asked: once per sentence, not once per ask. */
  function countingExceptions() {
    const counter = { calls: 0, test: (text: string) => (counter.calls++, exceptions.test(text)) };
    return counter;
  }

  test('a sentence of a thousand asks with an exception is read for the exception once', () => {
    const text = `如有问题${'请确认'.repeat(1000)}`;
    const counter = countingExceptions();
    expect(firstRealAsk(text, asks.findAll(text), counter)).toBeUndefined();
    expect(counter.calls).toBe(1);
  });

  test('each sentence is still read on its own: the ask of a later sentence without an exception is found', () => {
    const text = `如有问题请确认请确认。请确认预算。`;
    const counter = countingExceptions();
    expect(firstRealAsk(text, asks.findAll(text), counter)?.start).toBe(text.lastIndexOf('请确认'));
    expect(counter.calls).toBe(2);
  });
});
