/**
 * Custom rules (RULES.md «Custom rules»): the policy's `customRules` are validated with every
 * error at its path, resolved once, run over the parts they name, usable in scopes and with a
 * review step, and their findings carry the custom id, the admin's message and clause.
 */
import { createDraft, type DraftInput } from './draft';
import { evaluate } from './evaluate';
import { policyJsonSchema } from './policy/json-schema';
import { applyScopes, parsePolicy } from './policy/load';

const FALCON = { id: 'x-project-falcon', severity: 'block', in: ['subject', 'body', 'attachmentNames'], keywords: ['猎鹰计划', '獵鷹計畫', 'project falcon'], message: { 'zh-CN': '“猎鹰计划”不得外发。', 'zh-TW': '「獵鷹計畫」不得外寄。', 'en-US': 'Project Falcon must not leave the company.' }, clause: '保密制度 第5条' };

function policyWith(customRules: unknown[], extra: Record<string, unknown> = {}) {
  const result = parsePolicy({ internalDomains: ['contoso.com'], customRules, ...extra });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.policy;
}

const errorsOf = (customRules: unknown) => {
  const result = parsePolicy({ customRules });
  return result.ok ? [] : result.errors;
};

const draft = (input: Partial<DraftInput>) => createDraft({ subject: '周报', body: '李四：\n\n本周进展顺利。\n\n谢谢\n张三', from: 'zhang.san@contoso.com', to: ['li.si@contoso.com'], ...input });
const customFindings = (input: Partial<DraftInput>, rules: unknown[] = [FALCON], locale: 'zh-CN' | 'zh-TW' | 'en-US' = 'zh-CN') => evaluate(draft(input), policyWith(rules), { locale }).findings.filter((f) => f.rule.startsWith('x-'));

