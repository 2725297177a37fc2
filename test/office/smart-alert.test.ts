import { evaluate, parseDraft, type Finding, type Locale } from '../../src/engine';
import { dialogOrder, ITEM_MAX_CHARS, SMART_ALERT_MAX_CHARS, smartAlertText } from '../../src/office/smart-alert';

const NOW = new Date('2026-12-01T09:00:00Z');

/** Four warnings in English, one of them an ID number: the draft the trial found. */
const FOUR_WARNINGS = {
  subject: 'hi',
  body: 'Hi Li,\n\nMy ID for the visa letter is 11010519491231002X, please forward it to the consulate.\n\nThanks,\nZhang',
  from: 'zhang.san@contoso.com',
  to: ['li.si@contoso.com'],
  cc: Array.from({ length: 7 }, (_, i) => `colleague${i}@contoso.com`),
  attachments: [{ name: 'visa-form-filler.exe', size: 120_000 }],
};

function findingsOf(input: Record<string, unknown>, locale: Locale = 'en-US'): readonly Finding[] {
  const parsed = parseDraft(input);
  if (!parsed.ok) throw new Error('bad draft');
  return evaluate(parsed.draft, undefined, { locale, now: NOW }).findings.filter((f) => f.severity !== 'info');
}

const fake = (rule: string, severity: 'block' | 'warning', message = `${rule} message`): Finding =>
  ({ rule, severity, messageId: 'm', data: {}, message, clause: `${rule} clause`, fixes: [] }) as never;

describe('order: blocks first, then warnings by risk, then catalog order', () => {
  test('RULES.md’s risk order, ties kept in catalog order', () => {
    const input = [fake('subject-vague', 'warning'), fake('mass-mail', 'warning'), fake('cc-excessive', 'warning'), fake('lookalike-domain', 'warning'), fake('attachment-size', 'block'), fake('sensitive-content', 'warning'), fake('reply-all-group', 'warning'), fake('attachment-blocked-type', 'warning')];
    expect(dialogOrder(input).map((f) => f.rule)).toEqual([
      'attachment-size',
      'sensitive-content',
      'lookalike-domain',
      'attachment-blocked-type',
      'reply-all-group',
      'mass-mail',
      'subject-vague',
      'cc-excessive',
    ]);
  });

  test.each<Locale>(['en-US', 'zh-CN', 'zh-TW'])('the ID number among four warnings is listed first and never hidden (%s)', (locale) => {
    const findings = findingsOf(FOUR_WARNINGS, locale);
    expect(findings.map((f) => f.rule).sort()).toEqual(['attachment-blocked-type', 'cc-excessive', 'sensitive-content', 'subject-vague']);
    const sensitive = findings.find((f) => f.rule === 'sensitive-content')!;
    for (const text of [smartAlertText(findings, locale).errorMessage]) {
      const items = text.split('\n• ').slice(1);
      expect(items[0]).toContain(sensitive.message.slice(0, 40));
      expect(text.length).toBeLessThanOrEqual(SMART_ALERT_MAX_CHARS);
    }
    const markdown = smartAlertText(findings, locale).errorMessageMarkdown;
    expect(markdown.length).toBeLessThanOrEqual(SMART_ALERT_MAX_CHARS);
    expect(markdown).toContain('110105\\*\\*\\*\\*\\*\\*\\*\\*002X');
  });
});

describe('what gives way when not everything fits', () => {
  const long = (rule: string, severity: 'block' | 'warning') => fake(rule, severity, `${rule}: ${'x'.repeat(200)}`);

  test('lower warnings give way to "…and N more"; blocks and sensitive content stay', () => {
    const findings = [long('subject-vague', 'warning'), long('cc-excessive', 'warning'), long('mass-mail', 'warning'), long('sensitive-content', 'warning'), long('attachment-size', 'block'), long('lookalike-domain', 'block')];
    const { errorMessage, errorMessageMarkdown } = smartAlertText(findings, 'en-US');
    expect(errorMessageMarkdown.length).toBeLessThanOrEqual(SMART_ALERT_MAX_CHARS);
    for (const text of [errorMessage, errorMessageMarkdown.replace(/\\/gu, '')]) {
      expect(text.length).toBeLessThanOrEqual(SMART_ALERT_MAX_CHARS);
      for (const kept of ['attachment-size', 'lookalike-domain', 'sensitive-content']) expect(text).toContain(kept);
      expect(text).not.toContain('subject-vague');
      expect(text).toMatch(/more in the Preflight pane/u);
    }
  });

  test('many blocks share the dialog: each is cut shorter, none is left out', () => {
    const rules = ['attachment-size', 'lookalike-domain', 'cc-excessive', 'mass-mail', 'subject-vague', 'reply-all-group'];
    const findings = rules.map((rule) => long(rule, 'block'));
    const text = smartAlertText(findings, 'zh-CN').errorMessage;
    expect(text.length).toBeLessThanOrEqual(SMART_ALERT_MAX_CHARS);
    for (const rule of rules) expect(text).toContain(rule);
    expect(text).not.toContain('还有');
  });

  test('an item that fits is cut to ITEM_MAX_CHARS, never more, and a short one after a long one still shows', () => {
    const findings = [long('sensitive-content', 'warning'), fake('subject-vague', 'warning', 'short')];
    const text = smartAlertText(findings, 'en-US').errorMessage;
    const first = text.split('\n• ')[1]!;
    expect(Array.from(first.split(' (sensitive-content clause)')[0]!).length).toBe(ITEM_MAX_CHARS);
    expect(text).toContain('short');
  });
});
