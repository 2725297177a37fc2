/**
 * The hostile families of `npm run bench -- hostile` (issue 12, «Linear everywhere»): each builds,
 * for a size in bytes, an input of about that size and the work that is timed on it, through the
 * real `evaluate` (and the parser, for JSON).
 */
import { createDraft, evaluate, parseDraft, parsePolicy, parsePolicyText, type Draft, type DraftInput, type Policy } from '../src/engine';
import { compileAdminPattern as compileForSend } from '../src/engine/detectors/admin-patterns';

const NOW = new Date('2026-11-01T09:00:00Z');
const SHARED_MAILBOX = 'helpdesk@contoso.com';

/** Every rule at its default severity, the sender's mailbox shared, so every body rule reads the text. */
function hostilePolicy(extra: Record<string, unknown> = {}): Policy {
  const result = parsePolicy({ internalDomains: ['contoso.com'], sharedMailboxes: [SHARED_MAILBOX], ...extra });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.policy;
}

const BASE: DraftInput = {
  subject: '【机密】季度报告',
  from: SHARED_MAILBOX,
  to: ['li.si@contoso.com', 'erika@fabrikam.com'],
  cc: ['wang.wu@contoso.com'],
  composeType: 'newMail',
};

/**
 * The draft as a new mail without an attachment and as a reply with one: attachment-forgotten
 * reads the text only without one, attachment-unexplained only with one, and the recipient rules
 * differ for replies.
 */
function variants(input: DraftInput): Draft[] {
  return [createDraft(input), createDraft({ attachments: [{ name: '季度报告.xlsx', size: 1000 }], ...input, composeType: 'reply' })];
}

function evaluateAll(drafts: readonly Draft[], policy: Policy): () => void {
  return () => drafts.forEach((draft) => evaluate(draft, policy, { now: NOW }));
}

const utf8Bytes = (text: string) => Buffer.byteLength(text, 'utf8');

/** `unit` repeated to about `bytes` of UTF-8. */
function repeatTo(unit: string, bytes: number): string {
  return unit.repeat(Math.max(1, Math.floor(bytes / utf8Bytes(unit))));
}

function body(unit: string, policy = hostilePolicy(), around: readonly [string, string] = ['', '']): (bytes: number) => () => void {
  return (bytes) => evaluateAll(variants({ ...BASE, body: `${around[0]}${repeatTo(unit, bytes)}${around[1]}` }), policy);
}

/** A phone number on the same line, so the shared-mailbox rule looks for a name on it. */
const ON_A_PHONE_LINE = ['', ' 010-5555-0123'] as const;

function subject(unit: string): (bytes: number) => () => void {
  const policy = hostilePolicy();
  return (bytes) => evaluateAll(variants({ ...BASE, subject: repeatTo(unit, bytes), body: '您好：\n\n请查收。\n\n张三' }), policy);
}

/** Recipients of about `bytes` in all, each `address(i)`. */
function recipients(bytes: number, address: (i: number) => string): string[] {
  const list: string[] = [];
  for (let total = 0, i = 0; total < bytes; i++) {
    const next = address(i);
    list.push(next);
    total += next.length + 1;
  }
  return list;
}

const WILDCARDS = ['**********@x.com', 'all-*-*-*-*@x.com', '*a*a*a*a*a*@*.*'];
const ADMIN_PATTERNS = ['(.*){100}q', '(a|aa)+b', '(?:x+x+)+y', '[a-z]*[a-z]*[a-z]*[0-9]{30}', '(.*a){20}z'];

/** The admin patterns compiled for the on-send bundle's matcher, put into an already resolved policy. */
function withSendPatterns(policy: Policy, sources: readonly string[]): Policy {
  const patterns = sources.map((source) => {
    const compiled = compileForSend(source);
    if (!compiled.ok) throw new Error(compiled.message);
    return compiled.pattern;
  });
  const settings = policy.rules['sensitive-content'];
  return { ...policy, rules: { ...policy.rules, 'sensitive-content': { ...settings, options: { ...(settings.options as object), patterns } } } };
}

export interface Family {
  readonly name: string;
  /** Builds the input of about `bytes` (not timed) and returns what is timed. */
  readonly build: (bytes: number) => () => unknown;
}

