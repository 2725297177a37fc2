import { runRuleTests } from '../../../../test/helpers/rule-tester';

const forgotten = (word: string) => ({ messageId: 'forgotten', data: { word }, field: 'attachments' }) as const;
const FILE = { name: 'budget.xlsx', size: 48_213 };
const LOGO = { name: 'image001.png', size: 4_096, inline: true };

runRuleTests('attachment-forgotten', {
  valid: [
    { name: 'a mention with the file attached', draft: { body: '李四：\n\n附件是第三季度预算，请查收。\n\n张三', attachments: [FILE] } },
    { name: 'an English mention with the file attached', draft: { body: 'Hi Li,\n\nPlease see the attached budget.\n\nThanks', attachments: [FILE] } },
    { name: 'no mention and only an inline logo', draft: { attachments: [LOGO] } },
    {
      name: 'a mention in the quoted history of a Chinese reply',
      draft: { body: '收到，谢谢。\n\n发件人: 李四 <li.si@contoso.com>\n发送时间: 2026年11月21日 9:00\n主题: 预算\n\n附件是预算，请查收。' },
    },
    { name: 'a mention in > quoted lines only', draft: { body: '收到，谢谢。\n\n> 附件是预算，请查收。\n> 李四' } },
    { name: 'a mention below "On … wrote:"', draft: { body: 'Thanks, got it.\n\nOn Mon, 3 Nov 2026, Li Si <li.si@contoso.com> wrote:\nPlease see the attached file.' } },
    { name: 'a mention below a Traditional 寫道 line', draft: { body: '收到。\n\n在 2026年11月20日 10:15，李四 寫道：\n附件是預算。' } },
    { name: 'saying there is no attachment (无附件)', draft: { body: '本邮件无附件，详情见系统。' } },
    { name: 'saying there is no attachment (沒有附件)', draft: { body: '這封郵件沒有附件，請至系統查看。' } },
    { name: 'saying there is no attachment in English', draft: { body: 'There is no attachment this time; see the wiki.' } },
    { name: 'saying there is no attachment (沒有附加檔案)', draft: { body: '這封郵件沒有附加檔案，請至系統查看。' } },
    { name: 'a Taiwanese 附加檔案 with the file attached', draft: { body: '王經理：\n\n報價請見附加檔案。\n\n張三', attachments: [FILE] } },
  ],
  invalid: [
    { name: 'Simplified 附件 with nothing attached', draft: { body: '李四：\n\n附件是第三季度预算，请查收。\n\n张三' }, errors: [forgotten('附件')] },
    { name: 'Traditional 詳見附檔', draft: { body: '李四：\n\n詳見附檔。\n\n張三' }, errors: [forgotten('附檔')] },
    { name: 'Taiwanese 附加檔案 with nothing attached', draft: { body: '王經理：\n\n報價請見附加檔案。\n\n張三' }, errors: [forgotten('附加檔案')] },
    { name: 'English attached', draft: { body: 'Hi Li,\n\nPlease see the attached budget.\n\nThanks' }, errors: [forgotten('attached')] },
    { name: 'English enclosed', draft: { body: 'Dear Li,\n\nEnclosed is the signed contract.\n\nRegards' }, errors: [forgotten('enclosed')] },
    { name: 'full-width ｓｅｅ ａｔｔａｃｈｅｄ', draft: { body: 'ｓｅｅ ａｔｔａｃｈｅｄ' }, errors: [forgotten('see attached')] },
    { name: 'a mention in the subject', draft: { subject: '第三季度预算（见附件）' }, errors: [forgotten('见附件')] },
    { name: 'inline images are not attachments', draft: { body: '附件是预算表。', attachments: [LOGO] }, errors: [forgotten('附件')] },
    {
      name: 'a mention by the author above quoted history',
      draft: { body: '附件是修改后的版本。\n\n发件人: 李四 <li.si@contoso.com>\n发送时间: 2026年11月21日 9:00\n主题: 预算\n\n请修改。' },
      errors: [forgotten('附件')],
    },
    { name: 'a word the policy adds', draft: { body: '附表见下。' }, policy: { rules: { 'attachment-forgotten': { words: ['附表'] } } }, errors: [forgotten('附表')] },
    { name: 'severity raised to block', draft: { body: '附件是预算。' }, policy: { rules: { 'attachment-forgotten': { severity: 'block' } } }, errors: [{ ...forgotten('附件'), severity: 'block' }] },
  ],
  invalidOptions: [
    { name: 'words as a string', options: { words: 'attached' }, path: '$.rules["attachment-forgotten"].words' },
    { name: 'an empty negation', options: { negations: [''] }, path: '$.rules["attachment-forgotten"].negations[0]' },
  ],
});
