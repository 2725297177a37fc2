/**
 * @jest-environment jsdom
 */
/**
 * The audit's HTML report (issue 14, item 2): no raw personal number in it whatever the summary
 * holds, every rule with its count and rate, the labels of each language, and mail-derived text
 * that stays text.
 */
import { renderAuditReport } from '../src/cli/audit/report';
import REPORT_LABELS from '../src/cli/audit/report/report-labels.json';
import { MAX_UNREADABLE_LISTED } from '../src/cli/audit/report/sections';
import type { AuditSummary } from '../src/cli/audit/summary';
import { LOCALES, RULE_CATALOG, type Locale, type RuleId } from '../src/engine';
import { digitRunPattern, GENERATED_AT, HOSTILE, plantedForms, plantedSummary, RAW, TIME_ZONE } from './audit-report-fixtures';

function render(summary: AuditSummary, locale: Locale): string {
  return renderAuditReport(summary, locale, { generatedAt: GENERATED_AT, timeZone: TIME_ZONE });
}

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('masking', () => {
  test.each(LOCALES)('no raw resident ID, card or mobile number reaches the file (%s)', (locale) => {
    const html = render(plantedSummary(), locale);
    const text = parse(html).documentElement.textContent ?? '';
    for (const raw of [...Object.values(RAW), ...plantedForms()]) {
      expect(html).not.toMatch(digitRunPattern(raw));
      expect(text).not.toMatch(digitRunPattern(raw));
    }
  });

  test('shows the engine’s masked forms in subjects, messages, evidence and sources', () => {
    const document = parse(render(plantedSummary(), 'zh-CN'));
    const examples = [...document.querySelectorAll('#rule-sensitive-content table.examples td')].map((cell) => cell.textContent);
    expect(examples).toContain('身份证 110105********002X');
    expect(examples).toContain('正文含身份证号码 110105********002X、银行卡号 6222 **** **** 7894，手机 138****8000。');
    expect(examples).toContain('Card 4111 **** **** 1111 mobile 138****8000');
    const chips = [...document.querySelectorAll('#rule-sensitive-content .chips .term')].map((chip) => chip.textContent);
    expect(chips).toEqual(expect.arrayContaining(['6222 **** **** 7894', '110***********0021']));
    const blockedType = document.querySelector('#rule-attachment-blocked-type table.examples td.source')?.textContent;
    expect(blockedType).toBe('archive.mbox#6222 **** **** 7894');
  });
});

