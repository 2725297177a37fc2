import { runRuleTests } from '../../../../test/helpers/rule-tester';

const lookalike = (address: string, internal = 'contoso.com') => ({ messageId: 'lookalike', data: { address, domain: address.slice(address.indexOf('@') + 1).toLowerCase(), internal } }) as const;
const BODY = '王五，您好：\n\n12月的对账单已经核对完毕，下次对账安排在12月20日。\n\n谢谢！\n张三';

runRuleTests('lookalike-domain', {
  valid: [
    { name: 'a real partner domain', draft: { to: ['wang.wu@fabrikam.com'], body: BODY } },
    { name: 'a subdomain of the internal domain', draft: { to: ['bob@mail.contoso.com'] } },
    { name: 'a similar but distant domain', draft: { to: ['bob@contosa-group.org'], body: BODY } },
    { name: 'short names are not compared by distance (ibm / hp)', draft: { from: 'a@ibm.com', to: ['b@hp.com'], body: BODY } },
    { name: 'short names are not compared by distance (163 / 126)', draft: { from: 'a@163.com', to: ['b@126.com'], body: BODY } },
    { name: 'a sibling domain the policy lists as internal', draft: { to: ['bob@contoso.net'] }, policy: { internalDomains: ['contoso.com', 'contoso.net'] } },
    { name: 'no edit distance allowed by the policy', draft: { to: ['bob@contso.com'], body: BODY }, policy: { rules: { 'lookalike-domain': { maxDistance: 0 } } } },
  ],
  invalid: [
    { name: 'c0ntoso.com (zero for o)', draft: { to: ['wang.wu@c0ntoso.com'], body: BODY }, errors: [{ ...lookalike('wang.wu@c0ntoso.com'), field: 'to' }] },
    { name: 'contoso.co (another TLD)', draft: { to: ['a@contoso.co'], body: BODY }, errors: [lookalike('a@contoso.co')] },
    { name: 'contoso.net (another TLD)', draft: { cc: ['a@contoso.net'], body: BODY }, errors: [{ ...lookalike('a@contoso.net'), field: 'cc' }] },
    { name: 'contoso.com.cn (same name, Chinese suffix)', draft: { to: ['a@contoso.com.cn'], body: BODY }, errors: [lookalike('a@contoso.com.cn')] },
    { name: 'rnicrosoft.com for microsoft.com', draft: { from: 'zhang.san@microsoft.com', to: ['b@rnicrosoft.com'], body: BODY }, errors: [lookalike('b@rnicrosoft.com', 'microsoft.com')] },
    { name: 'one letter missing (contso.com)', draft: { to: ['a@contso.com'], body: BODY }, errors: [lookalike('a@contso.com')] },
    { name: 'the internal domain used as a subdomain elsewhere', draft: { to: ['a@contoso.com.evil.net'], body: BODY }, errors: [lookalike('a@contoso.com.evil.net')] },
    { name: 'Cyrillic о and с letters', draft: { to: ['a@соntoso.com'], body: BODY }, errors: [lookalike('a@соntoso.com')] },
    { name: 'a full-width look-alike (ｃ0ｎｔｏｓｏ.com)', draft: { to: ['a@ｃ0ｎｔｏｓｏ.com'], body: BODY }, errors: [{ messageId: 'lookalike', data: { domain: 'c0ntoso.com', internal: 'contoso.com' } }] },
    { name: 'upper case (C0NTOSO.COM)', draft: { to: ['A@C0NTOSO.COM'], body: BODY }, errors: [lookalike('A@C0NTOSO.COM')] },
    {
      name: 'one finding per look-alike domain',
      draft: { to: ['a@c0ntoso.com', 'b@contoso.net', 'c@c0ntoso.com'], body: BODY },
      errors: [lookalike('a@c0ntoso.com'), lookalike('b@contoso.net')],
    },
    {
      name: 'a second internal domain of the policy',
      draft: { to: ['a@fabrikarn.com'], body: BODY },
      policy: { internalDomains: ['contoso.com', 'fabrikam.com'] },
      errors: [lookalike('a@fabrikarn.com', 'fabrikam.com')],
    },
    {
      name: 'severity raised to block',
      draft: { to: ['wang.wu@c0ntoso.com'], body: BODY },
      policy: { rules: { 'lookalike-domain': { severity: 'block' } } },
      errors: [{ ...lookalike('wang.wu@c0ntoso.com'), severity: 'block' }],
    },
  ],
  invalidOptions: [
    { name: 'a negative distance', options: { maxDistance: -1 }, path: '$.rules["lookalike-domain"].maxDistance' },
    { name: 'a length as a word', options: { minNameLength: 'four' }, path: '$.rules["lookalike-domain"].minNameLength' },
  ],
});
