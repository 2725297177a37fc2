/**
 * A rule that throws is a bug in Preflight, never a verdict on the draft: the other rules still
 * judge it, and the evaluation names the rule that could not (`failed`), built-in or custom.
 */
import * as customRules from './custom-rules';
import { createDraft } from './draft';
import { evaluate } from './evaluate';
import { parsePolicy } from './policy/load';
import { RULES } from './rules';
import { makeRuleThrow as throwing, ruleNamed } from '../../test/helpers/failing-rule';

afterEach(() => jest.restoreAllMocks());

/** An ID number to an outside address under a wrong greeting: sensitive-content and salutation-mismatch both warn. */
const LEAK = createDraft({
  subject: '报销资料',
  body: '王经理：\n\n我的身份证号码是 11010519491231002X，请查收。\n\n谢谢\n张三',
  from: 'zhang.san@contoso.com',
  to: [{ address: 'li.si@fabrikam.com', name: '李四' }],
});
const POLICY = parsePolicy({ internalDomains: ['contoso.com'] }).policy;

test('without a failure, an evaluation has no `failed` at all', () => {
  const evaluation = evaluate(LEAK, POLICY);
  expect(evaluation).not.toHaveProperty('failed');
  expect(evaluation.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['sensitive-content', 'salutation-mismatch']));
});

test('a built-in rule that throws is named, and every other rule still reports', () => {
  const whole = evaluate(LEAK, POLICY);
  throwing('salutation-mismatch');
  const evaluation = evaluate(LEAK, POLICY);
  expect(evaluation.failed).toEqual(['salutation-mismatch']);
  expect(evaluation.findings).toEqual(whole.findings.filter((f) => f.rule !== 'salutation-mismatch'));
  expect(evaluation.decision).toBe(whole.decision);
});

test('when the rule that throws is the one that found the ID number, the other findings still stop the mail', () => {
  throwing('sensitive-content');
  const evaluation = evaluate(LEAK, POLICY);
  expect(evaluation.failed).toEqual(['sensitive-content']);
  expect(evaluation.findings.some((f) => f.rule === 'sensitive-content')).toBe(false);
  expect(evaluation.decision).toBe('prompt');
});

test('several failures are listed in catalog order, a rule switched off is never run', () => {
  const offRule = throwing('subject-vague');
  throwing('salutation-mismatch');
  throwing('sensitive-content');
  const policy = parsePolicy({ internalDomains: ['contoso.com'], rules: { 'subject-vague': { severity: 'off' } } }).policy;
  const evaluation = evaluate(LEAK, policy);
  const order = RULES.map((rule) => rule.meta.id).filter((id) => evaluation.failed?.includes(id));
  expect(evaluation.failed).toEqual(order);
  expect(evaluation.failed).toEqual(expect.arrayContaining(['salutation-mismatch', 'sensitive-content']));
  expect(offRule).not.toHaveBeenCalled();
});

test('a rule reporting a message id it does not define fails alone, as a throw does', () => {
  jest.spyOn(ruleNamed('salutation-mismatch'), 'check').mockReturnValue([{ messageId: 'no-such-message' }] as never);
  const evaluation = evaluate(LEAK, POLICY);
  expect(evaluation.failed).toEqual(['salutation-mismatch']);
  expect(evaluation.findings.some((f) => f.rule === 'sensitive-content')).toBe(true);
});

test('a custom rule that throws is named by its id; the next custom rule still runs', () => {
  const message = { 'zh-CN': '不得外发。', 'zh-TW': '不得外寄。', 'en-US': 'Must not leave.' };
  const policy = parsePolicy({
    internalDomains: ['contoso.com'],
    customRules: [
      { id: 'x-first', severity: 'warning', in: ['body'], keywords: ['身份证'], message },
      { id: 'x-second', severity: 'warning', in: ['subject'], keywords: ['报销'], message },
    ],
  }).policy;
  const actual = customRules.matchCustomRule;
  jest.spyOn(customRules, 'matchCustomRule').mockImplementation((rule, facts) => {
    if (rule.id === 'x-first') throw new RangeError('a bug');
    return actual(rule, facts);
  });
  const evaluation = evaluate(LEAK, policy);
  expect(evaluation.failed).toEqual(['x-first']);
  expect(evaluation.findings.map((f) => f.rule)).toContain('x-second');
});
