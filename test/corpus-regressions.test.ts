import { createDraft, evaluate } from '../src/engine';

/** Cases found by running the CLI over the real-mail corpus (../shared/corpus). */
const rulesFor = (input: Parameters<typeof createDraft>[0]) => evaluate(createDraft(input)).findings.map((f) => f.rule);

test('a sender at a subdomain makes the whole organisation internal (Enron: mailman.enron.com → enron.com)', () => {
  const rules = rulesFor({ subject: 'Gas prices for Q3', body: 'Numbers attached later.', from: 'k..allen@mailman.enron.com', to: ['phillip.allen@enron.com', 'ops@rbl.enron.com'] });
  expect(rules).not.toContain('external-recipients');
  expect(rules).not.toContain('lookalike-domain');
});

test('…and a two-label suffix keeps the name (rbl.ccert.edu.cn → ccert.edu.cn)', () => {
  const rules = rulesFor({ subject: '关于邮件过滤规则的说明', body: '各位：规则已更新。', from: 'admin@rbl.ccert.edu.cn', to: ['list@ccert.edu.cn'] });
  expect(rules).not.toContain('external-recipients');
  expect(rules).not.toContain('lookalike-domain');
});

test('a ticket-number subject is not "too short"', () => {
  expect(rulesFor({ subject: '(#7482-000998-3858)', body: 'See ticket.', from: 'a@contoso.com', to: ['b@contoso.com'] })).not.toContain('subject-vague');
  expect(rulesFor({ subject: '2026', body: 'x', from: 'a@contoso.com', to: ['b@contoso.com'] })).toContain('subject-vague');
});
