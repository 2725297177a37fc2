/**
 * The presets of `preflight policy init --preset`: valid against the validator and the shipped
 * JSON Schema in every language, citing and quoting only their own seed documents.
 */
import Ajv2020 from 'ajv/dist/2020';
import fs from 'node:fs';
import path from 'node:path';
import { buildPreset, PRESET_NAMES, type JsonObject, type PresetName } from '../src/cli/policy/preset';
import { PRESETS } from '../src/cli/policy/presets';
import { createDraft, evaluate, LOCALES, RULES, parsePolicy, type Locale, type RuleId } from '../src/engine';

const SCHEMA_FILE = path.resolve(__dirname, '../src/engine/policy/policy.schema.json');
const accepts = new Ajv2020({ allErrors: true }).compile(JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8')) as object);

/** Every document's title as the Chinese citations write it. */
const TITLES: Readonly<Record<string, string>> = {
  '000': '《非营利组织邮箱管理流程》',
  '001': '《消息发送管理办法》',
  '002': '《电子沟通管理办法》',
  '003': '《海宁市公务电子邮箱使用管理规定》',
  '004': '《企业邮箱管理制度》',
};

const EVERY_PRESET_AND_LOCALE = PRESET_NAMES.flatMap((name) => LOCALES.map((locale): [PresetName, Locale] => [name, locale]));

function preset(name: PresetName, locale: Locale = 'zh-CN'): JsonObject & { rules: Record<RuleId, JsonObject>; clauses: Record<string, unknown> } {
  return buildPreset(PRESETS[name], locale) as JsonObject & { rules: Record<RuleId, JsonObject>; clauses: Record<string, unknown> };
}

/** As the file is read back: what JSON keeps. */
const asRead = (value: unknown): unknown => JSON.parse(JSON.stringify(value)) as unknown;

test.each(EVERY_PRESET_AND_LOCALE)('the %s preset, commented in %s, is valid for the validator and for the JSON Schema', (name, locale) => {
  const file = asRead(preset(name, locale));
  const result = parsePolicy(file);
  expect(result.ok ? [] : result.errors).toEqual([]);
  expect(accepts(file) ? [] : accepts.errors).toEqual([]);
});

test.each(PRESET_NAMES)('the %s preset lists every rule with a $comment, and starts in monitor mode', (name) => {
  const file = preset(name);
  expect(Object.keys(file.rules).sort()).toEqual(RULES.map((rule) => rule.meta.id).sort());
  for (const settings of Object.values(file.rules)) expect(settings.$comment).toEqual(expect.any(String));
  expect(file.$schema).toBe('./policy.schema.json');
  expect(parsePolicy(asRead(file)).policy.mode).toBe('monitor');
});

test.each<[PresetName, string[]]>([
  ['enterprise', ['004', '001', '002']],
  ['government', ['003']],
  ['nonprofit', ['000']],
])('the %s preset quotes the documents %j and no other', (name, documents) => {
  const clauses = preset(name).clauses;
  const texts = Object.entries(clauses).filter(([key]) => key !== '$comment').map(([, text]) => (text as Record<Locale, string>)['zh-CN']);
  expect(texts.length).toBeGreaterThan(0);
  const cited = new Set(texts.flatMap((text) => Object.keys(TITLES).filter((document) => text.includes(TITLES[document]!))));
  expect([...cited].sort()).toEqual([...documents].sort());
  for (const text of texts) for (const line of text.split('\n')) expect(documents.some((document) => line.startsWith(TITLES[document]!))).toBe(true);
});

test('a rule gets its clause text from its own preset’s documents, quoted in every language', () => {
  expect(preset('enterprise').clauses['reply-all-group']).toEqual({
    'zh-CN': '《企业邮箱管理制度》第四篇 四.8：员工收到集团群发的邮件后，严禁全部答复该邮件组群，以免给其他人员的工作造成干扰。',
    'zh-TW': '《企業郵箱管理制度》第四篇 四.8：員工收到集團群發的郵件後，嚴禁全部答復該郵件組群，以免給其他人員的工作造成干擾。',
    'en-US': expect.stringMatching(/^Corporate mailbox rules \(004\), Part 4, §4\.8: Never reply all/u),
  });
  // sensitive-content encodes a clause of every seed: each preset quotes only its own.
  expect((preset('government').clauses['sensitive-content'] as Record<Locale, string>)['zh-CN']).toBe(
    '《海宁市公务电子邮箱使用管理规定》三.2：应严格遵守国家保密法律法规，对涉密信息进行加密处理，确保信息安全。',
  );
  expect((preset('enterprise').clauses['sensitive-content'] as Record<Locale, string>)['zh-CN'].split('\n')).toHaveLength(5);
  expect(Object.keys(preset('government').clauses)).toEqual(['$comment', 'important-tag', 'sensitive-content']);
  expect(Object.keys(preset('nonprofit').clauses).sort()).toEqual(['$comment', 'greeting-signoff', 'sensitive-content']);
});

test('each rule’s $comment names the clauses it encodes, or says the documents have none', () => {
  const enterprise = preset('enterprise', 'zh-CN').rules;
  expect(enterprise['mass-mail'].$comment).toContain('对应条款：《消息发送管理办法》三(三)；《企业邮箱管理制度》第四篇 四.7');
  expect(preset('government', 'en-US').rules['subject-vague'].$comment).toContain("No clause of this preset's documents");
  expect(preset('nonprofit', 'zh-TW').rules['greeting-signoff'].$comment).toContain('《非營利組織郵箱管理流程》三.2.4');
});

test('the presets set what their documents ask for', () => {
  const resolved = (name: PresetName) => parsePolicy(asRead(preset(name))).policy;
  expect(resolved('enterprise').rules['reply-all-group'].severity).toBe('block');
  expect(resolved('enterprise').rules['attachment-blocked-type'].severity).toBe('block');
  const government = resolved('government').rules['sensitive-content'].options as { keywords: { terms: string[] }; blockMarkingsToExternal: boolean };
  expect(government.blockMarkingsToExternal).toBe(true);
  // The preset adds to the built-in keywords, it does not replace them.
  expect(government.keywords.terms).toEqual(expect.arrayContaining(['工作秘密', '国家秘密', '商业秘密']));
  expect(resolved('government').encryption).toMatchObject({ method: 'instruction', text: { 'zh-CN': expect.stringContaining('保密法律法规') } });
  expect(resolved('nonprofit').templates).toHaveLength(1);
});

describe('review steps (RULES.md «Review steps»)', () => {
  const mass = createDraft({ subject: '年终活动报名', body: '各位同事：请于12月10日前报名。谢谢！', from: 'hr@contoso.com', to: Array.from({ length: 25 }, (_, i) => `u${i}@contoso.com`) });
  const idNumber = createDraft({ subject: '入职材料', body: '身份证号 11010519491231002X，请于周五前办理。谢谢', from: 'a@contoso.com', to: ['b@contoso.com'] });
  const stepOf = (policy: unknown, draft: ReturnType<typeof createDraft>, rule: RuleId, locale: Locale = 'zh-CN') =>
    evaluate(draft, parsePolicy(asRead(policy)).policy, { locale }).findings.find((f) => f.rule === rule)?.acknowledge;

  test('are off in the built-in defaults', () => {
    expect(stepOf({}, mass, 'mass-mail')).toBeUndefined();
    expect(stepOf({}, idNumber, 'sensitive-content')).toBeUndefined();
  });

  test.each<PresetName>(['enterprise', 'government'])('the %s preset asks for the approved mass-mail form, with its number', (name) => {
    expect(stepOf(preset(name), mass, 'mass-mail')).toEqual({ label: expect.stringContaining('《群发消息申请表》') as unknown as string, reference: '群发申请表编号' });
    expect(stepOf(preset(name, 'zh-TW'), mass, 'mass-mail', 'zh-TW')?.reference).toBe('群發申請表編號');
  });

  test('enterprise: sensitive mail waits for the department head’s review; government: for a review under the secrecy rules', () => {
    expect(stepOf(preset('enterprise'), idNumber, 'sensitive-content')).toEqual({ label: '已经部门负责人审核同意发送', reference: null });
    expect(stepOf(preset('government'), idNumber, 'sensitive-content')).toEqual({ label: '已按保密规定审核，内容可以通过电子邮件发送', reference: '审批编号' });
  });

  test('the nonprofit preset adds none', () => {
    expect(stepOf(preset('nonprofit'), mass, 'mass-mail')).toBeUndefined();
  });
});

describe('important mail in the presets', () => {
  const tagged = createDraft({ subject: '[重要] 2026年度预算调整', body: '各位同事：\n\n预算调整方案见正文，请于12月10日前反馈。\n\n谢谢！\n张三', from: 'a@contoso.com', to: ['b@contoso.com'] });
  const ids = (name: PresetName) =>
    evaluate(tagged, parsePolicy(asRead(preset(name))).policy)
      .findings.filter((f) => f.rule === 'important-tag')
      .map((f) => [f.messageId, f.acknowledge !== undefined]);

  test.each<PresetName>(['enterprise', 'government'])('%s: [重要] mail waits for the review and is offered the receipt line', (name) => {
    expect(ids(name)).toEqual([
      ['importantMail', true],
      ['noReceiptRequest', false],
    ]);
  });

  test('government quotes 003 三.4 for it, enterprise 001 三(二)1 and 002 二(一)2', () => {
    expect(JSON.stringify(preset('government').clauses['important-tag'])).toContain('对于重要邮件，应进行回复确认');
    const enterprise = JSON.stringify(preset('enterprise').clauses['important-tag']);
    expect(enterprise).toContain('发送前需经部门负责人审核');
    expect(enterprise).toContain('确认收件人已收到');
  });

  test('nonprofit keeps the built-in setting: nothing on tagged mail', () => {
    expect(ids('nonprofit')).toEqual([]);
  });
});
