import { runRuleTests } from '../../../../test/helpers/rule-tester';

const COMPETITOR = { restrictedRecipients: ['*@competitor.com'] };
const WITH_MESSAGE = { restrictedRecipients: [{ match: '*@rival.cn', message: { 'zh-CN': '禁止与竞争对手通信，请联系法务部。', 'en-US': 'No mail to competitors: ask Legal.' } }] };
const remove = (...entries: Array<[field: 'to' | 'cc' | 'bcc', index: number, address: string]>) =>
  [{ id: 'remove-restricted', action: { kind: 'removeRecipients', entries: entries.map(([field, index, address]) => ({ field, index, address })) } }] as const;

runRuleTests('restricted-recipients', {
  valid: [
    { name: 'no restrictedRecipients in the policy', draft: { to: ['bob@competitor.com'] } },
    { name: 'a domain that only starts like the pattern’s', draft: { to: ['bob@competitor-news.com'] }, policy: COMPETITOR },
    { name: 'a subdomain is not the domain', draft: { to: ['bob@mail.competitor.com'] }, policy: COMPETITOR },
    { name: 'an exact address entry, another address at that domain', draft: { to: ['info@competitor.com'] }, policy: { restrictedRecipients: ['sales@competitor.com'] } },
    { name: 'the domain in the display name only', draft: { to: [{ address: 'li.si@contoso.com', name: 'bob@competitor.com' }] }, policy: COMPETITOR },
  ],
  invalid: [
    {
      name: 'a recipient at a forbidden domain, case folded',
      draft: { to: ['li.si@contoso.com', 'Bob@COMPETITOR.com'] },
      policy: COMPETITOR,
      errors: [{ messageId: 'restricted', data: { addresses: 'Bob@COMPETITOR.com', match: '*@competitor.com' }, field: 'to', fixes: remove(['to', 1, 'Bob@COMPETITOR.com']) }],
    },
    {
      name: 'every field counts, one finding per entry naming all it matched',
      draft: { to: ['li.si@contoso.com'], cc: ['a@competitor.com'], bcc: ['b@competitor.com'] },
      policy: COMPETITOR,
      errors: [{ messageId: 'restricted', data: { addresses: 'a@competitor.com、b@competitor.com', match: '*@competitor.com' }, field: 'cc', fixes: remove(['cc', 0, 'a@competitor.com'], ['bcc', 0, 'b@competitor.com']) }],
    },
    {
      name: 'the admin’s own message, in the locale, falling back to zh-CN',
      draft: { to: ['x@rival.cn'] },
      policy: WITH_MESSAGE,
      errors: [{ messageId: 'restrictedWithMessage', data: { addresses: 'x@rival.cn', match: '*@rival.cn', message: '禁止与竞争对手通信，请联系法务部。' }, field: 'to', fixes: remove(['to', 0, 'x@rival.cn']) }],
    },
    {
      name: 'a full-width address is the same address',
      draft: { to: ['ｂｏｂ@ｃｏｍｐｅｔｉｔｏｒ.com'] },
      policy: COMPETITOR,
      errors: [{ messageId: 'restricted', data: { addresses: 'ｂｏｂ@ｃｏｍｐｅｔｉｔｏｒ.com', match: '*@competitor.com' }, field: 'to', fixes: remove(['to', 0, 'ｂｏｂ@ｃｏｍｐｅｔｉｔｏｒ.com']) }],
    },
    {
      name: 'a trailing dot (the DNS root) is the same domain, for a pattern and an exact entry alike',
      draft: { to: ['bob@competitor.com.', 'sales@rival.cn..'] },
      policy: { restrictedRecipients: ['*@competitor.com', 'sales@rival.cn'] },
      errors: [
        { messageId: 'restricted', data: { addresses: 'bob@competitor.com.', match: '*@competitor.com' }, field: 'to', fixes: remove(['to', 0, 'bob@competitor.com.']) },
        { messageId: 'restricted', data: { addresses: 'sales@rival.cn..', match: 'sales@rival.cn' }, field: 'to', fixes: remove(['to', 1, 'sales@rival.cn..']) },
      ],
    },
    {
      name: 'subdomains when the pattern says so',
      draft: { to: ['bob@mail.competitor.com'] },
      policy: { restrictedRecipients: ['*@*.competitor.com'] },
      errors: [{ messageId: 'restricted', data: { addresses: 'bob@mail.competitor.com', match: '*@*.competitor.com' }, field: 'to', fixes: remove(['to', 0, 'bob@mail.competitor.com']) }],
    },
  ],
  invalidOptions: [
    { name: 'a domain without @', policy: { restrictedRecipients: ['competitor.com'] }, path: '$.restrictedRecipients[0]' },
    { name: 'an entry with no message', policy: { restrictedRecipients: [{ match: '*@x.com' }] }, path: '$.restrictedRecipients[0]' },
    { name: 'a match that is no address', policy: { restrictedRecipients: [{ match: 'x', message: 'm' }] }, path: '$.restrictedRecipients[0].match' },
    { name: 'one string instead of a list', policy: { restrictedRecipients: '*@x.com' }, path: '$.restrictedRecipients' },
    { name: 'in a scope too', policy: { scopes: [{ name: 'a', senders: ['a@b.c'], restrictedRecipients: [7] }] }, path: '$.scopes[0].restrictedRecipients[0]' },
  ],
});
