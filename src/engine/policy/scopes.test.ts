import { createDraft } from '../draft';
import { evaluate } from '../evaluate';
import { applyScopes, parsePolicy } from './load';

const BASE = {
  version: '2026.12',
  internalDomains: ['contoso.com'],
  rules: { 'cc-excessive': { severity: 'warning', maxCc: 5 }, 'subject-vague': { severity: 'warning' } },
  encryption: { method: 'subjectTag', tag: '[加密]' },
  scopes: [
    { name: 'hr', senders: ['hr-*@contoso.com'], rules: { 'sensitive-content': { severity: 'info' } }, clauses: { 'sensitive-content': '《人事部邮件规定》第 3 条' } },
    { name: 'finance', senders: ['*@finance.contoso.com'], mode: 'monitor', rules: { 'cc-excessive': { maxCc: 2 } }, internalDomains: ['contoso-bank.com'] },
    { name: 'front-desk', senders: ['reception@contoso.com'], sharedMailboxes: ['reception@contoso.com'], importantTag: '[急]' },
    { name: 'strict', senders: ['*@finance.contoso.com'], rules: { 'cc-excessive': { severity: 'block' } } },
  ],
};

function scoped(sender: string) {
  const result = parsePolicy(BASE);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return applyScopes(result.policy, sender);
}

