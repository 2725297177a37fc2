import fc from 'fast-check';
import { runRuleTests, type RuleCase } from '../../../../test/helpers/rule-tester';
import { withoutAddresses } from '.';

const SHARED = { sharedMailboxes: ['it-helpdesk@contoso.com'] };
const FROM = 'it-helpdesk@contoso.com';
const LINE = { 'zh-CN': '\n联系人：____  电话：____', 'zh-TW': '\n聯絡人：____  電話：____', 'en-US': '\nContact: ____  Phone: ____' } as const;
const noContact = (line: keyof typeof LINE, mailbox = FROM) =>
  ({ messageId: 'noContact', data: { mailbox }, field: 'body', fixes: [{ id: 'insert-contact', action: { kind: 'insertText', text: LINE[line], position: 'end' } }] }) as const;
/** A mail from the shared mailbox with `body`. */
const fromShared = (name: string, body: string, extra: Partial<RuleCase> = {}): RuleCase => ({ name, draft: { from: FROM, body }, policy: SHARED, ...extra });

runRuleTests('shared-mailbox-contact', {
  valid: [
    { name: 'a personal mailbox needs no contact line', draft: { body: '已处理。' }, policy: SHARED },
    fromShared('name and phone on one line', '已处理。\n\n孙八 010-5555-0123'),
    fromShared('name on the line above the phone', '已处理。\n\n孙八\n电话：010-5555-0123'),
    fromShared('a 联系人： label and an extension', '已处理。\n\n联系人：孙八  分机 8021'),
    fromShared('a Traditional 聯絡人： label and 分機', '已處理。\n\n聯絡人：孫八　分機：8021'),
    fromShared('the shared-mailbox scenario with a contact line', '张三：\n\n您的笔记本电脑更换已安排在12月3日下午。\n\n信息部服务台\n联系人：孙八  电话：010-5555-0123 分机 8021'),
    fromShared('a full-width phone number', '已处理。\n\n孙八　０１０－５５５５－０１２３'),
    fromShared('a mobile number', '已处理。\n\n孙八 13800138000'),
    fromShared('a unit and a name on one line', '已处理。\n\n信息部 孙八 分机 8021'),
    fromShared('a surname and a title', '已处理。\n\n王经理 分机 8021'),
    fromShared('a name in a sentence (请联系孙八)', '如有问题请联系孙八，电话 010-5555-0123。'),
    fromShared('an English name and ext.', 'Done.\n\nSun Ba, ext. 8021'),
    fromShared('an English label', 'Done.\n\nContact: Sun Ba  Phone: +86 10 5555 0123'),
    fromShared('an English signature', 'Done.\n\nRegards,\nSun Ba\nTel: 010-5555-0123'),
    fromShared('an English name in a sentence', 'Please call Anna Smith at 010-5555-0123.'),
    { name: 'the mailbox matched case-insensitively, with a display name', draft: { from: 'IT Helpdesk <IT-Helpdesk@Contoso.com>', body: '已处理。\n\n孙八 010-5555-0123' }, policy: SHARED },
    fromShared('a long name after a label the policy adds', '已处理。\n\n对接人：欧阳娜娜娜 电话 010-5555-0123', { policy: { ...SHARED, rules: { 'shared-mailbox-contact': { contactLabels: ['对接人'] } } } }),
    fromShared('a Taiwanese 承辦人： label and 市話', '已處理。\n\n承辦人：王小明  市話：(02) 2345-6789'),
    fromShared('a Taiwanese 聯絡窗口： label', '已處理。\n\n聯絡窗口：王小明 02-2345-6789'),
  ],
  invalid: [
    { ...fromShared('a unit signature and no phone (scenario 27)', '张三：\n\n您的笔记本电脑更换已安排在12月3日下午。\n\n信息部服务台'), errors: [noContact('zh-CN')] },
    // Decided: a unit's desk number is not "the sender's own contact details" (004 第三篇 4.2.4).
    { ...fromShared('a unit name with a phone (信息部服务台 电话 …) still fires', '已处理。\n\n信息部服务台 电话 010-5555-0123'), errors: [noContact('zh-CN')] },
    { ...fromShared('a Traditional unit name with a phone', '已處理。\n\n資訊部服務台 電話 010-5555-0123'), errors: [noContact('zh-TW')] },
    { ...fromShared('a unit on the line above the phone', '已处理。\n\n信息部服务台\n电话：010-5555-0123'), errors: [noContact('zh-CN')] },
    { ...fromShared('an English unit with a phone', 'Done.\n\nIT Service Desk, Tel: 010-5555-0123'), errors: [noContact('en-US')] },
    { ...fromShared('a duty line (值班电话)', '已处理。\n\n值班电话：010-5555-0123'), errors: [noContact('zh-CN')] },
    { ...fromShared('customer service (客服)', '已处理。\n\n客服 400-800-1234'), errors: [noContact('zh-CN')] },
    { ...fromShared('a role and no name (工程师)', '已处理。\n\n工程师 分机8021'), errors: [noContact('zh-CN')] },
    { ...fromShared('an empty 联系人： label', '已处理。\n\n联系人：  电话：010-5555-0123'), errors: [noContact('zh-CN')] },
    { ...fromShared('a hotline in a sentence', '请拨打服务热线 400-800-1234 咨询。'), errors: [noContact('zh-CN')] },
    { ...fromShared('contact us', 'Please contact us at 010-5555-0123.'), errors: [noContact('en-US')] },
    { ...fromShared('a name but no phone', '已处理。\n\n孙八'), errors: [noContact('zh-CN')] },
    { ...fromShared('a contact line only in quoted history', '已处理。\n\n> 孙八 010-5555-0123'), errors: [noContact('zh-CN')] },
    { ...fromShared('a long name without a label', '已处理。\n\n欧阳娜娜娜 电话 010-5555-0123'), errors: [noContact('zh-CN')] },
    { ...fromShared('an empty Taiwanese 承辦人： label beside 市話', '已處理。\n\n承辦人：  市話：(02) 2345-6789'), errors: [noContact('zh-TW')] },
    { ...fromShared('an empty 聯系人： label (the variant the 004 seed writes)', '已處理。\n\n聯系人：  電話：(02) 2345-6789'), errors: [noContact('zh-TW')] },
    { ...fromShared('a 聯絡窗口 with no name', '已處理。\n\n聯絡窗口：(02) 2345-6789'), errors: [noContact('zh-TW')] },
    { ...fromShared('a Taiwanese support unit (客戶支援)', '已處理。\n\n客戶支援 (02) 2345-6789'), errors: [noContact('zh-TW')] },
    { name: 'the mailbox shown as a plain address', draft: { from: 'IT Helpdesk <IT-Helpdesk@Contoso.com>', body: '已处理。' }, policy: SHARED, errors: [noContact('zh-CN')] },
    {
      name: 'severity raised to block',
      draft: { from: FROM, body: '已处理。' },
      policy: { ...SHARED, rules: { 'shared-mailbox-contact': { severity: 'block' } } },
      errors: [{ ...noContact('zh-CN'), severity: 'block' }],
    },
  ],
  invalidOptions: [
    { name: 'labels as a string', options: { contactLabels: '联系人' }, path: '$.rules["shared-mailbox-contact"].contactLabels' },
    { name: 'a shared mailbox that is not an address', policy: { sharedMailboxes: ['helpdesk'] }, path: '$.sharedMailboxes[0]' },
  ],
});

describe('withoutAddresses', () => {
  /** The pattern it replaces: on a long word with no `@` it retried the word from each character (quadratic). */
  const OLD_PATTERN = /\S+@\S+|(?:https?:\/\/|www\.)\S+/giu;

  test('replaces what the pattern it replaces replaced (property)', () => {
    const unit = fc.constantFrom('a', '@', '.', ' ', '/', ':', 'h', 't', 'p', 's', 'w', 'W', '孙', '😀');
    fc.assert(fc.property(fc.string({ unit, maxLength: 24 }), (line) => expect(withoutAddresses(line)).toBe(line.replace(OLD_PATTERN, ' | '))), { numRuns: 3000 });
  });

  test.each([
    ['孙八 sun.ba@contoso.com 010', '孙八  |  010'],
    ['see http://x.cn/a and www.contoso.com', 'see  |  and  | '],
    ['a@', 'a@'],
    ['@@a', ' | '],
    ['xhttps://y', 'x | '],
  ])('%s', (line, expected) => {
    expect(withoutAddresses(line)).toBe(expected);
    expect(line.replace(OLD_PATTERN, ' | ')).toBe(expected);
  });
});
