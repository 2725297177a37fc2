/**
 * A rule tester in the manner of ESLint's RuleTester: each rule lists drafts that must pass
 * (`valid`), drafts that must produce findings (`invalid`, asserted by message id, data, severity
 * and exact fix actions, never by sentence) and policy options that must be rejected
 * (`invalidOptions`, asserted by JSON path). Every case runs through the real `parseDraft`,
 * `parsePolicy` and `evaluate`, and only the findings of the rule under test are compared.
 */
import { applySubjectTag,
  LOCALES,
  RULES,
  evaluate,
  parseDraft,
  parsePolicy,
  type ActiveSeverity,
  type DraftField,
  type DraftInput,
  type Finding,
  type FixAction,
  type Locale,
  type Policy,
  type RuleId,
} from '../../src/engine';

/** What every case starts from: a clear internal mail that no rule objects to. */
export const DEFAULT_DRAFT: DraftInput = Object.freeze({
  subject: '第三季度预算审核安排',
  body: '李四：\n\n第三季度预算已经整理好，下周例会上讨论。\n\n谢谢！\n张三',
  from: 'zhang.san@contoso.com',
  to: ['li.si@contoso.com'],
  cc: [],
  bcc: [],
  attachments: [],
  composeType: 'newMail',
  sensitivityLabel: null,
});

export interface RuleCase {
  readonly name: string;
  /** Keys given here replace those of `DEFAULT_DRAFT`. */
  readonly draft?: DraftInput;
  /** A policy file as an admin writes it (JSON); the built-in defaults when absent. */
  readonly policy?: Readonly<Record<string, unknown>>;
  /** Locale of the evaluation (zh-CN when absent); matters for list placeholders and inserted text. */
  readonly locale?: Locale;
}

export interface ExpectedFix {
  readonly id: string;
  readonly action: FixAction;
}

export interface ExpectedFinding {
  readonly messageId: string;
  /** Compared as a subset: only the keys given are checked. */
  readonly data?: Readonly<Record<string, string | number>>;
  /** The rule's default severity when absent. */
  readonly severity?: ActiveSeverity;
  readonly field?: DraftField;
  /** Exactly the fixes offered, in order. Required for a rule that can fix; `[]` when it offers none here. */
  readonly fixes?: readonly ExpectedFix[];
}

export interface InvalidCase extends RuleCase {
  /** One entry per finding of this rule, in the order the rule reports them. */
  readonly errors: readonly ExpectedFinding[];
}

export interface InvalidOptionsCase {
  readonly name: string;
  /** The rule's settings object (`{ "maxCc": -1 }`), placed under `rules[ruleId]`. */
  readonly options?: Readonly<Record<string, unknown>>;
  /** A whole policy file instead, for top-level keys the rule reads (`groupAddresses`). */
  readonly policy?: Readonly<Record<string, unknown>>;
  /** The one JSON path `parsePolicy` must report, e.g. `$.rules["cc-excessive"].maxCc`. */
  readonly path: string;
}

export interface RuleTests {
  readonly valid: readonly RuleCase[];
  readonly invalid: readonly InvalidCase[];
  readonly invalidOptions: readonly InvalidOptionsCase[];
}

/** The parsed draft of a case, failing loudly when the case itself is malformed. */
function draftOf(testCase: RuleCase) {
  const result = parseDraft({ ...DEFAULT_DRAFT, ...testCase.draft });
  if (!result.ok) throw new Error(`case "${testCase.name}" has an invalid draft: ${JSON.stringify(result.errors)}`);
  return result.draft;
}

function policyOf(testCase: RuleCase, raw: Readonly<Record<string, unknown>> | undefined = testCase.policy): Policy {
  const result = parsePolicy(raw ?? {});
  if (!result.ok) throw new Error(`case "${testCase.name}" has an invalid policy: ${JSON.stringify(result.errors)}`);
  return result.policy;
}

/** Every case is checked on Sunday 22 November 2026, so date-dependent results are fixed. */
export const TEST_NOW = new Date(2026, 10, 22, 10, 0, 0);

/** The findings of one rule for a case, evaluated with every rule on as the policy says. */
export function findingsOf(ruleId: RuleId, testCase: RuleCase, locale: Locale = testCase.locale ?? 'zh-CN', policy: Policy = policyOf(testCase)): Finding[] {
  return evaluate(draftOf(testCase), policy, { locale, now: TEST_NOW }).findings.filter((finding) => finding.rule === ruleId);
}

