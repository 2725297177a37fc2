import { runRuleTests } from '../../../../test/helpers/rule-tester';

const SALES = { address: 'sales@contoso.com', name: '销售部', type: 'distributionList' } as const;
const BODY = '李经理：\n\n收到，我12月8日上午可以参加。\n\n张三';
const replyToGroup = (groups: string) => ({ messageId: 'replyToGroup', data: { groups } }) as const;
const ALL_STAFF = { groupAddresses: ['all-*@contoso.com'] };

runRuleTests('reply-all-group', {
  valid: [
    { name: 'a reply to one person', draft: { composeType: 'reply', subject: '回复：12月例会', body: BODY } },
    { name: 'a new mail to a list is mass-mail’s business', draft: { composeType: 'newMail', cc: [SALES] } },
    { name: 'a forward to a list is mass-mail’s business', draft: { composeType: 'forward', to: [SALES] } },
    { name: 'a list in BCC gets no reply-all', draft: { composeType: 'reply', body: BODY, bcc: [SALES] } },
    { name: 'an address that the wildcard does not match', draft: { composeType: 'reply', body: BODY, cc: ['allstaff@contoso.com'] }, policy: ALL_STAFF },
  ],
  invalid: [
    { name: 'a reply that keeps a distribution list in CC', draft: { composeType: 'reply', subject: '回复：12月销售例会时间调整', body: BODY, cc: [SALES] }, errors: [{ ...replyToGroup('销售部'), field: 'cc' }] },
    {
      name: 'a reply to an address matching the policy’s wildcard, any case',
      draft: { composeType: 'reply', body: BODY, cc: ['All-Staff@Contoso.com'] },
      policy: ALL_STAFF,
      errors: [replyToGroup('All-Staff@Contoso.com')],
    },
    {
      name: 'a full-width address matching the wildcard',
      draft: { composeType: 'reply', body: BODY, cc: ['ＡＬＬ-staff@contoso.com'] },
      policy: ALL_STAFF,
      errors: [replyToGroup('ＡＬＬ-staff@contoso.com')],
    },
    { name: 'an exact group address of the policy', draft: { composeType: 'reply', body: BODY, to: ['SALES@contoso.com'] }, policy: { groupAddresses: ['sales@contoso.com'] }, errors: [{ ...replyToGroup('SALES@contoso.com'), field: 'to' }] },
    {
      name: 'a Traditional Chinese list name',
      draft: { composeType: 'reply', subject: '回覆：例會', body: '收到。', to: [{ address: 'biz@contoso.com', name: '業務部', type: 'distributionList' }] },
      errors: [replyToGroup('業務部')],
    },
    {
      name: 'two lists, named the Chinese way',
      draft: { composeType: 'reply', body: BODY, to: [SALES], cc: [{ address: 'it@contoso.com', name: '信息部', type: 'distributionList' }] },
      errors: [replyToGroup('销售部、信息部')],
    },
    {
      name: 'a list without a display name, in English',
      locale: 'en-US',
      draft: { composeType: 'reply', body: 'Thanks, noted.', cc: [{ address: 'team@contoso.com', type: 'distributionList' }, 'all-hands@contoso.com'] },
      policy: { groupAddresses: ['all-*@contoso.com'] },
      errors: [replyToGroup('team@contoso.com, all-hands@contoso.com')],
    },
    { name: 'severity raised to block', draft: { composeType: 'reply', body: BODY, cc: [SALES] }, policy: { rules: { 'reply-all-group': { severity: 'block' } } }, errors: [{ ...replyToGroup('销售部'), severity: 'block' }] },
  ],
  invalidOptions: [
    { name: 'an option the rule does not have', options: { allowLists: [] }, path: '$.rules["reply-all-group"].allowLists' },
    { name: 'a group address that is not an address', policy: { groupAddresses: ['all-*'] }, path: '$.groupAddresses[0]' },
  ],
});