export const FAMILIES: readonly Family[] = [
  { name: 'digit run', build: body('1') },
  { name: 'digit groups "1234 "', build: body('1234 ') },
  { name: '"密码" repeats', build: body('密码') },
  { name: '"密码：ab12 " repeats', build: body('密码：ab12 ') },
  { name: '"a@" repeats', build: body('a@') },
  { name: '"> " on one line', build: body('> ') },
  { name: '"> " quote lines', build: body('> > 上次的回复\n') },
  { name: 'Original Message repeats', build: body('-----Original Message-----') },
  { name: 'Original Message lines', build: body('-----Original Message-----\n') },
  { name: '"From:" repeats', build: body('From: ') },
  { name: '"From:" lines', build: body('From: a@b.com\n') },
  { name: 'punctuation run (body)', build: body('!?.,;。，、') },
  { name: 'punctuation run (subject)', build: subject('!?.,;。，、') },
  { name: 'underscore line', build: body('_') },
  { name: 'underscore lines', build: body('__________\n') },
  { name: '"在…写道" repeats', build: body('在 写道 ') },
  { name: 'spaces mid-line', build: body(' ', hostilePolicy(), ['a', 'b']) },
  { name: 'one long word on a phone line', build: body('a', hostilePolicy(), ON_A_PHONE_LINE) },
  { name: 'contact labels on a phone line', build: body('联系人 ', hostilePolicy(), ON_A_PHONE_LINE) },
  { name: 'asks in one sentence with an exception', build: body('如有问题请告知请确认') },
  {
    name: 'attachment name of dots and spaces',
    build: (bytes) => evaluateAll(variants({ ...BASE, body: '附件是报告。', attachments: [{ name: `a${repeatTo('. ', bytes)}x`, size: 1000 }] }), hostilePolicy()),
  },
  {
    name: 'wildcard groups, 40-char locals',
    build: (bytes) => evaluateAll(variants({ ...BASE, body: '请查收。', to: recipients(bytes, (i) => `${'a'.repeat(34)}${String(i).padStart(6, '0')}@x.com`) }), hostilePolicy({ groupAddresses: WILDCARDS })),
  },
  {
    name: 'wildcard groups, one long local',
    build: (bytes) => evaluateAll(variants({ ...BASE, body: '请查收。', to: [`${'a'.repeat(bytes)}@x.com`] }), hostilePolicy({ groupAddresses: WILDCARDS })),
  },
  { name: 'admin patterns (pattern VM)', build: body('aaaaaaaa 1234567890 ', hostilePolicy({ rules: { 'sensitive-content': { patterns: ADMIN_PATTERNS } } })) },
  { name: 'admin patterns (on-send VM)', build: body('aaaaaaaa 1234567890 ', withSendPatterns(hostilePolicy(), ADMIN_PATTERNS)) },
  {
    name: 'nested JSON policy (arrays)',
    build: (bytes) => {
      const depth = Math.floor(bytes / 2);
      const text = `{"templates":${'['.repeat(depth)}${']'.repeat(depth)}}`;
      return () => parsePolicyText(text);
    },
  },
  {
    name: 'nested JSON policy (objects)',
    build: (bytes) => {
      const depth = Math.floor(bytes / 6);
      const text = `{"rules":{"cc-excessive":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}}`;
      return () => parsePolicyText(text);
    },
  },
  {
    name: 'nested JSON draft',
    build: (bytes) => {
      const depth = Math.floor(bytes / 6);
      const text = `{"subject":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)},"to":${'['.repeat(depth)}${']'.repeat(depth)}}`;
      return () => parseDraft(JSON.parse(text));
    },
  },
  {
    name: 'many recipients',
    build: (bytes) => {
      const input = { ...BASE, body: '请查收。', to: recipients(bytes / 2, (i) => `user${i}@fabrikam${i % 97}.com`), cc: recipients(bytes / 2, (i) => `User${i % 5000}@Contoso.com`) };
      const policy = hostilePolicy();
      return () => {
        const parsed = parseDraft(input);
        if (!parsed.ok) throw new Error('draft rejected');
        evaluate(parsed.draft, policy, { now: NOW });
      };
    },
  },
];
