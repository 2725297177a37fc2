/**
 * Review steps (RULES.md «Review steps: acknowledgement and reference numbers»): the policy's
 * `acknowledge` on a rule is validated, resolved in every language, carried on the rule's
 * findings, and makes Send's decision a stop until the pane confirms it.
 */
import { createDraft } from './draft';
import { DraftFacts } from './facts';
import { DEFAULT_POLICY } from './policy/load';
import { evaluate } from './evaluate';
import { applyScopes, parsePolicy } from './policy/load';

const MASS = createDraft({
  subject: '年终活动报名',
  body: '各位同事：请于12月10日前报名。谢谢！',
  from: 'hr@contoso.com',
  to: Array.from({ length: 25 }, (_, i) => `user${i}@contoso.com`),
});
const MARKED_EXTERNAL = createDraft({ subject: '谈判要点', body: 'Erika，您好：以下内容为公司机密。谢谢！', from: 'zhang.san@contoso.com', to: ['erika@fabrikam.com'] });
const ID_INTERNAL = createDraft({ subject: '入职材料', body: '身份证号 11010519491231002X，请于周五前办理。谢谢', from: 'zhang.san@contoso.com', to: ['li.si@contoso.com'] });

function policyWith(rules: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  const result = parsePolicy({ internalDomains: ['contoso.com'], rules, ...extra });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.policy;
}

describe('the acknowledge option', () => {
  test('a label and a reference, as one text or one per language, fill every language', () => {
    const policy = policyWith({ 'mass-mail': { acknowledge: { label: { 'zh-CN': '已获批准', 'en-US': 'Approved' }, reference: '群发申请表编号' } } });
    expect(policy.rules['mass-mail'].acknowledge).toEqual({
      label: { 'zh-CN': '已获批准', 'zh-TW': '已获批准', 'en-US': 'Approved' },
      reference: { 'zh-CN': '群发申请表编号', 'zh-TW': '群发申请表编号', 'en-US': '群发申请表编号' },
    });
    expect(policy.rules['subject-vague'].acknowledge).toBeNull();
  });

  test('reference may be null or left out: a tick is enough', () => {
    expect(policyWith({ 'important-tag': { acknowledge: { label: '部门负责人已审核', reference: null } } }).rules['important-tag'].acknowledge?.reference).toBeNull();
    expect(policyWith({ 'important-tag': { acknowledge: { label: '部门负责人已审核' } } }).rules['important-tag'].acknowledge?.reference).toBeNull();
  });

  test.each([
    [{ acknowledge: { reference: '编号' } }, '$.rules["mass-mail"].acknowledge.label'],
    [{ acknowledge: { label: '' } }, '$.rules["mass-mail"].acknowledge.label'],
    [{ acknowledge: { label: {} } }, '$.rules["mass-mail"].acknowledge.label'],
    [{ acknowledge: { label: 'ok', referenceLabel: 'x' } }, '$.rules["mass-mail"].acknowledge.referenceLabel'],
    [{ acknowledge: 'yes' }, '$.rules["mass-mail"].acknowledge'],
  ])('%j is rejected at its path', (settings, path) => {
    const result = parsePolicy({ rules: { 'mass-mail': settings } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.path)).toContain(path);
  });
});

describe('findings of a rule with a review step', () => {
  test('carry the label and the reference name in the requested language, and Send would stop', () => {
    const policy = policyWith({ 'mass-mail': { acknowledge: { label: { 'zh-CN': '已获批准', 'zh-TW': '已獲核准', 'en-US': 'Approved' }, reference: { 'zh-CN': '群发申请表编号', 'zh-TW': '群發申請表編號', 'en-US': 'Form number' } } } });
    const zhTW = evaluate(MASS, policy, { locale: 'zh-TW' });
    expect(zhTW.findings.find((f) => f.rule === 'mass-mail')?.acknowledge).toEqual({ label: '已獲核准', reference: '群發申請表編號' });
    expect(zhTW.decision).toBe('block');
    expect(evaluate(MASS, policy, { locale: 'en-US' }).findings.find((f) => f.rule === 'mass-mail')?.acknowledge).toEqual({ label: 'Approved', reference: 'Form number' });
  });

  test('without the option the same mail only prompts', () => {
    const plain = evaluate(MASS, policyWith({}));
    expect(plain.findings.find((f) => f.rule === 'mass-mail')?.acknowledge).toBeUndefined();
    expect(plain.decision).toBe('prompt');
  });

  test('a warning of sensitive-content gets the step; the block it escalates to on its own keeps its block', () => {
    const policy = policyWith({ 'sensitive-content': { acknowledge: { label: '部门负责人已审核' } } });
    const internal = evaluate(ID_INTERNAL, policy).findings.filter((f) => f.rule === 'sensitive-content');
    expect(internal.map((f) => [f.severity, f.acknowledge?.label])).toEqual([['warning', '部门负责人已审核']]);
    const external = evaluate(MARKED_EXTERNAL, policy).findings.filter((f) => f.rule === 'sensitive-content');
    expect(external.map((f) => [f.severity, f.acknowledge])).toEqual([['block', undefined]]);
  });

  test('a rule the admin set to block itself is released by its step', () => {
    const policy = policyWith({ 'mass-mail': { severity: 'block', acknowledge: { label: '已审批', reference: '审批编号' } } });
    expect(evaluate(MASS, policy).findings.find((f) => f.rule === 'mass-mail')?.acknowledge).toEqual({ label: '已审批', reference: '审批编号' });
  });

  test('a scope may drop the step (null) or add one', () => {
    const policy = policyWith(
      { 'mass-mail': { acknowledge: { label: '已审批', reference: '审批编号' } } },
      { scopes: [{ name: 'hr', senders: ['hr@contoso.com'], rules: { 'mass-mail': { acknowledge: null } } }, { name: 'ops', senders: ['ops@contoso.com'], rules: { 'cc-excessive': { acknowledge: { label: '抄送已核对' } } } }] },
    );
    expect(evaluate(MASS, applyScopes(policy, 'hr@contoso.com').policy).findings.find((f) => f.rule === 'mass-mail')?.acknowledge).toBeUndefined();
    expect(evaluate(MASS, applyScopes(policy, 'other@contoso.com').policy).findings.find((f) => f.rule === 'mass-mail')?.acknowledge?.label).toBe('已审批');
    expect(applyScopes(policy, 'ops@contoso.com').policy.rules['cc-excessive'].acknowledge?.label).toEqual({ 'zh-CN': '抄送已核对', 'zh-TW': '抄送已核对', 'en-US': '抄送已核对' });
  });
});

