import { createDraft, DEFAULT_POLICY, parsePolicy, type DraftInput } from './index';
import { summarizeRecipients } from './recipients-summary';

const NOW = new Date('2026-12-01T09:00:00+08:00');

function summary(input: DraftInput, policy = DEFAULT_POLICY) {
  return summarizeRecipients(createDraft({ from: 'zhang.san@contoso.com', ...input }), policy, { now: NOW });
}

/** `domain external? to/cc/bcc`, one line per domain, in the summary's order. */
const lines = (input: DraftInput, policy = DEFAULT_POLICY) => summary(input, policy).domains.map((d) => `${d.domain} ${d.internal ? 'internal' : 'external'} ${d.counts.to}/${d.counts.cc}/${d.counts.bcc}`);

describe('recipients at a glance', () => {
  test('no recipients, no domains', () => {
    expect(summary({})).toEqual({ domains: [], total: 0, external: 0 });
  });

  test('groups by domain, case folded, with counts per field; external first, then the most recipients', () => {
    const input = {
      to: ['li.si@contoso.com', 'Bob@Fabrikam.COM', 'a@northwind.cn'],
      cc: ['wang.wu@contoso.com', 'x@fabrikam.com', 'zhao.liu@contoso.com'],
      bcc: ['y@fabrikam.com', 'b@adatum.com'],
    };
    expect(lines(input)).toEqual(['fabrikam.com external 1/1/1', 'adatum.com external 0/0/1', 'northwind.cn external 1/0/0', 'contoso.com internal 1/2/0']);
    expect(summary(input)).toMatchObject({ total: 8, external: 5 });
  });

  test('each entry keeps its field, address as written and name, in the draft’s order', () => {
    const { domains } = summary({ to: [{ address: 'Bob@Fabrikam.COM', name: 'Bob' }], cc: [{ address: 'x@fabrikam.com', name: 'X@Fabrikam.com' }], bcc: ['bob@fabrikam.com'] });
    expect(domains[0]!.entries).toEqual([
      { field: 'to', address: 'Bob@Fabrikam.COM', name: 'Bob', group: false },
      // Outlook's name for an entry it did not resolve is its address: not repeated.
      { field: 'cc', address: 'x@fabrikam.com', name: '', group: false },
      { field: 'bcc', address: 'bob@fabrikam.com', name: '', group: false },
    ]);
    expect(domains[0]!.total).toBe(3);
  });

  test('subdomains of an internal domain are internal, each under its own domain', () => {
    expect(lines({ to: ['bob@mail.contoso.com', 'li.si@contoso.com'] })).toEqual(['contoso.com internal 1/0/0', 'mail.contoso.com internal 1/0/0']);
  });

  test('the policy’s internal domains decide, as for the rules', () => {
    const policy = parsePolicy({ internalDomains: ['contoso.com', 'fabrikam.com'] });
    if (!policy.ok) throw new Error('bad policy');
    expect(lines({ to: ['bob@fabrikam.com', 'a@northwind.cn'] }, policy.policy)).toEqual(['northwind.cn external 1/0/0', 'fabrikam.com internal 1/0/0']);
  });

  test('an Exchange alias has no domain and is internal', () => {
    expect(lines({ to: ['li.si'] })).toEqual([' internal 1/0/0']);
  });

  test('distribution lists are marked, by type or by the policy’s group addresses', () => {
    const policy = parsePolicy({ groupAddresses: ['all-*@contoso.com'] });
    if (!policy.ok) throw new Error('bad policy');
    const { domains } = summary({ to: ['all-staff@contoso.com', { address: 'sales@fabrikam.com', type: 'distributionList' }, 'li.si@contoso.com'] }, policy.policy);
    expect(domains.map((d) => d.entries.map((e) => `${e.address}:${e.group}`))).toEqual([['sales@fabrikam.com:true'], ['all-staff@contoso.com:true', 'li.si@contoso.com:false']]);
  });

  test('a personal number in a display name is masked; the address, which Outlook needs as it is, is not', () => {
    const { domains } = summary({ to: [{ address: '13800138000@fabrikam.com', name: '王五 13800138000' }] });
    expect(domains[0]!.entries[0]!.name).not.toContain('13800138000');
    expect(domains[0]!.entries[0]!.name).toMatch(/^王五 138\*+/u);
    expect(domains[0]!.entries[0]!.address).toBe('13800138000@fabrikam.com');
  });

  test('ties are broken by domain name, so the order is stable', () => {
    expect(lines({ to: ['a@northwind.cn', 'b@adatum.com'] })).toEqual(['adatum.com external 1/0/0', 'northwind.cn external 1/0/0']);
  });
});
