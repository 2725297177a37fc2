/**
 * Every text that leaves the engine for a person masks the personal numbers the author typed,
 * whichever rule quotes them: messages, data, fix labels and inserted text, the Smart Alerts
 * dialog, the notification bars and the CLI's text and JSON. Only addresses (which Outlook needs
 * back in a fix) are exempt, so no raw value is placed in an address here; the admin's own texts
 * are not the author's and stay as written.
 */
import { formatJsonLine } from '../src/cli/format-json';
import { formatFileResult } from '../src/cli/format-text';
import { evaluate, LOCALES, parseDraft, parsePolicy, RULES, type DraftInput, type Evaluation, type Locale } from '../src/engine';
import { planNotifications } from '../src/office/notifications';
import { smartAlertText } from '../src/office/smart-alert';

const NOW = new Date('2026-12-01T09:00:00+08:00');

/** One raw value per kind, in the forms people type them. */
const SENSITIVE: ReadonlyArray<readonly [string, string]> = [
  ['resident ID', '11010519491231002X'],
  ['resident ID, grouped', '110105 19491231 002X'],
  ['resident ID, full-width', '１１０１０５１９４９１２３１００２Ｘ'],
  ['bank card', '6222021234567894'],
  ['bank card, grouped', '6222 0212 3456 7894'],
  ['Visa card, hyphens', '4111-1111-1111-1111'],
  ['credit code', '91350100M000100Y43'],
  ['mobile number', '13800138000'],
];

/** Every rule that can speak, at warning, so that each one that quotes the draft gets its chance. */
const LOUD_POLICY = parsePolicy({
  internalDomains: ['contoso.com'],
  sharedMailboxes: ['hr@contoso.com'],
  groupAddresses: ['all-staff@contoso.com'],
  rules: Object.fromEntries(RULES.map((rule) => [rule.meta.id, { severity: 'warning' }])),
});

/** The raw value in every field of a draft that a rule may quote. */
function draftWith(raw: string): DraftInput {
  return {
    subject: `紧急 ${raw}`,
    body: `请确认 ${raw} 附件\n\n-----Original Message-----\nFrom: a@contoso.com\nSent: Monday\nSubject: ${raw}\n\n${raw}`,
    from: 'hr@contoso.com',
    to: [{ address: 'li.si@contoso.com', name: `李四 ${raw}` }, { address: 'all-staff@contoso.com', name: `全体 ${raw}`, type: 'distributionList' }],
    cc: Array.from({ length: 6 }, (_, i) => ({ address: `c${i}@contoso.co`, name: `抄送 ${raw}` })),
    bcc: [{ address: 'li.si@contoso.com', name: `李四 ${raw}` }],
    attachments: [
      { name: `${raw}.exe`, size: 12 * 1024 * 1024 },
      { name: `卡号${raw}.pdf`, size: 11 * 1024 * 1024 },
    ],
    composeType: 'reply',
    originalSubject: `紧急 ${raw}`,
  };
}

function evaluated(raw: string, locale: Locale): Evaluation {
  const parsed = parseDraft(draftWith(raw));
  if (!parsed.ok || !LOUD_POLICY.ok) throw new Error('bad test input');
  return evaluate(parsed.draft, LOUD_POLICY.policy, { locale, now: NOW });
}

/** What a person can read, as one string per surface. Addresses in fix actions are left out. */
function outputs(evaluation: Evaluation, locale: Locale): Record<string, string> {
  const findings = evaluation.findings;
  const withoutAddresses = JSON.stringify(findings, (key, value: unknown) => (key === 'address' ? undefined : value));
  const alert = smartAlertText(findings, locale);
  const result = { file: 'draft.json', decision: evaluation.decision, findings };
  return {
    findings: withoutAddresses,
    dialog: `${alert.errorMessage}\n${alert.errorMessageMarkdown}`,
    bars: JSON.stringify(planNotifications(findings, locale)),
    'CLI text': formatFileResult(result, { color: false, locale }),
    'CLI JSON': JSON.stringify(JSON.parse(formatJsonLine(result)), (key, value: unknown) => (key === 'address' ? undefined : value)),
  };
}

/** The raw value as it may appear after NFKC, with or without its separators, in either case. */
function forms(raw: string): string[] {
  const folded = raw.normalize('NFKC');
  return [...new Set([raw, folded, folded.replace(/[\s-]/gu, ''), folded.toLowerCase()])];
}

describe.each(LOCALES)('in %s', (locale) => {
  test.each(SENSITIVE)('a %s typed anywhere in the draft appears masked, never raw', (_kind, raw) => {
    const evaluation = evaluated(raw, locale);
    const quoting = evaluation.findings.filter((finding) => finding.rule !== 'sensitive-content');
    // The draft does reach rules that quote it: otherwise this test would prove nothing.
    expect(quoting.map((finding) => finding.rule)).toEqual(expect.arrayContaining(['attachment-blocked-type', 'attachment-size', 'important-tag']));
    for (const [surface, text] of Object.entries(outputs(evaluation, locale))) {
      for (const form of forms(raw)) {
        if (text.includes(form)) throw new Error(`${surface} shows the raw value ${form}`);
      }
    }
  });
});

test('the masked form is what the sensitive-content rule shows, so the user can tell which file is meant', () => {
  const blocked = evaluated('11010519491231002X', 'zh-CN').findings.find((finding) => finding.rule === 'attachment-blocked-type');
  expect(blocked?.message).toContain('110105********002X.exe');
});

test('fixes that write to the mailbox keep the addresses Outlook needs', () => {
  const duplicate = evaluated('13800138000', 'en-US').findings.find((finding) => finding.rule === 'cc-duplicate');
  expect(JSON.stringify(duplicate?.fixes)).toContain('li.si@contoso.com');
});

test('the admin’s own texts are shown as written: a helpdesk number in a clause or an instruction is no personal number', () => {
  const policy = parsePolicy({
    encryption: { method: 'instruction', text: '请用加密邮件系统发送，如有问题请致电 IT 13800138000。' },
    clauses: { 'sensitive-content': '《本公司保密规定》第 3 条：咨询 13800138000' },
  });
  const parsed = parseDraft({ subject: '入职资料', body: '身份证号 11010519491231002X', to: ['li.si@contoso.com'] });
  if (!policy.ok || !parsed.ok) throw new Error('bad test input');
  const finding = evaluate(parsed.draft, policy.policy, { now: NOW }).findings.find((f) => f.rule === 'sensitive-content')!;
  expect(finding.clause).toBe('《本公司保密规定》第 3 条：咨询 13800138000');
  expect(finding.fixes[0]!.action).toEqual({ kind: 'showInstruction', text: '请用加密邮件系统发送，如有问题请致电 IT 13800138000。' });
  expect(finding.message).not.toContain('11010519491231002X');
});