describe('the customRules schema', () => {
  test('a complete rule is accepted and resolved in every language', () => {
    const policy = policyWith([FALCON]);
    expect(policy.customRules).toHaveLength(1);
    expect(policy.customRules[0]).toMatchObject({ id: 'x-project-falcon', severity: 'block', in: ['subject', 'body', 'attachmentNames'], acknowledge: null });
    expect(policy.clauses['x-project-falcon']).toEqual({ 'zh-CN': '保密制度 第5条', 'zh-TW': '保密制度 第5条', 'en-US': '保密制度 第5条' });
  });

  test('no customRules: none, and no clause', () => {
    expect(policyWith([]).customRules).toEqual([]);
    expect(parsePolicy({}).policy.customRules).toEqual([]);
  });

  test.each([
    ['an id without x-', { id: 'project-falcon' }, '$.customRules[0].id', /x-/u],
    ['an id in capitals', { id: 'x-Falcon' }, '$.customRules[0].id', /lower-case/u],
    ['an id with a double hyphen', { id: 'x-a--b' }, '$.customRules[0].id', /single hyphens/u],
    ['a built-in rule id', { id: 'sensitive-content' }, '$.customRules[0].id', /x-/u],
    ['an id over 40 characters', { id: `x-${'a'.repeat(39)}` }, '$.customRules[0].id', /40/u],
    ['an unknown severity', { severity: 'high' }, '$.customRules[0].severity', /expected one of/u],
    ['an unknown part', { in: ['subject', 'signature'] }, '$.customRules[0].in[1]', /expected one of/u],
    ['no part', { in: [] }, '$.customRules[0].in', /at least one of subject/u],
    ['a part twice', { in: ['body', 'subject', 'body'] }, '$.customRules[0].in', /a part is listed twice/u],
    ['an empty keyword', { keywords: ['猎鹰计划', ' '] }, '$.customRules[0].keywords[1]', /^must not be empty or only spaces$/u],
    ['a pattern that does not compile', { patterns: ['FALCON-(\\d+'] }, '$.customRules[0].patterns[0]', /not a valid pattern/u],
    ['a pattern matching empty text', { patterns: ['\\d*'] }, '$.customRules[0].patterns[0]', /matches empty text/u],
    ['a backreference', { patterns: ['(a)\\1'] }, '$.customRules[0].patterns[0]', /not a valid pattern/u],
    ['an empty message', { message: '' }, '$.customRules[0].message', /^must not be empty or only spaces$/u],
    ['a message in no language', { message: {} }, '$.customRules[0].message', /at least one of zh-CN/u],
    ['an unknown key', { scope: 'external' }, '$.customRules[0].scope', /unknown key/u],
    ['an acknowledge without a label', { acknowledge: { reference: '编号' } }, '$.customRules[0].acknowledge.label', /^is required$/u],
  ])('%s is an error at its path', (_what, change, path, message) => {
    expect(errorsOf([{ ...FALCON, ...change }])).toEqual([{ path, message: expect.stringMatching(message) }]);
  });

  test.each(['id', 'severity', 'in', 'message'])('%s is required', (key) => {
    const rule: Record<string, unknown> = { ...FALCON };
    delete rule[key];
    expect(errorsOf([rule])).toEqual([{ path: `$.customRules[0].${key}`, message: expect.any(String) }]);
  });

  test('a rule with neither keywords nor patterns is an error at the rule', () => {
    expect(errorsOf([{ ...FALCON, keywords: [] }])).toEqual([{ path: '$.customRules[0]', message: expect.stringMatching(/at least one keyword or pattern/u) }]);
    expect(errorsOf([{ ...FALCON, keywords: undefined }])).toEqual([{ path: '$.customRules[0]', message: expect.stringMatching(/at least one keyword or pattern/u) }]);
  });

  test("a second rule with the same id is an error at the duplicate's id", () => {
    expect(errorsOf([FALCON, { ...FALCON, id: 'x-other' }, FALCON])).toEqual([{ path: '$.customRules[2].id', message: expect.stringMatching(/two custom rules have the id "x-project-falcon"/u) }]);
  });

  test('a scope checks its customRules the same way', () => {
    const result = parsePolicy({ scopes: [{ name: 'team', senders: ['*@contoso.com'], customRules: [{ ...FALCON, severity: 'loud' }] }] });
    expect(result.ok ? [] : result.errors).toEqual([{ path: '$.scopes[0].customRules[0].severity', message: expect.stringMatching(/expected one of/u) }]);
  });

  test('$comment is allowed in a rule', () => {
    expect(errorsOf([{ ...FALCON, $comment: 'Legal asked for this on 2026-11-30' }])).toEqual([]);
  });

  test('the JSON Schema describes the key, at the top level and in scopes', () => {
    const schema = policyJsonSchema() as { properties: Record<string, { description?: string; items?: { required?: string[] } }> };
    expect(schema.properties.customRules?.description).toMatch(/x-/u);
    expect(schema.properties.customRules?.items?.required).toEqual(['id', 'severity', 'in', 'message']);
    expect(JSON.stringify(schema.properties.scopes)).toContain('customRules');
  });
});

