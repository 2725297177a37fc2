import { clauseExcerpt } from '../clause-texts';
import { evaluate } from '../evaluate';
import { createDraft } from '../draft';
import { DEFAULT_POLICY, parsePolicy, parsePolicyText } from './load';
import { FULL_POLICY, REJECTED_POLICIES } from '../../../test/helpers/policies';

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

  test('the organisation’s own clause text replaces the seed citation', () => {
    const result = parsePolicy({ clauses: { 'subject-missing': '《本公司邮件规范》第 1 条' } });
    const draft = createDraft({ subject: '', body: 'x', from: 'a@contoso.com', to: ['b@contoso.com'] });
    const finding = evaluate(draft, result.policy).findings.find((f) => f.rule === 'subject-missing');
    expect(finding?.clause).toBe('《本公司邮件规范》第 1 条');
    const seed = evaluate(draft, DEFAULT_POLICY).findings.find((f) => f.rule === 'subject-missing');
    expect(seed?.clause).toContain('《消息发送管理办法》二(一)1');
  });
});

test('the expandable clause text quotes the seed clauses, or shows the organisation’s own', () => {
  const seed = clauseExcerpt('important-tag', 'zh-TW', DEFAULT_POLICY);
  expect(seed).toBe('《消息發送管理辦法》二(一)1：主題應簡潔明了，準確概括郵件內容，避免使用模糊或無意義的主題。重要郵件應在主題前標注“[重要]”等字樣。');
  expect(clauseExcerpt('attachment-size', 'en-US', DEFAULT_POLICY).split('\n')).toHaveLength(2);
  const own = parsePolicy({ clauses: { 'important-tag': '《本公司邮件规范》第 2 条' } });
  expect(clauseExcerpt('important-tag', 'zh-CN', own.policy)).toBe('《本公司邮件规范》第 2 条');
});
