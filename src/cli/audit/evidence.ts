/**
 * What lay behind a finding, as evidence keys for the report (`term:工资表`, `domain:gmail.com`,
 * `type:.exe`). Read from the finding's data, which the engine has already masked; the lists in
 * it are joined for people (`a.exe、b.zip`), so they are matched against the draft's own
 * attachment names and recipient domains rather than split.
 */
import { LOCALE_CONVENTIONS, type Draft, type Finding, type Locale } from '../../engine';
import { maskPersonalNumbers, type CalendarDate } from '../../engine/detectors';
import { domainOf } from '../../engine/text/address';

/** Data keys that hold a word or term the rule matched. */
const TERM_KEYS = ['word', 'ask', 'found', 'marking'] as const;

/** Evidence keys of one finding; the same key twice counts once. */
export function evidenceOf(finding: Finding, draft: Draft, locale: Locale, today: CalendarDate): Set<string> {
  const keys = new Set<string>();
  const data = finding.data;
  for (const key of TERM_KEYS) {
    const value = data[key];
    if (typeof value === 'string' && value !== '') keys.add(`term:${value}`);
  }
  if (finding.rule === 'subject-vague' && finding.messageId === 'generic' && typeof data.subject === 'string') keys.add(`term:${data.subject}`);
  const separator = LOCALE_CONVENTIONS[locale].listSeparator;
  if (typeof data.kinds === 'string') {
    for (const kind of data.kinds.split(separator)) if (kind.trim() !== '') keys.add(`term:${kind.trim()}`);
  }
  if (typeof data.domain === 'string' && data.domain !== '') keys.add(`domain:${data.domain}`);
  if (typeof data.domains === 'string') {
    const listed = new Set(data.domains.split(separator).map((item) => item.trim()));
    for (const domain of recipientDomains(draft)) if (listed.has(domain)) keys.add(`domain:${domain}`);
  }
  const names = typeof data.names === 'string' ? data.names : typeof data.name === 'string' ? data.name : null;
  if (names !== null) {
    // The data's names are masked: so is each name it is compared with.
    for (const attachment of draft.attachments) if (names.includes(maskPersonalNumbers(attachment.name, today))) keys.add(`type:${fileType(attachment.name)}`);
  }
  return keys;
}

function recipientDomains(draft: Draft): Set<string> {
  const domains = new Set<string>();
  for (const recipient of [...draft.to, ...draft.cc, ...draft.bcc]) {
    const domain = domainOf(recipient.address);
    if (domain !== '') domains.add(domain);
  }
  return domains;
}

/** `.exe` for `Invoice.PDF.EXE`; `(none)` for a name without an extension. */
export function fileType(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 || dot === name.length - 1 ? '(none)' : name.slice(dot).toLowerCase();
}