/** The same policy with this rule switched off. */
function withSeverityOff(ruleId: RuleId, policy: Readonly<Record<string, unknown>> | undefined): Record<string, unknown> {
  const rules = (policy?.rules ?? {}) as Record<string, Record<string, unknown>>;
  return { ...policy, rules: { ...rules, [ruleId]: { ...rules[ruleId], severity: 'off' } } };
}

/** `n` distinct addresses: `user1@contoso.com` … */
export function addresses(n: number, domain = 'contoso.com', prefix = 'user'): string[] {
  return Array.from({ length: n }, (_, i) => `${prefix}${i + 1}@${domain}`);
}

/** Defines the Jest suite of one rule. */
export function runRuleTests(ruleId: RuleId, tests: RuleTests): void {
  const rule = RULES.find((candidate) => candidate.meta.id === ruleId);
  if (!rule) throw new Error(`unknown rule ${ruleId}`);
  const canFix = Object.keys(rule.meta.fixes ?? {}).length > 0;

  describe(ruleId, () => {
    describe('valid', () => {
      test.each([{ name: 'the default draft (a clear internal mail)' }, ...tests.valid])('$name', (testCase) => {
        expect(findingsOf(ruleId, testCase).map(({ messageId, data }) => ({ messageId, data }))).toEqual([]);
      });
    });

    describe('invalid', () => {
      test.each(tests.invalid)('$name', (testCase) => {
        const findings = findingsOf(ruleId, testCase);
        expect(findings.map((finding) => finding.messageId)).toEqual(testCase.errors.map((error) => error.messageId));
        testCase.errors.forEach((expected, index) => {
          const finding = findings[index]!;
          expect(finding.data).toMatchObject(expected.data ?? {});
          expect(finding.severity).toBe(expected.severity ?? rule.meta.defaultSeverity);
          if (expected.field) expect(finding.field).toBe(expected.field);
          if (canFix && !expected.fixes) throw new Error(`case "${testCase.name}": ${ruleId} can fix, so the case must state its fixes`);
          // A subject-tag fix is stated by the subject it makes of this case's subject.
          const subject = draftOf(testCase).subject;
          const shownFixes = finding.fixes.map(({ id, action }) =>
            action.kind === 'tagSubject' ? { id, action: { kind: 'setSubject', subject: applySubjectTag(subject, action) } } : { id, action },
          );
          expect(shownFixes).toEqual(expected.fixes ?? []);
          for (const { action } of finding.fixes) if (action.kind === 'tagSubject') expect(JSON.stringify(action)).not.toContain(subject || '\u0000');
        });
      });

      test.each(tests.invalid)('$name: the message, clause and fix titles are complete in every locale', (testCase) => {
        for (const locale of LOCALES) {
          for (const finding of findingsOf(ruleId, testCase, locale)) {
            const shown = [finding.message, finding.clause, ...finding.fixes.map((fix) => fix.title)];
            for (const text of shown) {
              expect(text.trim()).not.toBe('');
              expect(text).not.toMatch(/\{\{/u);
            }
          }
        }
      });

      test('severity "off" in the policy silences every invalid case', () => {
        for (const testCase of tests.invalid) {
          expect(findingsOf(ruleId, testCase, 'zh-CN', policyOf(testCase, withSeverityOff(ruleId, testCase.policy)))).toEqual([]);
        }
      });

      test('every message id of the rule is exercised', () => {
        const exercised = new Set(tests.invalid.flatMap((testCase) => testCase.errors.map((error) => error.messageId)));
        expect([...exercised].sort()).toEqual(Object.keys(rule.meta.messages).sort());
      });
    });

    describe('invalid options', () => {
      test.each(tests.invalidOptions)('$name → $path', (optionsCase) => {
        const raw = optionsCase.policy ?? { rules: { [ruleId]: optionsCase.options ?? {} } };
        const result = parsePolicy(raw);
        expect(result.ok).toBe(false);
        expect(result.ok ? [] : result.errors.map((error) => error.path)).toEqual([optionsCase.path]);
      });
    });
  });
}