describe('evaluating a custom rule', () => {
  test('a keyword in the subject: one finding with the custom id, the admin message and clause', () => {
    const [finding, ...rest] = customFindings({ subject: '猎鹰计划 进度' });
    expect(rest).toEqual([]);
    expect(finding).toEqual({
      rule: 'x-project-falcon',
      severity: 'block',
      messageId: 'custom',
      data: { matched: '猎鹰计划', where: 'subject' },
      message: '“猎鹰计划”不得外发。',
      clause: '保密制度 第5条',
      field: 'subject',
      fixes: [],
    });
  });

  test('the message and clause are in the locale asked for', () => {
    const [finding] = customFindings({ subject: 'Project Falcon status' }, [{ ...FALCON, clause: { 'zh-CN': '第5条', 'en-US': 'Article 5' } }], 'en-US');
    expect(finding).toMatchObject({ message: 'Project Falcon must not leave the company.', clause: 'Article 5' });
    const [tw] = customFindings({ subject: '獵鷹計畫 進度' }, [FALCON], 'zh-TW');
    expect(tw).toMatchObject({ message: '「獵鷹計畫」不得外寄。', data: { matched: '獵鷹計畫' } });
  });

  test('no clause: an empty clause, not the name of a principle', () => {
    const [finding] = customFindings({ subject: '猎鹰计划' }, [{ ...FALCON, clause: undefined }]);
    expect(finding?.clause).toBe('');
  });

  test.each([
    ['Simplified in the body', { body: '李四：\n\n猎鹰计划的预算见附件。\n\n张三' }, '猎鹰计划', 'body'],
    ['Traditional in the body', { body: '李四：\n\n獵鷹計畫的預算見附件。\n\n張三' }, '獵鷹計畫', 'body'],
    ['full-width English in the subject', { subject: 'ＰＲＯＪＥＣＴ ＦＡＬＣＯＮ 周报' }, 'project falcon', 'subject'],
    ['mixed case in the subject', { subject: 'Re: project FALCON update' }, 'project falcon', 'subject'],
    ['an attachment name', { attachments: [{ name: '猎鹰计划-预算.xlsx', size: 1000 }] }, '猎鹰计划', 'attachmentNames'],
  ])('%s fires', (_what, input, matched, where) => {
    expect(customFindings(input as Partial<DraftInput>).map((f) => f.data)).toEqual([{ matched, where }]);
  });

  test('a keyword is matched as the admin wrote it: no Simplified/Traditional conversion of its own', () => {
    expect(customFindings({ subject: '獵鷹計畫' }, [{ ...FALCON, keywords: ['猎鹰计划'] }])).toEqual([]);
  });

  test('a Latin keyword needs word boundaries, as the built-in lists do', () => {
    expect(customFindings({ subject: 'superproject falconry' })).toEqual([]);
  });

  test('quoted history is only looked at when the rule names it', () => {
    const body = '好的，收到。\n\n-----Original Message-----\nFrom: 王五\n猎鹰计划的预算在此。';
    expect(customFindings({ body, composeType: 'reply' })).toEqual([]);
    expect(customFindings({ body, composeType: 'reply' }, [{ ...FALCON, in: ['history'] }]).map((f) => f.data)).toEqual([{ matched: '猎鹰计划', where: 'history' }]);
  });

  test('parts not named are not looked at', () => {
    expect(customFindings({ subject: '猎鹰计划' }, [{ ...FALCON, in: ['body'] }])).toEqual([]);
  });

  test('one finding per rule, the first part named first', () => {
    const findings = customFindings({ subject: '猎鹰计划', body: '猎鹰计划', attachments: [{ name: 'project falcon.pdf', size: 1 }] }, [{ ...FALCON, in: ['attachmentNames', 'subject'] }]);
    expect(findings.map((f) => f.data)).toEqual([{ matched: 'project falcon', where: 'attachmentNames' }]);
  });

  test('a pattern matches case-insensitively on NFKC text; its matched text is masked like all data', () => {
    const rule = { ...FALCON, keywords: undefined, patterns: ['falcon-\\d{4}'] };
    expect(customFindings({ subject: '请查收 ＦＡＬＣＯＮ－２０２６ 文件' }, [rule]).map((f) => f.data)).toEqual([{ matched: 'falcon-2026', where: 'subject' }]);
    const idRule = { ...rule, patterns: ['\\d{17}[\\dx]'] };
    const [masked] = customFindings({ body: '身份证号 11010519491231002X 请查收' }, [idRule]);
    expect(masked?.data.matched).not.toContain('19491231');
  });

  test('recipientDomains: a keyword is a domain, matching it and its subdomains only', () => {
    const rule = { id: 'x-competitor', severity: 'block', in: ['recipientDomains'], keywords: ['competitor.com'], message: '不得发给竞争对手。' };
    const at = (cc: string[]) => customFindings({ cc }, [rule]).map((f) => [f.data, f.field]);
    expect(at(['a@competitor.com'])).toEqual([[{ matched: 'competitor.com', where: 'recipientDomains' }, 'cc']]);
    expect(at(['a@mail.COMPETITOR.com'])).toEqual([[{ matched: 'mail.competitor.com', where: 'recipientDomains' }, 'cc']]);
    expect(at(['a@notcompetitor.com', 'b@competitor.com.cn', 'c@competitor-news.com'])).toEqual([]);
  });

  test('recipientDomains: a pattern runs on each domain', () => {
    const rule = { id: 'x-gov', severity: 'warning', in: ['recipientDomains'], patterns: ['\\.gov\\.cn$'], message: '发往政府机关的邮件须经审批。' };
    expect(customFindings({ to: ['a@contoso.com', 'b@mof.gov.cn'] }, [rule]).map((f) => f.data)).toEqual([{ matched: 'mof.gov.cn', where: 'recipientDomains' }]);
  });

  test('a part the client could not read is skipped, never taken for empty', () => {
    expect(customFindings({ subject: '猎鹰计划', unavailable: ['subject'] })).toEqual([]);
    expect(customFindings({ body: '猎鹰计划', unavailable: ['body'] }, [{ ...FALCON, in: ['body', 'history'] }])).toEqual([]);
    expect(customFindings({ attachments: [{ name: '猎鹰计划.pdf', size: 1 }], unavailable: ['attachments'] })).toEqual([]);
    const rule = { id: 'x-competitor', severity: 'block', in: ['recipientDomains'], keywords: ['competitor.com'], message: 'no' };
    expect(customFindings({ bcc: ['a@competitor.com'], unavailable: ['bcc'] }, [rule])).toEqual([]);
  });

  test('severity off: nothing; warning or info: the finding at that severity and the decision follows', () => {
    expect(customFindings({ subject: '猎鹰计划' }, [{ ...FALCON, severity: 'off' }])).toEqual([]);
    const warned = evaluate(draft({ subject: '猎鹰计划' }), policyWith([{ ...FALCON, severity: 'warning' }]));
    expect(warned.decision).toBe('prompt');
    expect(evaluate(draft({ subject: '猎鹰计划' }), policyWith([FALCON])).decision).toBe('block');
    expect(evaluate(draft({ subject: '猎鹰计划' }), policyWith([])).decision).toBe('allow');
    expect(evaluate(draft({ subject: '猎鹰计划' }), policyWith([{ ...FALCON, severity: 'info' }])).decision).toBe('allow');
  });

  test('custom findings come after the built-in ones of the same severity', () => {
    const { findings } = evaluate(draft({ subject: '猎鹰计划', to: ['erika@fabrikam.com'] }), policyWith([{ ...FALCON, severity: 'info' }]));
    expect(findings.map((f) => f.rule).slice(-2)).toEqual(['external-recipients', 'x-project-falcon']);
  });
});

