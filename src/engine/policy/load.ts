import { resolveOptions } from '../options';
import { RULES } from '../rules';
import { adminText } from '../off-send-text';
import { firstErrors, formatPath, type InputError } from '../schema-errors';
import { compileAddressPatterns, normalizeAddress } from '../text/address';
import type { LocalizedText, RuleId } from '../types';
import type { EncryptionAction, Policy, RuleSettings } from './policy';
import { MAX_POLICY_DEPTH, scanJson, tooDeep } from './json-scan';
import { parse } from '../validation/schema';
import { policySchema, type PolicyFile } from './schema';

export type PolicyResult =
  | { readonly ok: true; readonly policy: Policy }
  /** `policy` is the built-in default, so callers can fall back without another step. */
  | { readonly ok: false; readonly errors: readonly InputError[]; readonly policy: Policy };

/** What a user is told to do with sensitive content when the organisation has not said. */
const DEFAULT_ENCRYPTION_INSTRUCTION: LocalizedText = {
  'zh-CN': '请使用公司规定的加密方式发送（例如 Outlook 的“加密”选项或公司加密工具），或删除敏感信息。',
  'zh-TW': '請使用公司規定的加密方式傳送（例如 Outlook 的「加密」選項或公司加密工具），或刪除敏感資訊。',
  'en-US': "Send it encrypted with your organization's tool (for example, Outlook's Encrypt option), or remove the sensitive information.",
};

export const DEFAULT_IMPORTANT_TAG = '[重要]';

/** Keys that would reach an object's prototype if copied naively. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Reads a policy file's text. Invalid JSON, a key given twice, nesting too deep, a forbidden key,
 * a wrong type, an unknown key or an unknown rule id is an error naming its JSON path; the result
 * then carries the defaults.
 */
export function parsePolicyText(text: string): PolicyResult {
  const found: InputError[] = [];
  let raw: unknown;
  try {
    if (!scanJson((text = text.replace(/^\uFEFF/u, '')), found)) return failed(found);
    raw = JSON.parse(text);
  } catch (error) {
    return failed([{ path: '$', message: adminText(`not valid JSON: ${(error as Error).message}`) }]);
  }
  return check(raw, found);
}

/**
 * Validates a parsed policy object and merges it over the built-in defaults. A forbidden key is
 * an error, and the rest of the file is still checked without it, so every problem is listed.
 */
export const parsePolicy = (raw: unknown): PolicyResult => check(raw, []);

function check(raw: unknown, found: InputError[]): PolicyResult {
  const result = parse(policySchema, withoutForbiddenKeys(raw, [], found));
  if (!result.ok) found.push(...result.errors);
  return found.length > 0 || !result.ok ? failed(found) : { ok: true, policy: resolvePolicy(result.value) };
}

function failed(errors: readonly InputError[]): PolicyResult {
  return { ok: false, errors: firstErrors(errors), policy: DEFAULT_POLICY };
}

/**
 * A copy of a parsed JSON value without the forbidden keys, each of which is added to `found`
 * with its path. Only own keys are read, and none that could reach a prototype is written. What is
 * nested too deep is an error and left out, so nothing recurses deeper than MAX_POLICY_DEPTH.
 */
function withoutForbiddenKeys(value: unknown, path: PropertyKey[], found: InputError[]): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (path.length === MAX_POLICY_DEPTH) return void found.push(tooDeep(path));
  if (Array.isArray(value)) return value.map((item, index) => withoutForbiddenKeys(item, [...path, index], found));
  const copy: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    if (FORBIDDEN_KEYS.has(key)) found.push({ path: formatPath([...path, key]), message: adminText(`the key "${key}" is not allowed`) });
    else copy[key] = withoutForbiddenKeys(child, [...path, key], found);
  }
  return copy;
}

/** Builds the resolved policy: every rule's severity and options, defaults where the file is silent. */
export function resolvePolicy(file: PolicyFile): Policy {
  const rules = {} as Record<RuleId, RuleSettings>;
  for (const rule of RULES) {
    const settings = file.rules?.[rule.meta.id];
    rules[rule.meta.id] = {
      severity: (settings?.severity as RuleSettings['severity'] | undefined) ?? rule.meta.defaultSeverity,
      options: resolveOptions(rule.meta.options, settings),
    };
  }
  const encryption = resolveEncryption(file.encryption);
  const groupMatcher = compileAddressPatterns(file.groupAddresses ?? []);
  const shared = new Set((file.sharedMailboxes ?? []).map(normalizeAddress));
  return Object.freeze({
    version: file.version ?? 'default',
    internalDomains: Object.freeze((file.internalDomains ?? []).map((d) => d.toLowerCase().replace(/^@/u, ''))),
    groupAddresses: Object.freeze([...(file.groupAddresses ?? [])]),
    sharedMailboxes: Object.freeze([...(file.sharedMailboxes ?? [])]),
    importantTag: file.importantTag ?? DEFAULT_IMPORTANT_TAG,
    encryption,
    locale: file.locale ?? null,
    clauses: Object.freeze({ ...(file.clauses as Partial<Record<RuleId, string>> | undefined) }),
    rules: Object.freeze(rules),
    failClosed: file.failClosed ?? false,
    oldClientWarnings: file.oldClientWarnings ?? 'allow',
    templates: Object.freeze((file.templates ?? []).map((t) => Object.freeze({ ...t }))),
    extraSubjectTags: encryption.method === 'subjectTag' ? [encryption.tag] : [],
    isGroupAddress: groupMatcher,
    isSharedMailbox: (address: string) => shared.has(normalizeAddress(address)),
  });
}

function resolveEncryption(encryption: PolicyFile['encryption']): EncryptionAction {
  if (!encryption) return { method: 'instruction', text: DEFAULT_ENCRYPTION_INSTRUCTION };
  if (encryption.method !== 'instruction' || typeof encryption.text === 'string') return encryption as EncryptionAction;
  const text = encryption.text;
  // A partly translated instruction fills the missing languages from the ones given.
  const any = text['zh-CN'] ?? text['zh-TW'] ?? text['en-US'] ?? '';
  return { method: 'instruction', text: { 'zh-CN': text['zh-CN'] ?? text['zh-TW'] ?? any, 'zh-TW': text['zh-TW'] ?? text['zh-CN'] ?? any, 'en-US': text['en-US'] ?? any } };
}

/** The policy an organisation gets with no policy file at all. */
export const DEFAULT_POLICY: Policy = resolvePolicy({});