describe('important mail under a review step (001 三(二)1)', () => {
  const input = { subject: '[重要] 2026年度预算调整', body: '各位同事：\n\n预算调整方案见正文，请于12月10日前反馈。\n\n谢谢！\n张三', from: 'zhang.san@contoso.com', to: ['li.si@contoso.com'] };
  const tagged = createDraft(input);
  const review = { 'important-tag': { acknowledge: { label: '已经部门负责人审核' } } };

  test('a tagged mail is reported as important mail, carrying the step, and Send waits for it', () => {
    const evaluation = evaluate(tagged, policyWith(review));
    expect(evaluation.findings.filter((f) => f.rule === 'important-tag').map((f) => [f.messageId, f.severity, f.acknowledge?.label])).toEqual([['importantMail', 'info', '已经部门负责人审核']]);
    expect(evaluation.decision).toBe('block');
  });

  test('without the step the same mail raises nothing (shared scenario 09)', () => {
    expect(evaluate(tagged, policyWith({})).findings.filter((f) => f.rule === 'important-tag')).toEqual([]);
  });

  test('the receipt line beside it is advice: it carries no step of its own', () => {
    const evaluation = evaluate(tagged, policyWith({ 'important-tag': { ...review['important-tag'], askReceipt: true } }));
    expect(evaluation.findings.filter((f) => f.rule === 'important-tag').map((f) => [f.messageId, f.acknowledge !== undefined])).toEqual([
      ['importantMail', true],
      ['noReceiptRequest', false],
    ]);
  });

  test('a reply that kept the [重要] subject it inherited is not asked', () => {
    const reply = createDraft({ ...input, subject: 'RE: [重要] 2026年度预算调整', composeType: 'reply', originalSubject: 'RE: [重要] 2026年度预算调整' });
    expect(evaluate(reply, policyWith(review)).findings.filter((f) => f.rule === 'important-tag')).toEqual([]);
  });

  test('a reply in an urgent thread the author did not start carries no step, whatever important-tag says of it', () => {
    const subject = 'RE: 紧急：服务器宕机处理';
    const reply = createDraft({ ...input, subject, composeType: 'reply', originalSubject: subject });
    const misplaced = createDraft({ ...input, subject: 'RE: 预算 [重要]', composeType: 'reply', originalSubject: 'RE: 预算 [重要]' });
    for (const draft of [reply, misplaced]) {
      const evaluation = evaluate(draft, policyWith(review));
      expect(evaluation.findings.filter((f) => f.acknowledge)).toEqual([]);
      expect(evaluation.decision).not.toBe('block');
    }
  });

  test('an important word without the tag carries the step on its missing-tag finding', () => {
    const untagged = createDraft({ ...input, subject: '紧急：2026年度预算调整' });
    expect(evaluate(untagged, policyWith(review)).findings.filter((f) => f.rule === 'important-tag').map((f) => [f.messageId, f.acknowledge?.label])).toEqual([['missingTag', '已经部门负责人审核']]);
  });
});

describe('one set of facts per draft and policy', () => {
  test('evaluate and what Send asks after it share the facts of the same draft under the same policy', () => {
    const policy = policyWith({});
    expect(DraftFacts.of(MASS, policy)).toBe(DraftFacts.of(MASS, policy));
    expect(DraftFacts.of(MASS, policy)).not.toBe(DraftFacts.of(MASS, DEFAULT_POLICY));
    expect(DraftFacts.of(MASS, policy)).not.toBe(DraftFacts.of(ID_INTERNAL, policy));
  });
});
