import fs from 'node:fs';
import path from 'node:path';
import { RULES, RULE_CATALOG, RULE_IDS, LOCALES } from '../src/engine';
import { CLAUSES } from '../src/engine/clauses';

const RULES_DIR = path.resolve(__dirname, '..', 'src', 'engine', 'rules');
const placeholders = (text: string) => [...new Set([...text.matchAll(/\{\{\s*(\w+)\s*\}\}/gu)].map((m) => m[1]))].sort();

test('the registry lists every rule of RULES.md once, in catalog order', () => {
  expect(RULES.map((rule) => rule.meta.id)).toEqual([...RULE_IDS]);
});

describe.each(RULES.map((rule) => [rule.meta.id, rule]))('%s', (id, rule) => {
  test('has messages in zh-CN, zh-TW and en-US with the same placeholders', () => {
    const entries = Object.entries({ ...rule.meta.messages, ...rule.meta.fixes });
    expect(entries.length).toBeGreaterThan(0);
    for (const [, text] of entries) {
      for (const locale of LOCALES) expect(text[locale].trim()).not.toBe('');
      expect(placeholders(text['zh-TW'])).toEqual(placeholders(text['zh-CN']));
      expect(placeholders(text['en-US'])).toEqual(placeholders(text['zh-CN']));
    }
  });

  test('English messages and fix titles carry no Chinese but the names a reader must find (the [重要] tag, the 群发消息申请表 form)', () => {
    const names = /\[重要\]|群发消息申请表/gu;
    for (const text of Object.values({ ...rule.meta.messages, ...rule.meta.fixes })) expect(text['en-US'].replace(names, '')).not.toMatch(/[\u3400-\u9fff]/u);
  });

  test('cites clauses that exist', () => {
    expect(rule.meta.clauses.length).toBeGreaterThan(0);
    for (const clause of rule.meta.clauses) expect(Object.keys(CLAUSES)).toContain(clause);
  });

  test('has a title in every locale and a one-sentence description for the catalog', () => {
    const entry = RULE_CATALOG[id];
    for (const locale of LOCALES) expect(entry.title[locale].trim()).not.toBe('');
    expect(entry.description).toMatch(/^[A-Z].{20,}\.$/u);
  });

  test('describes every option and has a doc page', () => {
    for (const spec of Object.values(rule.meta.options)) expect(spec.description.length).toBeGreaterThan(10);
    expect(fs.existsSync(path.join(RULES_DIR, id, 'README.md'))).toBe(true);
  });
});
