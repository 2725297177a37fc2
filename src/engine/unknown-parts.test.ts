import { DEFAULT_DRAFT } from '../../test/helpers/rule-tester';
import { evaluate, parseDraft, parsePolicy, RULES, type DraftInput } from './index';

/** RULES.md «Text handling»: a part that could not be read is unknown, never empty. */
const EVERY_RULE_ON = parsePolicy({
  sharedMailboxes: ['hr@contoso.com'],
  encryption: { method: 'subjectTag', tag: '[加密]' },
  rules: Object.fromEntries(RULES.map((rule) => [rule.meta.id, { severity: 'warning' }])),
});

function rulesFiring(input: DraftInput): string[] {
  const parsed = parseDraft({ ...DEFAULT_DRAFT, ...input });
  if (!parsed.ok || !EVERY_RULE_ON.ok) throw new Error('bad test input');
  return evaluate(parsed.draft, EVERY_RULE_ON.policy)
    .findings.filter((finding) => finding.severity !== 'info')
    .map((finding) => finding.rule);
}

describe('an unread part is not judged as if it were empty', () => {
  test.each([
    ['subject', { subject: '' }, ['subject-missing']],
    ['body', { body: '', to: ['erika@fabrikam.com'] }, ['greeting-signoff']],
    ['body, with attachments', { body: '', attachments: [{ name: 'budget.xlsx', size: 100 }] }, ['attachment-unexplained']],
    ['body, from a shared mailbox', { body: '', from: 'hr@contoso.com' }, ['shared-mailbox-contact']],
    ['from, a webmail address', { from: 'zhangsan@gmail.com' }, ['personal-account']],
    ['cc', { cc: Array.from({ length: 7 }, (_, i) => `c${i}@contoso.com`) }, ['cc-excessive']],
    ['attachments', { attachments: [], body: '李四：\n\n附件是预算表，请查收。\n\n谢谢\n张三' }, ['attachment-forgotten']],
  ] as Array<[string, DraftInput, string[]]>)('%s', (part, input, wouldFire) => {
    const known = rulesFiring(input);
    for (const rule of wouldFire) expect(known).toContain(rule);
    const unknown = rulesFiring({ ...input, unavailable: [part.split(',')[0] as never] });
    for (const rule of wouldFire) expect(unknown).not.toContain(rule);
  });

  test('what was read is still checked: an ID in the body with the subject unread', () => {
    const findings = rulesFiring({ subject: '', body: '身份证号 11010519491231002X', unavailable: ['subject'] });
    expect(findings).toEqual([]);
    const parsed = parseDraft({ ...DEFAULT_DRAFT, subject: '', body: '身份证号 11010519491231002X', unavailable: ['subject'] });
    if (!parsed.ok || !EVERY_RULE_ON.ok) throw new Error('bad test input');
    // With the subject unread, a subject tag may already protect the mail: the finding stays in the pane.
    expect(evaluate(parsed.draft, EVERY_RULE_ON.policy).findings.find((f) => f.rule === 'sensitive-content')?.severity).toBe('info');
  });

  test('with the subject read, the same ID warns', () => {
    expect(rulesFiring({ body: '身份证号 11010519491231002X' })).toContain('sensitive-content');
  });

  test('too many CC recipients among those read still warn when only BCC is unread', () => {
    const cc = Array.from({ length: 7 }, (_, i) => `c${i}@contoso.com`);
    expect(rulesFiring({ cc, unavailable: ['bcc'] })).toContain('cc-excessive');
  });
});
