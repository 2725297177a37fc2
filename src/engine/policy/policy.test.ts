import { evaluate } from '../evaluate';
import { createDraft } from '../draft';
import { MAX_LISTED_ERRORS } from '../schema-errors';
import { MAX_POLICY_DEPTH } from './json-scan';
import { DEFAULT_POLICY, parsePolicy, parsePolicyText } from './load';
import { FULL_POLICY, REJECTED_POLICIES } from '../../../test/helpers/policies';
import { RULES } from '../rules';
import { LOCALES } from '../types';

function errorsOf(raw: unknown) {
  const result = parsePolicy(raw);
  return result.ok ? [] : result.errors;
}

describe('policy file', () => {
  test('an empty file gives the defaults of RULES.md', () => {
    const result = parsePolicy({});
    expect(result.ok).toBe(true);
    const policy = result.policy;
    expect(policy.importantTag).toBe('[重要]');
    expect(policy.rules['subject-missing'].severity).toBe('warning');
    expect(policy.rules['subject-too-long'].severity).toBe('info');
    expect(policy.rules['cc-duplicate'].severity).toBe('info');
    expect(policy.rules['external-recipients'].severity).toBe('info');
    expect(policy.rules['attachment-size'].options).toMatchObject({ maxTotalBytes: 10 * 1024 * 1024 });
    expect(policy.encryption.method).toBe('instruction');
  });

  test('a full, valid policy merges over the defaults', () => {
    const result = parsePolicy(FULL_POLICY);
    expect(result.ok).toBe(true);
    const { policy } = result;
    expect(policy.version).toBe('2026.11');
    expect(policy.internalDomains).toEqual(['contoso.com', 'contoso.cn']);
    expect(policy.isGroupAddress('All-Staff@contoso.com')).toBe(true);
    expect(policy.isSharedMailbox('IT-Helpdesk@contoso.com')).toBe(true);
    expect(policy.rules['cc-excessive']).toMatchObject({ severity: 'block', options: { maxCc: 3 } });
    expect(policy.rules['cc-duplicate'].severity).toBe('info');
    expect(policy.extraSubjectTags).toEqual(['[加密]']);
    expect(policy.locale).toBe('zh-TW');
  });

  test('word lists extend the built-in list, or replace it with {"replace": [...]}', () => {
    const draft = (subject: string) => createDraft({ subject, body: '正文', from: 'a@contoso.com', to: ['b@contoso.com'] });
    const vague = (policy: unknown, subject: string) => {
      const result = parsePolicy(policy);
      expect(result.ok).toBe(true);
      return evaluate(draft(subject), result.policy).findings.some((f) => f.rule === 'subject-vague');
    };
    expect(vague({}, '你好')).toBe(true);
    expect(vague({}, '汇总材料')).toBe(false);
    expect(vague({ rules: { 'subject-vague': { words: ['汇总材料'] } } }, '汇总材料')).toBe(true);
    expect(vague({ rules: { 'subject-vague': { words: ['汇总材料'] } } }, '你好')).toBe(true);
    expect(vague({ rules: { 'subject-vague': { words: { replace: ['汇总材料'] } } } }, '你好')).toBe(false);
  });

  test.each(REJECTED_POLICIES)('%j is rejected at %s', (raw, path, message) => {
    const errors = errorsOf(raw);
    expect(errors).toEqual(expect.arrayContaining([{ path, message: expect.stringMatching(message) }]));
  });

  test('a rejected policy falls back to the built-in defaults', () => {
    const result = parsePolicy({ rules: { 'cc-excessive': { severity: 'off' } }, bogus: true });
    expect(result.ok).toBe(false);
    expect(result.policy).toBe(DEFAULT_POLICY);
  });

  test('every error is reported, not only the first', () => {
    expect(errorsOf({ internalDomains: [1], locale: 'xx', rules: { nope: {} } })).toHaveLength(3);
  });

  test('__proto__, constructor and prototype keys are rejected without touching any prototype', () => {
    const result = parsePolicyText('{"rules": {"__proto__": {"polluted": true}}, "constructor": {"prototype": {"x": 1}}}');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.map((e) => e.path).sort()).toEqual(['$.constructor', '$.rules.__proto__'].sort());
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  test('a forbidden key does not hide the other problems: each is listed with its path', () => {
    const result = parsePolicyText(
      '{"__proto__": {"x": 1}, "internalDomains": "contoso.com", "rules": {"cc-excessive": {"severity": "warn", "constructor": 1}, "nope": {}}, "locale": "fr"}',
    );
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors).toEqual([
      { path: '$.__proto__', message: 'the key "__proto__" is not allowed' },
      { path: '$.rules["cc-excessive"].constructor', message: 'the key "constructor" is not allowed' },
      { path: '$.internalDomains', message: 'expected array, got string' },
      { path: '$.rules["cc-excessive"].severity', message: 'expected one of "off", "info", "warning", "block", got "warn"' },
      { path: '$.rules.nope', message: expect.stringMatching(/^unknown rule id "nope"/u) },
      { path: '$.locale', message: 'expected one of "zh-CN", "zh-TW", "en-US", got "fr"' },
    ]);
    expect(Object.prototype).not.toHaveProperty('x');
  });

  test('a policy whose only problem is a forbidden key is still rejected', () => {
    const result = parsePolicyText('{"version": "1", "rules": {"cc-excessive": {"prototype": {}}}}');
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors).toEqual([{ path: '$.rules["cc-excessive"].prototype', message: 'the key "prototype" is not allowed' }]);
    expect(result.policy).toBe(DEFAULT_POLICY);
  });

  test('invalid JSON is an error at $ with the parser’s reason', () => {
    const result = parsePolicyText('{"rules": ');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatchObject({ path: '$', message: expect.stringMatching(/^not valid JSON/u) });
  });

  test('a UTF-8 byte-order mark is accepted', () => {
    expect(parsePolicyText('\uFEFF{"version": "1"}').ok).toBe(true);
  });

  test('a partly translated instruction fills the other languages', () => {
    const result = parsePolicy({ encryption: { method: 'instruction', text: { 'zh-CN': '请用加密U盘' } } });
    expect(result.ok).toBe(true);
    expect(result.policy.encryption).toEqual({ method: 'instruction', text: { 'zh-CN': '请用加密U盘', 'zh-TW': '请用加密U盘', 'en-US': '请用加密U盘' } });
  });

  test('the organisation’s own clause text replaces the rule’s principle', () => {
    const result = parsePolicy({ clauses: { 'subject-missing': '《本公司邮件规范》第 1 条' } });
    const draft = createDraft({ subject: '', body: 'x', from: 'a@contoso.com', to: ['b@contoso.com'] });
    const finding = evaluate(draft, result.policy).findings.find((f) => f.rule === 'subject-missing');
    expect(finding?.clause).toBe('《本公司邮件规范》第 1 条');
    const builtIn = evaluate(draft, DEFAULT_POLICY).findings.find((f) => f.rule === 'subject-missing');
    expect(builtIn?.clause).toBe('主题应简明扼要地概括邮件内容。');
  });

  test('a clause text per language falls back to zh-CN, then to any language given', () => {
    const result = parsePolicy({ clauses: { 'subject-missing': { 'zh-CN': '第 1 条', 'en-US': 'Art. 1' }, 'subject-vague': { 'en-US': 'Art. 2' } } });
    expect(result.ok).toBe(true);
    expect(result.policy.clauses['subject-missing']).toEqual({ 'zh-CN': '第 1 条', 'zh-TW': '第 1 条', 'en-US': 'Art. 1' });
    expect(result.policy.clauses['subject-vague']).toEqual({ 'zh-CN': 'Art. 2', 'zh-TW': 'Art. 2', 'en-US': 'Art. 2' });
    const draft = createDraft({ subject: '', body: 'x', from: 'a@contoso.com', to: ['b@contoso.com'] });
    expect(evaluate(draft, result.policy, { locale: 'en-US' }).findings.find((f) => f.rule === 'subject-missing')?.clause).toBe('Art. 1');
    expect(parsePolicy({ clauses: { 'subject-missing': { 'fr-FR': 'x' } } }).ok).toBe(false);
    // A text in no language at all would blank the clause (or the instruction) instead of falling back.
    for (const empty of [{}, { $comment: 'x' }]) {
      expect(parsePolicy({ clauses: { 'subject-missing': empty } }).ok).toBe(false);
      expect(parsePolicy({ encryption: { method: 'instruction', text: empty } }).ok).toBe(false);
    }
  });
});

