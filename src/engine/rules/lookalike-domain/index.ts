import { doc, integerOption } from '../../options';
import { defineRule } from '../../rule';
import { PRINCIPLES } from '../../principles';
import { registrableParts } from '../../text/address';

export default defineRule({
  meta: {
    id: 'lookalike-domain',
    defaultSeverity: 'warning',
    clauses: ['recipients'],
    principle: PRINCIPLES.recipients,
    messages: {
      lookalike: {
        'zh-CN': '收件人 {{address}} 的域名 {{domain}} 与本单位域名 {{internal}} 非常相似：请确认不是拼写错误或仿冒域名。',
        'zh-TW': '收件者 {{address}} 的網域 {{domain}} 與本單位網域 {{internal}} 非常相似：請確認不是拼字錯誤或仿冒網域。',
        'en-US': 'The recipient {{address}} is at {{domain}}, which looks a lot like your own {{internal}}: make sure it is not a typo or a spoofed domain.',
      },
    },
    options: {
      maxDistance: integerOption(2, doc('Largest edit distance between an external and an internal domain that counts as a look-alike.')),
      minNameLength: integerOption(4, doc('Internal names shorter than this (jd.com, 163.com) are matched within edit distance 1 only: any two 2-letter names are 2 edits apart.')),
    },
  },
  check({ facts, options }) {
    const seen = new Set<string>();
    return facts.externalRecipients.flatMap((recipient) => {
      // Each domain is judged once: a mailing to a hundred people at one domain costs one comparison.
      if (!recipient.domain || seen.has(recipient.domain)) return [];
      seen.add(recipient.domain);
      const internal = facts.internalDomains.find((own) => looksAlike(recipient.domain, own, options));
      if (!internal) return [];
      return [{ messageId: 'lookalike' as const, data: { address: recipient.address, domain: recipient.domain, internal }, field: recipient.field }];
    });
  },
});

interface LookalikeOptions {
  readonly maxDistance: number;
  readonly minNameLength: number;
}

/** Whether an external domain imitates an internal one (the caller knows they differ). */
export function looksAlike(external: string, internal: string, options: LookalikeOptions): boolean {
  const ext = registrableParts(external);
  const own = registrableParts(internal);
  const extRegistrable = `${ext.name}.${ext.suffix}`;
  if (ext.name === own.name) return true; // contoso.co, contoso.net, contoso.com.cn
  if (external.startsWith(`${internal}.`)) return true; // contoso.com.evil.net
  if (foldConfusables(extRegistrable) === foldConfusables(internal) || foldConfusables(ext.name) === foldConfusables(own.name)) return true;
  const limit = own.name.length < options.minNameLength ? Math.min(1, options.maxDistance) : options.maxDistance;
  return [external, extRegistrable].some((candidate) => editDistance(candidate, internal, limit) <= limit);
}

/** Latin, Cyrillic and Greek letters that look alike in a domain, folded to one form. */
const CONFUSABLES: ReadonlyArray<readonly [RegExp, string]> = [
  [/rn/gu, 'm'],
  [/vv/gu, 'w'],
  [/[0оοΟО]/gu, 'o'],
  [/[1lіI|ӏ]/gu, 'l'],
  [/[аα]/gu, 'a'],
  [/[еε]/gu, 'e'],
  [/[рρ]/gu, 'p'],
  [/[сϲ]/gu, 'c'],
  [/[хχ]/gu, 'x'],
  [/[уγ]/gu, 'y'],
  [/[ѕ5]/gu, 's'],
  [/[νѵ]/gu, 'v'],
];

export function foldConfusables(domain: string): string {
  return CONFUSABLES.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), domain.toLowerCase());
}

/** Levenshtein distance, giving up early (returning limit + 1) once it must exceed `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}
