import { runRuleTests } from '../../../../test/helpers/rule-tester';

const FILE = { name: 'budget.xlsx', size: 48_213 };

runRuleTests('attachment-unexplained', {
  valid: [
    { name: 'no attachments', draft: { body: '你看一下。' } },
    { name: 'an attachment word in Simplified Chinese', draft: { body: '李四：\n\n附件是第三季度预算。\n\n张三', attachments: [FILE] } },
    { name: 'an attachment word in Traditional Chinese', draft: { body: '王先生：\n\n隨附報價，請參閱。\n\n張三', attachments: [{ name: '報價單.pdf', size: 1_000 }] } },
    { name: 'a Taiwanese 附加檔案', draft: { body: '王經理：\n\n報價請見附加檔案。\n\n張三', attachments: [FILE] } },
    { name: 'full-width ａｔｔａｃｈｅｄ', draft: { body: 'The numbers are ａｔｔａｃｈｅｄ.', attachments: [FILE] } },
    { name: 'the file named with its extension', draft: { body: 'budget.xlsx 已更新。', attachments: [FILE] } },
    { name: 'the file named without its extension', draft: { body: 'Budget 表已更新。', attachments: [FILE] } },
    { name: 'a Chinese file name in the text', draft: { body: '第三季度预算已更新。', attachments: [{ name: '第三季度预算.xlsx', size: 1_000 }] } },
    { name: 'only inline images', draft: { body: '你看一下。', attachments: [{ name: 'logo.png', size: 1_000, inline: true }] } },
  ],
  invalid: [
    { name: 'an attachment and no word about it', draft: { body: '李四：\n\n你看一下。\n\n张三', attachments: [FILE] }, errors: [{ messageId: 'unexplained', data: { names: 'budget.xlsx' }, field: 'body' }] },
    {
      name: 'two attachments, listed the Chinese way',
      draft: { body: '李四：\n\n你看一下。\n\n张三', attachments: [FILE, { name: '報價單.pdf', size: 1_000 }] },
      errors: [{ messageId: 'unexplained', data: { names: 'budget.xlsx、報價單.pdf' } }],
    },
    {
      name: 'two attachments, listed the English way',
      locale: 'en-US',
      draft: { body: 'Hi Li,\n\nHave a look.\n\nThanks', attachments: [FILE, { name: 'notes.docx', size: 1_000 }] },
      errors: [{ messageId: 'unexplained', data: { names: 'budget.xlsx, notes.docx' } }],
    },
    { name: 'Traditional text without a mention', draft: { body: '王先生：\n\n請參閱。\n\n張三', attachments: [{ name: '報價單.pdf', size: 1_000 }] }, errors: [{ messageId: 'unexplained', data: { names: '報價單.pdf' } }] },
    { name: 'the word only in quoted history', draft: { body: '收到\n\n> 附件是预算', attachments: [FILE] }, errors: [{ messageId: 'unexplained' }] },
    {
      name: 'only the non-inline attachment is listed',
      draft: { body: '你看一下。', attachments: [{ name: 'logo.png', size: 1_000, inline: true }, { name: 'report.pdf', size: 1_000 }] },
      errors: [{ messageId: 'unexplained', data: { names: 'report.pdf' } }],
    },
    {
      name: 'a replaced word list without 附件',
      draft: { body: '附件是预算。', attachments: [FILE] },
      policy: { rules: { 'attachment-unexplained': { words: { replace: ['附表'] } } } },
      errors: [{ messageId: 'unexplained' }],
    },
    {
      name: 'severity raised to warning',
      draft: { body: '你看一下。', attachments: [FILE] },
      policy: { rules: { 'attachment-unexplained': { severity: 'warning' } } },
      errors: [{ messageId: 'unexplained', severity: 'warning' }],
    },
  ],
  invalidOptions: [
    { name: 'words as a number', options: { words: 5 }, path: '$.rules["attachment-unexplained"].words' },
    { name: 'an option the rule does not have', options: { minStem: 3 }, path: '$.rules["attachment-unexplained"].minStem' },
  ],
});
