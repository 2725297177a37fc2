import { createDraft, DEFAULT_POLICY, type Finding, type Locale, type Policy } from '../../src/engine';
import { formatAuditHeader } from '../../src/office/audit-header';
import type { PolicyOrigin } from '../../src/office/policy-source';
import type { CheckOutcome } from '../../src/office/run-check';
import { sendDecision } from '../../src/office/send-decision';
import { acknowledgementKey, EMPTY_SESSION, fingerprint } from '../../src/office/session';

/** The pure decision at Send: a check's outcome in, the completion and the X-Preflight header out. */
const finding = (rule: Finding['rule'], severity: Finding['severity']): Finding => ({ rule, severity, messageId: 'm', data: {}, message: `${rule} message`, clause: 'clause', fixes: [] });
const VAGUE = finding('subject-vague', 'warning');
const BLOCK = finding('sensitive-content', 'block');
const INFO = finding('external-recipients', 'info');
/** Findings whose rule has a review step (RULES.md «Review steps»). */
const withStep = (f: Finding, reference: string | null): Finding => ({ ...f, acknowledge: { label: 'Approved by the department head', reference } });
const MASS = withStep({ ...finding('mass-mail', 'warning'), data: { count: 25 } }, 'Form number');
const MASS_MORE = { ...MASS, data: { count: 26 } };
const TICK = withStep(finding('sensitive-content', 'warning'), null);
const EXTERNAL_STEP = withStep(INFO, null);

interface Case {
  readonly findings?: readonly Finding[];
  /** Findings acknowledged in the pane, each with the reference given ('' for none). */
  readonly acknowledged?: ReadonlyArray<Finding | readonly [Finding, string]>;
  readonly failures?: readonly string[];
  readonly policy?: Partial<Policy>;
  readonly origin?: PolicyOrigin;
  readonly truncated?: readonly string[];
  readonly scopes?: readonly string[];
  /** Rules that threw in the engine. */
  readonly failedRules?: readonly string[];
}