describe('custom rules in scopes', () => {
  const scoped = (scopeRules: unknown[]) =>
    policyWith([FALCON, { id: 'x-customer-list', severity: 'warning', in: ['body'], keywords: ['客户名单'], message: '含客户名单' }], {
      scopes: [{ name: 'falcon-team', senders: ['*@falcon.contoso.com'], customRules: scopeRules }],
    });
  const rulesFor = (policy: ReturnType<typeof scoped>, from: string) =>
    evaluate(draft({ from, subject: '猎鹰计划', body: '客户名单 见附件', attachments: [{ name: 'project falcon.docx', size: 1 }] }), applyScopes(policy, from).policy).findings.filter((f) => f.rule.startsWith('x-')).map((f) => `${f.rule}:${f.severity}`);

  test('an entry with a base id replaces it: the team sets it to warning, others still block', () => {
    const policy = scoped([{ ...FALCON, severity: 'warning' }]);
    expect(rulesFor(policy, 'wang@falcon.contoso.com')).toEqual(['x-project-falcon:warning', 'x-customer-list:warning']);
    expect(rulesFor(policy, 'zhang.san@contoso.com')).toEqual(['x-project-falcon:block', 'x-customer-list:warning']);
  });

  test('an entry with a base id set to off silences it for the scope only', () => {
    const policy = scoped([{ ...FALCON, severity: 'off' }]);
    expect(rulesFor(policy, 'wang@falcon.contoso.com')).toEqual(['x-customer-list:warning']);
    expect(applyScopes(policy, 'wang@falcon.contoso.com').policy.customRules.map((r) => r.id)).toEqual(['x-project-falcon', 'x-customer-list']);
  });

  test('an entry with a new id is added for the scope', () => {
    const policy = scoped([{ id: 'x-docx', severity: 'info', in: ['attachmentNames'], patterns: ['\\.docx$'], message: 'Word 文件' }]);
    expect(rulesFor(policy, 'wang@falcon.contoso.com')).toEqual(['x-project-falcon:block', 'x-customer-list:warning', 'x-docx:info']);
    expect(rulesFor(policy, 'zhang.san@contoso.com')).toEqual(['x-project-falcon:block', 'x-customer-list:warning']);
  });
});

