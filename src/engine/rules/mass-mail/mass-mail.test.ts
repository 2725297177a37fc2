import type { RecipientField } from '../../types';
import { addresses, runRuleTests } from '../../../../test/helpers/rule-tester';

const SALES = { address: 'sales@contoso.com', name: '销售部', type: 'distributionList' } as const;
const ALL_STAFF = { groupAddresses: ['all-*@contoso.com'] };
const refs = (field: RecipientField, list: readonly string[], from = 0) => list.map((address, i) => ({ field, index: from + i, address }));
const moveCc = (entries: ReturnType<typeof refs>) => ({ id: 'move-cc-to-bcc', action: { kind: 'moveRecipients', entries, target: 'bcc' } }) as const;
const moveExternal = (entries: ReturnType<typeof refs>) => ({ id: 'move-external-to-bcc', action: { kind: 'moveRecipients', entries, target: 'bcc' } }) as const;

const TO_10 = addresses(10);
const CC_5 = addresses(5, 'contoso.com', 'cc');
const BCC_5 = addresses(5, 'contoso.com', 'bcc');

runRuleTests('mass-mail', {
  valid: [
    { name: '19 addresses', draft: { to: addresses(19) } },
    { name: '20 entries but only 19 distinct addresses', draft: { to: addresses(19), cc: ['USER1@contoso.com'] } },
    { name: 'a reply to 25 addresses (reply-all-group speaks for replies)', draft: { composeType: 'reply', to: addresses(25) } },
    { name: 'a reply to a distribution list', draft: { composeType: 'reply', cc: [SALES] } },
    { name: 'a list in BCC only', draft: { to: ['li.si@contoso.com'], bcc: [SALES] } },
    { name: 'addresses that the wildcard does not match', draft: { to: ['allstaff@contoso.com', 'all-staff@contoso.com.cn'] }, policy: ALL_STAFF },
    { name: 'a higher threshold from the policy', draft: { to: addresses(25) }, policy: { rules: { 'mass-mail': { minRecipients: 50 } } } },
  ],
  invalid: [
    {
      name: '20 addresses across To, CC and BCC',
      draft: { to: TO_10, cc: CC_5, bcc: BCC_5 },
      errors: [{ messageId: 'tooMany', data: { count: 20 }, field: 'to', fixes: [moveCc(refs('cc', CC_5))] }],
    },
    { name: '20 addresses in To, nothing to move', draft: { to: addresses(20) }, errors: [{ messageId: 'tooMany', data: { count: 20 }, fixes: [] }] },
    {
      name: 'a forward to 20 addresses, some external',
      draft: { composeType: 'forward', subject: 'FW: 年会安排', to: [...addresses(18), ...addresses(2, 'fabrikam.com', 'guest')] },
      errors: [{ messageId: 'tooMany', data: { count: 20 }, fixes: [moveExternal(refs('to', addresses(2, 'fabrikam.com', 'guest'), 18))] }],
    },
    { name: 'a new mail to a distribution list', draft: { to: [SALES] }, errors: [{ messageId: 'toGroup', data: { groups: '销售部', count: 1 }, field: 'to', fixes: [] }] },
    {
      name: 'a Traditional Chinese list in CC',
      draft: { to: ['li.si@contoso.com'], cc: [{ address: 'biz@contoso.com', name: '業務部', type: 'distributionList' }] },
      errors: [{ messageId: 'toGroup', data: { groups: '業務部', count: 2 }, field: 'cc', fixes: [moveCc(refs('cc', ['biz@contoso.com']))] }],
    },
    {
      name: 'an address matching the wildcard all-*@contoso.com, any case',
      draft: { to: ['ALL-staff@Contoso.com'] },
      policy: ALL_STAFF,
      errors: [{ messageId: 'toGroup', data: { groups: 'ALL-staff@Contoso.com' }, fixes: [] }],
    },
    {
      name: 'a full-width address matching the wildcard',
      draft: { to: ['ＡＬＬ-staff@contoso.com'] },
      policy: ALL_STAFF,
      errors: [{ messageId: 'toGroup', data: { groups: 'ＡＬＬ-staff@contoso.com' }, fixes: [] }],
    },
    {
      name: 'a list and an external CC: one fix, not the same one twice',
      draft: { to: [SALES], cc: ['x@fabrikam.com'] },
      errors: [{ messageId: 'toGroup', fixes: [moveExternal(refs('cc', ['x@fabrikam.com']))] }],
    },
    {
      name: 'a list, an external To and an internal CC: two different fixes',
      draft: { to: [SALES, 'erika@fabrikam.com'], cc: ['wang.wu@contoso.com'] },
      errors: [{ messageId: 'toGroup', fixes: [moveExternal(refs('to', ['erika@fabrikam.com'], 1)), moveCc(refs('cc', ['wang.wu@contoso.com']))] }],
    },
    {
      name: 'two lists, named the English way',
      locale: 'en-US',
      draft: { to: [{ address: 'team@contoso.com', type: 'distributionList' }, 'all-hands@contoso.com'] },
      policy: ALL_STAFF,
      errors: [{ messageId: 'toGroup', data: { groups: 'team@contoso.com, all-hands@contoso.com' }, fixes: [] }],
    },
    { name: 'a lower threshold from the policy', draft: { to: addresses(5) }, policy: { rules: { 'mass-mail': { minRecipients: 5 } } }, errors: [{ messageId: 'tooMany', data: { count: 5 }, fixes: [] }] },
    { name: 'severity raised to block', draft: { to: [SALES] }, policy: { rules: { 'mass-mail': { severity: 'block' } } }, errors: [{ messageId: 'toGroup', severity: 'block', fixes: [] }] },
  ],
  invalidOptions: [
    { name: 'a threshold of zero', options: { minRecipients: 0 }, path: '$.rules["mass-mail"].minRecipients' },
    { name: 'a threshold as a string', options: { minRecipients: '20' }, path: '$.rules["mass-mail"].minRecipients' },
    { name: 'a group address with a space', policy: { groupAddresses: ['all staff@contoso.com'] }, path: '$.groupAddresses[0]' },
  ],
});
