import { runRuleTests } from '../../../../test/helpers/rule-tester';

const external = (domains: string, count: number) => ({ messageId: 'external', data: { domains, count } }) as const;

runRuleTests('external-recipients', {
  valid: [
    { name: 'colleagues only', draft: { to: ['li.si@contoso.com'], cc: ['wang.wu@contoso.com'] } },
    { name: 'a subdomain of the sender’s domain is internal', draft: { to: ['bob@mail.contoso.com'] } },
    { name: 'upper-case addresses', draft: { to: ['Li.Si@CONTOSO.COM'] } },
    { name: 'a full-width domain', draft: { to: ['li.si@ｃｏｎｔｏｓｏ.com'] } },
    { name: 'an Exchange alias without a domain', draft: { to: ['li.si'] } },
    { name: 'a subdomain of a policy domain', draft: { to: ['bob@sh.contoso.com.cn'] }, policy: { internalDomains: ['contoso.com', 'contoso.com.cn'] } },
    { name: 'a policy domain that is not the sender’s', draft: { from: 'zhang.san@contoso.com', to: ['partner@fabrikam.com'] }, policy: { internalDomains: ['contoso.com', 'fabrikam.com'] } },
  ],
  invalid: [
    { name: 'a partner', draft: { to: ['bob@fabrikam.com'] }, errors: [{ ...external('fabrikam.com', 1), field: 'to' }] },
    {
      name: 'several domains listed once each, case folded',
      draft: { to: ['Bob@Fabrikam.COM', 'li.si@contoso.com'], cc: ['x@fabrikam.com', 'y@northwind.cn'] },
      errors: [{ ...external('fabrikam.com、northwind.cn', 3), field: 'to' }],
    },
    { name: 'a look-alike suffix is not a subdomain', draft: { to: ['bob@notcontoso.com'] }, errors: [external('notcontoso.com', 1)] },
    { name: 'a longer domain is not a subdomain', draft: { to: ['bob@contoso.com.cn'] }, errors: [external('contoso.com.cn', 1)] },
    { name: 'BCC counts', draft: { bcc: ['guest@northwind.cn'] }, errors: [{ ...external('northwind.cn', 1), field: 'bcc' }] },
    {
      name: 'with internalDomains set, the sender’s own domain is not internal by itself',
      draft: { to: ['li.si@contoso.com'] },
      policy: { internalDomains: ['fabrikam.com'] },
      errors: [external('contoso.com', 1)],
    },
    { name: 'with no internalDomains, the sender’s domain decides', draft: { from: 'erika@fabrikam.com', to: ['li.si@contoso.com'] }, errors: [external('contoso.com', 1)] },
    { name: 'listed the English way', locale: 'en-US', draft: { to: ['a@fabrikam.com', 'b@northwind.cn'] }, errors: [external('fabrikam.com, northwind.cn', 2)] },
    { name: 'severity raised to warning', draft: { to: ['bob@fabrikam.com'] }, policy: { rules: { 'external-recipients': { severity: 'warning' } } }, errors: [{ ...external('fabrikam.com', 1), severity: 'warning' }] },
  ],
  invalidOptions: [
    { name: 'an option the rule does not have', options: { allow: ['fabrikam.com'] }, path: '$.rules["external-recipients"].allow' },
    { name: 'an internal domain written with @', policy: { internalDomains: ['@contoso.com'] }, path: '$.internalDomains[0]' },
  ],
});