describe('rules and clauses set a custom rule by its id, as a built-in rule’s (RULES.md: severity, scopes and acknowledgement work alike)', () => {
  const CUSTOMER = { id: 'x-customer-list', severity: 'warning', in: ['body'], keywords: ['客户名单'], message: '含客户名单' };
  const found = (policy: ReturnType<typeof policyWith>, from = 'zhang.san@contoso.com') =>
    evaluate(draft({ from, subject: '猎鹰计划', body: '客户名单 见附件' }), applyScopes(policy, from).policy).findings.filter((f) => f.rule.startsWith('x-'));

  test('top-level rules: a severity and a review step over the entry’s own', () => {
    const policy = policyWith([FALCON, CUSTOMER], { rules: { 'x-project-falcon': { severity: 'warning' }, 'x-customer-list': { acknowledge: { label: '已核对' } } } });
    expect(found(policy).map((f) => `${f.rule}:${f.severity}:${f.acknowledge?.label ?? ''}`)).toEqual(['x-project-falcon:warning:', 'x-customer-list:warning:已核对']);
  });

  test('a scope’s rules and clauses, for its senders only', () => {
    const policy = policyWith([FALCON, CUSTOMER], {
      scopes: [{ name: 'sales', senders: ['*@sales.contoso.com'], rules: { 'x-project-falcon': { severity: 'off' }, 'x-customer-list': { severity: 'block' } }, clauses: { 'x-customer-list': '销售部客户资料规定 第2条' } }],
    });
    expect(found(policy, 'li@sales.contoso.com').map((f) => `${f.rule}:${f.severity}:${f.clause}`)).toEqual(['x-customer-list:block:销售部客户资料规定 第2条']);
    expect(found(policy).map((f) => `${f.rule}:${f.severity}:${f.clause}`)).toEqual(['x-project-falcon:block:保密制度 第5条', 'x-customer-list:warning:']);
  });

  test('a scope may set one of its own custom rules, and a null step removes the entry’s', () => {
    const stepped = { ...CUSTOMER, acknowledge: { label: '已核对' } };
    const policy = policyWith([stepped], { scopes: [{ name: 'hr', senders: ['*@hr.contoso.com'], customRules: [{ ...FALCON, id: 'x-hr-only' }], rules: { 'x-hr-only': { severity: 'info' }, 'x-customer-list': { acknowledge: null } } }] });
    expect(found(policy, 'a@hr.contoso.com').map((f) => `${f.rule}:${f.severity}:${f.acknowledge ? 'step' : ''}`)).toEqual(['x-customer-list:warning:', 'x-hr-only:info:']);
  });

  test('a scope that writes a custom rule anew is not overridden by the base’s settings and clause for that id', () => {
    const policy = policyWith([CUSTOMER], {
      rules: { 'x-customer-list': { severity: 'off' } },
      clauses: { 'x-customer-list': '基础条款' },
      scopes: [{ name: 'sales', senders: ['*@sales.contoso.com'], customRules: [{ ...CUSTOMER, severity: 'block', clause: '销售部条款' }] }],
    });
    expect(found(policy, 'li@sales.contoso.com').map((f) => `${f.rule}:${f.severity}:${f.clause}`)).toEqual(['x-customer-list:block:销售部条款']);
    expect(found(policy)).toEqual([]);
  });

  test('an id no custom rule has is an error at its path, in a scope too; a custom rule takes only severity and acknowledge', () => {
    const result = parsePolicy({
      customRules: [FALCON],
      rules: { 'x-projekt-falcon': { severity: 'off' }, 'x-project-falcon': { keywords: ['x'] } },
      clauses: { 'x-nope': '第1条' },
      scopes: [{ name: 'a', senders: ['*@a.com'], rules: { 'x-other': { severity: 'off' } } }],
    });
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors.map((e) => `${e.path}: ${e.message}`)).toEqual(expect.arrayContaining([
      '$.rules["x-projekt-falcon"]: no custom rule has the id "x-projekt-falcon"',
      expect.stringMatching(/^\$\.rules\["x-project-falcon"\]\.keywords: unknown key/u),
      '$.clauses["x-nope"]: no custom rule has the id "x-nope"',
      '$.scopes[0].rules["x-other"]: no custom rule has the id "x-other"',
    ]));
  });

  test('the JSON Schema takes x- ids in rules and clauses', () => {
    const schema = policyJsonSchema() as { properties: { rules: { patternProperties?: object }; clauses: { patternProperties?: object } } };
    expect(Object.keys(schema.properties.rules.patternProperties ?? {})).toHaveLength(1);
    expect(Object.keys(schema.properties.clauses.patternProperties ?? {})).toHaveLength(1);
  });
});

