/** What NFKC, trimming, lower case and the bracket and `mailto:` removal below all leave as it is. */
const NORMAL_ADDRESS = /^[a-z0-9._@+-]*$/u;

/** Lower-cased, trimmed address with any `mailto:` or angle brackets removed. */
export function normalizeAddress(address: string): string {
  // Most addresses, and every key made here, are already normal: spare the Unicode normalisation.
  if (NORMAL_ADDRESS.test(address)) return address;
  let value = address.normalize('NFKC').trim().toLowerCase();
  const angle = /<([^<>]+)>/u.exec(value);
  if (angle?.[1]) value = angle[1].trim();
  return value.replace(/^mailto:/u, '');
}

/** The domain of an address (lower case), or '' when there is none. */
export function domainOf(address: string): string {
  const normalized = addressForMatching(address);
  const at = normalized.lastIndexOf('@');
  return at < 0 ? '' : normalized.slice(at + 1);
}

/** True when `domain` equals one of `internal` or is a subdomain of one. */
export function isDomainWithin(domain: string, internal: readonly string[]): boolean {
  if (!domain) return false;
  return internal.some((base) => domain === base || domain.endsWith(`.${base}`));
}

/**
 * Matches an address against the policy's group patterns: exact addresses, or `*` wildcards
 * such as `all-*@contoso.com`. A `*` stands for any run of characters but `@`. Wildcards are
 * matched piece by piece, never by backtracking: time is linear in the address for a given
 * pattern, however many stars it has.
 */
export function compileAddressPatterns(patterns: readonly string[]): (address: string) => boolean {
  const exact = new Set<string>();
  const wildcards: string[][][] = [];
  for (const pattern of patterns) {
    // A wildcard stays as written (`*@*.` is not `*@*`); an exact entry is folded as the address is.
    const normalized = normalizeAddress(pattern);
    if (normalized.includes('*')) wildcards.push(normalized.split('@').map((part) => part.split('*')));
    else if (normalized) exact.add(addressForMatching(normalized));
  }
  return (address) => {
    const normalized = addressForMatching(address);
    if (exact.has(normalized)) return true;
    const parts = normalized.split('@');
    return wildcards.some((wildcard) => wildcard.length === parts.length && wildcard.every((pieces, i) => piecesMatch(pieces, parts[i]!)));
  };
}

/** `bob@competitor.com.` is delivered to competitor.com (the root's dot, as in DNS): it matches as that. */
export function addressForMatching(address: string): string {
  return normalizeAddress(address).replace(/\.+$/u, '');
}

/**
 * True when `text` is `pieces` joined by runs of any characters. Taking each piece at its first
 * place after the previous one is enough: a later place never leaves more room.
 */
function piecesMatch(pieces: readonly string[], text: string): boolean {
  const last = pieces.length - 1;
  if (!text.startsWith(pieces[0]!)) return false;
  let at = pieces[0]!.length;
  for (let i = 1; i < last; i++) {
    const found = text.indexOf(pieces[i]!, at);
    if (found < 0) return false;
    at = found + pieces[i]!.length;
  }
  return last === 0 ? text === pieces[0] : text.length - pieces[last]!.length >= at && text.endsWith(pieces[last]!);
}

/**
 * Public suffixes made of two labels that matter for mail in China, Hong Kong, Taiwan and
 * beyond, so `contoso.com.cn` has the name `contoso`. Not a full public-suffix list: that is
 * 200 KB and the look-alike check only needs the registrable name of common domains.
 */
const TWO_LABEL_SUFFIXES = new Set([
  'com.cn', 'net.cn', 'org.cn', 'gov.cn', 'edu.cn', 'ac.cn',
  'com.hk', 'org.hk', 'gov.hk', 'edu.hk', 'com.tw', 'org.tw', 'gov.tw', 'edu.tw', 'com.mo',
  'com.sg', 'com.my', 'co.uk', 'org.uk', 'ac.uk', 'co.jp', 'ne.jp', 'or.jp', 'co.kr',
  'com.au', 'net.au', 'co.nz', 'com.br', 'co.in',
]);

/** Splits a domain into its registrable name and suffix: `mail.contoso.com.cn` → `contoso` + `com.cn`. */
export function registrableParts(domain: string): { name: string; suffix: string } {
  const labels = domain.split('.').filter(Boolean);
  if (labels.length < 2) return { name: labels[0] ?? '', suffix: '' };
  const lastTwo = labels.slice(-2).join('.');
  if (labels.length >= 3 && TWO_LABEL_SUFFIXES.has(lastTwo)) {
    return { name: labels[labels.length - 3] ?? '', suffix: lastTwo };
  }
  return { name: labels[labels.length - 2] ?? '', suffix: labels[labels.length - 1] ?? '' };
}
