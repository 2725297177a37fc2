import { createDraft, evaluate, parsePolicy, type Draft, type Finding, type Policy } from '../../src/engine';
import { formatAuditHeader } from '../../src/office/audit-header';
import type { CheckOutcome } from '../../src/office/run-check';
import { sendDecision } from '../../src/office/send-decision';
import { acknowledgementKey, EMPTY_SESSION } from '../../src/office/session';
import { smartAlertText } from '../../src/office/smart-alert';

/** A custom rule at Send (RULES.md «Custom rules»): it blocks, cites its own clause, and its review step works as a built-in rule's. */
const CUSTOMER_LIST = {
  id: 'x-customer-list',
  severity: 'warning',
  in: ['subject', 'body', 'attachmentNames'],
  keywords: ['客户名单', '客戶名單', 'customer list'],
  message: { 'zh-CN': '邮件含有客户名单，请确认收件人有权查看。', 'zh-TW': '郵件含有客戶名單，請確認收件者有權查看。', 'en-US': 'This message holds a customer list: make sure every recipient may see it.' },
  clause: { 'zh-CN': '客户信息管理办法 第3条', 'en-US': 'Customer data rules, art. 3' },
  acknowledge: { label: { 'zh-CN': '已获销售总监批准', 'en-US': 'Approved by the sales director' }, reference: { 'zh-CN': '审批编号', 'en-US': 'Approval number' } },
};
const FALCON = { id: 'x-project-falcon', severity: 'block', in: ['subject'], keywords: ['猎鹰计划'], message: '“猎鹰计划”不得外发。', clause: '保密制度 第5条' };

function policyOf(customRules: unknown[]): Policy {
  const result = parsePolicy({ version: 'p1', internalDomains: ['contoso.com'], customRules });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.policy;
}

const DRAFT = createDraft({ subject: '客户名单（第四季度）', body: '李四：\n\n名单见附件，请查收。\n\n张三', from: 'zhang.san@contoso.com', to: ['li.si@contoso.com'], attachments: [{ name: 'q4.xlsx', size: 2000 }] });

function checked(policy: Policy, draft: Draft, acknowledged: ReadonlyArray<readonly [Finding, string]> = []): CheckOutcome {
  const evaluation = evaluate(draft, policy, { locale: 'en-US' });
  return {
    ok: true,
    session: { ...EMPTY_SESSION, acknowledged: Object.fromEntries(acknowledged.map(([f, reference]) => [acknowledgementKey(f), reference])) },
    loaded: { policy, origin: 'fetched', problem: null, confirmation: Promise.resolve(null) },
    scopes: [],
    read: { draft, failures: [], unread: [], composeTypeSource: 'default', truncated: [] },
    evaluation,
    locale: 'en-US',
  };
}

test('a custom rule with a review step: Send stops without "send anyway" until the pane confirms it', () => {
  const policy = policyOf([CUSTOMER_LIST]);
  const outcome = checked(policy, DRAFT);
  const { completion, audit } = sendDecision(outcome, true);
  expect(completion.allowEvent).toBe(false);
  expect(completion.sendModeOverride).toBeUndefined();
  expect(completion.errorMessage).toContain('Confirm “Approved by the sales director” in the Preflight pane: This message holds a customer list');
  expect(formatAuditHeader(audit)).toBe('v=1; policy=p1; blocked=x-customer-list');
});

test('confirmed with its reference, Send goes and the header records the custom id with it', () => {
  const policy = policyOf([CUSTOMER_LIST]);
  const finding = evaluate(DRAFT, policy, { locale: 'en-US' }).findings.find((f) => f.rule === 'x-customer-list')!;
  const { completion, audit } = sendDecision(checked(policy, DRAFT, [[finding, 'SA-2026-07']]), true);
  expect(completion.allowEvent).toBe(true);
  expect(formatAuditHeader(audit)).toBe('v=1; policy=p1; acknowledged=x-customer-list:SA-2026-07');
});

test('a block custom rule stops Send, and the dialog cites its clause (the organisation\'s own)', () => {
  const policy = policyOf([FALCON]);
  const draft = createDraft({ subject: '猎鹰计划 周报', body: '李四：\n\n进展顺利。\n\n张三', from: 'zhang.san@contoso.com', to: ['li.si@contoso.com'] });
  const { completion, audit } = sendDecision(checked(policy, draft), true);
  expect(completion.allowEvent).toBe(false);
  expect(completion.errorMessage).toContain('“猎鹰计划”不得外发。');
  expect(completion.errorMessage).toContain('保密制度 第5条');
  expect(formatAuditHeader(audit)).toBe('v=1; policy=p1; blocked=x-project-falcon');
});

test('Smart Alert: a custom rule without a clause cites nothing', () => {
  const policy = policyOf([{ ...FALCON, clause: undefined }]);
  const draft = createDraft({ subject: '猎鹰计划', from: 'zhang.san@contoso.com', to: ['li.si@contoso.com'] });
  const findings = evaluate(draft, policy, { locale: 'zh-CN' }).findings.filter((f) => f.rule === 'x-project-falcon');
  expect(smartAlertText(findings, 'zh-CN', policy.clauses).errorMessage).toBe('Preflight 发现 1 个问题：\n• “猎鹰计划”不得外发。');
  const cited = policyOf([FALCON]);
  expect(smartAlertText(evaluate(draft, cited, { locale: 'zh-CN' }).findings.filter((f) => f.rule === 'x-project-falcon'), 'zh-CN', cited.clauses).errorMessage).toMatch(/“猎鹰计划”不得外发。.*保密制度 第5条/u);
});