test('without clauses of its own, no rule’s finding cites a document: each states its principle', () => {
  for (const rule of RULES) {
    for (const locale of LOCALES) {
      expect(rule.meta.principle[locale]).not.toMatch(/《|》|海宁|海寧|Haining|\(00\d\)/u);
      expect(rule.meta.principle[locale].length).toBeGreaterThan(5);
    }
  }
  expect(RULES.find((rule) => rule.meta.id === 'important-tag')?.meta.principle['zh-TW']).toBe('重要郵件應在主旨開頭標註重要標記。');
});

describe('hostile policy files (issue 12)', () => {
  const jsonParseError = (text: string) => {
    try {
      JSON.parse(text);
    } catch (error) {
      return (error as Error).message;
    }
    throw new Error(`${text} is JSON`);
  };
  const textErrors = (text: string) => {
    const result = parsePolicyText(text);
    return result.ok ? [] : result.errors;
  };
  const deepArrays = (depth: number) => `{"rules": ${'['.repeat(depth)}${']'.repeat(depth)}}`;
  const deepObject = (depth: number) => {
    let value: unknown = 1;
    for (let i = 0; i < depth; i++) value = { x: value };
    return { templates: value };
  };

  test.each([100_000, 1_000_000])('text nested %i deep is an error at the path where it got too deep, not a stack overflow', (depth) => {
    const result = parsePolicyText(deepArrays(depth));
    expect(result.ok ? [] : result.errors).toEqual([{ path: `$.rules${'[0]'.repeat(MAX_POLICY_DEPTH - 1)}`, message: `nested deeper than ${MAX_POLICY_DEPTH} levels` }]);
    expect(result.policy).toBe(DEFAULT_POLICY);
  });

  test('the depth limit leaves room for every real policy and names the first container too deep', () => {
    expect(textErrors(`{"x": ${'['.repeat(MAX_POLICY_DEPTH - 1)}${']'.repeat(MAX_POLICY_DEPTH - 1)}}`)).toEqual([{ path: '$.x', message: 'unknown key "x"' }]);
    const text = `{"rules": {"a": ${'{"b": '.repeat(MAX_POLICY_DEPTH)}1${'}'.repeat(MAX_POLICY_DEPTH + 2)}`;
    expect(textErrors(text)).toEqual([{ path: `$.rules.a${'.b'.repeat(MAX_POLICY_DEPTH - 2)}`, message: `nested deeper than ${MAX_POLICY_DEPTH} levels` }]);
    expect(textErrors('{"a": "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{"}')).toEqual([{ path: '$.a', message: 'unknown key "a"' }]);
  });

  test.each([100_000, 1_000_000])('an object nested %i deep given to parsePolicy is an error, not a stack overflow', (depth) => {
    const result = parsePolicy(deepObject(depth));
    expect(result.ok ? [] : result.errors).toEqual([
      { path: `$.templates${'.x'.repeat(MAX_POLICY_DEPTH - 1)}`, message: `nested deeper than ${MAX_POLICY_DEPTH} levels` },
      { path: '$.templates', message: 'expected array, got object' },
    ]);
  });

  test('a key given twice is an error naming its path; the first value is not silently dropped', () => {
    const result = parsePolicyText('{"rules": {"subject-vague": {"severity": "loud", "severity": "off"}}, "templates": [{"name": "a", "body": ""}, {"name": "b", "body": "", "body": ""}]}');
    expect(result.ok ? [] : result.errors).toEqual([
      { path: '$.rules["subject-vague"].severity', message: 'duplicate key "severity"' },
      { path: '$.templates[1].body', message: 'duplicate key "body"' },
    ]);
  });

  test('keys are compared as JSON reads them; the same key in different objects is no duplicate', () => {
    expect(textErrors('{"version": "1", "ver\\u0073ion": "2"}')).toEqual([{ path: '$.version', message: 'duplicate key "version"' }]);
    expect(parsePolicyText('{"rules": {"cc-excessive": {"severity": "off"}, "subject-vague": {"severity": "off"}}, "clauses": {"cc-excessive": "x"}, "templates": [{"name": "t", "body": "\\"name\\": {"}, {"name": "u", "body": ""}]}').ok).toBe(true);
  });

  test.each(['{}"x"', ']]}{', '{"a": "\\', '{"\\u12": 1}', '{"a" "b"}', '[1,,2]', '{,"a":1}', '"\\"'])('text that is not JSON (%s) is reported by JSON.parse, whatever the scan saw', (text) => {
    expect(textErrors(text)).toEqual([{ path: '$', message: `not valid JSON: ${jsonParseError(text)}` }]);
  });

  test('a number too large for JSON says so instead of "expected number, got number"', () => {
    expect(textErrors('{"rules": {"cc-excessive": {"maxCc": 1e400}, "cc-duplicate": {"severity": -1e400}}}')).toEqual([
      { path: '$.rules["cc-excessive"].maxCc', message: 'expected a finite number, got Infinity' },
      { path: '$.rules["cc-duplicate"].severity', message: 'expected one of "off", "info", "warning", "block", got -Infinity' },
    ]);
  });

  test('long keys and values are cut in paths and messages', () => {
    const long = 'k'.repeat(100_000);
    const result = parsePolicy({ [long]: 1, rules: { [long]: {}, 'sensitive-content': { patterns: [`(${long}`] } }, version: 'v', locale: long });
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    expect(errors).toHaveLength(4);
    for (const error of errors) expect(error.path.length + error.message.length).toBeLessThan(600);
    expect(errors).toContainEqual({ path: `$["${'k'.repeat(39)}…"]`, message: `unknown key "${'k'.repeat(39)}…"` });
    expect(errors).toContainEqual({ path: '$.locale', message: `expected one of "zh-CN", "zh-TW", "en-US", got "${'k'.repeat(39)}…"` });
  });

  test('a file with a huge number of problems lists the first ones and counts the rest', () => {
    const result = parsePolicyText(JSON.stringify({ internalDomains: Array.from({ length: 100_000 }, (_, i) => `bad${i}`) }));
    const errors = result.ok ? [] : result.errors;
    expect(errors).toHaveLength(MAX_LISTED_ERRORS);
    expect(errors[0]).toEqual({ path: '$.internalDomains[0]', message: 'expected a domain such as contoso.com (no @, no spaces)' });
    expect(errors.at(-1)).toEqual({ path: '$', message: `…and ${100_000 - MAX_LISTED_ERRORS + 1} more` });
    expect(JSON.stringify(errors).length).toBeLessThan(20_000);
    const fewer = parsePolicy({ internalDomains: Array.from({ length: MAX_LISTED_ERRORS }, () => 'x') });
    expect(fewer.ok ? [] : fewer.errors.map((e) => e.path)).toEqual(Array.from({ length: MAX_LISTED_ERRORS }, (_, i) => `$.internalDomains[${i}]`));
  });
});
