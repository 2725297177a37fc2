import { matchCustomRule, type CustomMatch } from './custom-rules';
import type { Draft } from './draft';
import { calendarDateOf, maskPersonalNumbers, type CalendarDate } from './detectors';
import { vmSteps } from './detectors/pattern';
import { DraftFacts } from './facts';
import { DEFAULT_LOCALE, localize } from './i18n';
import { DEFAULT_POLICY } from './policy/load';
import type { CustomRule, Policy, RuleSettings } from './policy/policy';
import type { Report, Rule } from './rule';
import { RULES } from './rules';
import type { ActiveSeverity, Decision, Evaluation, Finding, Fix, Locale } from './types';

export interface EvaluateOptions {
  /** Language of messages and clauses; defaults to the policy's locale, then zh-CN. */
  readonly locale?: Locale;
  /**
   * The moment of the check, for rules that need today's date (a birth date in the future is no
   * ID; a proposed deadline). Defaults to the current time; tests pass a fixed one.
   */
  readonly now?: Date;
  /**
   * Matcher steps all admin patterns of this evaluation may take together (each character costs
   * one, and one per live thread). Past it, pattern matching stops and the evaluation says so in
   * `truncated`. Unbounded by default: only Send, which must answer in time, sets it.
   */
  readonly patternSteps?: number;
}

const SEVERITY_ORDER: Readonly<Record<ActiveSeverity, number>> = { block: 0, warning: 1, info: 2 };

/**
 * Checks a draft against a policy. Pure and synchronous: the same draft and policy always give
 * the same findings, in rule-catalog order within each severity.
 *
 * @example
 * const { decision, findings } = evaluate(parseDraft(json).draft, DEFAULT_POLICY, { locale: 'en-US' });
 */
export function evaluate(draft: Draft, policy: Policy = DEFAULT_POLICY, options: EvaluateOptions = {}): Evaluation {
  const locale = options.locale ?? policy.locale ?? DEFAULT_LOCALE;
  const now = options.now ?? new Date();
  const today = calendarDateOf(now);
  const facts = DraftFacts.of(draft, policy);
  vmSteps.left = options.patternSteps ?? Infinity;
  const findings: Finding[] = [];
  const failed: string[] = [];
  // A rule that throws is a bug in Preflight: the other rules still judge the draft, and the
  // evaluation names the one that could not (`failed`), so no one reads its silence as "fine".
  const judge = (id: string, found: () => Finding[]): void => {
    try {
      findings.push(...found());
    } catch {
      failed.push(id);
    }
  };
  for (const rule of RULES) {
    const settings = policy.rules[rule.meta.id];
    const { severity } = settings;
    if (severity === 'off') continue;
    if (rule.meta.requires?.some((part) => draft.unavailable.includes(part))) continue;
    const context = { draft, facts, policy, options: settings.options, severity, locale, now, reviewStep: settings.acknowledge !== null };
    judge(rule.meta.id, () =>
      rule.check(context).map((report) => {
        const found = toFinding(rule, { ...report, data: maskedData(report.data ?? {}, today) }, severity, policy, locale);
        const finding = inheritedSubjectCapped(rule, found, facts);
        // A subject the author inherited is not theirs to have reviewed: no step on what it raises.
        return report.advisory || finding !== found ? finding : withReviewStep(finding, settings, locale);
      }),
    );
  }
  for (const rule of policy.customRules) {
    judge(rule.id, () => {
      const match = rule.severity !== 'off' && matchCustomRule(rule, facts);
      return match ? [withReviewStep(customFinding(rule, match, today, policy, locale), rule, locale)] : [];
    });
  }
  findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  const evaluation: Evaluation = { decision: decide(findings), findings, ...(failed.length > 0 ? { failed } : {}) };
  return vmSteps.left < 0 ? { ...evaluation, truncated: [`patterns:${options.patternSteps}`] } : evaluation;
}

/** A finding about the wording of a subject the author inherited is shown, never sent to a dialog. */
function inheritedSubjectCapped(rule: Rule, finding: Finding, facts: DraftFacts): Finding {
  if (finding.severity === 'info' || !rule.meta.aboutInheritedSubject?.includes(finding.messageId) || !facts.subjectInherited) return finding;
  return { ...finding, severity: 'info' };
}

