import { runRuleTests } from '../../../../test/helpers/rule-tester';

const MIB = 1024 * 1024;
const BODY = '李四：\n\n附件是第三季度预算，下周例会上讨论。\n\n张三';

runRuleTests('attachment-size', {
  valid: [
    { name: 'no attachments', draft: { attachments: [] } },
    { name: 'exactly 10 MiB in one file', draft: { body: BODY, attachments: [{ name: 'budget.pdf', size: 10 * MIB }] } },
    { name: 'exactly 10 MiB in total', draft: { body: BODY, attachments: [{ name: 'a.pdf', size: 5 * MIB }, { name: 'b.pdf', size: 5 * MIB }] } },
    { name: 'exactly 10 MiB with an inline logo', draft: { body: BODY, attachments: [{ name: 'a.pdf', size: 10 * MIB - 20_000 }, { name: 'image001.png', size: 20_000, inline: true }] } },
    {
      name: 'a larger total allowed by the policy',
      draft: { body: BODY, attachments: [{ name: 'a.pdf', size: 7.5 * MIB }, { name: 'b.pdf', size: 7.5 * MIB }] },
      policy: { rules: { 'attachment-size': { maxTotalBytes: 20 * MIB } } },
    },
  ],
  invalid: [
    {
      name: 'one byte over 10 MiB in one file',
      draft: { body: BODY, attachments: [{ name: 'budget.pdf', size: 10 * MIB + 1 }] },
      errors: [{ messageId: 'fileTooLarge', data: { name: 'budget.pdf', max: '10 MB' }, field: 'attachments' }],
    },
    {
      name: 'a 15 MiB video',
      draft: { body: BODY, attachments: [{ name: 'video.mp4', size: 15 * MIB }] },
      errors: [{ messageId: 'fileTooLarge', data: { name: 'video.mp4', size: '15 MB', max: '10 MB' } }],
    },
    {
      name: 'a Traditional Chinese file name',
      draft: { body: '附件是報價單。', attachments: [{ name: '報價單.pdf', size: 12 * MIB }] },
      errors: [{ messageId: 'fileTooLarge', data: { name: '報價單.pdf', size: '12 MB' } }],
    },
    {
      name: 'two files of 6 MiB',
      draft: { body: BODY, attachments: [{ name: 'a.pdf', size: 6 * MIB }, { name: 'b.pdf', size: 6 * MIB }] },
      errors: [{ messageId: 'totalTooLarge', data: { total: '12 MB', max: '10 MB' }, field: 'attachments' }],
    },
    {
      name: 'inline bytes count toward the total',
      draft: { body: BODY, attachments: [{ name: 'a.pdf', size: 9 * MIB }, { name: 'image001.png', size: 2 * MIB, inline: true }] },
      errors: [{ messageId: 'totalTooLarge', data: { total: '11 MB' } }],
    },
    {
      name: 'a large inline image counts as a file',
      draft: { body: BODY, attachments: [{ name: 'screenshot.png', size: 11 * MIB, inline: true }] },
      errors: [{ messageId: 'fileTooLarge', data: { name: 'screenshot.png', size: '11 MB' } }],
    },
    {
      name: 'a smaller file limit from the policy',
      draft: { body: BODY, attachments: [{ name: 'a.pdf', size: 2 * MIB }] },
      policy: { rules: { 'attachment-size': { maxFileBytes: MIB } } },
      errors: [{ messageId: 'fileTooLarge', data: { size: '2 MB', max: '1 MB' } }],
    },
    {
      name: 'severity raised to block',
      draft: { body: BODY, attachments: [{ name: 'video.mp4', size: 15 * MIB }] },
      policy: { rules: { 'attachment-size': { severity: 'block' } } },
      errors: [{ messageId: 'fileTooLarge', severity: 'block' }],
    },
  ],
  invalidOptions: [
    { name: 'a negative total', options: { maxTotalBytes: -1 }, path: '$.rules["attachment-size"].maxTotalBytes' },
    { name: 'a size with a unit', options: { maxFileBytes: '10MB' }, path: '$.rules["attachment-size"].maxFileBytes' },
    { name: 'a fractional size', options: { maxFileBytes: 1.5 }, path: '$.rules["attachment-size"].maxFileBytes' },
  ],
});
