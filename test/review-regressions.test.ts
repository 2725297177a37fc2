import { createDraft, evaluate, parsePolicy } from '../src/engine';

/** Cases found in a second review of the rules against RULES.md. */
const rulesFor = (input: Parameters<typeof createDraft>[0], policy: unknown = {}) => {
  const parsed = parsePolicy(policy);
  expect(parsed.ok).toBe(true);
  return evaluate(createDraft(input), parsed.policy).findings.map((f) => f.rule);
};

test('a short internal name still catches a one-letter look-alike (abc.com vs abd.com), not a two-letter one', () => {
  const draft = (to: string) => ({ subject: '对账结果', body: '王五，您好：\n对账已完成。\n谢谢！', from: 'a@abc.com', to: [to] });
  expect(rulesFor(draft('x@abd.com'), { internalDomains: ['abc.com'] })).toContain('lookalike-domain');
  expect(rulesFor(draft('x@xyz.com'), { internalDomains: ['abc.com'] })).not.toContain('lookalike-domain');
});

test.each(['Please confirm by December 1st.', 'Please confirm by the 30th.', 'Please confirm by Dec. 3rd.'])('"%s" gives a deadline', (body) => {
  expect(rulesFor({ subject: 'Workshop seats', body: `Hi John,\n${body}\nThanks`, from: 'a@contoso.com', to: ['b@contoso.com'] })).not.toContain('deadline-missing');
});

test.each([
  ['资讯', 'subject-vague'],
  ['資訊', 'subject-vague'],
])('keyword lists hold both scripts: subject %s → %s', (subject, rule) => {
  expect(rulesFor({ subject, body: 'x', from: 'a@contoso.com', to: ['b@contoso.com'] })).toContain(rule);
});

test.each(['请尽快回复', '請盡快回覆', '請儘快處理'])('"%s" asks for action (deadline-missing)', (ask) => {
  expect(rulesFor({ subject: '出席人数', body: `各位：\n${ask}。\n谢谢`, from: 'a@contoso.com', to: ['b@contoso.com'] })).toContain('deadline-missing');
});

test('a rule that requires the attachments is not run when the client could not read them', () => {
  const draft = { subject: '采购合同草稿', body: '李经理：\n附件是采购合同草稿，请于11月30日前反馈。\n张三', from: 'a@contoso.com', to: ['b@contoso.com'] };
  expect(rulesFor(draft)).toContain('attachment-forgotten');
  expect(rulesFor({ ...draft, unavailable: ['attachments'] })).not.toContain('attachment-forgotten');
});
