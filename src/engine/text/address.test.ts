import fc from 'fast-check';
import { compileAddressPatterns, domainOf, isDomainWithin, normalizeAddress, registrableParts } from './address';

describe('addresses', () => {
  test('normalizeAddress lower-cases, trims and unwraps', () => {
    expect(normalizeAddress('  Li.Si@Contoso.COM ')).toBe('li.si@contoso.com');
    expect(normalizeAddress('李四 <li.si@contoso.com>')).toBe('li.si@contoso.com');
    expect(normalizeAddress('mailto:a@b.cn')).toBe('a@b.cn');
    expect(normalizeAddress('ａ＠ｂ．ｃｎ')).toBe('a@b.cn');
  });

  test('domainOf', () => {
    expect(domainOf('Bob@Mail.Contoso.com')).toBe('mail.contoso.com');
    expect(domainOf('no-domain')).toBe('');
    // The root's dot folds as in address patterns: one or several.
    expect(domainOf('bob@contoso.com.')).toBe('contoso.com');
    expect(domainOf('bob@contoso.com..')).toBe('contoso.com');
  });

  test('a subdomain of an internal domain is internal; a longer name is not', () => {
    expect(isDomainWithin('mail.contoso.com', ['contoso.com'])).toBe(true);
    expect(isDomainWithin('contoso.com', ['contoso.com'])).toBe(true);
    expect(isDomainWithin('evilcontoso.com', ['contoso.com'])).toBe(false);
    expect(isDomainWithin('', ['contoso.com'])).toBe(false);
  });

  test('group patterns: exact and wildcard, case-insensitive', () => {
    const isGroup = compileAddressPatterns(['all-*@contoso.com', 'Sales@contoso.com']);
    expect(isGroup('ALL-Staff@contoso.com')).toBe(true);
    expect(isGroup('sales@contoso.com')).toBe(true);
    expect(isGroup('all-staff@contoso.com.evil')).toBe(false);
    expect(isGroup('all@contoso.com')).toBe(false);
  });

  test('wildcards with many stars answer on long addresses (backtracking took 2^n steps)', () => {
    const stars = compileAddressPatterns(['**********@x.com']);
    expect(stars(`${'a'.repeat(40)}@y.com`)).toBe(false);
    expect(stars(`${'a'.repeat(100_000)}@x.com`)).toBe(true);
    const isGroup = compileAddressPatterns(['a*b*c*d*e*f*g*h*i*j*k@x.com']);
    expect(isGroup(`${'abcdefghij'.repeat(10_000)}@x.com`)).toBe(false);
    expect(isGroup(`${'abcdefghij'.repeat(10_000)}k@x.com`)).toBe(true);
  });

  test('wildcards mean what the regular expression `*` → `[^@]*` means', () => {
    const piece = fc.string({ unit: fc.constantFrom('a', 'b', '@', '*'), maxLength: 8 });
    fc.assert(
      fc.property(piece, fc.string({ unit: fc.constantFrom('a', 'b', '@'), maxLength: 10 }), (pattern, local) => {
        fc.pre(pattern.includes('*'));
        const reference = new RegExp(`^${pattern.split('*').join('[^@]*')}$`, 'u');
        expect(compileAddressPatterns([pattern])(local)).toBe(reference.test(local));
      }),
      { numRuns: 2000 },
    );
  });

  test('registrableParts knows two-label suffixes', () => {
    expect(registrableParts('mail.contoso.com.cn')).toEqual({ name: 'contoso', suffix: 'com.cn' });
    expect(registrableParts('contoso.com')).toEqual({ name: 'contoso', suffix: 'com' });
    expect(registrableParts('a.b.co.uk')).toEqual({ name: 'b', suffix: 'co.uk' });
  });
});

describe('normalizeAddress', () => {
  /** The definition, without the shortcut for addresses that are already normal. */
  function byDefinition(address: string): string {
    let value = address.normalize('NFKC').trim().toLowerCase();
    const angle = /<([^<>]+)>/u.exec(value);
    if (angle?.[1]) value = angle[1].trim();
    return value.replace(/^mailto:/u, '');
  }

  test('gives what NFKC, trimming, lower case and removing brackets and mailto: give (property)', () => {
    const unit = fc.constantFrom('a', 'Z', '0', '.', '@', '-', '+', '_', ' ', '<', '>', 'mailto:', 'ｍ', '＠', 'İ', '\u00a0');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 30 }), (address) => {
        expect(normalizeAddress(address)).toBe(byDefinition(address));
      }),
      { numRuns: 2000 },
    );
  });
});


describe('a trailing dot (the DNS root)', () => {
  test('an address with one matches as the domain without it, for exact entries and patterns', () => {
    const matches = compileAddressPatterns(['*@competitor.com', 'sales@rival.cn.']);
    expect(matches('bob@competitor.com.')).toBe(true);
    expect(matches('sales@rival.cn')).toBe(true);
    expect(matches('sales@rival.cn..')).toBe(true);
  });

  test('a wildcard ending in a dot stays as written: *@*. is not *@*', () => {
    const matches = compileAddressPatterns(['*@*.']);
    expect(matches('bob@x.com')).toBe(false);
  });
});
