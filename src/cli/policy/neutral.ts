/**
 * `preflight policy init` without a preset: the built-in defaults (as dist/policy.json has them)
 * with a `$comment` on every rule saying what it does and what its options mean. The options'
 * descriptions are the rules' own, which the engine writes in English only.
 */
import { DEFAULT_POLICY, RULE_CATALOG, RULES, type Locale, type LocalizedText } from '../../engine';
import { defaultPolicyFile } from '../../engine/policy/default-file';
import { policyJsonSchema } from '../../engine/policy/json-schema';
import { headed, SCHEMA_REFERENCE, sentences, type JsonObject } from './preset';

const ABOUT: LocalizedText = {
  'zh-CN': 'Preflight 起始规则文件：内置的默认设置。未写出的键保持默认值；词表写成数组时追加到内置词表，写成 {"replace": [...]} 时替换它。各顶层键：',
  'zh-TW': 'Preflight 起始規則檔案：內建的預設設定。未寫出的鍵保持預設值；詞表寫成陣列時追加到內建詞表，寫成 {"replace": [...]} 時取代它。各頂層鍵：',
  'en-US': 'A starting Preflight policy: the built-in defaults. A key left out keeps its default; a word list given as an array adds to the built-in list, {"replace": [...]} replaces it. The top-level keys:',
};

/** The defaults, each key explained. */
export function neutralPolicy(locale: Locale): JsonObject {
  const base = { ...defaultPolicyFile(), mode: DEFAULT_POLICY.mode };
  const keys = Object.keys(base).filter((key) => key !== 'rules');
  const rules: JsonObject = {};
  for (const rule of RULES) rules[rule.meta.id] = { $comment: describeRule(rule.meta.id, rule.meta.options, locale), ...base.rules?.[rule.meta.id] };
  return { $schema: SCHEMA_REFERENCE, $comment: sentences(locale, [ABOUT[locale], describeKeys(keys)]), ...base, rules };
}

/** `key: what it is for` for each key, from the JSON Schema's descriptions. */
function describeKeys(keys: readonly string[]): string {
  const properties = policyJsonSchema().properties as Record<string, { description?: string }>;
  return keys.map((key) => `${key}: ${properties[key]?.description ?? ''}`).join(' ');
}

function describeRule(id: keyof typeof RULE_CATALOG, options: Readonly<Record<string, { readonly description: string }>>, locale: Locale): string {
  const entry = RULE_CATALOG[id];
  const described = Object.entries(options).map(([name, spec]) => `${name}: ${spec.description}`);
  return [`${headed(entry.title[locale], locale)}${entry.description}`, ...described].join(' ');
}
