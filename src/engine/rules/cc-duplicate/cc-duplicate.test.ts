import type { RecipientRef } from '../../types';
import { runRuleTests } from '../../../../test/helpers/rule-tester';

const duplicate = (addresses: string, entries: RecipientRef[], field = entries[0]!.field) =>
  ({
    messageId: 'duplicate',
    data: { addresses, count: entries.length },
    field,
    fixes: [{ id: 'remove-duplicates', action: { kind: 'removeRecipients', entries } }],
  }) as const;

runRuleTests('cc-duplicate', {
  valid: [
    { name: 'distinct addresses', draft: { to: ['li.si@contoso.com'], cc: ['wang.wu@contoso.com'], bcc: ['zhao.liu@contoso.com'] } },
    { name: 'the same name at another domain', draft: { to: ['li.si@contoso.com'], cc: ['li.si@fabrikam.com'] } },
    { name: 'the same name at a longer domain', draft: { to: ['li.si@contoso.com'], cc: ['li.si@contoso.com.cn'] } },
  ],
  invalid: [
    {
      name: 'To and CC differ only in case',
      draft: { to: ['li.si@contoso.com'], cc: ['Li.Si@Contoso.com'] },
      errors: [duplicate('li.si@contoso.com', [{ field: 'cc', index: 0, address: 'Li.Si@Contoso.com' }])],
    },
    {
      name: 'two addresses repeated in BCC; the fix lists only the extra entries',
      draft: { to: ['li.si@contoso.com', 'wang.wu@contoso.com'], cc: ['zhao.liu@contoso.com'], bcc: ['wang.wu@contoso.com', 'LI.SI@contoso.com'] },
      errors: [
        duplicate('wang.wu@contoso.com、li.si@contoso.com', [
          { field: 'bcc', index: 0, address: 'wang.wu@contoso.com' },
          { field: 'bcc', index: 1, address: 'LI.SI@contoso.com' },
        ]),
      ],
    },
    {
      name: 'three times in To',
      draft: { to: ['li.si@contoso.com', 'li.si@contoso.com', 'li.si@contoso.com'] },
      errors: [
        duplicate('li.si@contoso.com', [
          { field: 'to', index: 1, address: 'li.si@contoso.com' },
          { field: 'to', index: 2, address: 'li.si@contoso.com' },
        ]),
      ],
    },
    {
      name: 'CC and BCC, with the first CC entry kept',
      draft: { cc: ['wang.wu@contoso.com'], bcc: ['Wang.Wu@contoso.com'] },
      errors: [duplicate('wang.wu@contoso.com', [{ field: 'bcc', index: 0, address: 'Wang.Wu@contoso.com' }])],
    },
    {
      name: 'a display-name entry and an angle-bracket entry',
      draft: { to: [{ address: 'li.si@contoso.com', name: '李四' }], cc: ['<Li.Si@contoso.com>'] },
      errors: [duplicate('li.si@contoso.com', [{ field: 'cc', index: 0, address: '<Li.Si@contoso.com>' }])],
    },
    {
      name: 'a full-width address',
      draft: { to: ['li.si@contoso.com'], cc: ['ｌｉ.ｓｉ@contoso.com'] },
      errors: [duplicate('li.si@contoso.com', [{ field: 'cc', index: 0, address: 'ｌｉ.ｓｉ@contoso.com' }])],
    },
    {
      name: 'listed the English way',
      locale: 'en-US',
      draft: { to: ['a@contoso.com', 'b@contoso.com'], cc: ['A@contoso.com', 'B@contoso.com'] },
      errors: [
        duplicate('a@contoso.com, b@contoso.com', [
          { field: 'cc', index: 0, address: 'A@contoso.com' },
          { field: 'cc', index: 1, address: 'B@contoso.com' },
        ]),
      ],
    },
    {
      name: 'severity raised to warning',
      draft: { to: ['li.si@contoso.com'], cc: ['li.si@contoso.com'] },
      policy: { rules: { 'cc-duplicate': { severity: 'warning' } } },
      errors: [{ ...duplicate('li.si@contoso.com', [{ field: 'cc', index: 0, address: 'li.si@contoso.com' }]), severity: 'warning' }],
    },
  ],
  invalidOptions: [
    { name: 'an option the rule does not have', options: { ignoreBcc: true }, path: '$.rules["cc-duplicate"].ignoreBcc' },
    { name: 'a severity that does not exist', options: { severity: 'high' }, path: '$.rules["cc-duplicate"].severity' },
  ],
});
