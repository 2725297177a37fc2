/**
 * Properties of `evaluate` over arbitrary drafts, shared by the bounded run in `npm test`
 * (test/property-evaluate.test.ts) and the long run in `npm run bench -- property`.
 */
import fc from 'fast-check';
import { applySubjectTag, createDraft, DRAFT_PARTS, evaluate, parsePolicy, type Draft, type DraftInput, type Evaluation, type FixAction, type Policy, type Recipient } from '../../src/engine';
import { normalizeAddress } from '../../src/engine/text/address';
import { withClosing, insertAtAuthorEnd } from '../../src/office/apply-fix';

const NOW = new Date(2026, 10, 22, 10, 0, 0);

/** Pieces the rules look for, mixed with hostile characters: RTL and bidi controls, controls, lone surrogates. */
const FRAGMENTS = [
  '附件', '附件見附檔', '请查收', '機密', '【机密】', '密码：abc123', 'RE: ', '回复：', 'FW: ', '[重要]', '［重要］', '紧急', '你好', '您好，', '谢谢！', '此致\n敬礼',
  '张三', '11月30日前', '110105199003070025', '6222 0212 3456 7890 123', '13812345678', 'contoso.com', 'a@', '> ', '-----Original Message-----', 'From: ',
  '\u202e', '\u202d', '\u2066', '\u2069', '\u200f', '\u200b', '\ufeff', 'مرحبا', 'שלום', '\u0000', '\u0007', '\u001b[2J', '\r', '\r\n', '\t', '\n\n',
  '\ud800', '\udfff', '😀', '👨‍👩‍👧', 'ｅ', '̈', 'İ', 'ß', '_', '_'.repeat(40), '!'.repeat(30), ' ', '\u3000',
];

const text = (maxLength: number): fc.Arbitrary<string> =>
  fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: 'binary', maxLength: 6 })), { maxLength }).map((parts) => parts.join(''));

const DOMAINS = ['contoso.com', 'contoso.cn', 'c0ntoso.com', 'fabrikam.com', 'contoso.com.evil.net', 'ｃｏｎｔｏｓｏ．ｃｏｍ', '', 'xn--e1aybc.com'];

const address: fc.Arbitrary<string> = fc
  .tuple(fc.oneof(fc.constantFrom('li.si', 'sales', 'all-staff', 'it-helpdesk', '李四', ''), text(2)), fc.constantFrom(...DOMAINS), fc.constantFrom('', '<', 'mailto:', ' '))
  .map(([local, domain, wrap]) => (wrap === '<' ? `名 <${local}@${domain}>` : `${wrap}${local}@${domain}`));

const recipient: fc.Arbitrary<Recipient> = fc.record({
  address,
  name: fc.oneof(fc.constant(''), text(3)),
  type: fc.constantFrom('user', 'distributionList', 'externalUser', 'other'),
});

const attachment = fc.record({
  name: fc.oneof(text(3), fc.constantFrom('invoice\u202egnp.exe', 'a.exe', '.', '', 'budget.xlsx', '报价.pdf', 'x'.repeat(300) + '.zip', 'image001.png')),
  size: fc.oneof(fc.nat(), fc.constantFrom(0, 1, 10 * 1024 * 1024, 2 ** 53, Number.MAX_VALUE, 0.5)),
  inline: fc.boolean(),
});

const recipients = (maxLength: number) => fc.array(recipient, { maxLength });

/** Any draft the adapter or the CLI can hand the engine. */
export const draftInput: fc.Arbitrary<DraftInput> = fc.record({
  subject: text(8),
  body: text(30),
  from: fc.oneof(address, fc.constant('')),
  to: recipients(6),
  cc: recipients(6),
  bcc: recipients(3),
  attachments: fc.array(attachment, { maxLength: 4 }),
  composeType: fc.constantFrom('newMail', 'reply', 'forward'),
  sensitivityLabel: fc.oneof(fc.constant(null), fc.constantFrom('confidential', '')),
  originalSubject: fc.oneof(fc.constant(null), text(4)),
  unavailable: fc.subarray([...DRAFT_PARTS]),
}).map((input) => input as DraftInput);

function policy(raw: Record<string, unknown>): Policy {
  const parsed = parsePolicy(raw);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.policy;
}

/** The built-in defaults, and one with every rule on at block, groups, patterns and a subject tag. */
export const POLICIES: readonly Policy[] = [
  policy({}),
  policy({
    internalDomains: ['contoso.com', 'contoso.cn'],
    groupAddresses: ['all-*@contoso.com', '**********@contoso.cn', 'sales@contoso.com'],
    sharedMailboxes: ['it-helpdesk@contoso.com'],
    encryption: { method: 'subjectTag', tag: '[加密]' },
    rules: {
      'cc-excessive': { severity: 'block', maxCc: 1 },
      'mass-mail': { minRecipients: 3 },
      'subject-too-long': { severity: 'warning' },
      'sensitive-content': { patterns: ['prj-\\d{4}', '(合同|协议)编号'] },
    },
  }),
];

export const policyIndex = fc.nat({ max: POLICIES.length - 1 });

const DECISIONS = ['allow', 'prompt', 'block'];