describe('scopes', () => {
  test('a sender no scope names gets the base policy itself', () => {
    const base = parsePolicy(BASE);
    if (!base.ok) throw new Error('invalid');
    expect(applyScopes(base.policy, 'alice@contoso.com')).toEqual({ policy: base.policy, scopes: [] });
    expect(applyScopes(base.policy, '')).toEqual({ policy: base.policy, scopes: [] });
  });

  test('a matching scope replaces a rule’s settings one option at a time and keeps the rest', () => {
    const { policy, scopes } = scoped('Jane <Jane@Finance.Contoso.com>');
    expect(scopes).toEqual(['finance', 'strict']);
    expect(policy.mode).toBe('monitor');
    // finance sets maxCc 2, strict (later) sets the severity: both apply, over the base's 5.
    expect(policy.rules['cc-excessive']).toMatchObject({ severity: 'block', options: expect.objectContaining({ maxCc: 2 }) });
    expect(policy.rules['subject-vague'].severity).toBe('warning');
    expect(policy.internalDomains).toEqual(['contoso.com', 'contoso-bank.com']);
    expect(policy.encryption).toEqual({ method: 'subjectTag', tag: '[加密]' });
    expect(policy.version).toBe('2026.12');
  });

  test('HR may send ID numbers internally: the scope lowers sensitive-content and cites its own clause', () => {
    const draft = createDraft({ subject: '新员工入职资料', body: '身份证号 11010519491231002X，请于周五前确认。', from: 'hr-li@contoso.com', to: ['bob@contoso.com'] });
    const { policy } = scoped(draft.from);
    const finding = evaluate(draft, policy).findings.find((f) => f.rule === 'sensitive-content');
    expect(finding).toMatchObject({ severity: 'info', clause: '《人事部邮件规定》第 3 条' });
    const base = parsePolicy(BASE);
    expect(evaluate(draft, base.policy).findings.find((f) => f.rule === 'sensitive-content')?.severity).toBe('warning');
  });

  test('the front desk’s shared mailbox is one only in its scope', () => {
    const { policy, scopes } = scoped('reception@contoso.com');
    expect(scopes).toEqual(['front-desk']);
    expect(policy.isSharedMailbox('reception@contoso.com')).toBe(true);
    expect(policy.importantTag).toBe('[急]');
    expect(scoped('alice@contoso.com').policy.isSharedMailbox('reception@contoso.com')).toBe(false);
  });

  test('each combination of scopes is resolved once', () => {
    const base = parsePolicy(BASE);
    expect(applyScopes(base.policy, 'a@finance.contoso.com').policy).toBe(applyScopes(base.policy, 'b@finance.contoso.com').policy);
  });

  test('a scope may not hold scopes, must name its senders, and two may not share a name', () => {
    const result = parsePolicy({
      scopes: [
        { name: 'a', senders: ['x@contoso.com'], scopes: [] },
        { name: 'a', senders: ['y@contoso.com'], locale: 'en-US' },
        { name: 'bad name!', rules: { 'no-such-rule': {} } },
      ],
    });
    expect(result.ok).toBe(false);
    const messages = result.ok ? [] : result.errors.map((e) => `${e.path}: ${e.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\$\.scopes\[0\]\.scopes: a scope may not hold scopes/u),
        expect.stringMatching(/^\$\.scopes\[1\]\.locale: unknown key/u),
        expect.stringMatching(/^\$\.scopes\[2\]\.name: /u),
        expect.stringMatching(/^\$\.scopes\[2\]\.senders: /u),
        expect.stringMatching(/^\$\.scopes\[2\]\.rules\["no-such-rule"\]: unknown rule id/u),
      ]),
    );
    const twice = parsePolicy({ scopes: [{ name: 'a', senders: ['x@contoso.com'] }, { name: 'a', senders: ['y@contoso.com'] }] });
    expect(twice.ok ? [] : twice.errors.map((e) => `${e.path}: ${e.message}`)).toEqual(['$.scopes: two scopes are named "a"']);
  });

  test('$comment is allowed at any level, as text, and ignored', () => {
    const commented = { $comment: 'top', rules: { $comment: 'rules', 'cc-excessive': { $comment: 'seed 001 二(一)4', maxCc: 3 } }, scopes: [{ $comment: 'finance', name: 'f', senders: ['*@f.contoso.com'] }] };
    const result = parsePolicy(commented);
    expect(result.ok).toBe(true);
    expect(result.policy.rules['cc-excessive'].options).toMatchObject({ maxCc: 3 });
    const wrong = parsePolicy({ rules: { 'cc-excessive': { $comment: 3 } } });
    expect(wrong.ok ? [] : wrong.errors.map((e) => e.path)).toEqual(['$.rules["cc-excessive"].$comment']);
  });

  test('a word list the scope gives as an array adds to the base’s, as the base’s adds to the built-in one', () => {
    const result = parsePolicy({
      rules: { 'subject-vague': { words: ['周报'] } },
      scopes: [{ name: 'sales', senders: ['*@sales.contoso.com'], rules: { 'subject-vague': { words: ['报价'] } } }],
    });
    const { policy } = applyScopes(result.policy, 'amy@sales.contoso.com');
    const vague = (subject: string) => evaluate(createDraft({ subject, body: '请于周五前确认。', from: 'amy@sales.contoso.com', to: ['b@contoso.com'] }), policy).findings.some((f) => f.rule === 'subject-vague');
    expect(vague('周报')).toBe(true);
    expect(vague('报价')).toBe(true);
    expect(vague('第三季度华东区报价单')).toBe(false);
  });

  test('a scope listing internal domains over a base without any keeps the sender’s own domain internal', () => {
    const result = parsePolicy({ scopes: [{ name: 'bank', senders: ['*@contoso.com', '*@sub.contoso.com'], internalDomains: ['contoso-bank.com'] }] });
    const draft = createDraft({ subject: '第三季度预算审批', body: '李经理：\n预算表请于周五前确认。\n谢谢！', from: 'amy@contoso.com', to: ['li@contoso.com', 'wu@contoso-bank.com'] });
    const { policy } = applyScopes(result.policy, draft.from);
    expect(policy.internalDomains).toEqual(['contoso.com', 'contoso-bank.com']);
    expect(evaluate(draft, policy).findings.map((f) => f.rule)).not.toContain('external-recipients');
    // Another sender of the scope gets its own domain, not the first one's.
    expect(applyScopes(result.policy, 'bo@sub.contoso.com').policy.internalDomains).toEqual(['sub.contoso.com', 'contoso-bank.com']);
  });
});

describe('restrictedRecipients in a scope', () => {
  test('adds to the base list for the scope’s senders only', () => {
    const result = parsePolicy({
      restrictedRecipients: ['*@competitor.com'],
      scopes: [{ name: 'finance', senders: ['*@finance.contoso.com'], restrictedRecipients: ['*@qq.com'] }],
    });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const draft = createDraft({ subject: '报销单', body: '你好，附上报销单。谢谢', from: 'a@finance.contoso.com', to: ['someone@qq.com', 'x@competitor.com'] });
    const rules = (from: string) =>
      evaluate({ ...draft, from }, applyScopes(result.policy, from).policy)
        .findings.filter((f) => f.rule === 'restricted-recipients')
        .map((f) => f.data.match);
    expect(rules('a@finance.contoso.com')).toEqual(['*@competitor.com', '*@qq.com']);
    expect(rules('b@contoso.com')).toEqual(['*@competitor.com']);
  });
});