describe('rules', () => {
  test.each(LOCALES)('every rule appears with its title, id, count and rate (%s)', (locale) => {
    const summary = plantedSummary();
    const document = parse(render(summary, locale));
    const percent = new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
    for (const [id, tally] of Object.entries(summary.rules) as [RuleId, NonNullable<AuditSummary['rules'][RuleId]>][]) {
      const row = document.querySelector(`table.rules tr[data-rule="${id}"]`);
      const messages = tally.counts.block + tally.counts.warning + tally.counts.info;
      expect(row?.querySelector('th')?.textContent).toBe(`${RULE_CATALOG[id].title[locale]} ${id}`);
      expect(row?.querySelector('[data-count]')?.textContent).toBe(new Intl.NumberFormat(locale).format(messages));
      expect(row?.querySelector('[data-rate]')?.textContent).toBe(percent.format(messages / summary.messages));
      expect(row?.querySelector('svg.bar[role="img"] title')?.textContent).toContain(RULE_CATALOG[id].title[locale]);
      expect(document.querySelector(`article.rule[data-rule="${id}"] h3`)?.textContent).toBe(`${RULE_CATALOG[id].title[locale]} ${id}`);
    }
  });

  test('rules are ordered by how many messages they fired on, the bars to scale', () => {
    const document = parse(render(plantedSummary(), 'en-US'));
    const rows = [...document.querySelectorAll('table.rules tbody tr')];
    expect(rows.map((row) => row.getAttribute('data-rule'))).toEqual(['external-recipients', 'subject-vague', 'sensitive-content', 'attachment-blocked-type']);
    const widths = (id: string) => [...document.querySelectorAll(`tr[data-rule="${id}"] svg.bar rect:not(.track)`)].map((rect) => Number(rect.getAttribute('width')));
    expect(widths('external-recipients')).toEqual([400]);
    // sensitive-content: block 75, warning 140, info 12 of 227, against the longest bar's 610.
    expect(widths('sensitive-content').map(Math.round)).toEqual([49, 92, 8]);
  });

  test('evidence is grouped into words, domains and file types, with counts', () => {
    const document = parse(render(plantedSummary(), 'zh-CN'));
    const group = (id: string, kind: string) =>
      [...document.querySelectorAll(`#rule-${id} .evidence [data-kind="${kind}"] li`)].map((item) => item.textContent);
    expect(document.querySelector('#rule-sensitive-content [data-kind="term"] dt')?.textContent).toBe('词语');
    expect(group('sensitive-content', 'term').slice(0, 2)).toEqual(['身份证号码 90', '银行卡号 40']);
    expect(group('sensitive-content', 'domain')).toEqual(['gmail.com 25']);
    expect(group('attachment-blocked-type', 'type')).toEqual(['.exe 30', '.js 7', '110105********002X.zip 1']);
    expect(document.querySelector('#rule-external-recipients [data-kind="domain"] dt')?.textContent).toBe('收件人域名');
  });

  test('a rule with no evidence and no examples shows its heading only', () => {
    const summary: AuditSummary = { ...plantedSummary(), rules: { 'cc-excessive': { messages: 30, counts: { block: 0, warning: 30, info: 0 }, evidence: {}, examples: [] } } };
    const article = parse(render(summary, 'en-US')).querySelector('#rule-cc-excessive');
    expect(article?.querySelector('h3')?.textContent).toBe('Too many in CC cc-excessive');
    expect(article?.querySelectorAll('h4, dl, table').length).toBe(0);
  });
});

describe('languages', () => {
  const expected: Record<Locale, { title: string; block: string; date: string; count: string }> = {
    'zh-CN': { title: 'Preflight 邮件审计报告', block: '阻止', date: '2026年12月1日 09:30', count: '3,750' },
    'zh-TW': { title: 'Preflight 郵件稽核報告', block: '阻擋', date: '2026年12月1日 上午9:30', count: '3,750' },
    'en-US': { title: 'Preflight mail audit report', block: 'Block', date: 'December 1, 2026 at 9:30 AM', count: '3,750' },
  };

  test.each(LOCALES)('%s: lang attribute, labels, date and numbers in the language', (locale) => {
    const document = parse(render(plantedSummary(), locale));
    expect(document.documentElement.lang).toBe(locale);
    expect(document.querySelector('h1')?.textContent).toBe(expected[locale].title);
    expect(document.title).toBe(expected[locale].title);
    expect(document.querySelector('.meta')?.textContent).toContain(expected[locale].date);
    expect(document.querySelector('[data-figure="messages"] .value')?.textContent).toBe(expected[locale].count);
    expect(document.querySelector('#decisions desc')?.textContent).toContain(`${expected[locale].block} 112`);
    expect(document.querySelector('[data-figure="flagged"] .value')?.textContent).toBe('16.8%');
  });

  test('the three languages have the same labels, and zh-TW writes no Simplified forms', () => {
    const keys = (value: unknown): string[] =>
      value !== null && typeof value === 'object' ? Object.entries(value).flatMap(([key, inner]) => [key, ...keys(inner).map((k) => `${key}.${k}`)]) : [];
    expect(keys(REPORT_LABELS['zh-TW'])).toEqual(keys(REPORT_LABELS['zh-CN']));
    expect(keys(REPORT_LABELS['en-US'])).toEqual(keys(REPORT_LABELS['zh-CN']));
    expect(JSON.stringify(REPORT_LABELS['zh-TW'])).not.toMatch(/[邮规则检确认读无时间类围据词语发录为这个见应报设览档网产]/u);
  });
});

