import { createDraft, DEFAULT_POLICY, type Finding, type Locale, type Policy } from '../../src/engine';
import { formatAuditHeader } from '../../src/office/audit-header';
import type { PolicyOrigin } from '../../src/office/policy-source';
import type { CheckOutcome } from '../../src/office/run-check';
import { sendDecision } from '../../src/office/send-decision';
import { EMPTY_SESSION, fingerprint } from '../../src/office/session';

/** The pure decision at Send: a check's outcome in, the completion and the X-Preflight header out. */
const finding = (rule: Finding['rule'], severity: Finding['severity']): Finding => ({ rule, severity, messageId: 'm', data: {}, message: `${rule} message`, clause: 'clause', fixes: [] });
const VAGUE = finding('subject-vague', 'warning');
const BLOCK = finding('sensitive-content', 'block');
const INFO = finding('external-recipients', 'info');

interface Case {
  readonly findings?: readonly Finding[];
  readonly acknowledged?: readonly Finding[];
  readonly failures?: readonly string[];
  readonly policy?: Partial<Policy>;
  readonly origin?: PolicyOrigin;
  readonly truncated?: readonly string[];
  readonly scopes?: readonly string[];
}

function checked(c: Case): CheckOutcome {
  const policy = { ...DEFAULT_POLICY, version: 'p1', ...c.policy };
  return {
    ok: true,
    session: { ...EMPTY_SESSION, acknowledged: (c.acknowledged ?? []).map(fingerprint) },
    loaded: { policy, origin: c.origin ?? 'fetched', problem: null, confirmation: Promise.resolve(null) },
    scopes: c.scopes ?? [],
    read: { draft: createDraft({}), failures: c.failures ?? [], unread: [], composeTypeSource: 'default', truncated: c.truncated ?? [] },
    evaluation: { decision: 'allow', findings: c.findings ?? [] },
    locale: 'en-US',
  };
}

const failed = (reason: string, policy: Partial<Policy> = {}, locale: Locale = 'en-US'): CheckOutcome => ({ ok: false, reason, policy: { ...DEFAULT_POLICY, version: 'p0', ...policy }, locale });

type Row = [name: string, outcome: CheckOutcome, mayPrompt: boolean, allow: boolean, override: boolean, header: string];

