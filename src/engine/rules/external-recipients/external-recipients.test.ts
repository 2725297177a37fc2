import type { RecipientField } from '../../types';
import { runRuleTests } from '../../../../test/helpers/rule-tester';

/** A finding with no fix: fewer than three external domains in To and CC, the default. */
const external = (domains: string, count: number) => ({ messageId: 'external', data: { domains, count }, fixes: [] }) as const;
const refs = (field: RecipientField, list: readonly string[], from = 0) => list.map((address, i) => ({ field, index: from + i, address }));
const moveExternal = (...entries: ReturnType<typeof refs>[]) => [{ id: 'move-external-to-bcc', action: { kind: 'moveRecipients', entries: entries.flat(), target: 'bcc' } }] as const;
const THREE_TO = ['bob@fabrikam.com', 'a@northwind.cn', 'c@adatum.com'];
const withFix = (domains: string, count: number, fixes: ReturnType<typeof moveExternal>) => ({ ...external(domains, count), fixes });

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
    {
      name: 'three external domains in To: the external recipients can go to BCC',
      draft: { to: ['li.si@contoso.com', ...THREE_TO] },
      errors: [withFix('fabrikam.com、northwind.cn、adatum.com', 3, moveExternal(refs('to', THREE_TO, 1)))],
    },
    {
      name: 'To and CC together count; internal ones and those already in BCC stay where they are',
      draft: { to: ['bob@fabrikam.com', 'li.si@contoso.com'], cc: ['wang.wu@contoso.com', 'x@northwind.cn', 'y@Adatum.COM'], bcc: ['z@tailspin.com'] },
      errors: [withFix('fabrikam.com、northwind.cn、adatum.com、tailspin.com', 4, moveExternal(refs('to', ['bob@fabrikam.com']), refs('cc', ['x@northwind.cn', 'y@Adatum.COM'], 1)))],
    },
    {
      name: 'two external domains in To and CC, a third only in BCC: no fix by default',
      draft: { to: ['bob@fabrikam.com', 'x@fabrikam.com'], cc: ['a@northwind.cn'], bcc: ['c@adatum.com'] },
      errors: [external('fabrikam.com、northwind.cn、adatum.com', 4)],
    },
    {
      name: 'the policy lowers the threshold to two domains',
      draft: { to: ['bob@fabrikam.com'], cc: ['a@northwind.cn'] },
      policy: { rules: { 'external-recipients': { suggestBccDomains: 2 } } },
      errors: [withFix('fabrikam.com、northwind.cn', 2, moveExternal(refs('to', ['bob@fabrikam.com']), refs('cc', ['a@northwind.cn'])))],
    },
    { name: 'suggestBccDomains 0 never offers the fix', draft: { to: THREE_TO }, policy: { rules: { 'external-recipients': { suggestBccDomains: 0 } } }, errors: [external('fabrikam.com、northwind.cn、adatum.com', 3)] },
    { name: 'a reply: its recipients have seen each other already', draft: { composeType: 'reply', to: THREE_TO }, errors: [external('fabrikam.com、northwind.cn、adatum.com', 3)] },
    { name: 'a forward offers it', draft: { composeType: 'forward', to: THREE_TO }, errors: [withFix('fabrikam.com、northwind.cn、adatum.com', 3, moveExternal(refs('to', THREE_TO)))] },
    { name: 'severity raised to warning', draft: { to: ['bob@fabrikam.com'] }, policy: { rules: { 'external-recipients': { severity: 'warning' } } }, errors: [{ ...external('fabrikam.com', 1), severity: 'warning' }] },
  ],
  invalidOptions: [
    { name: 'an option the rule does not have', options: { allow: ['fabrikam.com'] }, path: '$.rules["external-recipients"].allow' },
    { name: 'a negative domain count', options: { suggestBccDomains: -1 }, path: '$.rules["external-recipients"].suggestBccDomains' },
    { name: 'a fractional domain count', options: { suggestBccDomains: 2.5 }, path: '$.rules["external-recipients"].suggestBccDomains' },
    { name: 'an internal domain written with @', policy: { internalDomains: ['@contoso.com'] }, path: '$.internalDomains[0]' },
  ],
});