/** `evaluate` never throws, always decides, and answers the same twice. */
export function evaluateIsTotal(input: DraftInput, which: number): void {
  const draft = createDraft(input);
  const first = evaluate(draft, POLICIES[which], { now: NOW });
  if (!DECISIONS.includes(first.decision)) throw new Error(`decision ${String(first.decision)}`);
  const second = evaluate(draft, POLICIES[which], { now: NOW });
  if (JSON.stringify(first) !== JSON.stringify(second)) throw new Error('two evaluations differ');
}

type Field = 'to' | 'cc' | 'bcc';

/** `draft` with some parts replaced, built again as the adapter builds a draft. */
function redraft(draft: Draft, changes: Partial<Record<'subject' | 'body' | Field, unknown>>): Draft {
  return createDraft({ ...draft, to: [...draft.to], cc: [...draft.cc], bcc: [...draft.bcc], attachments: [...draft.attachments], unavailable: [...draft.unavailable], ...changes } as DraftInput);
}

/** What a fix does to a draft, as the Office adapter does it (plain-text body). Null for fixes that change no text. */
export function applyFix(draft: Draft, action: FixAction): Draft | null {
  switch (action.kind) {
    case 'tagSubject':
      return redraft(draft, { subject: applySubjectTag(draft.subject, action) });
    case 'setSubject':
      return redraft(draft, { subject: action.subject });
    case 'insertText': {
      const body = action.position === 'start' ? `${action.text}${draft.body}` : action.position === 'closing' ? withClosing(draft.body, action.text, 'text') : action.position === 'end' ? insertAtAuthorEnd(draft.body, action.text, 'text') : `${draft.body}${action.text}`;
      return redraft(draft, { body });
    }
    case 'removeRecipients':
    case 'moveRecipients': {
      const fields: Record<Field, Recipient[]> = { to: [...draft.to], cc: [...draft.cc], bcc: [...draft.bcc] };
      const moved: Recipient[] = [];
      for (const field of ['to', 'cc', 'bcc'] as const) {
        const picked = new Set(action.entries.filter((entry) => entry.field === field).map((entry) => entry.index));
        if (action.kind === 'moveRecipients' && field === action.target) continue;
        moved.push(...fields[field].filter((_, i) => picked.has(i)));
        fields[field] = fields[field].filter((_, i) => !picked.has(i));
      }
      if (action.kind === 'moveRecipients') fields[action.target].push(...moved);
      return redraft(draft, fields);
    }
    default:
      return null;
  }
}

function isSubsequence(small: string, big: string): boolean {
  let at = 0;
  for (const unit of big) if (at < small.length && small.startsWith(unit, at)) at += unit.length;
  return at === small.length;
}

function nonSpaceCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const char of text.normalize('NFKC')) if (char.trim() !== '') counts.set(char, (counts.get(char) ?? 0) + 1);
  return counts;
}

/** What "keeps all other text" means for each kind of fix. */
function keepsText(before: Draft, after: Draft, action: FixAction): string | null {
  if (action.kind === 'tagSubject') {
    const kept = nonSpaceCounts(after.subject);
    for (const [char, count] of nonSpaceCounts(before.subject)) if ((kept.get(char) ?? 0) < count) return `subject lost ${JSON.stringify(char)}`;
  }
  if (action.kind === 'insertText' && !isSubsequence(before.body, after.body)) return 'body lost text';
  if (action.kind === 'moveRecipients') {
    const addresses = (draft: Draft) => [...draft.to, ...draft.cc, ...draft.bcc].map((r) => r.address).sort().join('\n');
    if (addresses(before) !== addresses(after)) return 'recipients changed';
  }
  if (action.kind === 'removeRecipients') {
    const left = new Set([...after.to, ...after.cc, ...after.bcc].map((r) => normalizeAddress(r.address)));
    const all = new Set([...before.to, ...before.cc, ...before.bcc].map((r) => normalizeAddress(r.address)));
    for (const a of all) if (!left.has(a)) return `removed every copy of ${a}`;
  }
  return null;
}

function offered(evaluation: Evaluation): { rule: string; id: string; action: FixAction }[] {
  return evaluation.findings.flatMap((finding) => finding.fixes.map((fix) => ({ rule: finding.rule, id: fix.id, action: fix.action })));
}

/**
 * Every fix offered, applied, keeps the author's other text; applied again (as the engine offers
 * it for the fixed draft, if it still does) it changes nothing.
 */
export function fixesAreIdempotent(input: DraftInput, which: number): void {
  const draft = createDraft(input);
  const policyUsed = POLICIES[which]!;
  for (const fix of offered(evaluate(draft, policyUsed, { now: NOW }))) {
    const once = applyFix(draft, fix.action);
    if (!once) continue;
    const lost = keepsText(draft, once, fix.action);
    if (lost) throw new Error(`${fix.rule}/${fix.id}: ${lost}`);
    const again = offered(evaluate(once, policyUsed, { now: NOW })).find((other) => other.rule === fix.rule && other.id === fix.id);
    const twice = again ? applyFix(once, again.action) : once;
    if (JSON.stringify(twice) !== JSON.stringify(once)) throw new Error(`${fix.rule}/${fix.id} applied twice differs from once`);
  }
}

/** Runs every property `numRuns` times; the bench passes many more than `npm test`. */
export function checkDraftProperties(numRuns: number, seed?: number): void {
  const options = { numRuns, ...(seed === undefined ? {} : { seed }) };
  fc.assert(fc.property(draftInput, policyIndex, evaluateIsTotal), options);
  fc.assert(fc.property(draftInput, policyIndex, fixesAreIdempotent), options);
}