describe('hostile text', () => {
  test.each(LOCALES)('subjects, messages, sources, evidence and scope names stay text (%s)', (locale) => {
    const document = parse(render(plantedSummary(), locale));
    expect(document.querySelectorAll('script, img, iframe, object, embed, link, base, form').length).toBe(0);
    expect(document.querySelectorAll('svg[onload]').length).toBe(0);
    for (const element of document.querySelectorAll('*')) {
      expect(element.getAttributeNames().filter((name) => name.startsWith('on'))).toEqual([]);
      for (const name of ['href', 'src', 'xlink:href', 'action']) {
        const value = element.getAttribute(name);
        if (value !== null) expect(value).toMatch(/^#rule-[a-z-]+$/u);
      }
    }
    const cells = [...document.querySelectorAll('#rule-subject-vague table.examples td')].map((cell) => cell.textContent);
    expect(cells).toEqual(expect.arrayContaining([HOSTILE.script, HOSTILE.attribute, HOSTILE.cdata, HOSTILE.style, HOSTILE.quotes]));
    expect(cells).toContain('invoice\\u202egpj.exe');
    expect(document.querySelector('#scopes tbody')?.textContent).toContain(HOSTILE.attribute);
  });

  test('no bidi control or other invisible character reaches the file', () => {
    expect(render(plantedSummary(), 'zh-CN')).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200e\u200f]/u);
  });

  test('the policy lets the page load nothing, and the page asks for nothing', () => {
    const html = render(plantedSummary(), 'zh-CN');
    const document = parse(html);
    const csp = document.querySelector('meta[http-equiv="Content-Security-Policy"]');
    expect(csp?.getAttribute('content')).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    // Before the stylesheet, so it applies to everything the page holds.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<style>'));
    expect(document.querySelector('style')?.textContent).not.toMatch(/url\(|@import|@font-face/u);
    expect(html).not.toMatch(/https?:|\/\/[a-z]/iu);
  });
});

describe('sections', () => {
  test('unreadable messages are listed up to the cap, with their reasons, and the rest counted', () => {
    const unreadable = Array.from({ length: MAX_UNREADABLE_LISTED + 37 }, (_, i) => ({ source: `broken/${i}.eml`, reason: `bad header ${i}` }));
    const document = parse(render({ ...plantedSummary(), unreadable }, 'zh-CN'));
    expect(document.querySelectorAll('#unreadable tbody tr').length).toBe(MAX_UNREADABLE_LISTED);
    expect(document.querySelector('#unreadable tbody tr')?.textContent).toBe('broken/0.emlbad header 0');
    expect(document.querySelector('#unreadable .more')?.textContent).toBe('另有 37 项未列出。');
    expect(document.querySelector('#unreadable h2')?.textContent).toBe('无法读取的邮件（137）');
    expect(document.querySelector('[data-figure="unreadable"] .value')?.textContent).toBe('137');
  });

  test('scopes are listed with their counts and shares', () => {
    const document = parse(render(plantedSummary(), 'en-US'));
    const rows = [...document.querySelectorAll('#scopes tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent));
    expect(rows[0]).toEqual(['finance', '640', '17.1%']);
    expect(rows[1]).toEqual(['hr-138****8000', '55', '1.5%']);
  });

  test('an audit of no messages still makes a report, with nothing divided by zero', () => {
    const empty: AuditSummary = { messages: 0, unreadable: [], incomplete: [], decisions: { allow: 0, prompt: 0, block: 0 }, rules: {}, policy: 'default', scopes: {} };
    const document = parse(render(empty, 'en-US'));
    expect(document.querySelector('#rules p')?.textContent).toBe('No rule fired.');
    expect(document.querySelector('[data-figure="flagged"] .value')?.textContent).toBe('0.0%');
    expect(document.querySelector('.meta dd')?.textContent).toBe('built-in defaults');
    expect(document.querySelector('#scopes p')?.textContent).toBe('No scope applied.');
    expect(document.querySelector('#details')).toBeNull();
    expect(document.body.innerHTML).not.toMatch(/NaN|Infinity|undefined/u);
  });
});