const ROWS: Row[] = [
  ['nothing found', checked({}), true, true, false, 'v=1; policy=p1; clean'],
  ['info only', checked({ findings: [INFO] }), true, true, false, 'v=1; policy=p1; clean'],
  ['a warning on Mailbox 1.14', checked({ findings: [VAGUE] }), true, false, true, 'v=1; policy=p1; prompted=subject-vague'],
  ['a warning on an older client', checked({ findings: [VAGUE] }), false, true, false, 'v=1; policy=p1; warned=subject-vague'],
  ['a warning on an older client that must block', checked({ findings: [VAGUE], policy: { oldClientWarnings: 'block' } }), false, false, false, 'v=1; policy=p1; blocked=subject-vague'],
  ['a block', checked({ findings: [BLOCK, VAGUE] }), true, false, false, 'v=1; policy=p1; blocked=sensitive-content'],
  ['an acknowledged warning', checked({ findings: [VAGUE], acknowledged: [VAGUE] }), true, true, false, 'v=1; policy=p1; acknowledged=subject-vague'],
  ['a block beside an acknowledged warning', checked({ findings: [BLOCK, VAGUE], acknowledged: [VAGUE] }), true, false, false, 'v=1; policy=p1; blocked=sensitive-content; acknowledged=subject-vague'],
  ['the cached policy', checked({ origin: 'cache' }), true, true, false, 'v=1; policy=p1; policy-source=cache; clean'],
  ['a policy confirmed a moment ago', checked({ origin: 'confirmed' }), true, true, false, 'v=1; policy=p1; clean'],
  ['a body past the ceiling', checked({ truncated: ['body:524288'] }), true, true, false, 'v=1; policy=p1; clean; truncated=body:524288'],
  ['an unread part, nothing found', checked({ failures: ['timeout:body.getAsync'], truncated: ['body:524288'] }), true, true, false, 'v=1; policy=p1; failed-open=timeout:body.getAsync; truncated=body:524288'],
  ['an unread part under failClosed', checked({ failures: ['error:to.getAsync'], policy: { failClosed: true } }), true, false, false, 'v=1; policy=p1; blocked=check-failed:error:to.getAsync'],
  ['an unread part beside a warning: the warning decides', checked({ findings: [VAGUE], failures: ['error:to.getAsync'] }), true, false, true, 'v=1; policy=p1; prompted=subject-vague'],
  ['a check past its budget', failed('timeout:budget'), true, true, false, 'v=1; policy=p0; failed-open=timeout:budget'],
  ['a check past its budget under failClosed', failed('timeout:budget', { failClosed: true }), true, false, false, 'v=1; policy=p0; blocked=check-failed:timeout:budget'],
  ['an engine that threw', failed('engine:RangeError'), false, true, false, 'v=1; policy=p0; failed-open=engine:RangeError'],
  ['the scopes that applied', checked({ findings: [VAGUE], scopes: ['finance', 'hr'] }), true, false, true, 'v=1; policy=p1; scope=finance,hr; prompted=subject-vague'],
  ['monitor mode: a warning goes, recorded', checked({ findings: [VAGUE, INFO], policy: { mode: 'monitor' } }), true, true, false, 'v=1; policy=p1; monitored=prompt:subject-vague'],
  ['monitor mode: a block goes, recorded', checked({ findings: [BLOCK, VAGUE], policy: { mode: 'monitor' }, scopes: ['finance'] }), true, true, false, 'v=1; policy=p1; scope=finance; monitored=block:sensitive-content'],
  ['monitor mode on an older client that must block', checked({ findings: [VAGUE], policy: { mode: 'monitor', oldClientWarnings: 'block' } }), false, true, false, 'v=1; policy=p1; monitored=block:subject-vague'],
  ['monitor mode on an older client', checked({ findings: [VAGUE], policy: { mode: 'monitor' } }), false, true, false, 'v=1; policy=p1; warned=subject-vague'],
  ['monitor mode, nothing found', checked({ findings: [INFO], policy: { mode: 'monitor' } }), true, true, false, 'v=1; policy=p1; clean'],
  ['monitor mode, an acknowledged warning', checked({ findings: [VAGUE], acknowledged: [VAGUE], policy: { mode: 'monitor' } }), true, true, false, 'v=1; policy=p1; acknowledged=subject-vague'],
  ['an unread part, nothing found, for a scoped sender', checked({ failures: ['timeout:body.getAsync'], scopes: ['finance'] }), true, true, false, 'v=1; policy=p1; scope=finance; failed-open=timeout:body.getAsync'],
  ['monitor mode under failClosed, an unread part', checked({ failures: ['error:to.getAsync'], policy: { failClosed: true, mode: 'monitor' } }), true, true, false, 'v=1; policy=p1; monitored=block:check-failed:error:to.getAsync'],
    ['monitor mode under failClosed, a check past its budget', failed('timeout:budget', { failClosed: true, mode: 'monitor' }), true, true, false, 'v=1; policy=p0; monitored=block:check-failed:timeout:budget'],
];

test.each(ROWS)('%s', (_name, outcome, mayPrompt, allow, override, header) => {
  const { completion, audit } = sendDecision(outcome, mayPrompt);
  expect(completion.allowEvent).toBe(allow);
  expect(completion.sendModeOverride === 'promptUser').toBe(override);
  expect(formatAuditHeader(audit)).toBe(header);
  // Every dialog offers the task pane; an allowed send shows none.
  if (allow) expect(completion).toEqual({ allowEvent: true });
  else expect(completion).toMatchObject({ commandId: 'PreflightOpenPaneButton', cancelLabel: 'Review and fix' });
});

test('the dialog lists what blocks, then the open warnings, in the check’s language', () => {
  const { completion } = sendDecision(checked({ findings: [VAGUE, BLOCK] }), true);
  expect(completion.errorMessage).toBe('Preflight found 2 issues:\n• sensitive-content message\n• subject-vague message');
  const own = sendDecision(checked({ findings: [VAGUE, BLOCK], policy: { clauses: { 'subject-vague': { 'zh-CN': 'c', 'zh-TW': 'c', 'en-US': 'c' } } } }), true);
  expect(own.completion.errorMessage).toBe('Preflight found 2 issues:\n• sensitive-content message\n• subject-vague message (clause)');
});

test('a failed check under failClosed tells why, in the language it had got', () => {
  const { completion } = sendDecision(failed('timeout:budget', { failClosed: true }, 'zh-CN'), true);
  expect(completion.errorMessage).toBe('未能完成发送前检查：timeout:budget。请稍后重试或联系 IT。');
});