describe('a custom rule with a review step', () => {
  const withStep = { ...FALCON, severity: 'warning', acknowledge: { label: { 'zh-CN': '已获项目负责人批准', 'en-US': 'Approved by the project lead' }, reference: '审批编号' } };

  test('its finding asks the step in the locale, and the decision waits for it', () => {
    const evaluation = evaluate(draft({ subject: '猎鹰计划' }), policyWith([withStep]), { locale: 'en-US' });
    expect(evaluation.findings.find((f) => f.rule === 'x-project-falcon')?.acknowledge).toEqual({ label: 'Approved by the project lead', reference: '审批编号' });
    expect(evaluation.decision).toBe('block');
  });

  test('a block rule with a step carries it, as a built-in block rule does', () => {
    const evaluation = evaluate(draft({ subject: '猎鹰计划' }), policyWith([{ ...withStep, severity: 'block' }]));
    expect(evaluation.findings.find((f) => f.rule === 'x-project-falcon')?.acknowledge?.label).toBe('已获项目负责人批准');
  });

  test('a scope can drop the step with null', () => {
    const policy = policyWith([withStep], { scopes: [{ name: 'lead', senders: ['lead@contoso.com'], customRules: [{ ...withStep, acknowledge: null }] }] });
    const evaluation = evaluate(draft({ from: 'lead@contoso.com', subject: '猎鹰计划' }), applyScopes(policy, 'lead@contoso.com').policy);
    expect(evaluation.findings.find((f) => f.rule === 'x-project-falcon')?.acknowledge).toBeUndefined();
    expect(evaluation.decision).toBe('prompt');
  });
});
