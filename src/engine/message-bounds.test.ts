import { addresses, TEST_NOW } from '../../test/helpers/rule-tester';
import { createDraft, evaluate, LOCALES, parsePolicy, type Finding, type Locale } from '.';
import { QUOTED_HEAD, QUOTED_TAIL } from './evaluate';
import { joinList, MAX_LISTED } from './i18n';

// Longest possible message: the longest template with every placeholder at its cap.
const MAX_MESSAGE = 2000;

function findings(input: Parameters<typeof createDraft>[0], locale: Locale, rawPolicy: Record<string, unknown> = {}): readonly Finding[] {
  const parsed = parsePolicy(rawPolicy);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return evaluate(createDraft({ from: 'zhang.san@contoso.com', body: '各位：\n见附件。\n张三', ...input }), parsed.policy, { locale, now: TEST_NOW }).findings;
}

function expectBounded(all: readonly Finding[]): void {
  for (const finding of all) {
    expect(finding.message.length).toBeLessThan(MAX_MESSAGE);
    for (const fix of finding.fixes) expect(fix.title.length).toBeLessThan(MAX_MESSAGE);
    for (const value of Object.values(finding.data)) expect(String(value).length).toBeLessThanOrEqual(QUOTED_HEAD + QUOTED_TAIL + 1);
  }
}

describe('messages stay short whatever the draft holds', () => {
  test.each(LOCALES)('5,000 addresses each in CC twice name the first few and count the rest (%s)', (locale) => {
    const many = addresses(5000, 'fabrikam.com');
    const all = findings({ subject: '第三季度预算', to: ['li.si@contoso.com'], cc: [...many, ...many] }, locale);
    const duplicate = all.find((finding) => finding.rule === 'cc-duplicate')!;
    expect(duplicate.message).toContain('user1@fabrikam.com');
    expect(duplicate.message).not.toContain(`user${MAX_LISTED + 1}@`);
    expect(duplicate.message).toContain({ 'zh-CN': '等 5000 项', 'zh-TW': '等 5000 項', 'en-US': `and ${5000 - MAX_LISTED} more` }[locale]);
    expectBounded(all);
  });

  test.each(LOCALES)('2,000 external domains and groups with long names (%s)', (locale) => {
    const groups = Array.from({ length: 2000 }, (_, i) => ({ address: `g${i}@contoso.com`, name: `全体${'员'.repeat(500)}${i}`, type: 'distributionList' as const }));
    const external = Array.from({ length: 2000 }, (_, i) => `a@d${i}.${'x'.repeat(1000)}.com`);
    expectBounded(findings({ subject: 'RE: 预算', composeType: 'reply', to: [...groups, ...external] }, locale));
    expectBounded(findings({ subject: '预算', to: [...groups, ...external] }, locale));
  });

  test('a subject of a million characters is quoted by its start and end, and no surrogate pair is cut', () => {
    const subject = `${'😀'.repeat(500_000)}表`;
    const [vague] = findings({ subject, to: ['li.si@contoso.com'] }, 'zh-CN').filter((finding) => finding.rule === 'subject-vague');
    const quoted = String(vague!.data.subject);
    expect(quoted.startsWith('😀😀')).toBe(true);
    expect(quoted.endsWith('😀😀表')).toBe(true);
    expect(quoted).toContain('…');
    expect(quoted).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u);
    expect(vague!.message.length).toBeLessThan(QUOTED_HEAD + QUOTED_TAIL + 100);
  });

  test('a short list is joined in full, a long one names MAX_LISTED items', () => {
    expect(joinList(['a', 'b'], 'zh-CN')).toBe('a、b');
    expect(joinList(['a', 'b'], 'en-US')).toBe('a, b');
    const twelve = Array.from({ length: 12 }, (_, i) => `n${i}`);
    expect(joinList(twelve, 'en-US')).toBe(`${twelve.slice(0, 10).join(', ')} and 2 more`);
    expect(joinList(twelve, 'zh-TW')).toBe(`${twelve.slice(0, 10).join('、')} 等 12 項`);
  });
});