function checked(c: Case): CheckOutcome {
  const policy = { ...DEFAULT_POLICY, version: 'p1', ...c.policy };
  return {
    ok: true,
    session: { ...EMPTY_SESSION, acknowledged: Object.fromEntries((c.acknowledged ?? []).map((entry) => (Array.isArray(entry) ? [acknowledgementKey(entry[0]), entry[1]] : [acknowledgementKey(entry as Finding), '']))) },
    loaded: { policy, origin: c.origin ?? 'fetched', problem: null, confirmation: Promise.resolve(null) },
    scopes: c.scopes ?? [],
    read: { draft: createDraft({}), failures: c.failures ?? [], unread: [], composeTypeSource: 'default', truncated: c.truncated ?? [] },
    evaluation: { decision: 'allow', findings: c.findings ?? [], ...(c.failedRules ? { failed: c.failedRules } : {}) },
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
  ['a review step not yet confirmed stops Send, with no "send anyway"', checked({ findings: [MASS] }), true, false, false, 'v=1; policy=p1; blocked=mass-mail'],
  ['a review step on an info finding stops Send too', checked({ findings: [EXTERNAL_STEP] }), true, false, false, 'v=1; policy=p1; blocked=external-recipients'],
  ['a confirmed review step with its reference lets Send go', checked({ findings: [MASS], acknowledged: [[MASS, 'QF-2026-118']] }), true, true, false, 'v=1; policy=p1; acknowledged=mass-mail:QF-2026-118'],
  ['a step that names a reference, ticked without one, still stops', checked({ findings: [MASS], acknowledged: [[MASS, ' ']] }), true, false, false, 'v=1; policy=p1; blocked=mass-mail'],
  ['a step that asks for no reference, ticked', checked({ findings: [TICK, VAGUE], acknowledged: [TICK, VAGUE] }), true, true, false, 'v=1; policy=p1; acknowledged=sensitive-content,subject-vague'],
  ['a changed finding asks again (25 recipients confirmed, now 26)', checked({ findings: [MASS_MORE], acknowledged: [[MASS, 'QF-1']] }), true, false, false, 'v=1; policy=p1; blocked=mass-mail'],
  ['a confirmed step beside an open warning: the warning prompts, the step is recorded', checked({ findings: [MASS, VAGUE], acknowledged: [[MASS, 'QF-7']] }), true, false, true, 'v=1; policy=p1; prompted=subject-vague; acknowledged=mass-mail:QF-7'],
  ['a plain "got it" does not confirm a review step', checked({ findings: [MASS], acknowledged: [[MASS, '']] }), true, false, false, 'v=1; policy=p1; blocked=mass-mail'],
  ['a reference keeps what it was typed with, minus ; , and line breaks, cut to 40', checked({ findings: [MASS], acknowledged: [[MASS, '财审;2026,第\n12号 ' + 'x'.repeat(60)]] }), true, true, false, `v=1; policy=p1; acknowledged=mass-mail:财审2026第12号 ${'x'.repeat(29)}`],
  ['a reference of only ; , and line breaks is no reference: the step stops Send', checked({ findings: [MASS], acknowledged: [[MASS, ';;,\n']] }), true, false, false, 'v=1; policy=p1; blocked=mass-mail'],
  ['control characters and full-width forms: the header gets plain text', checked({ findings: [MASS], acknowledged: [[MASS, 'ＱＦ－０１８\u0085\u000b\u0000\t号']] }), true, true, false, 'v=1; policy=p1; acknowledged=mass-mail:QF-018号'],
  ['Send read less of a long body: a step confirmed on the same rule and message still stands', checked({ findings: [MASS_MORE], acknowledged: [[MASS, 'QF-9']], truncated: ['body:524288'] }), true, true, false, 'v=1; policy=p1; acknowledged=mass-mail:QF-9; truncated=body:524288'],
  ['a rule that threw reads nothing less: a changed finding still asks again', checked({ findings: [MASS_MORE], acknowledged: [[MASS, 'QF-9']], failedRules: ['deadline-missing'] }), true, false, false, 'v=1; policy=p1; blocked=mass-mail; truncated=rule:deadline-missing'],
  ['a rule that threw, nothing else raised: incomplete, open, after what Send read less of', checked({ truncated: ['body:524288'], failedRules: ['subject-vague', 'x-falcon'] }), true, true, false, 'v=1; policy=p1; failed-open=engine:subject-vague; truncated=body:524288,rule:subject-vague,rule:x-falcon'],
  ['monitor mode: an open review step is recorded as the block it would be', checked({ findings: [MASS], policy: { mode: 'monitor' } }), true, true, false, 'v=1; policy=p1; monitored=block:mass-mail'],
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

test('a "Got it" from before the policy added a step does not confirm the step', () => {
  const stored = { [fingerprint(TICK)]: '' };
  const outcome: CheckOutcome = { ...(checked({ findings: [TICK] }) as Extract<CheckOutcome, { ok: true }>), session: { ...EMPTY_SESSION, acknowledged: stored } };
  expect(sendDecision(outcome, true).completion.allowEvent).toBe(false);
});

test('the dialog says which step to confirm in the pane, before the warnings', () => {
  const { completion } = sendDecision(checked({ findings: [VAGUE, MASS] }), true);
  expect(completion.errorMessage).toBe('Preflight found 2 issues:\n• Confirm “Approved by the department head” in the Preflight pane: mass-mail message\n• subject-vague message');
  expect(completion.errorMessageMarkdown).toContain('Confirm “Approved by the department head” in the Preflight pane: mass\\-mail message');
});

test('a failed check under failClosed tells why, in the language it had got', () => {
  const { completion } = sendDecision(failed('timeout:budget', { failClosed: true }, 'zh-CN'), true);
  expect(completion.errorMessage).toBe('未能完成发送前检查：timeout:budget。请稍后重试或联系 IT。');
});
