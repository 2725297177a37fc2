/**
 * A preset: a starting policy for one kind of organisation, built from the seed documents it
 * follows. Every rule is written out with a `$comment` saying which of those documents' clauses
 * it encodes, and the clause texts quote them (RULES.md «Policy tooling (CLI)»).
 */
import { formatMessage, LOCALE_CONVENTIONS, RULE_CATALOG, RULES, type Locale, type LocalizedText, type RuleId } from '../../engine';
import { citeClauses, clausesFrom, quoteClauses, type SeedDocument } from './seed-clauses';

export const PRESET_NAMES = ['enterprise', 'government', 'nonprofit'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

/** A JSON object as a policy file holds it; `$comment` keys explain, and are ignored. */
export type JsonObject = { [key: string]: unknown };

/** A setting the preset chooses for a rule, and why. */
export interface RuleChoice {
  /** Severity and options, as in the policy file's `rules.<id>`. */
  readonly settings: Readonly<JsonObject>;
  readonly why: LocalizedText;
}

export interface Preset {
  readonly name: PresetName;
  /** The seed documents it follows: only their clauses are cited and quoted. */
  readonly documents: readonly SeedDocument[];
  /** The file's opening `$comment`: what the preset is for and what to fill in. */
  readonly about: LocalizedText;
  /** Rules the preset sets differently from the built-in defaults; the others keep them. */
  readonly rules: Readonly<Partial<Record<RuleId, RuleChoice>>>;
  /** Other top-level keys (encryption, templates …), each object with its own `$comment`. */
  readonly keys: (locale: Locale) => JsonObject;
}

/** Where the schema is published: beside policy.json in dist/, so editors complete and explain keys. */
export const SCHEMA_REFERENCE = './policy.schema.json';

const KEPT: LocalizedText = {
  'zh-CN': '沿用内置设置。',
  'zh-TW': '沿用內建設定。',
  'en-US': 'Built-in setting.',
};

const ENCODES: LocalizedText = { 'zh-CN': '对应条款：', 'zh-TW': '對應條款：', 'en-US': 'Encodes: ' };

const NOT_IN_DOCUMENTS: LocalizedText = {
  'zh-CN': '所依据的文件没有对应条款：发现问题时显示内置的原则说明。',
  'zh-TW': '所依據的文件沒有對應條款：發現問題時顯示內建的原則說明。',
  'en-US': "No clause of this preset's documents: findings show the built-in principle.",
};

/** Said at the top of every preset: the keys without a place of their own for a `$comment`. */
const ROLLOUT_NOTE: LocalizedText = {
  'zh-CN': '先以 "mode": "monitor" 部署：发送时从不提示或阻止，X-Preflight 邮件头记录本应发生的结果；用 preflight audit 在已发邮件上衡量后，再改为 "enforce"。请填写 internalDomains（本单位的邮件域名）、groupAddresses（邮件组地址，可用 *）和 sharedMailboxes（公共邮箱）。',
  'zh-TW': '先以 "mode": "monitor" 部署：傳送時從不提示或阻擋，X-Preflight 郵件標頭記錄本應發生的結果；用 preflight audit 在已寄出的郵件上衡量後，再改為 "enforce"。請填寫 internalDomains（本單位的郵件網域）、groupAddresses（郵件群組地址，可用 *）和 sharedMailboxes（共用信箱）。',
  'en-US': 'Deploy with "mode": "monitor" first: Send never prompts or blocks and the X-Preflight header records what would have happened; measure with preflight audit on sent mail, then switch to "enforce". Fill in internalDomains (your mail domains), groupAddresses (distribution lists, * allowed) and sharedMailboxes.',
};

const CLAUSES_NOTE: LocalizedText = {
  'zh-CN': '每条规则发现问题时显示的条款原文，引自本预设所依据的文件；请改成贵单位文件的名称与条款编号。未列出的规则显示内置的原则说明。',
  'zh-TW': '每條規則發現問題時顯示的條款原文，引自本預設所依據的文件；請改成貴單位文件的名稱與條款編號。未列出的規則顯示內建的原則說明。',
  'en-US': "The clause shown with each rule's findings, quoted from this preset's documents; change them to your own document's title and numbering. Rules not listed show the built-in principle.",
};

/** The preset as a policy file, its comments in `locale`; every value valid, every rule listed. */
export function buildPreset(preset: Preset, locale: Locale): JsonObject {
  const rules: JsonObject = {};
  const clauses: JsonObject = { $comment: CLAUSES_NOTE[locale] };
  for (const rule of RULES) {
    const id = rule.meta.id;
    const cited = clausesFrom(id, preset.documents);
    const choice = preset.rules[id];
    const encodes = cited.length > 0 ? `${ENCODES[locale]}${citeClauses(cited, locale)}${LOCALE_CONVENTIONS[locale].sentenceEnd}` : NOT_IN_DOCUMENTS[locale];
    const title = RULE_CATALOG[id].title[locale];
    rules[id] = { $comment: sentences(locale, [`${headed(title, locale)}${(choice?.why ?? KEPT)[locale]}`, encodes]), severity: rule.meta.defaultSeverity, ...choice?.settings };
    if (cited.length > 0) clauses[id] = quoteClauses(cited);
  }
  return {
    $schema: SCHEMA_REFERENCE,
    $comment: sentences(locale, [preset.about[locale], ROLLOUT_NOTE[locale]]),
    version: `preset-${preset.name}-1`,
    mode: 'monitor',
    internalDomains: [],
    groupAddresses: [],
    sharedMailboxes: [],
    ...preset.keys(locale),
    rules,
    clauses,
  };
}

/** Sentences one after the other: with a space in English, none in Chinese. */
export function sentences(locale: Locale, parts: readonly string[]): string {
  return parts.join(LOCALE_CONVENTIONS[locale].sentenceSpace);
}

/** A rule's title before the sentences about it: `【抄送过多】`, `Too many CCs: `. */
export function headed(title: string, locale: Locale): string {
  return formatMessage(LOCALE_CONVENTIONS[locale].inlineHeading, { text: title });
}