/**
 * Report data with personal numbers masked. Data is the one way a rule quotes what the author
 * typed (a file name, a subject) into a message or a fix label, so masking it here masks every
 * text built from it; the admin's own texts (clauses, instructions) are left as written.
 */
function maskedData(data: Readonly<Record<string, string | number>>, today: CalendarDate): Record<string, string | number> {
  const masked: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(data)) masked[key] = typeof value === 'string' ? capped(maskPersonalNumbers(value, today)) : value;
  return masked;
}

/** A longer value a message quotes keeps its start and end: a subject or a list, never a megabyte of it. */
export const QUOTED_HEAD = 200;
export const QUOTED_TAIL = 100;

/** Cut after masking, so no cut leaves part of a number unmasked; never inside a surrogate pair. */
function capped(text: string): string {
  if (text.length <= QUOTED_HEAD + QUOTED_TAIL) return text;
  // `code >> 10` is 0x36 for a high surrogate, 0x37 for a low one.
  const head = text.charCodeAt(QUOTED_HEAD - 1) >> 10 === 0x36 ? QUOTED_HEAD - 1 : QUOTED_HEAD;
  const tail = text.length - (text.charCodeAt(text.length - QUOTED_TAIL) >> 10 === 0x37 ? QUOTED_TAIL - 1 : QUOTED_TAIL);
  return `${text.slice(0, head)}…${text.slice(tail)}`;
}

/**
 * The rule's review step on its finding. A block the rule escalated to on its own (a classified
 * marking to external recipients) is not one a tick in the pane may release: it stays a block.
 */
function withReviewStep(finding: Finding, settings: Pick<RuleSettings, 'severity' | 'acknowledge'>, locale: Locale): Finding {
  const step = settings.acknowledge;
  if (!step || (finding.severity === 'block' && settings.severity !== 'block')) return finding;
  return { ...finding, acknowledge: { label: step.label[locale], reference: step.reference ? step.reference[locale] : null } };
}

/**
 * `block` if any finding blocks or waits for a review step (Send stops until the pane confirms
 * it), else `prompt` if any warns, else `allow`.
 */
export function decide(findings: readonly Pick<Finding, 'severity' | 'acknowledge'>[]): Decision {
  if (findings.some((f) => f.severity === 'block' || f.acknowledge)) return 'block';
  if (findings.some((f) => f.severity === 'warning')) return 'prompt';
  return 'allow';
}

/** A custom rule's finding: the admin's message as written (no placeholders), its clause or none. */
function customFinding(rule: CustomRule, { matched, where, field }: CustomMatch, today: CalendarDate, policy: Policy, locale: Locale): Finding {
  return {
    rule: rule.id,
    severity: rule.severity as ActiveSeverity,
    messageId: 'custom',
    data: maskedData({ matched, where }, today),
    message: rule.message[locale],
    clause: policy.clauses[rule.id]?.[locale] ?? '',
    field,
    fixes: [],
  };
}

function toFinding(rule: Rule, report: Report, configured: ActiveSeverity, policy: Policy, locale: Locale): Finding {
  const template = rule.meta.messages[report.messageId];
  if (!template) throw new Error(`rule ${rule.meta.id} reported unknown message id "${report.messageId}"`);
  const data = report.data ?? {};
  const fixes: Fix[] = (report.fixes ?? []).map((fix) => ({
    id: fix.id,
    title: rule.meta.fixes?.[fix.id] ? localize(rule.meta.fixes[fix.id]!, locale, data) : fix.id,
    action: fix.action,
  }));
  return {
    rule: rule.meta.id,
    severity: report.severity ?? configured,
    messageId: report.messageId,
    data,
    message: localize(template, locale, data),
    // Send's build leaves the principle out of the rules (scripts/send-transformers.js): no clause there.
    clause: (policy.clauses[rule.meta.id] || rule.meta.principle)?.[locale] ?? '',
    ...(report.field ? { field: report.field } : {}),
    fixes,
  };
}


